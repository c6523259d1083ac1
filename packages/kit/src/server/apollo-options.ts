import type { Server } from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import type { GraphQLFormattedError } from 'graphql';
import type { PlatformConfig } from '../config/config';
import { formatClientError } from '../errors/format-error';
import type { Logger } from '../logging/logger';
import { unexpectedErrorLogPlugin, type LoggedRequestContext } from '../logging/request-log';

/**
 * What the gateway and every subgraph configure alike on their Apollo Server: introspection
 * outside production only, no stack traces, CSRF prevention, errors masked unless a client
 * can act on them and logged with their request's id, Apollo's own messages as log lines,
 * in-flight requests drained on stop, signals left to runMain, and no landing page.
 */
export function commonApolloOptions<Context extends LoggedRequestContext>(
  config: PlatformConfig,
  logger: Logger,
  httpServer: Server,
  plugins: ApolloServerPlugin<Context>[] = [],
) {
  return {
    introspection: config.mode !== 'production',
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    // runMain stops the whole service (server, database) on SIGINT/SIGTERM; Apollo's own handler
    // would re-raise the signal and kill the process before the database is closed.
    stopOnTerminationSignals: false,
    logger: apolloLogger(logger),
    // formatError is not told which request an error belongs to; unexpectedErrorLogPlugin is,
    // and logs each unexpected error there before Apollo formats it.
    formatError: (formatted: GraphQLFormattedError, error: unknown) => formatClientError(formatted, error, () => undefined),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Apollo's default landing page is Apollo Sandbox, loaded from Apollo's CDN: unreachable on a
      // closed government network, and a third party in every page. The gateway serves its own
      // bundled explorer outside production instead (gateway/src/explorer.ts).
      ApolloServerPluginLandingPageDisabled(),
      unexpectedErrorLogPlugin<Context>(logger),
      ...plugins,
    ],
  };
}

/** Apollo logs a few things of its own (a plugin that threw, an unexpected failure); as our lines. */
function apolloLogger(logger: Logger) {
  return {
    debug: (message?: unknown) => logger.debug(String(message)),
    info: (message?: unknown) => logger.info(String(message)),
    warn: (message?: unknown) => logger.warn(String(message)),
    error: (message?: unknown) => logger.error(String(message)),
  };
}
