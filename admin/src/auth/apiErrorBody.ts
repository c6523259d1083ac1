import type { ApiErrorBody } from '../graphql/client';

/**
 * The API's code and field of a failed request, read from the error's body rather than by
 * `instanceof ApiError`: react-admin's HttpError constructor resets the prototype of every
 * subclass instance to HttpError's, so the subclass cannot be recognised by its class.
 * Null for anything that is not an API error.
 */
export function apiErrorBody(error: unknown): ApiErrorBody | null {
  if (typeof error !== 'object' || error === null) return null;
  const body = (error as { body?: unknown }).body;
  if (typeof body !== 'object' || body === null) return null;
  const { code, field } = body as { code?: unknown; field?: unknown };
  if (typeof code !== 'string') return null;
  return { code, field: typeof field === 'string' ? field : undefined };
}
