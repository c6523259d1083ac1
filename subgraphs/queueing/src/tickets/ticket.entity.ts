import { DateTimeType, Entity, Index, PrimaryKey, PrimaryKeyProp, Property, Unique } from '@mikro-orm/core';
import { VersionedRecord } from '@mpp/kit/subgraph';
import { Directive, Field, ObjectType, registerEnumType } from 'type-graphql';

export enum TicketStatus {
  WAITING = 'WAITING',
  CALLED = 'CALLED',
  SERVING = 'SERVING',
  DONE = 'DONE',
  NO_SHOW = 'NO_SHOW',
  CANCELLED = 'CANCELLED',
  EXPIRED = 'EXPIRED',
}
registerEnumType(TicketStatus, {
  name: 'TicketStatus',
  description:
    'WAITING in its queue; CALLED to a counter; SERVING at it; DONE; NO_SHOW (called, never came); CANCELLED; ' +
    'EXPIRED (still waiting or called when its day ended).',
});

export enum TicketChannel {
  KIOSK = 'KIOSK',
  ONLINE = 'ONLINE',
  COUNTER = 'COUNTER',
}
registerEnumType(TicketChannel, {
  name: 'TicketChannel',
  description: "Where it was issued: a registered kiosk in the hall, online (website, app), or at a counter by its officer.",
});

/**
 * A numbered ticket of one queue for one local day. The number never changes: a transferred
 * ticket keeps it and its issue time, joins the other queue at that time, and
 * `issuedForServiceId` remembers where it began.
 *
 * Indexes, one per way tickets are looked up: calling, counting and estimating a queue
 * (service, day, status, priority, issue time, number); a queue's own tickets in number order
 * (service, day, status, priority, number: see ticket.calling.ts); the board (day, call time;
 * day, floor, call time); a counter's current ticket and latest calls (counter, status;
 * counter, call time); the day-end sweep (status, day). Unique: a number once a day, and an
 * idempotency key once per issuer.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A queue ticket, e.g. "A-007".' })
@Entity({ tableName: 'ticket' })
@Unique({ properties: ['serviceDate', 'number'] })
@Unique({ properties: ['idempotencyScope', 'idempotencyKey'] })
// Named: the default name is longer than MySQL's 64 characters.
@Index({ name: 'ticket_calling_order_index', properties: ['serviceId', 'serviceDate', 'status', 'priority', 'issuedAt', 'sequence'] })
@Index({ name: 'ticket_number_order_index', properties: ['serviceId', 'serviceDate', 'status', 'priority', 'sequence'] })
@Index({ properties: ['serviceDate', 'calledAt'] })
@Index({ properties: ['serviceDate', 'calledFloor', 'calledAt'] })
@Index({ properties: ['counterId', 'status'] })
@Index({ properties: ['counterId', 'calledAt'] })
@Index({ properties: ['status', 'serviceDate'] })
export class Ticket extends VersionedRecord {
  @Field({ description: 'Prefix and the day\'s sequence, zero-padded: "A-007", "A-1024".' })
  @Property({ type: 'string', length: 16 })
  number!: string;

  /** The day's sequence of its first queue (the number's digits). */
  @Property({ type: 'integer' })
  sequence!: number;

  /** The mall's local date it was issued on; it expires at that day's end. */
  @Property({ type: 'string', length: 10 })
  serviceDate!: string;

  /** The queue it waits in now (a service id). */
  @Property({ type: 'string', length: 36 })
  serviceId!: string;

  /** The queue it was issued for; differs from serviceId after a transfer. */
  @Property({ type: 'string', length: 36 })
  issuedForServiceId!: string;

  /** The agency of the queue it waits in now (whose staff may cancel it). */
  @Property({ type: 'string', length: 36 })
  agencyId!: string;

  /** As last written; read it through effectiveTicketStatus. */
  @Property({ type: 'string', length: 16 })
  status: TicketStatus = TicketStatus.WAITING;

  @Field({ description: 'Elderly, disabled or pregnant visitors: called first (three in a row at most, then a normal ticket).' })
  @Property({ type: 'boolean' })
  priority: boolean = false;

  @Field(() => TicketChannel)
  @Property({ type: 'string', length: 16 })
  channel!: TicketChannel;

  /**
   * Its place in the queue, first come first served, kept through transfers: read when it was
   * written, after its number was taken, so tickets of one queue issued at the same moment may
   * have it out of number order by a millisecond — they are called by number (ticket.calling.ts).
   */
  @Field(() => Date)
  @Property({ type: DateTimeType, length: 3 })
  issuedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it was last called (a recall calls it again).' })
  @Property({ type: DateTimeType, length: 3, nullable: true, default: null })
  calledAt: Date | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: DateTimeType, length: 3, nullable: true, default: null })
  servingStartedAt: Date | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: DateTimeType, length: 3, nullable: true, default: null })
  finishedAt: Date | null = null;

  /** The counter that called it (kept once it is done); null while it waits. */
  @Property({ type: 'string', length: 36, nullable: true, default: null })
  counterId: string | null = null;

  /** That counter's floor when it called it: the board per floor reads this one column. */
  @Property({ type: 'integer', nullable: true, default: null })
  calledFloor: number | null = null;

  /** SHA-256 of the ticket's id and its access code; the code itself is shown once. */
  @Property({ type: 'string', length: 64 })
  accessCodeHash!: string;

  /** Whose idempotency key it was issued under (`kiosk:<id>`, `staff:<id>`, `client:<address>`). */
  @Property({ type: 'string', length: 80, nullable: true, default: null })
  idempotencyScope: string | null = null;

  @Property({ type: 'string', length: 100, nullable: true, default: null })
  idempotencyKey: string | null = null;

  /** SHA-256 of the request it answered (service, channel, priority): a key sent again with another is refused. */
  @Property({ type: 'string', length: 64, nullable: true, default: null })
  requestFingerprint: string | null = null;

  /**
   * The access code in clear, kept only for a ticket issued with an idempotency key and only
   * until the end of its day, so that a retry gets the same answer (see ticket.access-codes.ts).
   */
  @Property({ type: 'string', length: 16, nullable: true, default: null })
  replayAccessCode: string | null = null;
}

/**
 * How many tickets one issuer (a kiosk, an anonymous client address) took in one minute of real
 * time: one row per issuer and minute, counted up in the unit of work that issues the ticket
 * (ticket.issue-limits.ts). Old rows go at the day-end sweep, hence the index on the minute.
 */
@Entity({ tableName: 'ticket_issue_window' })
export class TicketIssueWindow {
  /** `<issuer scope>@<minute, ISO>`. */
  @PrimaryKey({ type: 'string', length: 120 })
  id!: string;

  @Index()
  @Property({ type: DateTimeType })
  startedAt!: Date;

  @Property({ type: 'integer' })
  issued!: number;
}

/**
 * An idempotency key claimed by the request that issues its ticket, in the unit of work that
 * checks the request and before any number is taken (ticket.issue-claims.ts): retries racing it
 * find the claim and wait for its ticket instead of taking numbers of their own. Kept until the
 * day-end sweep after its service date, hence the index on that date.
 */
@Entity({ tableName: 'ticket_issue_claim' })
export class TicketIssueClaim {
  [PrimaryKeyProp]?: ['scope', 'key'];

  /** Whose key it is, as on the ticket (`kiosk:<id>`, `staff:<id>`, `client:<address>`). */
  @PrimaryKey({ type: 'string', length: 80, fieldName: 'idempotency_scope' })
  scope!: string;

  @PrimaryKey({ type: 'string', length: 100, fieldName: 'idempotency_key' })
  key!: string;

  /** The request it was claimed for (as Ticket.requestFingerprint). */
  @Property({ type: 'string', length: 64 })
  requestFingerprint!: string;

  /**
   * The id its ticket is written under, chosen when the key is claimed: a request that takes
   * an abandoned claim over writes the same id, so two writers of one claim can never both
   * write a ticket.
   */
  @Property({ type: 'string', length: 36 })
  ticketId!: string;

  /** The mall's local date it was claimed on. */
  @Index()
  @Property({ type: 'string', length: 10 })
  serviceDate!: string;

  /** When it was claimed, or last taken over, in the system's real time (never the business clock, which a demo may freeze or restart). */
  @Property({ type: DateTimeType, length: 3 })
  claimedAt!: Date;
}
