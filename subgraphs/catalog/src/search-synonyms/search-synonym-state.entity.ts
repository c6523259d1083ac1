import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * The synonyms' one revision counter, a single row. Every change of synonyms (an editor's, the
 * seed's) takes this row's lock first and raises the revision in the same unit of work: the lock
 * puts concurrent changes one after the other, even when no synonym row exists to lock, and
 * search compares the revision to the one its cached synonym table was read at — one read by
 * primary key, exact on every replica.
 */
@Entity({ tableName: 'search_synonym_state' })
export class SearchSynonymState {
  static readonly ID = 'synonyms';

  @PrimaryKey({ type: 'string', length: 16 })
  id!: string;

  @Property({ type: 'integer' })
  revision!: number;
}
