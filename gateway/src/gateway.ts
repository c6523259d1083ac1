import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express from 'express';
import {
  INTERNAL_TOKEN_HEADER,
  InternalTokenIssuer,
  type AccessClaims,
  type AccessTokenHolder,
  type KioskAccessClaims,
  REQUEST_ID_HEADER,
  clock,
  requiredKey,
  createLogger,
  commonApolloOptions,
  graphqlUrl,
  listen,
  type LogDestination,
  type Logger,
  type PlatformConfig,
} from '@mpp/kit';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { ADMIN_DIST_DIR, ADMIN_PATH, adminSite } from './admin-site';
import { StaffTokenCheck } from './auth';
import { BOARD_EVENTS_PATH, BoardEvents, boardThroughGateway } from './board-stream';
import { SUPERGRAPH_PATH } from './compose';
import { apiExplorer } from './explorer';
import { LiveIdentity } from './live-identity';
import { documentStore, queryPlanCache } from './operation-caches';
import { MAX_TOKENS, armorConfig, hideTokenLimit, jsonErrorHandler, passwordChangeGatePlugin, gatewayRequestLog } from './protections';
import { AnonymousResponseCache, ResponseCacheStore } from './response-cache';
import { SubgraphCalls } from './subgraph-calls';
import { SubgraphDataSource } from './subgraph-data-source';

export interface GatewayContext {
  requestId: string;
  /**
   * The verified staff token's holder with the account's current role, agency and
   * mustChangePassword (see LiveIdentity); null for anonymous callers and kiosks.
   */
  identity: AccessClaims | null;
  /** The verified kiosk token's holder, its kiosk not revoked (see LiveIdentity); null for anyone else. */
  kiosk: KioskAccessClaims | null;
  clientAddress: string | null;
  /**
   * Set on the gateway's own readings (the board stream reads each floor's board every
   * second): their request log lines are debug ones, so that operators' info log holds clients' requests.
   */
  ownReading?: true;
}

export interface GatewayStartOptions {
  /** Overrides the configured port (0 picks a free one). */
  port?: number;
  /** Overrides the configured subgraph URLs (tests start subgraphs on free ports). */
  subgraphUrls?: Record<string, string>;
  /** Serves this supergraph instead of the committed one (a test composing a registry of its own). */
  supergraphSdl?: string;
  /** Where its log lines go (standard output unless given): a test reading what was logged. */
  logDestination?: LogDestination;
  /** Serves the CMS and the API explorer from this build instead of admin/dist (a test of a checkout not built). */
  adminDistDir?: string;
}

export interface RunningGateway {
  url: string;
  port: number;
  logger: Logger;
  stop(): Promise<void>;
}

/** A request's identity fields from its token's holder as it is now (null: no token). */
function signedIn(holder: AccessTokenHolder | null): Pick<GatewayContext, 'identity' | 'kiosk'> {
  if (!holder) return { identity: null, kiosk: null };
  if (holder.kind === 'kiosk') return { identity: null, kiosk: { kioskId: holder.kioskId, sessionId: holder.sessionId } };
  const { userId, role, agencyId, mustChangePassword, sessionId } = holder;
  return { identity: { userId, role, agencyId, mustChangePassword, sessionId }, kiosk: null };
}

/**
 * Serves the committed supergraph (gateway/supergraph.graphql) at /graphql; never
 * introspects subgraphs at run time. `GET /health` is 200 whenever the gateway can serve, even
 * with subgraphs down (answers are then partial), and reports each subgraph's state. The built
 * CMS is at /admin/ and, outside production, a browser's GET /graphql gets the API explorer.
 */
export async function startGateway(config: PlatformConfig, options: GatewayStartOptions = {}): Promise<RunningGateway> {
  const logger = createLogger('gateway', config.logLevel, { pretty: config.mode === 'development', destination: options.logDestination });
  // Keys first: a process configured without them stops at once, naming the variable.
  const internalTokens = new InternalTokenIssuer(requiredKey(config, 'internalTokenSigning'));
  // Staff and kiosk access tokens alike: the agencies subgraph signs both with the staff-token key.
  const accessTokens = new StaffTokenCheck(requiredKey(config, 'staffTokenVerification'));
  clock.configure(config);
  const subgraphUrls: Record<string, string> = { ...config.subgraphUrls, ...options.subgraphUrls };
  // @apollo/gateway otherwise probes cloud metadata servers and sends usage metrics to Apollo
  // every few minutes; a public-service platform reports to nobody it was not told about.
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  const subgraphCalls = new SubgraphCalls(config.subgraphConnections, config.subgraphTimeoutMs);
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl ?? readFileSync(SUPERGRAPH_PATH, 'utf8'),
    buildService: ({ name }) => {
      const url = subgraphUrls[name];
      if (!url) throw new Error(`the supergraph names a subgraph "${name}" that is not configured`);
      return new SubgraphDataSource(url, name, internalTokens, subgraphCalls);
    },
    queryPlannerConfig: { cache: queryPlanCache() },
  });

  const liveIdentity = new LiveIdentity(subgraphUrls.agencies, internalTokens, subgraphCalls, logger);

  const app = express();
  app.disable('x-powered-by');
  if (config.trustProxyHops > 0) app.set('trust proxy', config.trustProxyHops);
  app.use((_req, res, next) => {
    // Every answer is the type it says (JSON, HTML, a script): no browser may guess another.
    res.setHeader('X-Content-Type-Options', 'nosniff');
    next();
  });
  const server = await listen(app, config.host, options.port ?? config.gatewayPort, 'MPP_GATEWAY_PORT');
  const armor = new ApolloArmor(armorConfig(config)).protect();
  const common = commonApolloOptions(config, logger, server, [
    ...armor.plugins,
    gatewayRequestLog(logger),
    passwordChangeGatePlugin(),
  ]);
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    ...common,
    formatError: (formatted, error) => hideTokenLimit(common.formatError(formatted, error)),
    validationRules: armor.validationRules,
    documentStore: documentStore(),
    parseOptions: { maxTokens: MAX_TOKENS },
    allowBatchedHttpRequests: false,
  });
  await apollo.start();

  // Probes (load balancers, anyone who can reach it) share one round of subgraph checks a second.
  let lastHealth: { at: number; report: Promise<HealthReport> } | undefined;
  app.get('/health', async (_req, res) => {
    const now = performance.now();
    if (!lastHealth || now - lastHealth.at > HEALTH_REUSE_MS) lastHealth = { at: now, report: healthReport(config.subgraphs, subgraphUrls) };
    // A load balancer reads the status code: the gateway serves (partial answers, null fields)
    // while a subgraph is down, so it stays in rotation; the body says what is missing.
    res.status(200).json(await lastHealth.report);
  });
  const adminDistDir = options.adminDistDir ?? ADMIN_DIST_DIR;
  app.use(ADMIN_PATH, adminSite(adminDistDir));
  // Production shows no explorer: Apollo's landing page is off everywhere (commonApolloOptions),
  // so a browser there gets Apollo's plain refusal of a GET that is no GraphQL request.
  if (config.mode !== 'production') app.get('/graphql', apiExplorer(adminDistDir));
  // Display screens follow the board here: each board read once a second, as a request without a token would read it.
  const boardEvents = new BoardEvents(
    boardThroughGateway(apollo, () => ({ requestId: randomUUID(), ...signedIn(null), clientAddress: null, ownReading: true })),
    logger,
    { maxStreams: config.boardStreamsMax, maxStreamsPerClient: config.boardStreamsPerClient },
  );
  app.use(BOARD_EVENTS_PATH, boardEvents.router(config.corsOrigins));
  // Answers anonymous public queries before Apollo, merging concurrent misses; anything else goes on to Apollo.
  const responseCache =
    config.responseCacheBytes > 0
      ? new AnonymousResponseCache(new ResponseCacheStore(config.responseCacheBytes), { logger, maxWaitMs: config.subgraphTimeoutMs })
      : null;
  app.use((req, _res, next) => {
    // A client's claim to be the gateway is dropped at the door, whatever reads headers later.
    delete req.headers[INTERNAL_TOKEN_HEADER];
    next();
  });
  app.use(
    '/graphql',
    cors({ origin: config.corsOrigins, methods: ['GET', 'POST'], maxAge: 600 }),
    // The cache keys a request by its body's bytes as received: express.json hands them over before parsing.
    express.json({ limit: config.maxBodyBytes, verify: responseCache?.keepBody }),
    ...(responseCache ? [responseCache.handler] : []),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const requestId = randomUUID();
        res.setHeader(REQUEST_ID_HEADER, requestId);
        try {
          const holder = await accessTokens.identify(req.header('authorization'));
          const current = holder && (await liveIdentity.current(holder, requestId));
          return { requestId, ...signedIn(current), clientAddress: req.ip ?? null };
        } catch (error) {
          // Refused before Apollo has a context (a bad or ended sign-in, identity unreachable):
          // the request line the request-log plugin would write, under the id the client got.
          const extensions = (error as { extensions?: { code?: unknown; http?: { status?: number } } }).extensions;
          logger.child({ requestId }).info('request', { status: extensions?.http?.status ?? 500, errors: [extensions?.code ?? 'INTERNAL_SERVER_ERROR'] });
          throw error;
        }
      },
    }),
  );
  app.use(jsonErrorHandler);

  const port = (server.address() as AddressInfo).port;
  const url = graphqlUrl(config.host, port);
  // The gateway serves the API without it; /admin/ then says how to build it.
  if (!existsSync(join(adminDistDir, 'index.html'))) logger.warn('the CMS is not built: /admin/ answers 503 until `npm run build`');
  logger.info('ready', { url });
  return {
    url,
    port,
    logger,
    async stop() {
      // Open streams would hold the server's drain until its timeout.
      boardEvents.close();
      await apollo.stop();
      await subgraphCalls.close();
      logger.info('stopped');
    },
  };
}

const HEALTH_REUSE_MS = 1_000;

interface HealthReport {
  status: 'ok' | 'degraded';
  subgraphs: Record<string, 'ok' | 'unavailable'>;
}

async function healthReport(names: readonly string[], urls: Record<string, string>): Promise<HealthReport> {
  const subgraphs = await Promise.all(names.map(async (name) => [name, await subgraphHealth(urls[name])] as const));
  return { status: subgraphs.every(([, status]) => status === 'ok') ? 'ok' : 'degraded', subgraphs: Object.fromEntries(subgraphs) };
}

/**
 * On a connection of its own (the global fetch), not the pool of subgraph calls: a subgraph
 * whose pooled connections are all busy with slow queries is loaded, not down.
 */
async function subgraphHealth(graphqlUrl: string): Promise<'ok' | 'unavailable'> {
  try {
    const response = await fetch(new URL('/health', graphqlUrl), { signal: AbortSignal.timeout(2000) });
    return response.ok ? 'ok' : 'unavailable';
  } catch {
    return 'unavailable';
  }
}
