import type { RaRecord } from 'react-admin';
import type { ResourceData } from '../data/resource';
import {
  CreateSynonymGroupDocument,
  DeleteSynonymGroupDocument,
  SynonymGroupHistoryDocument,
  SynonymGroupListDocument,
  SynonymGroupOneDocument,
  UpdateSynonymGroupDocument,
  type SynonymGroupFieldsFragment,
} from '../generated/graphql';
import { request } from '../graphql/client';
import type { HistoryLoader } from '../history/HistoryPanel';
import { requireFound, versionRead } from '../data/records';
import { onInputs, withFieldErrors } from '../data/saveErrors';

/** A synonym group as the screens use it: the API's fields. */
export type SynonymGroupRecord = SynonymGroupFieldsFragment & RaRecord;

/** The API's page limit. */
const MAX_PAGE = 100;

/** Phrases as typed: blanks dropped (a chip left empty is no phrase); the API folds case and accents itself. */
function phrasesOf(data: unknown): string[] {
  const phrases = (data as { phrases?: unknown }).phrases;
  return Array.isArray(phrases) ? phrases.filter((phrase): phrase is string => typeof phrase === 'string' && phrase.trim() !== '').map((phrase) => phrase.trim()) : [];
}

export const synonymsData = {
  /** The API pages the groups itself, by key. */
  async getList(_resource, params) {
    const { page, perPage } = params.pagination ?? { page: 1, perPage: 25 };
    const limit = Math.min(perPage, MAX_PAGE);
    const { searchSynonymGroups } = await request(SynonymGroupListDocument, { limit, offset: (page - 1) * limit });
    return { data: searchSynonymGroups.items, total: searchSynonymGroups.totalCount };
  },
  async getOne(_resource, params) {
    const { searchSynonymGroup } = await request(SynonymGroupOneDocument, { id: String(params.id) });
    return { data: requireFound(searchSynonymGroup) };
  },
  async create(_resource, params) {
    const key = (params.data as { key?: unknown }).key;
    // Left out, the API makes the key from the first phrase.
    const input = { phrases: phrasesOf(params.data), ...(typeof key === 'string' && key.trim() !== '' ? { key: key.trim() } : {}) };
    const { createSearchSynonymGroup } = await withFieldErrors(request(CreateSynonymGroupDocument, { input }), onInputs(['key', 'phrases']));
    return { data: createSearchSynonymGroup };
  },
  /** The key is fixed at creation; an update replaces the phrases. */
  async update(_resource, params) {
    const variables = { id: String(params.id), version: versionRead(params.previousData), phrases: phrasesOf(params.data) };
    const { updateSearchSynonymGroup } = await withFieldErrors(request(UpdateSynonymGroupDocument, variables), onInputs(['phrases']));
    return { data: updateSearchSynonymGroup };
  },
  async delete(_resource, params) {
    await request(DeleteSynonymGroupDocument, { id: String(params.id), version: versionRead(params.previousData) });
    return { data: params.previousData! };
  },
} as ResourceData;

/** The group's audit trail, a page at a time (null when the user may not read it). */
export const synonymGroupHistory: HistoryLoader<SynonymGroupRecord> = async (group, { limit, offset }) => {
  const result = await request(SynonymGroupHistoryDocument, { id: group.id, limit, offset });
  return result.searchSynonymGroup?.history ?? null;
};
