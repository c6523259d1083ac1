import { randomUUID } from 'node:crypto';
import { isIP } from 'node:net';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type NextFunction, type Request, type Response } from 'express';
import { clock } from '../clock/clock';
import { findRepositoryRoot } from '../registry/registry';
import { graphqlUrl, loadConfig, portVariable, requiredKey, type PlatformConfig } from '../config/config';
import type { ProcessPart } from '../config/process-keys';
import { createRequestContext, type RequestContext } from '../context/request-context';
import { openDatabase, type Database, type DatabaseOptions } from '../database/database';
import { holdRunningLock } from '../database/running-lock';
import { VersionedRecord } from '../database/versioned-record';
import { AuditActor, AuditRecord } from '../audit/audit-record.entity';
import { BACKGROUND_LOGGER_CONTEXT, type QueryLog } from '../database/query-log';
import { CLIENT_ADDRESS_HEADER, INTERNAL_TOKEN_HEADER, InternalTokenVerifier, REQUEST_ID_HEADER, type InternalCaller } from '../identity/internal-tokens';
import { KIOSK_ROLE } from '../identity/viewer';
import { createLogger, type LogDestination, type Logger } from '../logging/logger';
import { requestLogPlugin } from '../logging/request-log';
import { buildFederatedSchema } from '../schema/federated-schema';
import type { BackgroundWork, SubgraphDefinition } from './subgraph-definition';
import { commonApolloOptions } from './apollo-options';
import { subgraphCachePolicy } from './cache-policy';
import { listen } from './listen';
import { runMain } from './run-main';


export interface SubgraphStartOptions {
  /** Overrides the configured port (0 picks a free one). */
  port?: number;
  /** Receives every SQL statement of this subgraph. */
  queryLog?: QueryLog;
  /** Where its log lines go (standard output unless given): a test reading what was logged. */
  logDestination?: LogDestination;
}

export interface RunningSubgraph {
  name: string;
  /** The GraphQL endpoint, e.g. http://127.0.0.1:4002/graphql. */
  url: string;
  port: number;
  database: Database;
  logger: Logger;
  stop(): Promise<void>;
}

/**
 * Runs one subgraph: opens and migrates its database, seeds Paser's data into an empty one,
 * then serves `/graphql` (only to calls with the gateway's internal token for it) and `GET /health`.
 * It listens only once it is ready, so a running subgraph is a seeded one.
 */
export async function startSubgraph(
  definition: SubgraphDefinition,
  config: PlatformConfig,
  options: SubgraphStartOptions = {},
): Promise<RunningSubgraph> {
  const logger = createLogger(definition.name, config.logLevel, { pretty: config.mode === 'development', destination: options.logDestination });
  // Keys first: a process configured without them stops before touching its database.
  const internalTokens = new InternalTokenVerifier(requiredKey(config, 'internalTokenVerification'), definition.name);
  if (definition.issuesStaffTokens) requiredKey(config, 'staffTokenSigning');
  clock.configure(config);
  const database = await openPreparedSubgraphDatabase(definition, config, logger, options.queryLog);
  try {
    const schema = await buildFederatedSchema(definition);
    const app = express();
    app.disable('x-powered-by');
    const server = await listen(app, config.host, options.port ?? config.subgraphPorts[definition.name], portVariable(definition.name));
    const apollo = new ApolloServer<RequestContext>({
      schema,
      // No Apollo Studio here: inline tracing would only add bytes to every answer.
      ...commonApolloOptions<RequestContext>(config, logger, server, [
        ApolloServerPluginInlineTraceDisabled(),
        // The gateway logs each client request at info; a subgraph's line is for following one.
        requestLogPlugin<RequestContext>(logger, {
          level: 'debug',
          caller: ({ viewer }) =>
            viewer.kind === 'staff' ? { user: viewer.userId, role: viewer.role } : viewer.kind === 'kiosk' ? { user: viewer.kioskId, role: KIOSK_ROLE } : undefined,
        }),
        // Its answers' Cache-Control, by which the gateway may reuse an anonymous one.
        ...subgraphCachePolicy(),
      ]),
    });
    await apollo.start();

    app.get('/health', async (_req, res) => {
      const reachable = await database.isReachable();
      res.status(reachable ? 200 : 503).json({
        status: reachable ? 'ok' : 'unavailable',
        subgraph: definition.name,
        database: reachable ? 'up' : 'down',
      });
    });
    app.use(
      '/graphql',
      requireInternalToken(internalTokens),
      express.json({ limit: config.maxBodyBytes }),
      expressMiddleware(apollo, {
        // Only a request with a valid internal token reaches this far; the client's address and
        // the request id beside it are believed when the token says its bearer forwards them.
        context: async ({ req, res }) => {
          const { viewer, forwardsClients } = (res.locals as { caller: InternalCaller }).caller;
          const requestId = forwardsClients ? req.header(REQUEST_ID_HEADER) : undefined;
          return createRequestContext(
            config,
            database.orm.em,
            viewer,
            requestId && SAFE_REQUEST_ID.test(requestId) ? requestId : randomUUID(),
            forwardsClients ? clientAddressOf(req.header(CLIENT_ADDRESS_HEADER)) : null,
          );
        },
      }),
    );

    const port = (server.address() as AddressInfo).port;
    const url = graphqlUrl(config.host, port);
    logger.info('ready', { url, database: database.name });
    let stopBackground: BackgroundWork | undefined;
    try {
      // Its statements are labelled as background work, which no request's QueryLog counts.
      stopBackground = definition.background?.({ em: database.orm.em.fork({ loggerContext: BACKGROUND_LOGGER_CONTEXT }), config, logger });
    } catch (error) {
      // Listening already: stop serving before the database closes below.
      await apollo.stop();
      throw error;
    }
    return {
      name: definition.name,
      url,
      port,
      database,
      logger,
      async stop() {
        await stopBackground?.();
        await apollo.stop();
        await database.close();
        logger.info('stopped');
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}

/**
 * A subgraph's database ready to serve: migrated, seeded when empty, start-up backfills run —
 * one process at a time, under the start-up lock. What every start does first, and all that
 * `npm run migrate` does (a release migrates before its new processes start).
 */
export async function openPreparedSubgraphDatabase(definition: SubgraphDefinition, config: PlatformConfig, logger: Logger, queryLog?: QueryLog): Promise<Database> {
  // On MySQL the process marks itself running first, for its whole life (a restore waits for
  // none and refuses while any holds it); it waits here while a restore is under way.
  const running = config.database.kind === 'mysql' ? await holdRunningLock(config.database, `${config.databasePrefix}${definition.name}`, logger) : undefined;
  try {
    const database = await openSubgraphDatabase(definition, config, queryLog, async (orm) => {
      const seedEm = orm.em.fork();
      if (await definition.seed.isNeeded(seedEm)) {
        await definition.seed.run(seedEm);
        logger.info('seeded Paser data', { database: `${config.databasePrefix}${definition.name}` });
      }
      await definition.prepare?.(orm.em.fork(), { config, logger });
    });
    if (!running) return database;
    return {
      ...database,
      // Not while the running lock is lost: a restore may be replacing the database.
      isReachable: async () => running.held() && (await database.isReachable()),
      async close() {
        try {
          await database.close();
        } finally {
          await running.release();
        }
      },
    };
  } catch (error) {
    await running?.release();
    throw error;
  }
}

/** A subgraph's own database as the configuration places it, migrated to its latest schema. */
export function openSubgraphDatabase(
  definition: SubgraphDefinition,
  config: PlatformConfig,
  queryLog?: QueryLog,
  afterMigrations?: DatabaseOptions['afterMigrations'],
): Promise<Database> {
  return openDatabase({
    subgraph: definition.name,
    target: config.database,
    prefix: config.databasePrefix,
    dataDir: config.dataDir,
    // What every subgraph's database holds besides its own entities: the audit trail.
    entities: [VersionedRecord, AuditActor, AuditRecord, ...definition.entities],
    migrations: definition.migrations,
    queryLog,
    afterMigrations,
  });
}

/** The client's address as forwarded, when it is one (an IPv4 or IPv6 address); else unknown. */
function clientAddressOf(header: string | undefined): string | null {
  const value = header?.trim();
  return value && isIP(value) ? value : null;
}

/** A request id as the gateway makes them (a UUID) or another gateway might: short, printable. */
const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * Admits only calls that carry a valid internal token for this subgraph (see
 * identity/internal-tokens.ts): not expired, signed by one of the gateway's active keys, for
 * this audience. Everything else gets 401 before any of it is read.
 */
function requireInternalToken(verifier: InternalTokenVerifier) {
  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      (res.locals as { caller: InternalCaller }).caller = await verifier.verify(req.header(INTERNAL_TOKEN_HEADER));
    } catch {
      // Refused before its body is read: the connection is not reused, so no half-read
      // request is left on it for the caller's next one.
      res.set('connection', 'close');
      res.status(401).json({
        errors: [{ message: 'This subgraph answers only the gateway.', extensions: { code: 'UNAUTHENTICATED' } }],
      });
      return;
    }
    next();
  };
}

/** The part a subgraph's process plays: which keys it loads (see config/process-keys.ts). */
export function subgraphPart(definition: Pick<SubgraphDefinition, 'name' | 'issuesStaffTokens'>): ProcessPart {
  return { kind: 'subgraph', name: definition.name, issuesStaffTokens: definition.issuesStaffTokens === true };
}

/**
 * A subgraph's whole `main.ts`: reads the configuration for this subgraph's part (its keys and
 * no others), starts it, and stops it on SIGINT/SIGTERM.
 */
export function runSubgraph(definition: SubgraphDefinition): void {
  runMain(async () => {
    const running = await startSubgraph(definition, loadConfig(process.env, findRepositoryRoot(), subgraphPart(definition)));
    return () => running.stop();
  });
}
