import type { GraphQLFormattedError } from 'graphql';
import { isClientErrorCode } from './errors';

export const INTERNAL_ERROR_MESSAGE = 'Internal server error.';

/**
 * Errors a client can act on keep their code and message; anything else becomes a generic
 * INTERNAL_SERVER_ERROR, so no stack, SQL or file path leaves the process.
 */
export function formatClientError(
  formatted: GraphQLFormattedError,
  original: unknown,
  log: (message: string, error: unknown) => void,
): GraphQLFormattedError {
  if (isClientErrorCode(formatted.extensions?.code)) {
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  log('unexpected error', original);
  return {
    message: INTERNAL_ERROR_MESSAGE,
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
