import type { GraphQLFormattedError } from 'graphql';
import { isClientErrorCode } from './errors';

export const INTERNAL_ERROR_MESSAGE = 'Internal server error.';

/**
 * Errors a client can act on keep their code and message; anything else becomes a generic
 * INTERNAL_SERVER_ERROR, so no stack, SQL or file path leaves the process. type-graphql's
 * argument validation errors are turned into BAD_USER_INPUT with the failing field named.
 */
export function formatClientError(
  formatted: GraphQLFormattedError,
  original: unknown,
  log: (message: string, error: unknown) => void,
): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  const validation = findValidationErrors(original);
  if (validation) {
    return {
      message: validation.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'BAD_USER_INPUT', field: validation.field },
    };
  }
  if (isClientErrorCode(code)) {
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

interface ClassValidatorError {
  property: string;
  constraints?: Record<string, string>;
  children?: ClassValidatorError[];
}

function findValidationErrors(error: unknown): { field: string; message: string } | null {
  const original = (error as { originalError?: unknown } | undefined)?.originalError ?? error;
  const list = (original as { validationErrors?: ClassValidatorError[] } | undefined)?.validationErrors;
  if (!Array.isArray(list) || list.length === 0) return null;
  const path: string[] = [];
  let current: ClassValidatorError | undefined = list[0];
  while (current) {
    path.push(current.property);
    if (current.constraints) {
      return { field: path.join('.'), message: Object.values(current.constraints)[0] ?? 'Invalid value.' };
    }
    current = current.children?.[0];
  }
  return { field: path.join('.'), message: 'Invalid value.' };
}
