import type { GetListParams, GetListResult, RaRecord } from 'react-admin';
import { ApiError } from '../graphql/client';

/*
 * Helpers of the reference-data modules (categories, agencies, booths, synonyms).
 *
 * Lists the API returns whole (categories, agencies, booths: a few dozen records each) are
 * searched, sorted and paged here, in the data module, the way the API sorts: by name as people
 * read it, case and accents not mattering.
 */

/** Text as a search compares it: lowercase, without accents. */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** Does any of `texts` contain the words typed in `query` (each word somewhere)? */
export function matchesSearch(query: unknown, texts: (string | null | undefined)[]): boolean {
  if (typeof query !== 'string' || query.trim() === '') return true;
  const haystack = foldText(texts.filter(Boolean).join(' '));
  return foldText(query)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}

const collator = new Intl.Collator('id', { sensitivity: 'base', numeric: true });

function compareValues(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return 1;
  if (b === null || b === undefined) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(typeof a === 'string' ? a : JSON.stringify(a), typeof b === 'string' ? b : JSON.stringify(b));
}

/** One page of `records`, sorted by `params.sort` (an unknown field keeps the API's order). */
export function pageOf<RecordType extends RaRecord>(records: RecordType[], params: Pick<GetListParams, 'pagination' | 'sort'>): GetListResult<RecordType> {
  const { field, order } = params.sort ?? { field: '', order: 'ASC' };
  const direction = order === 'DESC' ? -1 : 1;
  const sorted =
    field && records.some((record) => field in record)
      ? [...records].sort((a, b) => direction * compareValues((a as Record<string, unknown>)[field], (b as Record<string, unknown>)[field]))
      : records;
  const { page, perPage } = params.pagination ?? { page: 1, perPage: sorted.length };
  const start = (page - 1) * perPage;
  return { data: sorted.slice(start, start + perPage), total: sorted.length };
}

/** The record with this id, or react-admin's "not found" (the API answered null, or hides it). */
export function requireFound<RecordType>(record: RecordType | null | undefined): RecordType {
  if (!record) throw new ApiError('not found', 'NOT_FOUND');
  return record;
}

/** The version the form read: every update and delete sends it, so a stale one is a CONFLICT. */
export function versionRead(previousData: unknown): number {
  const version = (previousData as { version?: unknown } | undefined)?.version;
  if (typeof version !== 'number') throw new ApiError('the record was not read before saving', 'BAD_REQUEST');
  return version;
}

/** Empty inputs (react-admin gives null for a cleared text) and absent values are one: nothing. */
function normalized(value: unknown): unknown {
  return value === undefined || value === '' ? null : value;
}

/**
 * Updates are patches: of `fields`, only those the form changed, as the API's input type, so a
 * save does not overwrite what someone else changed in another field, nor ask for a right the
 * change does not need. The form's values have the input's types (its inputs are those fields).
 */
export function patchOf<Input extends object>(data: Record<string, unknown>, previousData: Record<string, unknown>, fields: readonly Extract<keyof Input, string>[]): Input {
  const patch: Record<string, unknown> = {};
  for (const field of fields) {
    if (!(field in data)) continue;
    const value = normalized(data[field]);
    if (JSON.stringify(value) !== JSON.stringify(normalized(previousData[field]))) patch[field] = value;
  }
  return patch as Input;
}
