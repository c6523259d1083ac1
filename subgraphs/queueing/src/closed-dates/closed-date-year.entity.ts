import { Entity, Property } from '@mikro-orm/core';
import { VersionedRecord } from '@mpp/kit/subgraph';
import { Field, Int, ObjectType } from 'type-graphql';
import { ClosedDate } from './closed-date.entity';

/**
 * A year's list of closed dates as editors keep it: the record its saves are versioned by, so
 * that an editor saving a list read before someone else's save gets CONFLICT instead of
 * silently dropping the other's dates. The dates are kept here too, as the year's list, so that
 * every change of them raises the version (as a synonym group keeps its phrases); the
 * `closed_date` rows, written by the same unit of work, are what queues look dates up in.
 */
@ObjectType({ description: "A year's closed dates as one record: send its version when saving the year's list." })
@Entity({ tableName: 'closed_date_year' })
export class ClosedDateYear extends VersionedRecord {
  @Field(() => Int, { description: 'The calendar year, e.g. 2027.' })
  @Property({ type: 'integer', unique: true })
  year!: number;

  /** By date, as requireClosedDates orders them. */
  @Field(() => [ClosedDate], { description: 'The dates of the year the mall is closed, by date.' })
  @Property({ type: 'json' })
  dates!: ClosedDateEntry[];
}

/** One closed date as the year's list keeps it. */
export interface ClosedDateEntry {
  date: string;
  reason: string;
}
