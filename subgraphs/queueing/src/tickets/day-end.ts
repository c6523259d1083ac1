import { raw } from '@mikro-orm/core';
import { ANONYMOUS, clock } from '@mpp/kit';
import { inUnitOfWork, recordChange, type RequestContext } from '@mpp/kit/subgraph';
import { Counter } from '../counters/counter.entity';
import { nextCounterStatus, statusesAllowing as counterStatusesAllowing } from '../counters/counter.states';
import { Ticket, TicketIssueWindow } from './ticket.entity';
import { forgetClaimsBefore } from './ticket.issue-claims';
import { ISSUE_WINDOW_RETENTION_MS } from './ticket.issue-limits';
import { nextTicketStatus, statusesAllowing as ticketStatusesAllowing } from './ticket.states';
import { ticketTaskLog } from './ticket.task-log';

/*
 * The end of a day: tickets still waiting or called become EXPIRED, counters still open close
 * and their officers are signed out, the access codes kept for idempotent retries and the
 * idempotency keys' claims are forgotten.
 *
 * When: every reader already sees a day's end the moment it comes (effectiveTicketStatus,
 * effectiveCounterStatus compare with clock.today()), so nobody depends on when it is written.
 * It is written by the first mutation on a new day that moves a ticket or a counter (each of
 * them calls closeEndedDays first), once per process and day: no timer to run under a lock, and
 * nothing to do on a day nobody queues. Replicas may sweep at the same moment: each ticket and
 * counter moves by a conditional update, so each is moved — and audited — exactly once, and
 * rows are taken in id order, so two sweeps never wait for each other crosswise.
 *
 * Whose doing: nobody's. The mutation that runs into the day's end only gives the sweep its
 * moment; the sweep runs as no viewer (ANONYMOUS), so its audit records have no actor — the
 * audit trail's way of saying the system did it — and keep that request's id, to find the
 * sweep's log lines. A sweep that fails is logged and leaves the caller's mutation alone (what
 * readers see does not wait for it); a mutation after a delay tries again (retryDelayMs).
 */

interface SweepState {
  /** Every day before this one has been swept (by this process or another). */
  sweptBefore: string;
  /** The sweep under way, resolving to whether it succeeded. */
  running: Promise<boolean> | null;
  /** Sweeps failed in a row since the last that succeeded. */
  failures: number;
  /** After a failure, no sweep is tried before this real time (ms): see retryDelayMs. */
  retryAfter: number;
}

/**
 * How long after the `failures`-th failure in a row the next sweep is tried: 1 s, doubling to a
 * minute. A sweep failing for a while (its database refusing) then costs a morning rush one
 * failed transaction and one error line a minute, not one per ticket issued.
 */
export function retryDelayMs(failures: number): number {
  return Math.min(1_000 * 2 ** (failures - 1), 60_000);
}

/** Per database (a process may hold several in tests): keyed by its driver. */
const sweeps = new WeakMap<object, SweepState>();

/** Writes the end of every day before today, if this process has not yet; see above. */
export async function closeEndedDays(context: RequestContext): Promise<void> {
  const driver = context.em.getDriver();
  let state = sweeps.get(driver);
  if (!state) {
    state = { sweptBefore: '', running: null, failures: 0, retryAfter: 0 };
    sweeps.set(driver, state);
  }
  for (;;) {
    const today = clock.today();
    if (state.sweptBefore >= today) return;
    if (!state.running && Date.now() < state.retryAfter) return;
    state.running ??= startSweep(context, state, today);
    // A failed sweep is logged; the caller carries on, and a mutation after the delay tries again.
    if (!(await state.running)) return;
  }
}

/** Runs one sweep for the day as nobody (see above); whether it succeeded, a failure logged. */
function startSweep(context: RequestContext, state: SweepState, today: string): Promise<boolean> {
  const nobody: RequestContext = { ...context, viewer: ANONYMOUS };
  return inUnitOfWork(nobody, (unit) => sweepEndedDays(unit, today))
    .then(
      () => {
        if (today > state.sweptBefore) state.sweptBefore = today;
        state.failures = 0;
        return true;
      },
      (error: unknown) => {
        state.failures += 1;
        const retryInMs = retryDelayMs(state.failures);
        state.retryAfter = Date.now() + retryInMs;
        ticketTaskLog(context.config, 'day-end sweep').error('the day-end sweep failed: a mutation tries again after a delay', { error, today, failures: state.failures, retryInMs, requestId: context.requestId });
        return false;
      },
    )
    .finally(() => {
      state.running = null;
    });
}

/** Ends every day before `today`, in one unit of work. */
export async function sweepEndedDays(unit: RequestContext, today: string): Promise<void> {
  const now = clock.now();
  const expiring = ticketStatusesAllowing('expire');
  const tickets = await unit.em
    .createQueryBuilder(Ticket)
    .select(['id', 'number', 'status', 'agencyId'])
    .where({ status: { $in: expiring }, serviceDate: { $lt: today } })
    .orderBy({ id: 'asc' })
    .execute<Pick<Ticket, 'id' | 'number' | 'status' | 'agencyId'>[]>('all');
  for (const ticket of tickets) {
    const expired = nextTicketStatus(ticket.status, 'expire', ticket.number);
    const { affectedRows } = await unit.em
      .createQueryBuilder(Ticket)
      .update({ status: expired, version: raw('version + 1'), updatedAt: now })
      .where({ id: ticket.id, status: ticket.status })
      .execute('run');
    if (affectedRows !== 1) continue;
    recordChange(unit, {
      entityType: 'Ticket',
      entityId: ticket.id,
      action: 'EXPIRE',
      ownerAgencyId: ticket.agencyId,
      changes: [{ field: 'status', before: JSON.stringify(ticket.status), after: JSON.stringify(expired) }],
    });
  }

  const closing = counterStatusesAllowing('endOfDay');
  const counters = await unit.em
    .createQueryBuilder(Counter)
    .select(['id', 'status', 'officerId', 'agencyId', 'version'])
    .where({ status: { $in: closing }, $or: [{ openedOn: { $lt: today } }, { openedOn: null }] })
    .orderBy({ id: 'asc' })
    .execute<Pick<Counter, 'id' | 'status' | 'officerId' | 'agencyId' | 'version'>[]>('all');
  for (const counter of counters) {
    const closed = nextCounterStatus(counter.status, 'endOfDay');
    const { affectedRows } = await unit.em
      .createQueryBuilder(Counter)
      .update({ status: closed, officerId: null, version: raw('version + 1'), updatedAt: now })
      .where({ id: counter.id, version: counter.version })
      .execute('run');
    if (affectedRows !== 1) continue;
    recordChange(unit, {
      entityType: 'Counter',
      entityId: counter.id,
      action: 'CLOSE_FOR_DAY',
      ownerAgencyId: counter.agencyId,
      changes: [
        { field: 'status', before: JSON.stringify(counter.status), after: JSON.stringify(closed) },
        { field: 'officerId', before: counter.officerId === null ? null : JSON.stringify(counter.officerId), after: null },
      ],
    });
  }

  await unit.em
    .createQueryBuilder(Ticket)
    .update({ replayAccessCode: null })
    .where({ serviceDate: { $lt: today }, replayAccessCode: { $ne: null } })
    .execute('run');
  await forgetClaimsBefore(unit, today);
  await unit.em.nativeDelete(TicketIssueWindow, { startedAt: { $lt: new Date(Date.now() - ISSUE_WINDOW_RETENTION_MS) } });
}
