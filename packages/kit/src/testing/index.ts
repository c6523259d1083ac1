import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { loadConfig, requiredKey, type DatabaseTarget, type PlatformConfig } from '../config/config';
import { findRepositoryRoot, subgraphNames } from '../registry/registry';
import { dropMySqlSchema, openDatabase, type Database } from '../database/database';
import { INTERNAL_TOKEN_HEADER, signInternalToken } from '../identity/internal-tokens';
import { ANONYMOUS, type StaffIdentity, type Viewer } from '../identity/viewer';
// The subgraph entry point, not the server's module alone: a started subgraph needs what the
// entry registers process-wide (reflect-metadata, the role enums).
import { startSubgraph, type RunningSubgraph, type SubgraphDefinition, type SubgraphStartOptions } from '../subgraph';

/**
 * The databases a database suite runs on: SQLite always, MySQL/MariaDB too when
 * MPP_TEST_MYSQL_URL is set (CI sets it). Use with `describe.each(testDatabaseTargets())`.
 */
export function testDatabaseTargets(): { label: string; databaseUrl: string | undefined }[] {
  const targets: { label: string; databaseUrl: string | undefined }[] = [{ label: 'sqlite', databaseUrl: undefined }];
  const mysqlUrl = process.env.MPP_TEST_MYSQL_URL?.trim();
  if (mysqlUrl) targets.push({ label: 'mysql', databaseUrl: mysqlUrl });
  return targets;
}

export interface TestPlatform {
  config: PlatformConfig;
  /** Drops the run's MySQL schemas and removes its data folder. */
  cleanup(subgraphs: readonly string[]): Promise<void>;
}

/**
 * A configuration of its own for one test run: a fresh temporary data folder (with its own
 * generated keys), a unique database prefix (so parallel runs on one MySQL server never
 * collide), free ports, quiet logs. It holds every part's keys: a test runs the whole platform
 * in one process.
 */
export function testPlatformConfig(
  databaseUrl: string | undefined,
  env: Record<string, string> = {},
  rootDir: string = findRepositoryRoot(),
): TestPlatform {
  const dataDir = mkdtempSync(join(tmpdir(), 'mpp-test-'));
  const prefix = `t${randomBytes(5).toString('hex')}_`;
  const config = loadConfig({
    NODE_ENV: 'test',
    MPP_DATA_DIR: dataDir,
    MPP_DATABASE_PREFIX: prefix,
    MPP_DATABASE_URL: databaseUrl,
    MPP_GATEWAY_PORT: '0',
    ...Object.fromEntries(subgraphNames(rootDir).map((name) => [`MPP_${name.toUpperCase()}_PORT`, '0'])),
    MPP_LOG_LEVEL: process.env.MPP_LOG_LEVEL ?? 'warn',
    ...env,
  }, rootDir, { kind: 'whole-platform' });
  return {
    config,
    async cleanup(subgraphs) {
      const target: DatabaseTarget = config.database;
      if (target.kind === 'mysql') {
        for (const name of subgraphs) await dropMySqlSchema(target, `${prefix}${name}`);
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface GraphqlResponse<T = any> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

/** POSTs one GraphQL operation as a frontend would; returns the HTTP status and the body. */
export async function postGraphql<T = any>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphqlResponse<T>> {
  return (await postGraphqlWithHeaders<T>(url, query, variables, headers)).body;
}

/** postGraphql, with the answer's HTTP headers. */
async function postGraphqlWithHeaders<T>(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  headers: Record<string, string>,
): Promise<{ headers: Headers; body: GraphqlResponse<T> }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<GraphqlResponse<T>, 'status'>;
  return { headers: response.headers, body: { status: response.status, ...body } };
}

/** Ports this process has handed out: the system may offer a just-released port again. */
const handedOut = new Set<number>();

/**
 * A port nobody listens on right now (for a process that must be told its port), never one
 * handed out before in this process, so several taken in a row are distinct.
 */
export async function freePort(): Promise<number> {
  for (;;) {
    const port = await new Promise<number>((resolve, reject) => {
      const server = createServer();
      server.listen(0, '127.0.0.1', () => {
        const { port: chosen } = server.address() as { port: number };
        server.close(() => resolve(chosen));
      });
      server.once('error', reject);
    });
    if (!handedOut.has(port)) {
      handedOut.add(port);
      return port;
    }
  }
}

/**
 * The header with which the gateway admits a viewer (anonymous unless given) to one subgraph:
 * an internal token signed with the test platform's gateway key, as the gateway signs them
 * (its bearer forwards clients' addresses and request ids).
 */
export async function internalTokenHeader(config: PlatformConfig, subgraph: string, viewer?: StaffIdentity | Viewer): Promise<Record<string, string>> {
  const asViewer: Viewer = viewer === undefined ? ANONYMOUS : 'kind' in viewer ? viewer : { kind: 'staff', ...viewer };
  const { token } = await signInternalToken(requiredKey(config, 'internalTokenSigning'), subgraph, asViewer, { forwardsClients: true });
  return { [INTERNAL_TOKEN_HEADER]: token };
}

/** A running subgraph and the test platform's configuration, read at each call (see askAsGateway). */
type GatewayTarget = () => { subgraph: { name: string; url: string }; config: PlatformConfig };

/**
 * Asks a subgraph directly, as the gateway does: with an internal token for it speaking for the
 * viewer, when given, else for an anonymous caller, and any other headers the gateway would
 * forward beside it (the client's address, under CLIENT_ADDRESS_HEADER). `target` is read at
 * each call, so a spec can make this before it starts the subgraph.
 */
export function askAsGateway(target: GatewayTarget) {
  return async <T = any>(query: string, variables: Record<string, unknown> = {}, viewer?: StaffIdentity | Viewer, headers: Record<string, string> = {}) => {
    const { subgraph, config } = target();
    return postGraphql<T>(subgraph.url, query, variables, { ...(await internalTokenHeader(config, subgraph.name, viewer)), ...headers });
  };
}

/**
 * askAsGateway, with the answer's Cache-Control header as the gateway reads it (what it may
 * reuse of the answer, and for whom: see the kit's cache policy); null when there is none.
 */
export function askAsGatewayWithCacheControl(target: GatewayTarget) {
  return async <T = any>(
    query: string,
    variables: Record<string, unknown> = {},
    viewer?: StaffIdentity | Viewer,
  ): Promise<{ cacheControl: string | null; body: GraphqlResponse<T> }> => {
    const { subgraph, config } = target();
    const { headers, body } = await postGraphqlWithHeaders<T>(subgraph.url, query, variables, await internalTokenHeader(config, subgraph.name, viewer));
    return { cacheControl: headers.get('cache-control'), body };
  };
}

export interface SubgraphForSpecsOptions {
  /** Settings over the test platform's own (testPlatformConfig), e.g. a limit the specs reach. */
  env?: Record<string, string>;
  /** How it starts, besides on a free port: a QueryLog of its own, where its log lines go. */
  startOptions?: Omit<SubgraphStartOptions, 'port'>;
  /**
   * Runs once the platform exists and before the subgraph first starts: for a spec that needs
   * its database as an earlier version left it (opened with that version's migrations and given
   * rows to upgrade). The start after it migrates and seeds as any start does.
   */
  beforeStart?: (platform: TestPlatform) => Promise<void>;
}

/** A subgraph started for specs on a database of its own, and how they ask it. */
export interface SubgraphForSpecs {
  platform: TestPlatform;
  /** The running subgraph (another one after `restart`). */
  subgraph: RunningSubgraph;
  /**
   * Asks it as the gateway does (askAsGateway): for the viewer (anonymous unless given), with any
   * other headers given. A function of its own, so a spec may hand it on.
   */
  ask: ReturnType<typeof askAsGateway>;
  /** The same, with the answer's Cache-Control header (askAsGatewayWithCacheControl). */
  askWithCacheControl: ReturnType<typeof askAsGatewayWithCacheControl>;
  /**
   * Stops the subgraph, runs `whileStopped` when given (to change its data folder, say), and
   * starts it again on the same database and data folder, with the same options. When that start
   * fails the subgraph stays stopped, and another restart starts it.
   */
  restart(whileStopped?: () => void | Promise<void>): Promise<void>;
  /** Stops the subgraph and removes its database and data folder; only the first call does anything. */
  stop(): Promise<void>;
}

/**
 * A subgraph on a fresh database of its own (migrated and seeded, as every start leaves it),
 * listening on a free port, with a test platform of its own (testPlatformConfig, with `env` over
 * it). When it cannot start, what was made for it is removed before the error is thrown, so a
 * failed start leaves neither a database nor a data folder behind.
 */
export async function startSubgraphForSpecs(
  definition: SubgraphDefinition,
  databaseUrl: string | undefined,
  { env = {}, startOptions = {}, beforeStart }: SubgraphForSpecsOptions = {},
): Promise<SubgraphForSpecs> {
  const platform = testPlatformConfig(databaseUrl, env);
  const start = () => startSubgraph(definition, platform.config, { ...startOptions, port: 0 });
  let first: RunningSubgraph;
  try {
    await beforeStart?.(platform);
    first = await start();
  } catch (error) {
    // The start's own error is the one worth reading: a failed clean-up must not hide it.
    await platform.cleanup([definition.name]).catch(() => undefined);
    throw error;
  }
  let running = true;
  let stopped = false;
  const stopSubgraph = async () => {
    if (!running) return;
    running = false;
    await run.subgraph.stop();
  };
  const target = () => ({ subgraph: run.subgraph, config: platform.config });
  const run: SubgraphForSpecs = {
    platform,
    subgraph: first,
    ask: askAsGateway(target),
    askWithCacheControl: askAsGatewayWithCacheControl(target),
    async restart(whileStopped) {
      if (stopped) throw new Error(`the ${definition.name} subgraph was stopped for good: its database and data folder are gone`);
      await stopSubgraph();
      await whileStopped?.();
      run.subgraph = await start();
      running = true;
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      try {
        await stopSubgraph();
      } finally {
        // Removed even when the subgraph failed to stop: nothing of a spec run stays behind.
        await platform.cleanup([definition.name]);
      }
    },
  };
  return run;
}

/** The hooks of the test runner (jest's globals) by which a describe block starts and stops what its tests share. */
interface DescribeBlockHooks {
  beforeAll: (hook: () => Promise<void>) => void;
  afterAll: (hook: () => Promise<void>) => void;
}

/**
 * Something the tests of one describe block share (a started subgraph, say), started before
 * them and stopped after them: call it inside the block. It returns a stand-in for what
 * `start` made, whose every property reads the started one, so read it in tests and hooks only;
 * read before the start (while jest collects the tests, or after a failed start) it fails,
 * naming `what`. The runner's hooks are looked up at the call rather than imported: this entry
 * is built without the runner's types, and scripts that run without jest load it too (for
 * freePort).
 */
export function runForSpecs<Run extends { stop(): Promise<void> }>(what: string, start: () => Promise<Run>): Run {
  const { beforeAll, afterAll } = globalThis as unknown as Partial<DescribeBlockHooks>;
  if (!beforeAll || !afterAll) throw new Error(`${what} starts with jest's beforeAll and stops with its afterAll: ask for it inside a describe block of a spec`);
  let started: Run | undefined;
  beforeAll(async () => {
    started = await start();
  });
  afterAll(async () => {
    await started?.stop();
  });
  return new Proxy({} as Run, {
    get(_target, property) {
      if (!started) throw new Error(`${what} has not started: read it in a test or a hook, after the describe block's beforeAll has started it`);
      return Reflect.get(started, property) as unknown;
    },
  });
}

/**
 * The subgraph for one describe block on a database (startSubgraphForSpecs, with the same
 * options), started before the block's tests and stopped after them; what every subgraph spec
 * that needs a running subgraph calls first:
 *
 *   const run = subgraphForSpecs(catalogSubgraph, databaseUrl);
 *   it('…', async () => expect((await run.ask('{ services { id } }')).errors).toBeUndefined());
 */
export function subgraphForSpecs(definition: SubgraphDefinition, databaseUrl: string | undefined, options: SubgraphForSpecsOptions = {}): SubgraphForSpecs {
  return runForSpecs(`the ${definition.name} subgraph`, () => startSubgraphForSpecs(definition, databaseUrl, options));
}

/**
 * A subgraph's database as an earlier release left it: opened with its migrations up to, not
 * including, `migrationName`, so a spec can give it the rows that migration (or a later start)
 * must upgrade. Close it before the subgraph starts on the same database.
 */
export async function openDatabaseBefore(platform: TestPlatform, definition: SubgraphDefinition, migrationName: string): Promise<Database> {
  const index = definition.migrations.findIndex((migration) => migration.name === migrationName);
  // Not found, slice(0, -1) would quietly open everything but the last migration.
  if (index < 0) throw new Error(`the ${definition.name} subgraph has no migration named ${migrationName}`);
  const { config } = platform;
  return openDatabase({
    subgraph: definition.name,
    target: config.database,
    prefix: config.databasePrefix,
    dataDir: config.dataDir,
    entities: definition.entities,
    migrations: definition.migrations.slice(0, index),
  });
}
