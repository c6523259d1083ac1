import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Which version of a year's closed dates this subgraph's copy holds: the `version` of queueing's
 * `ClosedDateYear` the dates of that year were copied from (mall-closed-date.refresh.ts). A
 * refresh writes a year only when the public API answers a newer version than this, and raises
 * it in the same transaction, so replicas refreshing at once never put back an older list. A
 * year queueing never saved has no row (and its copy is left as it is). Not in the schema.
 */
@Entity({ tableName: 'mall_closed_date_year' })
export class MallClosedDateYear {
  /** The calendar year, e.g. 2027. */
  @PrimaryKey({ type: 'integer', autoincrement: false })
  year!: number;

  @Property({ type: 'integer' })
  publishedVersion!: number;
}
