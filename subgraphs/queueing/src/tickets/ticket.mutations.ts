import { setTimeout as sleep } from 'node:timers/promises';
import { LockMode } from '@mikro-orm/core';
import { addDays, badUserInput, clock, conflict, forbidden, newId, normaliseClientAddress, notFound, unauthenticated, type Viewer } from '@mpp/kit';
import { fieldChanges, flushOrConflict, inUnitOfWork, nextDailyNumber, recordChange, type RequestContext } from '@mpp/kit/subgraph';
import { GraphQLError } from 'graphql';
import { ClosedDate } from '../closed-dates/closed-date.entity';
import { Counter, CounterStatus } from '../counters/counter.entity';
import { counterPolicy, requireCounterOperator } from '../counters/counter.policy';
import { effectiveCounterStatus } from '../counters/counter.states';
import { Queue } from '../queues/queue.entity';
import { describeLocalInstant, describeTicketHours, ticketCalendar } from '../queues/queue.opening';
import { closeEndedDays } from './day-end';
import { accessCodeHash, matchesAccessCode, newAccessCode } from './ticket.access-codes';
import { takeNextWaiting } from './ticket.calling';
import { Ticket, TicketChannel, TicketStatus } from './ticket.entity';
import type { IssuedTicket, IssueTicketInput } from './ticket.inputs';
import { claimKey, claimedTicketWritten, keyUsedForAnotherRequest, keyUsedOn, releaseClaim, requestFingerprint, stillBeingIssued, type HeldClaim } from './ticket.issue-claims';
import { countIssue, issueLimitOf } from './ticket.issue-limits';
import { issuedToday, queueCounterKey, ticketNumber } from './ticket.numbers';
import { ticketPolicy } from './ticket.policy';
import { ticketTaskLog } from './ticket.task-log';
import { currentTicketIn } from './ticket.queries';
import { effectiveTicketStatus, nextTicketStatus, type TicketStep } from './ticket.states';

/** What the audit trail records of a ticket. */
type TicketFacts = Pick<Ticket, 'number' | 'serviceId' | 'status' | 'priority' | 'channel' | 'counterId' | 'calledAt' | 'servingStartedAt' | 'finishedAt'>;
const AUDITED: readonly (keyof TicketFacts)[] = ['number', 'serviceId', 'status', 'priority', 'channel', 'counterId', 'calledAt', 'servingStartedAt', 'finishedAt'];
const MAX_IDEMPOTENCY_KEY = 100;
/** How far ahead a refusal looks for the next time tickets are given out. */
const NEXT_OPENING_HORIZON_DAYS = 60;

/** How long a retry waits for the ticket of its request still in flight, and how often it looks. */
const IN_FLIGHT_WAIT_MS = 2_000;
const IN_FLIGHT_POLL_MS = 50;
const IN_FLIGHT_POLL_MAX_MS = 400;

/**
 * Issues a numbered ticket in three steps:
 * 1. one unit of work checks who may issue on the channel (and with priority), answers an
 *    idempotent retry with the ticket it made, claims the idempotency key (ticket.issue-claims.ts),
 *    counts the issuer's limit, and applies the queue's rules (enabled, not a closed date, within
 *    its ticket hours, quota left) — a request refused here takes no number;
 * 2. the day's next number is taken on its own, committed at once;
 * 3. a second unit of work writes the ticket with that number and its audit record.
 *
 * Why the number is not taken inside the ticket's transaction: the queue's daily counter is one
 * row, locked from the moment it is raised until that transaction commits. Raised inside, every
 * issue for a busy service would wait for the whole transaction of the one before it (several
 * round trips, each queued behind other requests in this process), and a kiosk rush for one
 * service would serialise on it. Taken on its own, the row is locked for one statement. The
 * price: a number taken for a ticket that is then not written is left unused, a gap in the
 * day's numbers, never handed out twice. That happens when the process dies or the database
 * refuses in between, and when requests racing for a full queue's last tickets all passed
 * step 1: the numbers past the quota decide, and those requests are refused with a number
 * taken (the queue is full for the day anyway).
 *
 * Retries with one idempotency key at the same moment take no numbers: only the request that
 * claimed the key does, and the others wait for its ticket (see ticket.issue-claims.ts).
 */
export async function issueTicket(context: RequestContext, input: IssueTicketInput): Promise<IssuedTicket> {
  await closeEndedDays(context);
  const waitUntil = Date.now() + IN_FLIGHT_WAIT_MS;
  let sameTicketWritten = false;
  // Counted against the issuer's limit already (a look that found the request in flight):
  // a request counts once, however many times it looks.
  let counted = false;
  for (let poll = 0; ; ) {
    const plan = await inUnitOfWork(context, (unit) => planIssue(unit, input, counted));
    counted ||= plan.counted;
    if ('replay' in plan) return plan.replay;
    if ('inFlight' in plan) {
      if (Date.now() >= waitUntil) throw stillBeingIssued();
      await sleep(Math.min(IN_FLIGHT_POLL_MS * 2 ** poll++, IN_FLIGHT_POLL_MAX_MS));
      continue;
    }
    try {
      const sequence = await nextDailyNumber(context.em, queueCounterKey(plan.serviceId), plan.today);
      return await inUnitOfWork(context, (unit) => writeTicket(unit, plan, sequence));
    } catch (error) {
      if (!plan.claim) throw error;
      // The claim's ticket written by another request (one that took the claim over while this
      // one was slow, its own write then conflicting or refused): planned once more, this
      // request is answered with it. A lookup that fails counts as not written.
      if (!sameTicketWritten && (await claimedTicketWritten(context, plan.ticketId).catch(() => false))) {
        sameTicketWritten = true;
        continue;
      }
      // Otherwise the key is let go at once, so that a retry gets its own answer instead of
      // waiting for a claim nobody will honour. A release that fails too must not hide why the
      // ticket was not written: it is logged, and the claim is taken over after
      // CLAIM_ABANDONED_AFTER_MS.
      await releaseClaim(context, plan.claim).catch((releaseError: unknown) =>
        ticketTaskLog(context.config, 'ticket claims').warn('an idempotency key could not be let go: its retries wait until it is taken over', { error: releaseError, requestId: context.requestId }),
      );
      throw error;
    }
  }
}

/** A ticket request that passed every rule: what writing it needs. */
interface IssuePlan {
  serviceId: string;
  today: string;
  channel: TicketChannel;
  priority: boolean;
  /** The id the ticket gets (the claim's, for a request with a key). */
  ticketId: string;
  /** The idempotency key this request claimed; null without a key. */
  claim: (HeldClaim & { fingerprint: string }) | null;
}

/**
 * Step 1 of issueTicket. `counted`: this request was counted against its issuer's limit by an
 * earlier look (it found its key's request in flight), so it is not counted again: retries of
 * a request in flight are limited like tickets, each once. What it returns says whether this
 * look counted (committed with it).
 */
async function planIssue(
  unit: RequestContext,
  input: IssueTicketInput,
  counted: boolean,
): Promise<(IssuePlan | { replay: IssuedTicket } | { inFlight: true }) & { counted: boolean }> {
  const channel = input.channel ?? TicketChannel.KIOSK;
  const priority = input.priority ?? false;
  const queue = await unit.em.findOne(Queue, { id: input.serviceId });
  await requireIssuer(unit, channel, queue?.agencyId ?? null);
  if (!queue) throw badUserInput('serviceId', 'This service has no queue: no tickets are given out for it.');
  if (priority) requirePriorityIssuer(unit.viewer, queue.agencyId, channel);

  const key = idempotencyKeyOf(input.idempotencyKey);
  const today = clock.today();
  const limit = issueLimitOf(unit);
  let claim: IssuePlan['claim'] = null;
  let ticketId = newId();
  if (key !== null) {
    const scope = issuerScope(unit);
    const fingerprint = requestFingerprint(queue.id, channel, priority);
    const earlier = await unit.em.findOne(Ticket, { idempotencyScope: scope, idempotencyKey: key });
    if (earlier) return { replay: replay(earlier, fingerprint, today), counted: false };
    const claimed = await claimKey(unit, scope, key, fingerprint, today);
    if (!claimed.claimed) {
      if (limit && !counted) await countIssue(unit, limit);
      return { inFlight: true, counted: limit !== null };
    }
    claim = { ...claimed.held, fingerprint };
    ticketId = claimed.ticketId;
  }

  if (limit && !counted) await countIssue(unit, limit);
  await requireTakingTickets(unit, queue, today, clock.now());
  if (queue.dailyQuota !== null && (await issuedToday(unit).load(queue.id)) >= queue.dailyQuota) throw quotaTaken(queue.dailyQuota);
  return { serviceId: queue.id, today, channel, priority, ticketId, claim, counted: limit !== null };
}

async function writeTicket(unit: RequestContext, plan: IssuePlan, sequence: number): Promise<IssuedTicket> {
  const queue = await unit.em.findOneOrFail(Queue, { id: plan.serviceId });
  // Requests racing for the last tickets all passed the plan's check: the numbers decide, and
  // a request refused here has taken its number (see issueTicket).
  if (queue.dailyQuota !== null && sequence > queue.dailyQuota) throw quotaTaken(queue.dailyQuota);
  const accessCode = newAccessCode();
  const id = plan.ticketId;
  const ticket = unit.em.create(Ticket, {
    id,
    number: ticketNumber(queue.prefix, sequence),
    sequence,
    serviceDate: plan.today,
    serviceId: queue.id,
    issuedForServiceId: queue.id,
    agencyId: queue.agencyId,
    status: TicketStatus.WAITING,
    priority: plan.priority,
    channel: plan.channel,
    // Read after the number was taken, yet tickets written at the same moment may read it in
    // another order than their numbers: a queue's own tickets are called by number
    // (ticket.calling.ts), the issue time places them among tickets transferred in.
    issuedAt: clock.now(),
    accessCodeHash: accessCodeHash(id, accessCode),
    idempotencyScope: plan.claim?.scope ?? null,
    idempotencyKey: plan.claim?.key ?? null,
    requestFingerprint: plan.claim?.fingerprint ?? null,
    replayAccessCode: plan.claim === null ? null : accessCode,
  });
  recordChange(unit, { entityType: 'Ticket', entityId: ticket.id, action: 'ISSUE', ownerAgencyId: ticket.agencyId, changes: fieldChanges<TicketFacts>(null, ticket, AUDITED) });
  // The claim's ticket already written (by a request that took the claim over): CONFLICT.
  await flushOrConflict(unit.em, 'The ticket');
  return { ticket, accessCode };
}

function quotaTaken(dailyQuota: number): GraphQLError {
  return badUserInput('serviceId', `All ${dailyQuota} of today's tickets for this service have been taken. Please come back on the next working day.`);
}

/**
 * Who may issue on the channel: KIOSK registered kiosks, ONLINE anyone but a kiosk, COUNTER staff
 * at a counter of the queue's agency (an officer signed in to an open one of them).
 */
async function requireIssuer(unit: RequestContext, channel: TicketChannel, agencyId: string | null): Promise<void> {
  switch (channel) {
    case TicketChannel.KIOSK:
      return ticketPolicy.require(unit.viewer, 'ticket.issueAtKiosk', null);
    case TicketChannel.ONLINE:
      return ticketPolicy.require(unit.viewer, 'ticket.issueOnline', null);
    case TicketChannel.COUNTER: {
      ticketPolicy.require(unit.viewer, 'ticket.issueAtCounter', agencyId);
      if (ticketPolicy.reach(unit.viewer, 'ticket.issueAtCounter') === 'all' || unit.viewer.kind !== 'staff') return;
      const counter = await unit.em.findOne(Counter, { officerId: unit.viewer.userId, agencyId: agencyId! });
      if (!counter || effectiveCounterStatus(counter, clock.today()) !== CounterStatus.OPEN) {
        throw forbidden("Sign in to one of this agency's counters to issue tickets there.");
      }
    }
  }
}

/**
 * Priority tickets (elderly, disabled, pregnant visitors) are given where someone sees the
 * visitor: at a kiosk in the hall (channel KIOSK), by staff at a counter (channel COUNTER). Anyone else asking for one is told so,
 * on the field, in words a citizen understands.
 */
function requirePriorityIssuer(viewer: Viewer, agencyId: string, channel: TicketChannel): void {
  const whereTheVisitorIsSeen = viewer.kind === 'kiosk' ? channel === TicketChannel.KIOSK : channel === TicketChannel.COUNTER;
  if (whereTheVisitorIsSeen && ticketPolicy.allows(viewer, 'ticket.issuePriority', agencyId)) return;
  throw badUserInput('priority', 'Priority tickets (for elderly, disabled or pregnant visitors) are given at the kiosk in the hall or at the counter: please ask there.');
}

/** An idempotency key as given (trimmed); null when none. */
function idempotencyKeyOf(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const key = value.trim();
  if (key.length === 0 || key.length > MAX_IDEMPOTENCY_KEY) {
    throw badUserInput('idempotencyKey', `idempotencyKey must have 1 to ${MAX_IDEMPOTENCY_KEY} characters.`);
  }
  return key;
}

/** Whose keys a key is unique among: the kiosk, the staff account, or the anonymous client's address. */
function issuerScope(unit: RequestContext): string {
  const { viewer } = unit;
  switch (viewer.kind) {
    case 'kiosk':
      return `kiosk:${viewer.kioskId}`;
    case 'staff':
      return `staff:${viewer.userId}`;
    case 'anonymous':
      return `client:${normaliseClientAddress(unit.clientAddress)}`;
  }
}

/** The answer to a retry: the same ticket and code for the same request; CONFLICT for another, or a key of an earlier day. */
function replay(earlier: Ticket, fingerprint: string, today: string): IssuedTicket {
  if (earlier.requestFingerprint !== fingerprint) throw keyUsedForAnotherRequest();
  if (earlier.serviceDate !== today || earlier.replayAccessCode === null) throw keyUsedOn(earlier.serviceDate);
  return { ticket: earlier, accessCode: earlier.replayAccessCode };
}

/** Refuses, in words a citizen understands, when the queue gives out no ticket now. */
async function requireTakingTickets(unit: RequestContext, queue: Queue, today: string, now: Date): Promise<void> {
  if (!queue.enabled) throw badUserInput('serviceId', 'This service is not giving out queue tickets at the moment.');
  const closed = await unit.em.findOne(ClosedDate, { date: today });
  if (closed) throw badUserInput('serviceId', `The mall is closed today (${closed.reason}): no queue tickets are given out.`);
  const timeZone = unit.config.timeZone;
  if (ticketCalendar(queue, [], timeZone).isOpenAt(now)) return;
  const upcoming = await unit.em.find(ClosedDate, { date: { $gt: today, $lte: addDays(today, NEXT_OPENING_HORIZON_DAYS) } });
  const next = ticketCalendar(queue, upcoming, timeZone).nextChangeAfter(now);
  throw badUserInput(
    'serviceId',
    `Tickets for this service are given out ${describeTicketHours(queue)}; it is outside those hours now.` +
      (next ? ` Tickets are given out again from ${describeLocalInstant(next, timeZone)}.` : ''),
  );
}

/**
 * Cancels a ticket waiting or called: its holder with its access code, or staff of its queue's
 * agency (DPMPTSP any).
 */
export async function cancelTicket(context: RequestContext, ticketId: string, accessCode: string | null | undefined): Promise<Ticket> {
  await closeEndedDays(context);
  return inUnitOfWork(context, async (unit) => {
    const ticket = await unit.em.findOne(Ticket, { id: ticketId });
    if (!ticket) throw notFound('Ticket');
    const holder = typeof accessCode === 'string' && matchesAccessCode(ticket, accessCode);
    if (!holder) requireStaffCancelling(unit.viewer, ticket, typeof accessCode === 'string');
    return stepTicket(unit, ticket, 'cancel', 'CANCEL');
  });
}

function requireStaffCancelling(viewer: Viewer, ticket: Ticket, gaveCode: boolean): void {
  if (ticketPolicy.allows(viewer, 'ticket.cancel', ticket.agencyId)) return;
  if (!gaveCode) return ticketPolicy.require(viewer, 'ticket.cancel', ticket.agencyId);
  const wrong = 'This access code does not belong to the ticket.';
  throw viewer.kind === 'anonymous' ? unauthenticated(wrong) : forbidden(wrong);
}

/**
 * Calls the next waiting ticket to the counter (see ticket.calling.ts for which, and how two
 * counters never get the same one); null when nobody waits. The officer signed in to it, or a
 * DPMPTSP editor or administrator. Refused (CONFLICT) while the counter is closed — a call
 * needs someone at the counter to serve it, so whoever calls signs in to it first (an editor
 * or administrator may sign in to any counter) — or paused, or still has a ticket called or
 * being served: it is finished, marked a no-show or transferred first.
 *
 * On MySQL the counter's row is locked first, so two calls at one counter (a double click) run
 * one after the other and the second finds the first's ticket at the counter; SQLite runs one
 * writer at a time anyway.
 */
export async function callNextTicket(context: RequestContext, counterId: string): Promise<Ticket | null> {
  await closeEndedDays(context);
  return inUnitOfWork(context, async (unit) => {
    const today = clock.today();
    const lockMode = unit.config.database.kind === 'mysql' ? LockMode.PESSIMISTIC_WRITE : undefined;
    const counter = await unit.em.findOne(Counter, { id: counterId }, { lockMode });
    if (!counter) throw notFound('Counter');
    requireCounterOperator(unit.viewer, counter, today);
    const status = effectiveCounterStatus(counter, today);
    if (status === CounterStatus.CLOSED) throw conflict(`${counter.name} is closed: sign in to it to open it, then call the next ticket.`);
    if (status === CounterStatus.PAUSED) throw conflict(`${counter.name} is paused: resume it to call the next ticket.`);
    const current = await currentTicketIn(unit, counter.id);
    if (current) {
      throw conflict(`${counter.name} still has ticket ${current.number} (${current.status}): finish it, mark it a no-show or transfer it first.`);
    }
    const ticket = await takeNextWaiting(unit, counter, today, clock.now());
    if (!ticket) return null;
    recordChange(unit, {
      entityType: 'Ticket',
      entityId: ticket.id,
      action: 'CALL',
      ownerAgencyId: ticket.agencyId,
      changes: fieldChanges<TicketFacts>({ status: TicketStatus.WAITING, counterId: null, calledAt: null }, ticket, ['status', 'counterId', 'calledAt']),
    });
    return ticket;
  });
}

/** Calls the counter's ticket again (it goes back to the top of the board). */
export function recallTicket(context: RequestContext, ticketId: string): Promise<Ticket> {
  return workTicket(context, ticketId, 'recall', 'RECALL', (ticket, now) => {
    ticket.calledAt = now;
  });
}

export function startServingTicket(context: RequestContext, ticketId: string): Promise<Ticket> {
  return workTicket(context, ticketId, 'startServing', 'START_SERVING', (ticket, now) => {
    ticket.servingStartedAt = now;
  });
}

export function finishTicket(context: RequestContext, ticketId: string): Promise<Ticket> {
  return workTicket(context, ticketId, 'finish', 'FINISH', (ticket, now) => {
    ticket.finishedAt = now;
  });
}

export function markTicketNoShow(context: RequestContext, ticketId: string): Promise<Ticket> {
  return workTicket(context, ticketId, 'markNoShow', 'NO_SHOW', (ticket, now) => {
    ticket.finishedAt = now;
  });
}

/**
 * Sends a called or served ticket to another service's queue: it keeps its number and issue
 * time, so it waits there among the others by when it was first issued, and `issuedForService`
 * still names the first service. It leaves the counter (and the board) until it is called again.
 */
export function transferTicket(context: RequestContext, ticketId: string, serviceId: string): Promise<Ticket> {
  return workTicket(context, ticketId, 'transfer', 'TRANSFER', async (ticket, _now, unit) => {
    const target = await unit.em.findOne(Queue, { id: serviceId });
    if (!target) throw badUserInput('serviceId', 'This service has no queue to transfer the ticket to.');
    if (target.id === ticket.serviceId) throw badUserInput('serviceId', 'The ticket is in this service\'s queue already.');
    Object.assign(ticket, { serviceId: target.id, agencyId: target.agencyId, counterId: null, calledAt: null, calledFloor: null, servingStartedAt: null });
  });
}

/**
 * A counter's work on one of its tickets, as one unit of work with its audit record: whoever
 * works the ticket's counter (its signed-in officer; DPMPTSP editors and administrators), then
 * the state machine (CONFLICT for a step it does not allow), then the step's own changes.
 */
async function workTicket(
  context: RequestContext,
  ticketId: string,
  step: TicketStep,
  action: string,
  change: (ticket: Ticket, now: Date, unit: RequestContext) => void | Promise<void>,
): Promise<Ticket> {
  await closeEndedDays(context);
  return inUnitOfWork(context, async (unit) => {
    const today = clock.today();
    const ticket = await unit.em.findOne(Ticket, { id: ticketId });
    if (!ticket) throw notFound('Ticket');
    const counter = ticket.counterId ? await unit.em.findOne(Counter, { id: ticket.counterId }) : null;
    if (counter) requireCounterOperator(unit.viewer, counter, today);
    else counterPolicy.require(unit.viewer, 'counter.operate', ticket.agencyId);
    return stepTicket(unit, ticket, step, action, change);
  });
}

/** One step of the ticket's state machine and its changes, audited and flushed (a lost race is CONFLICT). */
async function stepTicket(
  unit: RequestContext,
  ticket: Ticket,
  step: TicketStep,
  action: string,
  change?: (ticket: Ticket, now: Date, unit: RequestContext) => void | Promise<void>,
): Promise<Ticket> {
  const before: TicketFacts = { ...ticket };
  ticket.status = nextTicketStatus(effectiveTicketStatus(ticket, clock.today()), step, ticket.number);
  await change?.(ticket, clock.now(), unit);
  recordChange(unit, { entityType: 'Ticket', entityId: ticket.id, action, ownerAgencyId: ticket.agencyId, changes: fieldChanges<TicketFacts>(before, ticket, AUDITED) });
  await flushOrConflict(unit.em, `Ticket ${ticket.number}`);
  return ticket;
}

