import { startGateway, type RunningGateway } from '@mpp/gateway';
import { findRepositoryRoot, loadSubgraphDefinition, subgraphRegistry, type LogDestination } from '@mpp/kit';
import { QueryLog, startSubgraph, type RunningSubgraph, type SubgraphDefinition } from '@mpp/kit/subgraph';
import { testPlatformConfig, type TestPlatform } from '@mpp/kit/testing';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { readFileSync } from 'node:fs';
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
    private readonly logDestination?: LogDestination,
  ) {}

  static async start(databaseUrl: string | undefined, env: Record<string, string> = {}, options: PlatformOptions = {}): Promise<TestPlatformRun> {
    const platform = testPlatformConfig(databaseUrl, env, options.rootDir);
    const definitions = await subgraphDefinitions(options.rootDir);
    const subgraphs: Record<string, RunningSubgraph> = {};
    for (const [name, definition] of definitions) {
      subgraphs[name] = await startSubgraph(definition, platform.config, { port: 0, queryLog: new QueryLog(), logDestination: options.logDestination });
    }
    const subgraphUrls = Object.fromEntries(Object.entries(subgraphs).map(([name, running]) => [name, running.url]));
    const gateway = await startGateway(platform.config, { port: 0, subgraphUrls, supergraphSdl: options.supergraphSdl, logDestination: options.logDestination });
    return new TestPlatformRun(platform, definitions, subgraphs, gateway, options.logDestination);
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
    await this.gateway.stop();
    for (const running of Object.values(this.subgraphs)) await running.stop();
    await this.platform.cleanup(Object.keys(this.subgraphs));
  }
}
