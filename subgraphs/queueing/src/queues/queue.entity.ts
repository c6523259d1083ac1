import { Entity, Index, Property } from '@mikro-orm/core';
import type { WeeklyHours } from '@mpp/kit';
import { VersionedRecord, WeeklyHoursView } from '@mpp/kit/subgraph';
import { Field, ID, Int, ObjectType } from 'type-graphql';

/**
 * A service's queue and how it takes tickets. One per service: its id is the service's id (the
 * catalog's), so a ticket's service and its queue are one ID. The agency is learned from the
 * public API when the queue is made and kept: the rules of who may configure and work it need
 * it, and the queueing subgraph never reads the catalog's database.
 */
@ObjectType('QueueSettings', { description: "How a service's queue takes tickets (staff: DPMPTSP, and the agency's own)." })
@Entity({ tableName: 'queue' })
export class Queue extends VersionedRecord {
  /** The service's agency in the agencies subgraph, set when the queue is made. */
  @Field(() => ID, { description: "The service's agency, as it was when the queue was made." })
  @Index()
  @Property({ type: 'string', length: 36 })
  agencyId!: string;

  @Field({ description: 'Takes tickets at all; a disabled queue still calls the tickets it has.' })
  @Property({ type: 'boolean' })
  enabled: boolean = true;

  /** Unique among queues, so that a ticket number names one queue on one day. */
  @Field({ description: 'One to three capital letters before the ticket number, e.g. "A" in "A-007".' })
  @Property({ type: 'string', length: 3, unique: true })
  prefix!: string;

  @Field(() => Int, { nullable: true, description: 'The most tickets it gives out a day; null: no limit.' })
  @Property({ type: 'integer', nullable: true, default: null })
  dailyQuota: number | null = null;

  /** As checkWeeklyHours normalised it: days by weekday, each day's ranges by opening time. */
  @Field(() => WeeklyHoursView, { description: 'When tickets are given out, local time; closed dates are excepted.' })
  @Property({ type: 'json' })
  ticketHours: WeeklyHours = { days: [] };
}
