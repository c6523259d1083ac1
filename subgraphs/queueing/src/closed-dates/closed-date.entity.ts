import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { CalendarDateScalar } from '@mpp/kit/subgraph';
import { Directive, Field, ObjectType } from 'type-graphql';

/**
 * A date the mall is closed all day whatever its weekday: a national holiday or a cuti bersama,
 * kept by editors a year at a time. Queues give no tickets on it; the facilities subgraph reads
 * the same dates through the public API for the mall's opening hours, and returns them as this
 * very type (shareable) from its copy.
 */
@Directive('@shareable')
@ObjectType({ description: 'A date the mall is closed: a holiday or a cuti bersama.' })
@Entity({ tableName: 'closed_date' })
export class ClosedDate {
  /** A local calendar date, YYYY-MM-DD: one closing per date. */
  @Field(() => CalendarDateScalar)
  @PrimaryKey({ type: 'string', length: 10 })
  date!: string;

  @Field({ description: 'Why, as citizens read it, e.g. "Hari Raya Idul Fitri 1447 H".' })
  @Property({ type: 'string', length: 200 })
  reason!: string;
}
