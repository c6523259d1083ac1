import type { ApolloServerPlugin, BaseContext, GraphQLResponse } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import { isClientErrorCode } from '../errors/errors';
import type { Logger } from './logger';

/** What a request's context carries for its lines: the id the request goes by in every service. */
export interface LoggedRequestContext extends BaseContext {
  requestId: string;
}

/** Who asked, as a line may name them: a staff account's id and role, never a token. */
export interface RequestCaller {
  user?: string;
  role?: string;
}

export type RequestLogLevel = 'debug' | 'info';

export interface RequestLogOptions<Context> {
  /**
   * 'info' where requests enter the platform (the gateway: one line per client request);
   * 'debug' behind it (a subgraph's lines repeat the gateway's, for following one request).
   * A function decides per request (the gateway's own readings are debug lines).
   */
  level: RequestLogLevel | ((context: Context) => RequestLogLevel);
  /** Who is asking; undefined for an anonymous caller. */
  caller?: (context: Context) => RequestCaller | undefined;
}

/** The logger of one request: each of its lines carries the request's id. */
export function requestLogger(logger: Logger, context: LoggedRequestContext): Logger {
  return logger.child({ requestId: context.requestId });
}

/**
 * One line per request once it is answered: its operation, how long it took, the HTTP status,
 * the codes of the errors the client got, and who asked. Never the query, variables or tokens.
 */
export function requestLogPlugin<Context extends LoggedRequestContext>(
  logger: Logger,
  options: RequestLogOptions<Context>,
): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse({ contextValue, request, operationName, response }) {
          const codes = answeredErrors(response.body).map((error) => errorCode(error.extensions?.code));
          const level = typeof options.level === 'function' ? options.level(contextValue) : options.level;
          requestLogger(logger, contextValue)[level]('request', {
            operation: operationName ?? request.operationName ?? null,
            ms: Math.round(performance.now() - started),
            status: response.http.status ?? 200,
            errors: codes.length > 0 ? [...new Set(codes)] : undefined,
            ...options.caller?.(contextValue),
          });
        },
      };
    },
  };
}

/**
 * Errors no client can act on (a bug, a database gone, a subgraph failing) with their stack and
 * cause, under their request's id. Clients get them masked (formatClientError); operators read
 * them here.
 */
export function unexpectedErrorLogPlugin<Context extends LoggedRequestContext>(logger: Logger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ contextValue, errors }) {
          const unexpected = errors.filter((error) => !isClientErrorCode(error.extensions?.code));
          if (unexpected.length === 0) return;
          const log = requestLogger(logger, contextValue);
          for (const error of unexpected) log.error('unexpected error', { error });
        },
      };
    },
    async unexpectedErrorProcessingRequest({ requestContext, error }) {
      requestLogger(logger, requestContext.contextValue).error('unexpected error', { error });
    },
    // The context is what would have carried the request id, so this line has none.
    async contextCreationDidFail({ error }) {
      if (!isClientErrorCode((error as { extensions?: { code?: unknown } }).extensions?.code)) {
        logger.error('unexpected error', { error });
      }
    },
  };
}

function answeredErrors(body: GraphQLResponse['body']): readonly GraphQLFormattedError[] {
  return (body.kind === 'single' ? body.singleResult.errors : body.initialResult.errors) ?? [];
}

/** Formatted errors always have a code; 'ERROR' only if a formatter dropped it. */
function errorCode(code: unknown): string {
  return typeof code === 'string' ? code : 'ERROR';
}
