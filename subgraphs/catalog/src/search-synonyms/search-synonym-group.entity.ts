import { Entity, Property } from '@mikro-orm/core';
import { VersionedRecord } from '@mpp/kit/subgraph';
import { Field, ObjectType } from 'type-graphql';

/**
 * Words and phrases citizens use for the same thing (paspor / passport / e-paspor), edited as a
 * whole with its version. Its phrases are kept here, in the order the editor gave them; each is
 * also a `search_synonym` row, the lookup search reads and whose unique index keeps a phrase in
 * one group only. Both are written by the same unit of work.
 */
@ObjectType({ description: 'A group of words and phrases citizen search treats as the same: each finds what the others find.' })
@Entity({ tableName: 'search_synonym_group' })
export class SearchSynonymGroup extends VersionedRecord {
  @Field({ description: 'A short name for the group ("paspor"), chosen at creation.' })
  @Property({ type: 'string', length: 64, unique: true })
  key!: string;

  @Field(() => [String], { description: 'Lowercase and without accents, as search compares them.' })
  @Property({ type: 'json' })
  phrases!: string[];
}
