import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { loadConfig, requiredKey, type DatabaseTarget, type PlatformConfig } from '../config/config';
import { findRepositoryRoot, subgraphNames } from '../registry/registry';
import { dropMySqlSchema } from '../database/database';
import { INTERNAL_TOKEN_HEADER, signInternalToken } from '../identity/internal-tokens';
import { ANONYMOUS, type StaffIdentity, type Viewer } from '../identity/viewer';

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
 * viewer, when given, else for an anonymous caller. `target` is read at each call, so a spec can
 * make this before it starts the subgraph.
 */
export function askAsGateway(target: GatewayTarget) {
  return async <T = any>(query: string, variables: Record<string, unknown> = {}, viewer?: StaffIdentity | Viewer) => {
    const { subgraph, config } = target();
    return postGraphql<T>(subgraph.url, query, variables, await internalTokenHeader(config, subgraph.name, viewer));
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
