import { DateTimeType, Entity, Index, Property } from '@mikro-orm/core';
import { VersionedRecord } from '@mpp/kit/subgraph';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum CounterStatus {
  OPEN = 'OPEN',
  PAUSED = 'PAUSED',
  CLOSED = 'CLOSED',
}
registerEnumType(CounterStatus, {
  name: 'CounterStatus',
  description: 'OPEN: an officer is signed in and calling. PAUSED: signed in, not calling. CLOSED: nobody signed in.',
});

/**
 * A counter (loket) at a booth: where an officer sits and calls tickets of the services it
 * serves. Its booth's agency and floor are learned from the public API when it is made or moved
 * and kept (the rules of who may work it, and the board per floor, need them).
 *
 * The status is as stored until the end of the day it opened on (`openedOn`): a counter left
 * open is closed by the end of its day, at once for every reader (see counter.states.ts) and in
 * storage by the day-end sweep (tickets/day-end.ts).
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A counter (loket) at a booth, where an officer calls tickets.' })
@Entity({ tableName: 'counter' })
export class Counter extends VersionedRecord {
  @Field({ description: 'As the board shows it, e.g. "Loket G-05". Unique.' })
  @Property({ type: 'string', length: 80, unique: true })
  name!: string;

  /** The booth in the agencies subgraph; `Counter.booth` returns a reference to it. */
  @Property({ type: 'string', length: 36 })
  boothId!: string;

  @Field(() => ID, { description: "The booth's agency: its officers work this counter." })
  @Index()
  @Property({ type: 'string', length: 36 })
  agencyId!: string;

  @Field(() => Int, { description: "The booth's floor (the board can show one floor's calls)." })
  @Property({ type: 'integer' })
  floor!: number;

  /** The queues (service ids) it calls from, all of its agency; a handful, read with the counter. */
  @Property({ type: 'json' })
  serviceIds: string[] = [];

  /** As last written; read it through effectiveCounterStatus. */
  @Index()
  @Property({ type: 'string', length: 16 })
  status: CounterStatus = CounterStatus.CLOSED;

  /** The staff account signed in to it; unique: nobody is signed in to two counters at once. */
  @Property({ type: 'string', length: 36, nullable: true, default: null, unique: true })
  officerId: string | null = null;

  /** The local date it was opened on; it is closed by the end of that day. */
  @Property({ type: 'string', length: 10, nullable: true, default: null })
  openedOn: string | null = null;

  @Property({ type: DateTimeType, nullable: true, default: null })
  signedInAt: Date | null = null;
}
