import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type NextFunction, type Request, type Response } from 'express';
import { clock } from '../clock/clock';
import { graphqlUrl, portVariable, type PlatformConfig } from '../config/config';
import { createRequestContext, type RequestContext } from '../context/request-context';
import { openDatabase, type Database, type DatabaseOptions } from '../database/database';
import { VersionedRecord } from '../database/versioned-record';
import { AuditActor, AuditRecord } from '../audit/audit-record.entity';
import type { QueryLog } from '../database/query-log';
import { decodeViewer, VIEWER_HEADER } from '../identity/viewer';
import { createLogger, type Logger } from '../logging/logger';
import { buildFederatedSchema } from '../schema/federated-schema';
import { CLIENT_ADDRESS_HEADER, GATEWAY_SECRET_HEADER, REQUEST_ID_HEADER, isGatewaySecret } from './gateway-secret';
import type { SubgraphDefinition } from './subgraph-definition';
import { commonApolloOptions } from './apollo-options';
import { listen } from './listen';


export interface SubgraphStartOptions {
  /** Overrides the configured port (0 picks a free one). */
  port?: number;
  /** Receives every SQL statement of this subgraph. */
  queryLog?: QueryLog;
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
 * then serves `/graphql` (only to callers with the gateway secret) and `GET /health`.
 * It listens only once it is ready, so a running subgraph is a seeded one.
 */
export async function startSubgraph(
  definition: SubgraphDefinition,
  config: PlatformConfig,
  options: SubgraphStartOptions = {},
): Promise<RunningSubgraph> {
  const logger = createLogger(definition.name, config.logLevel);
  if (config.clockStart) clock.startAt(config.clockStart);
  // Migrations, the seed of an empty database and the start-up backfills, one process at a time.
  const database = await openSubgraphDatabase(definition, config, options.queryLog, async (orm) => {
    const seedEm = orm.em.fork();
    if (await definition.seed.isNeeded(seedEm)) {
      await definition.seed.run(seedEm);
      logger.info('seeded Paser data', { database: `${config.databasePrefix}${definition.name}` });
    }
    await definition.prepare?.(orm.em.fork(), { config, logger });
  });
  try {
    const schema = await buildFederatedSchema(definition);
    const app = express();
    app.disable('x-powered-by');
    const server = await listen(app, config.host, options.port ?? config.subgraphPorts[definition.name], portVariable(definition.name));
    const apollo = new ApolloServer<RequestContext>({
      schema,
      // No Apollo Studio here: inline tracing would only add bytes to every answer.
      ...commonApolloOptions(config, logger, server, [ApolloServerPluginInlineTraceDisabled(), subgraphRequestLog(logger)]),
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
      requireGatewaySecret(config.gatewaySecret),
      express.json({ limit: config.maxBodyBytes }),
      expressMiddleware(apollo, {
        context: async ({ req }) => {
          const requestId = req.header(REQUEST_ID_HEADER) ?? randomUUID();
          return createRequestContext(
            config,
            database.orm.em,
            decodeViewer(req.header(VIEWER_HEADER)),
            requestId,
            req.header(CLIENT_ADDRESS_HEADER) ?? null,
          );
        },
      }),
    );

    const port = (server.address() as AddressInfo).port;
    const url = graphqlUrl(config.host, port);
    logger.info('ready', { url, database: database.name });
    return {
      name: definition.name,
      url,
      port,
      database,
      logger,
      async stop() {
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

function requireGatewaySecret(secret: string) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (isGatewaySecret(req.header(GATEWAY_SECRET_HEADER), secret)) return next();
    res.status(401).json({
      errors: [{ message: 'This subgraph answers only the gateway.', extensions: { code: 'UNAUTHENTICATED' } }],
    });
  };
}

/** Each request at debug level, under the gateway's request id, so one request reads across services. */
function subgraphRequestLog(logger: Logger): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      return {
        async willSendResponse({ operationName, errors }) {
          logger.debug('request', {
            requestId: contextValue.requestId,
            operation: operationName ?? null,
            ms: Math.round(performance.now() - started),
            errors: errors?.length ? errors.map((error) => (typeof error.extensions?.code === 'string' ? error.extensions.code : 'ERROR')) : undefined,
            user: contextValue.viewer.kind === 'staff' ? contextValue.viewer.userId : undefined,
          });
        },
      };
    },
  };
}
