import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { CalendarDateScalar } from '@mpp/kit/subgraph';
import { Directive, Field, ObjectType } from 'type-graphql';

/**
 * This subgraph's copy of a date the mall is closed. The queueing subgraph owns the mall's
 * closed dates (editors enter a holiday once, there); this copy is refreshed from the gateway's
 * public API (mall-closed-date.refresh.ts) and kept in this database, so facilities answers
 * "open now" from its last copy while queueing or the gateway cannot be reached, and after a
 * restart. In the schema it is queueing's very `ClosedDate` (shareable).
 */
@Directive('@shareable')
@ObjectType('ClosedDate', { description: 'A date the mall is closed: a holiday or a cuti bersama.' })
@Entity({ tableName: 'mall_closed_date' })
export class MallClosedDate {
  /** A local calendar date, YYYY-MM-DD: one closing per date. */
  @Field(() => CalendarDateScalar)
  @PrimaryKey({ type: 'string', length: 10 })
  date!: string;

  @Field({ description: 'Why, as citizens read it, e.g. "Hari Raya Idul Fitri 1447 H".' })
  @Property({ type: 'string', length: 200 })
  reason!: string;
}
