import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/*
 * The search index lives in the catalog's own tables, so SQLite and MySQL give the same
 * results (no engine's full-text feature). It is derived data: rebuilt from a service's
 * public text whenever that text changes, never edited by hand.
 */

/** Where in a service a term was found; decides its weight in the ranking. */
export type SearchField = 'name' | 'summary' | 'keywords' | 'requirements' | 'product';

/** One distinct normalised term of one field of one service, with its Indonesian root. */
@Entity({ tableName: 'service_search_term' })
export class ServiceSearchTerm {
  @PrimaryKey({ type: 'string', length: 36 })
  serviceId!: string;

  @PrimaryKey({ type: 'string', length: 16 })
  field!: SearchField;

  @PrimaryKey({ type: 'string', length: 64 })
  @Index()
  term!: string;

  @Property({ type: 'string', length: 64 })
  @Index()
  stem!: string;
}

/** A term and its one-letter deletions: the lookup table for typo tolerance. */
@Entity({ tableName: 'search_term_variant' })
export class SearchTermVariant {
  @PrimaryKey({ type: 'string', length: 64 })
  variant!: string;

  @PrimaryKey({ type: 'string', length: 64 })
  term!: string;
}

/**
 * Words and phrases that mean the same to citizens (paspor / passport; KTP / kartu tanda
 * penduduk / KTP-el; SKCK / surat kelakuan baik): every phrase of a group finds what the others
 * find. Kept as data, so editors can extend it.
 */
@Entity({ tableName: 'search_synonym' })
export class SearchSynonym {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Index()
  @Property({ type: 'string', length: 64 })
  groupKey!: string;

  @Property({ type: 'string', length: 120, unique: true })
  phrase!: string;
}
