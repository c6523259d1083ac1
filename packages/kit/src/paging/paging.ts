import { badUserInput } from '../errors/errors';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export interface PageRequest {
  limit: number;
  offset: number;
}

export interface Page<T> {
  items: T[];
  totalCount: number;
}

/** limit/offset as API.md sets them: limit 1–100 (default 20), offset ≥ 0. */
export function pageRequest(limit: number | null | undefined, offset: number | null | undefined): PageRequest {
  const size = limit ?? DEFAULT_PAGE_SIZE;
  const skip = offset ?? 0;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw badUserInput('limit', `limit must be between 1 and ${MAX_PAGE_SIZE}.`);
  }
  if (!Number.isInteger(skip) || skip < 0) {
    throw badUserInput('offset', 'offset must be 0 or more.');
  }
  return { limit: size, offset: skip };
}
