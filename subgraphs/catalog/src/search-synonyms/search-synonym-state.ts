import { raw } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { SearchSynonymState } from './search-synonym-state.entity';

/**
 * Raises the synonyms' revision in the caller's transaction, taking its row's lock first (an
 * update locks the row on MySQL/MariaDB and takes SQLite's write lock), so changes of synonyms
 * run one after the other and search knows its cached table is stale.
 */
export async function bumpSynonymRevision(em: EntityManager): Promise<void> {
  // Raised in the statement itself: read-then-write would let two writers raise it once.
  const raised = await em.nativeUpdate(SearchSynonymState, { id: SearchSynonymState.ID }, { revision: raw('revision + 1') });
  if (raised !== 1) throw new Error('the synonyms revision row is missing (migration Migration20261206000300 not run?)');
}

/** The synonyms' current revision: one read by primary key, for search's cache. */
export async function synonymRevision(em: EntityManager): Promise<number> {
  const state = await em.findOne(SearchSynonymState, { id: SearchSynonymState.ID }, { fields: ['revision'], disableIdentityMap: true });
  return state?.revision ?? 0;
}
