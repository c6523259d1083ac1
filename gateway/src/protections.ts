import type { ApolloServerPlugin } from '@apollo/server';
import type { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ErrorRequestHandler } from 'express';
import { GraphQLError, Kind, type GraphQLFormattedError, type OperationDefinitionNode } from 'graphql';
import { requestLogPlugin, type Logger, type PlatformConfig } from '@mpp/kit';
import { allowedBeforePasswordChange } from './auth';
import type { GatewayContext } from './gateway';

/**
 * Operation limits, in every mode, at graphql-armor's defaults (depth 6, 15 aliases, cost
 * 5000, 50 directives) — the supergraph's deepest useful query fits — and never telling the
 * limit in the message. Field suggestions ("did you mean") only outside production. The
 * 1000-token limit is graphql-js's own parser option (MAX_TOKENS), so a syntax error stays
 * GRAPHQL_PARSE_FAILED; hideTokenLimit keeps its message quiet about the number.
 */
export const MAX_TOKENS = 1000;

type ArmorConfig = NonNullable<ConstructorParameters<typeof ApolloArmor>[0]>;

export function armorConfig(config: PlatformConfig): ArmorConfig {
  return {
    // Depth and cost count fields, not fragment spreads: a client (the CMS) that names its
    // selections as fragments gets the same limits as one that writes them out.
    maxDepth: { n: 6, exposeLimits: false, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: 15, exposeLimits: false },
    maxTokens: { enabled: false },
    costLimit: { maxCost: 5000, exposeLimits: false, flattenFragments: true },
    maxDirectives: { n: 50, exposeLimits: false },
    blockFieldSuggestion: { enabled: config.mode === 'production' },
  };
}

/**
 * The gateway's line for each request, at info: where a request enters the platform, so the
 * line operators read, naming the staff account and role that asked (see requestLogPlugin).
 */
export function gatewayRequestLog(logger: Logger): ApolloServerPlugin<GatewayContext> {
  return requestLogPlugin<GatewayContext>(logger, {
    level: ({ ownReading }) => (ownReading ? 'debug' : 'info'),
    caller: ({ identity, kiosk }) => (identity ? { user: identity.userId, role: identity.role } : kiosk ? { user: kiosk.kioskId, role: 'KIOSK' } : undefined),
  });
}

/**
 * While an account must change its password (as the account is now, not as its token was
 * signed), its token lets it only read itself, change its password or sign out.
 */
export function passwordChangeGatePlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation }) {
          if (!contextValue.identity?.mustChangePassword) return;
          if (!operation || !allowedBeforePasswordChange(rootFieldNames(operation))) {
            throw new GraphQLError('Change your password first.', { extensions: { code: 'FORBIDDEN', http: { status: 403 } } });
          }
        },
      };
    },
  };
}

function rootFieldNames(operation: OperationDefinitionNode): string[] {
  return operation.selectionSet.selections.map((selection) =>
    selection.kind === Kind.FIELD ? selection.name.value : `<${selection.kind}>`,
  );
}

/** Bodies refused before GraphQL (too large, not JSON) still get a GraphQL-shaped answer. */
export const jsonErrorHandler: ErrorRequestHandler = (error, _req, res, next) => {
  if (res.headersSent) return next(error);
  const { status: reported, type } = (error ?? {}) as { status?: unknown; type?: unknown };
  const status = typeof reported === 'number' && reported >= 400 && reported < 500 ? reported : 500;
  const message =
    type === 'entity.too.large'
      ? 'The request body is too large.'
      : status < 500
        ? 'The request could not be read.'
        : 'Internal server error.';
  res.status(status).json({ errors: [{ message, extensions: { code: status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR' } }] });
};

/** graphql-js names the token limit in its message; clients learn only that it was too large. */
export function hideTokenLimit(formatted: GraphQLFormattedError): GraphQLFormattedError {
  // graphql-js 16 says "more that N tokens"; later versions may fix the wording.
  if (/contains more (than|that) \d+ tokens/i.test(formatted.message)) {
    return { ...formatted, message: 'Syntax Error: the operation is too large.' };
  }
  return formatted;
}
