import { resolve } from 'node:path';
import { KEY_VARIABLES, loadProcessKeys, type ProcessKeys, type ProcessPart } from './process-keys';
import { FETCH_BLOCKED_PORTS } from './ports';
import { DEFAULT_GATEWAY_PORT, findRepositoryRoot, subgraphRegistry } from '../registry/registry';
import { DEFAULT_TIME_ZONE, canonicalTimeZone } from '../clock/mall-time';

export type DatabaseTarget =
  | { kind: 'sqlite' }
  | { kind: 'mysql'; host: string; port: number; user: string; password: string };

/** Everything a process of the platform is configured with, read and validated once at start. */
export interface PlatformConfig {
  mode: 'development' | 'production' | 'test';
  rootDir: string;
  dataDir: string;
  database: DatabaseTarget;
  databasePrefix: string;
  host: string;
  gatewayPort: number;
  /** The registry's subgraphs, in composition order (subgraphs/registry.json). */
  subgraphs: string[];
  subgraphPorts: Record<string, number>;
  subgraphUrls: Record<string, string>;
  /** The part this process plays (gateway, a subgraph, a tool); it decides which keys it holds. */
  part: ProcessPart;
  /** This process's keys, and only its part's: the others are null. */
  keys: ProcessKeys;
  loginRateLimitPerMinute: number;
  /** Anonymous online tickets a client address may take a minute (0: no limit). */
  ticketRateLimitPerMinute: number;
  /** Tickets one kiosk may print a minute (MPP_KIOSK_TICKET_RATE_LIMIT_PER_MINUTE; 0: no limit). */
  kioskTicketRateLimitPerMinute: number;
  /** How many proxies in front of the gateway to trust for the client's address (0: none). */
  trustProxyHops: number;
  /** The mall's IANA zone (MPP_TIMEZONE): its local dates, weekdays and opening hours. */
  timeZone: string;
  /** The instant the business clock read at `clockSetAt` (MPP_CLOCK_START); null: real time. */
  clockStart: Date | null;
  /**
   * The real moment at which the business clock read `clockStart` (MPP_CLOCK_SET_AT), so that
   * every process of one platform shows the same instant; null: when each process starts.
   */
  clockSetAt: Date | null;
  /** The gateway's public GraphQL API, which a subgraph asks anonymously for another domain's public facts. */
  publicApiUrl: string;
  corsOrigins: string[];
  maxBodyBytes: number;
  subgraphTimeoutMs: number;
  /**
   * Connections the gateway keeps open to each subgraph at most (MPP_SUBGRAPH_CONNECTIONS):
   * calls beyond them wait for a free one, so a burst cannot open a socket per request.
   */
  subgraphConnections: number;
  /** The gateway's cache of anonymous answers, in bytes (MPP_RESPONSE_CACHE_BYTES); 0: no cache. */
  responseCacheBytes: number;
  /** Display-board streams (`GET /board/events`) the gateway keeps open at once (MPP_BOARD_STREAMS_MAX). */
  boardStreamsMax: number;
  /** Display-board streams one client address may keep open (MPP_BOARD_STREAMS_PER_CLIENT). */
  boardStreamsPerClient: number;
  /** A facility's status older than this many hours is flagged stale to editors (MPP_FACILITY_STATUS_STALE_HOURS). */
  facilityStatusStaleHours: number;
  /** How often facilities refreshes its copy of the mall's closed dates, in seconds (MPP_CLOSED_DATES_REFRESH_SECONDS). */
  closedDatesRefreshSeconds: number;
  logLevel: LogLevel;
}

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** A malformed setting: the process stops at start with a message naming the variable. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`${variable}: ${problem}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

/**
 * `rootDir`: the repository whose registry and data folder to use (tests try a registry of their
 * own). `part`: what this process is, which decides the keys it loads (none for a tool).
 */
export function loadConfig(env: Env = process.env, rootDir: string = findRepositoryRoot(), part: ProcessPart = { kind: 'tool' }): PlatformConfig {
  const read = (name: string): string | undefined => {
    const value = env[name]?.trim();
    return value ? value : undefined;
  };
  const mode = parseMode(read('NODE_ENV'));
  const dataDir = resolve(rootDir, read('MPP_DATA_DIR') ?? '.data');
  const host = read('MPP_HOST') ?? '127.0.0.1';
  const gatewayPort = parsePort('MPP_GATEWAY_PORT', read('MPP_GATEWAY_PORT'), DEFAULT_GATEWAY_PORT);
  const registry = subgraphRegistry(rootDir);
  const subgraphPorts: Record<string, number> = {};
  const subgraphUrls: Record<string, string> = {};
  for (const { name, port } of registry) {
    const variable = portVariable(name);
    subgraphPorts[name] = parsePort(variable, read(variable), port);
    const urlVariable = `MPP_${name.toUpperCase()}_URL`;
    subgraphUrls[name] = parseHttpUrl(
      urlVariable,
      read(urlVariable) ?? graphqlUrl(host, subgraphPorts[name]),
    );
  }
  const clockStart = parseClockInstant('MPP_CLOCK_START', read('MPP_CLOCK_START'), mode);
  const clockSetAt = parseClockInstant('MPP_CLOCK_SET_AT', read('MPP_CLOCK_SET_AT'), mode);
  if (clockSetAt && !clockStart) {
    throw new ConfigError('MPP_CLOCK_SET_AT', 'is the real moment at which the clock read MPP_CLOCK_START, which is not set.');
  }
  const gatewayOrigin = `http://${urlHost(host)}:${gatewayPort}`;
  const keys = loadProcessKeys(part, {
    read,
    production: mode === 'production',
    dataDir,
    baseDir: rootDir,
    fail: (variable, problem) => {
      throw new ConfigError(variable, problem);
    },
  });
  return {
    mode,
    rootDir,
    dataDir,
    database: parseDatabaseUrl(read('MPP_DATABASE_URL')),
    databasePrefix: parsePrefix(read('MPP_DATABASE_PREFIX') ?? 'mpp_'),
    host,
    gatewayPort,
    subgraphs: registry.map((entry) => entry.name),
    subgraphPorts,
    subgraphUrls,
    part,
    keys,
    loginRateLimitPerMinute: parsePositiveInt('MPP_LOGIN_RATE_LIMIT_PER_MINUTE', read('MPP_LOGIN_RATE_LIMIT_PER_MINUTE'), 10),
    ticketRateLimitPerMinute: parseCount('MPP_TICKET_RATE_LIMIT_PER_MINUTE', read('MPP_TICKET_RATE_LIMIT_PER_MINUTE'), 10),
    kioskTicketRateLimitPerMinute: parseCount('MPP_KIOSK_TICKET_RATE_LIMIT_PER_MINUTE', read('MPP_KIOSK_TICKET_RATE_LIMIT_PER_MINUTE'), 120),
    trustProxyHops: parseCount('MPP_TRUST_PROXY_HOPS', read('MPP_TRUST_PROXY_HOPS'), 0),
    timeZone: parseTimeZone(read('MPP_TIMEZONE')),
    clockStart,
    clockSetAt,
    publicApiUrl: parsePublicApiUrl(read('MPP_GATEWAY_URL') ?? graphqlUrl(host, gatewayPort)),
    corsOrigins: parseOrigins(read('MPP_CORS_ORIGINS'), gatewayOrigin),
    maxBodyBytes: parsePositiveInt('MPP_MAX_BODY_BYTES', read('MPP_MAX_BODY_BYTES'), 1_048_576),
    subgraphTimeoutMs: parsePositiveInt('MPP_SUBGRAPH_TIMEOUT_MS', read('MPP_SUBGRAPH_TIMEOUT_MS'), 10_000),
    subgraphConnections: parsePositiveInt('MPP_SUBGRAPH_CONNECTIONS', read('MPP_SUBGRAPH_CONNECTIONS'), 32),
    responseCacheBytes: parseCount('MPP_RESPONSE_CACHE_BYTES', read('MPP_RESPONSE_CACHE_BYTES'), 16 * 1024 * 1024),
    boardStreamsMax: parsePositiveInt('MPP_BOARD_STREAMS_MAX', read('MPP_BOARD_STREAMS_MAX'), 2_000),
    boardStreamsPerClient: parsePositiveInt('MPP_BOARD_STREAMS_PER_CLIENT', read('MPP_BOARD_STREAMS_PER_CLIENT'), 32),
    facilityStatusStaleHours: parsePositiveInt('MPP_FACILITY_STATUS_STALE_HOURS', read('MPP_FACILITY_STATUS_STALE_HOURS'), 24),
    closedDatesRefreshSeconds: parsePositiveInt('MPP_CLOSED_DATES_REFRESH_SECONDS', read('MPP_CLOSED_DATES_REFRESH_SECONDS'), 60),
    logLevel: parseLogLevel(read('MPP_LOG_LEVEL')),
  };
}

function parseMode(value: string | undefined): PlatformConfig['mode'] {
  if (value === undefined || value === 'development') return 'development';
  if (value === 'production' || value === 'test') return value;
  throw new ConfigError('NODE_ENV', `expected development, production or test, got "${value}".`);
}

function parseLogLevel(value: string | undefined): LogLevel {
  if (value === undefined) return 'info';
  if ((LOG_LEVELS as readonly string[]).includes(value)) return value as LogLevel;
  throw new ConfigError('MPP_LOG_LEVEL', `expected one of ${LOG_LEVELS.join(', ')}, got "${value}".`);
}

function parsePort(variable: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(variable, `expected a port number (0–65535), got "${value}".`);
  }
  if (FETCH_BLOCKED_PORTS.has(port)) {
    throw new ConfigError(variable, `port ${port} is one that fetch refuses to connect to ("bad port"), so the platform's services could not reach it; choose another.`);
  }
  return port;
}

function parsePositiveInt(variable: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number <= 0) {
    throw new ConfigError(variable, `expected a positive whole number, got "${value}".`);
  }
  return number;
}

function parseCount(variable: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0) {
    throw new ConfigError(variable, `expected a whole number, 0 or more, got "${value}".`);
  }
  return number;
}

function parseHttpUrl(variable: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(variable, `expected an http(s) URL, got "${value}".`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigError(variable, `expected an http(s) URL, got "${value}".`);
  }
  if (url.port !== '' && FETCH_BLOCKED_PORTS.has(Number(url.port))) {
    throw new ConfigError(variable, `port ${url.port} is one that fetch refuses to connect to ("bad port"); choose another.`);
  }
  return url.toString();
}

/** The public API is asked anonymously: a URL carrying a user or password is refused. */
function parsePublicApiUrl(value: string): string {
  const url = parseHttpUrl('MPP_GATEWAY_URL', value);
  if (new URL(url).username || new URL(url).password) {
    throw new ConfigError('MPP_GATEWAY_URL', 'give no user or password: subgraphs ask the public API anonymously.');
  }
  return url;
}

function parseDatabaseUrl(value: string | undefined): DatabaseTarget {
  if (value === undefined) return { kind: 'sqlite' };
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError('MPP_DATABASE_URL', 'expected mysql://user:password@host:port.');
  }
  if (url.protocol !== 'mysql:' && url.protocol !== 'mariadb:') {
    throw new ConfigError('MPP_DATABASE_URL', `unsupported database "${url.protocol.replace(':', '')}"; use mysql://.`);
  }
  if (url.pathname.length > 1) {
    throw new ConfigError('MPP_DATABASE_URL', 'give no database name: each subgraph uses its own schema, named by MPP_DATABASE_PREFIX.');
  }
  return {
    kind: 'mysql',
    host: url.hostname,
    port: url.port ? Number(url.port) : 3306,
    user: decodeURIComponent(url.username || 'root'),
    password: decodeURIComponent(url.password),
  };
}

function parsePrefix(value: string): string {
  if (!/^[a-z][a-z0-9_]{0,31}$/.test(value)) {
    throw new ConfigError('MPP_DATABASE_PREFIX', 'expected lowercase letters, digits and underscores, starting with a letter (at most 32).');
  }
  return value;
}

/** MPP_CLOCK_START or MPP_CLOCK_SET_AT: an ISO instant with its zone, outside production only. */
function parseClockInstant(variable: string, value: string | undefined, mode: PlatformConfig['mode']): Date | null {
  if (value === undefined) return null;
  if (mode === 'production') {
    throw new ConfigError(variable, 'a set clock is refused in production.');
  }
  const instant = new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value) || Number.isNaN(instant.getTime())) {
    throw new ConfigError(variable, `expected an ISO instant with its zone, such as 2026-12-07T08:00:00+08:00, got "${value}".`);
  }
  return instant;
}

function parseTimeZone(value: string | undefined): string {
  if (value === undefined) return DEFAULT_TIME_ZONE;
  const zone = canonicalTimeZone(value);
  if (zone === null) {
    throw new ConfigError('MPP_TIMEZONE', `expected an IANA time zone such as Asia/Makassar (WITA), Asia/Jakarta (WIB) or Asia/Jayapura (WIT), got "${value}".`);
  }
  return zone;
}

function parseOrigins(value: string | undefined, gatewayOrigin: string): string[] {
  if (value === undefined) return [gatewayOrigin];
  return value.split(',').map((origin) => {
    const trimmed = origin.trim();
    try {
      const url = new URL(trimmed);
      if (url.origin !== trimmed.replace(/\/$/, '')) throw new Error('not an origin');
      return url.origin;
    } catch {
      throw new ConfigError('MPP_CORS_ORIGINS', `"${trimmed}" is not an origin such as https://mpp.paserkab.go.id.`);
    }
  });
}

/** The variable that sets a subgraph's port, e.g. MPP_AGENCIES_PORT. */
export function portVariable(subgraph: string): string {
  return `MPP_${subgraph.toUpperCase()}_PORT`;
}

/** Where a service (subgraph or gateway) listening on host:port serves GraphQL. */
export function graphqlUrl(host: string, port: number): string {
  return `http://${urlHost(host)}:${port}/graphql`;
}

function urlHost(host: string): string {
  if (host === '0.0.0.0') return '127.0.0.1';
  if (host === '::') return '[::1]';
  return host.includes(':') ? `[${host}]` : host;
}

/**
 * A key this process's part must hold (its start-up asks for it, so a process configured as
 * something else stops at once, naming the variable, instead of failing at its first request).
 */
export function requiredKey<K extends keyof ProcessKeys>(config: PlatformConfig, slot: K): NonNullable<ProcessKeys[K]> {
  const key = config.keys[slot];
  if (key === null) throw new ConfigError(KEY_VARIABLES[slot], `is not loaded by a process of kind "${config.part.kind}", which needs it.`);
  return key;
}
