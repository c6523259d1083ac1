import { GraphQLError } from 'graphql';

/** The error codes of API.md that a client can act on. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'SERVICE_UNAVAILABLE';

/** Apollo's own codes for operations refused before execution; passed through unmasked. */
const APOLLO_REQUEST_CODES = [
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
];

const CLIENT_CODES = new Set<string>([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'SERVICE_UNAVAILABLE',
  ...APOLLO_REQUEST_CODES,
]);

export function isClientErrorCode(code: unknown): boolean {
  return typeof code === 'string' && CLIENT_CODES.has(code);
}

function appError(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions } });
}

/** Bad input names the input field at fault, as API.md asks. */
export function badUserInput(field: string, message: string): GraphQLError {
  return appError('BAD_USER_INPUT', message, { field });
}

export function unauthenticated(message = 'Sign in to do this.'): GraphQLError {
  return appError('UNAUTHENTICATED', message);
}

export function forbidden(message = 'You may not do this.'): GraphQLError {
  return appError('FORBIDDEN', message);
}

export function notFound(what: string): GraphQLError {
  return appError('NOT_FOUND', `${what} not found.`);
}

export function conflict(message: string): GraphQLError {
  return appError('CONFLICT', message);
}

export function rateLimited(message = 'Too many attempts; try again later.'): GraphQLError {
  return appError('RATE_LIMITED', message);
}

/** Something the request depends on cannot be reached now; the same request may succeed later. */
export function serviceUnavailable(message: string): GraphQLError {
  return appError('SERVICE_UNAVAILABLE', message, { http: { status: 503 } });
}
