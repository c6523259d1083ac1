import { startGateway, type RunningGateway } from '@mpp/gateway';
import { findRepositoryRoot, loadSubgraphDefinition, subgraphRegistry, type LogDestination } from '@mpp/kit';
import { PUBLIC_MAX_AGE_SECONDS, QueryLog, startSubgraph, type RunningSubgraph, type SubgraphDefinition } from '@mpp/kit/subgraph';
import { testPlatformConfig, type TestPlatform } from '@mpp/kit/testing';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { readFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { print } from 'graphql';

/** Every subgraph of a repository's registry (this one's unless told), by name, loaded once. */
const definitions = new Map<string, Promise<Map<string, SubgraphDefinition>>>();
export function subgraphDefinitions(rootDir: string = findRepositoryRoot()): Promise<Map<string, SubgraphDefinition>> {
  let loaded = definitions.get(rootDir);
  if (!loaded) {
    loaded = Promise.all(
      subgraphRegistry(rootDir).map(async (entry) => [entry.name, await loadSubgraphDefinition<SubgraphDefinition>(entry, rootDir)] as const),
    ).then((entries) => new Map(entries));
    definitions.set(rootDir, loaded);
  }
  return loaded;
}

export interface PlatformOptions {
  /** A repository root with a registry of its own (a test adding a subgraph). */
  rootDir?: string;
  /** The supergraph to serve instead of the committed one. */
  supergraphSdl?: string;
  /** Where every service's log lines go (standard output unless given). */
  logDestination?: LogDestination;
  /**
   * Subgraphs not started in this process: the gateway asks them at these URLs (a subgraph the
   * test runs as a process of its own, see SubgraphProcess, started once the platform is).
   */
  subgraphsElsewhere?: Record<string, string>;
}

export interface DevAccount {
  email: string;
  password: string;
  role: 'ADMIN' | 'EDITOR' | 'PARTNER' | 'OFFICER';
  agency: string | null;
}

export interface Session {
  token: string;
  refreshToken: string;
  expiresAt: string;
  user: { id: string; email: string; role: string; mustChangePassword: boolean; agency: { slug: string } | null };
}

/** The Authorization header of a session. */
export function bearer(session: Session | string): Record<string, string> {
  return { authorization: `Bearer ${typeof session === 'string' ? session : session.token}` };
}

export interface GraphqlResult<T> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

/**
 * The whole platform on free ports with a temporary data folder: every subgraph and the
 * gateway, in this process so a test can read each subgraph's SQL statement log. Tests talk
 * to it over HTTP through the gateway, as a frontend would.
 */
export class TestPlatformRun {
  private constructor(
    readonly platform: TestPlatform,
    private readonly definitions: Map<string, SubgraphDefinition>,
    readonly subgraphs: Record<string, RunningSubgraph>,
    readonly gateway: RunningGateway,
    /** What the platform was started with: a process of one of its parts is configured the same. */
    private readonly startedWith: { databaseUrl: string | undefined; env: Record<string, string>; options: PlatformOptions },
  ) {}

  /** Gateways a test started besides the platform's own; stopped with it. */
  private readonly otherGateways: RunningGateway[] = [];

  private get logDestination(): LogDestination | undefined {
    return this.startedWith.options.logDestination;
  }

  static async start(databaseUrl: string | undefined, givenEnv: Record<string, string> = {}, options: PlatformOptions = {}): Promise<TestPlatformRun> {
    // A set clock reads its start now, for every part: each one started later (a restarted
    // subgraph, a subgraph run as a process of its own) runs on from this one moment, as under npm start.
    const env: Record<string, string> = givenEnv.MPP_CLOCK_START && !givenEnv.MPP_CLOCK_SET_AT ? { ...givenEnv, MPP_CLOCK_SET_AT: new Date().toISOString() } : { ...givenEnv };
    // The gateway's port is chosen before anything starts, so every subgraph knows where the
    // public API is (MPP_GATEWAY_URL derives from it) for facts of other domains. It is held until
    // the gateway binds it: a port only chosen could meanwhile go to a subgraph started on port 0
    // or to an outgoing connection.
    const gatewayPort = !env.MPP_GATEWAY_PORT && !env.MPP_GATEWAY_URL ? await reservePort() : null;
    if (gatewayPort) env.MPP_GATEWAY_PORT = String(gatewayPort.port);
    // Facilities refreshes its copy of the closed dates through the gateway, a request queueing
    // answers, which a spec counting queueing's statements would see: once at start, then hourly
    // (the specs of the refresh set their own interval).
    env.MPP_CLOSED_DATES_REFRESH_SECONDS ??= '3600';
    const platform = testPlatformConfig(databaseUrl, env, options.rootDir);
    const definitions = await subgraphDefinitions(options.rootDir);
    const elsewhere = options.subgraphsElsewhere ?? {};
    const subgraphs: Record<string, RunningSubgraph> = {};
    try {
      for (const [name, definition] of definitions) {
        if (name in elsewhere) continue;
        subgraphs[name] = await startSubgraph(definition, platform.config, { port: 0, queryLog: new QueryLog(), logDestination: options.logDestination });
      }
      const subgraphUrls = { ...Object.fromEntries(Object.entries(subgraphs).map(([name, running]) => [name, running.url])), ...elsewhere };
      await gatewayPort?.release();
      const gateway = await startGateway(platform.config, { subgraphUrls, supergraphSdl: options.supergraphSdl, logDestination: options.logDestination });
      return new TestPlatformRun(platform, definitions, subgraphs, gateway, { databaseUrl, env, options });
    } catch (error) {
      // A start that fails half way leaves nothing running behind it (jest would wait for it).
      await gatewayPort?.release();
      for (const running of Object.values(subgraphs)) await running.stop();
      await platform.cleanup(platform.config.subgraphs);
      throw error;
    }
  }

  /**
   * One more gateway on a free port, asking the given URLs for some subgraphs and this
   * platform's for the others (a second gateway in front of a second replica); stopped with the
   * platform.
   */
  async startAnotherGateway(subgraphUrls: Record<string, string>): Promise<RunningGateway> {
    const own = Object.fromEntries(Object.entries(this.subgraphs).map(([name, running]) => [name, running.url]));
    const gateway = await startGateway(this.platform.config, {
      port: 0,
      subgraphUrls: { ...own, ...this.startedWith.options.subgraphsElsewhere, ...subgraphUrls },
      supergraphSdl: this.startedWith.options.supergraphSdl,
      logDestination: this.logDestination,
    });
    this.otherGateways.push(gateway);
    return gateway;
  }

  /**
   * The environment with which a subgraph of this platform runs as a process of its own
   * (`node <workspace>/dist/main.js`) on `port`: the same data folder (so the same generated
   * keys; the process loads only its own part's), database, prefix, clock, settings and gateway.
   */
  processEnvironment(subgraph: string, port: number): Record<string, string> {
    const { databaseUrl, env } = this.startedWith;
    return {
      NODE_ENV: this.platform.config.mode,
      MPP_DATA_DIR: this.platform.config.dataDir,
      MPP_DATABASE_URL: databaseUrl ?? '',
      MPP_DATABASE_PREFIX: this.platform.config.databasePrefix,
      MPP_LOG_LEVEL: this.platform.config.logLevel,
      MPP_GATEWAY_URL: this.gateway.url,
      ...env,
      [`MPP_${subgraph.toUpperCase()}_PORT`]: String(port),
    };
  }

  get url(): string {
    return this.gateway.url;
  }

  /** Runs a typed operation (from codegen) through the gateway. */
  async execute<TData, TVariables extends Record<string, unknown>>(
    document: TypedDocumentNode<TData, TVariables>,
    variables?: TVariables,
    headers: Record<string, string> = {},
  ): Promise<GraphqlResult<TData>> {
    return this.post(print(document), variables ?? {}, headers);
  }

  /** Sends raw text: for malformed or deliberately wrong operations codegen cannot type. */
  async post<T = any>(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<GraphqlResult<T>> {
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, ...((await response.json()) as object) };
  }

  /** The development accounts seeded on first start (one per role). */
  devAccounts(): DevAccount[] {
    return JSON.parse(readFileSync(join(this.platform.config.dataDir, 'dev-accounts.json'), 'utf8')) as DevAccount[];
  }

  /** The device token of the seeded development kiosk (`{ "role": "KIOSK", "token" }` in the same file). */
  devKioskToken(): string {
    const entries = JSON.parse(readFileSync(join(this.platform.config.dataDir, 'dev-accounts.json'), 'utf8')) as { role: string; token?: string }[];
    const kiosk = entries.find((entry) => entry.role === 'KIOSK');
    if (!kiosk?.token) throw new Error('no development kiosk in dev-accounts.json');
    return kiosk.token;
  }

  /** Signs in through the gateway; fails the test on any error. */
  async login(email: string, password: string, headers: Record<string, string> = {}): Promise<Session> {
    const result = await this.post<{ login: Session }>(
      'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token refreshToken expiresAt user { id email role mustChangePassword agency { slug } } } }',
      { email, password },
      headers,
    );
    if (!result.data?.login) throw new Error(`login of ${email} failed: ${JSON.stringify(result.errors)}`);
    return result.data.login;
  }

  /** Signs in as the seeded account of a role (PARTNER: the BRI one, unless `agency` says). */
  async loginAs(role: DevAccount['role'], agency?: string): Promise<Session> {
    const account = this.devAccounts().find((candidate) => candidate.role === role && (agency === undefined || candidate.agency === agency));
    if (!account) throw new Error(`no development account for ${role} ${agency ?? ''}`);
    return this.login(account.email, account.password);
  }

  /** Stops a subgraph and starts it again on the same port (outage tests). */
  async stopSubgraph(name: string): Promise<void> {
    await this.subgraphs[name].stop();
  }

  async startSubgraphAgain(name: string): Promise<void> {
    const port = this.subgraphs[name].port;
    this.subgraphs[name] = await startSubgraph(this.definitions.get(name)!, this.platform.config, { port, queryLog: new QueryLog(), logDestination: this.logDestination });
  }

  /** SQL statements each subgraph ran while `action` did. */
  async countStatements(action: () => Promise<unknown>): Promise<Record<string, number>> {
    for (const running of Object.values(this.subgraphs)) running.database.queryLog.reset();
    await action();
    return Object.fromEntries(Object.entries(this.subgraphs).map(([name, running]) => [name, running.database.queryLog.count]));
  }

  async stop(): Promise<void> {
    for (const gateway of this.otherGateways) await gateway.stop();
    await this.gateway.stop();
    for (const running of Object.values(this.subgraphs)) await running.stop();
    // Those run elsewhere have databases of this run too.
    await this.platform.cleanup([...new Set([...Object.keys(this.subgraphs), ...Object.keys(this.startedWith.options.subgraphsElsewhere ?? {})])]);
  }
}

/**
 * Headers of an anonymous request for the public's view at this very moment: the gateway keeps
 * public answers for a second, and a check that the public does (not) see a change must not pass
 * on an answer stored before it.
 */
export const FRESH: Readonly<Record<string, string>> = { 'cache-control': 'no-cache' };

/**
 * What an anonymous reader sees once the public may see a change: public answers are reused for
 * up to PUBLIC_MAX_AGE_SECONDS (the gateway's cache), so a write shows within that second, not at
 * once. Reads until `shows` holds, at most a little past that second; gives back the last answer
 * either way, for the test's own assertion to judge.
 */
export async function publicly<T>(read: () => Promise<T>, shows: (answer: T) => boolean): Promise<T> {
  const deadline = Date.now() + PUBLIC_MAX_AGE_SECONDS * 1000 + PUBLICLY_MARGIN_MS;
  for (;;) {
    const answer = await read();
    if (shows(answer) || Date.now() > deadline) return answer;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A request's own time beyond the cache's second (a loaded machine included). */
const PUBLICLY_MARGIN_MS = 500;

/** A free port on loopback, held by a listening socket until released. */
async function reservePort(): Promise<{ port: number; release(): Promise<void> }> {
  // A subgraph asking the gateway before it is up (a background refresh) is refused at once,
  // as by a port nobody holds, and nothing stays open to hold up the release.
  const holder = createServer((socket) => socket.destroy());
  await new Promise<void>((resolve, reject) => {
    holder.once('error', reject);
    holder.listen(0, '127.0.0.1', resolve);
  });
  const { port } = holder.address() as AddressInfo;
  let released: Promise<void> | null = null;
  return {
    port,
    release: () => (released ??= new Promise<void>((resolve) => holder.close(() => resolve()))),
  };
}
