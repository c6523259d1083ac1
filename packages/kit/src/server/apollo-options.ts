import type { Server } from 'node:http';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import type { GraphQLFormattedError } from 'graphql';
import type { PlatformConfig } from '../config/config';
import { formatClientError } from '../errors/format-error';
import type { Logger } from '../logging/logger';

/**
 * What the gateway and every subgraph configure alike on their Apollo Server: introspection
 * outside production only, no stack traces, CSRF prevention, errors masked unless a client
 * can act on them, in-flight requests drained on stop, and signals left to runMain.
 */
export function commonApolloOptions<Context extends BaseContext>(
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
    formatError: (formatted: GraphQLFormattedError, error: unknown) =>
      formatClientError(formatted, error, (message, cause) => logger.error(message, { error: cause })),
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ...plugins],
  };
}
