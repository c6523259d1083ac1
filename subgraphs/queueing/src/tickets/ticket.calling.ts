import { raw } from '@mikro-orm/core';
import type { RequestContext } from '@mpp/kit/subgraph';
import type { Counter } from '../counters/counter.entity';
import { Ticket, TicketStatus } from './ticket.entity';
import { nextTicketStatus, statusesAllowing } from './ticket.states';

/*
 * Which ticket a counter calls next, and how two counters never get the same one.
 *
 * Order: a waiting priority ticket first, first come first served by issue time (a transferred
 * ticket keeps its first issue time), across every queue the counter serves; but once the
 * counter's last PRIORITY_CALLS_BEFORE_NORMAL calls today were all priority tickets, a waiting
 * normal ticket goes next, so normal tickets keep moving at a counter that priority visitors
 * keep busy. The rule is per counter: it needs no state shared between counters, and a counter
 * is where the citizen sees it applied. It reads the counter's own latest calls (no streak is
 * stored), so it holds whoever works the counter.
 *
 * A queue's own tickets go by their numbers. Issue times follow the numbers only roughly: a
 * ticket's number is taken, then its issue time read when it is written, and tickets issued at
 * the same moment may be written in another order than their numbers (A-018 a millisecond
 * before A-017). So when the first ticket in calling order is its queue's own (issued for the
 * queue it waits in), the counter calls instead the lowest-numbered waiting ticket of that
 * queue and priority (one indexed read, ticket_number_order_index): its number was taken
 * first, whatever its issue time says. Tickets transferred in keep their place among them by
 * their first issue time.
 *
 * Taking a ticket: candidates are read in calling order (a plain read), then each is taken with
 * one conditional update — `status = CALLED … WHERE id = ? AND status = 'WAITING'` — and the
 * first that affects a row is this counter's. The database decides: on SQLite writes are one at
 * a time; on MySQL/MariaDB the update locks the row and re-reads its committed status, so a
 * counter that lost the race (0 rows) moves on to the next candidate, never waiting for more
 * than the winner's commit and never taking a ticket twice. It holds no lock while it reads,
 * and takes one row lock at a time in calling order, so callers cannot deadlock one another.
 * (SELECT … FOR UPDATE SKIP LOCKED would let losers skip instead of wait, on MySQL 8 and
 * MariaDB 10.6 only, and not SQLite; one path for both databases was preferred, the wait being a
 * few milliseconds.) A plain read inside a MySQL transaction sees its snapshot, where taken
 * tickets may still wait: the ones tried are left out of the next read.
 */

export const PRIORITY_CALLS_BEFORE_NORMAL = 3;
/** Candidates read at once: enough to get past the counters calling at the same moment. */
const CANDIDATES_PER_READ = 12;

/** Whether the counter's latest calls today were PRIORITY_CALLS_BEFORE_NORMAL priority tickets in a row. */
export async function owesNormalCall(unit: RequestContext, counterId: string, today: string): Promise<boolean> {
  const latest = await unit.em.find(
    Ticket,
    { counterId, serviceDate: today, calledAt: { $ne: null } },
    { fields: ['priority'], orderBy: { calledAt: 'desc', id: 'desc' }, limit: PRIORITY_CALLS_BEFORE_NORMAL },
  );
  return latest.length === PRIORITY_CALLS_BEFORE_NORMAL && latest.every((ticket) => ticket.priority);
}

/** Takes the next waiting ticket for the counter (see above) and calls it there; null when nobody waits. */
export async function takeNextWaiting(unit: RequestContext, counter: Counter, today: string, now: Date): Promise<Ticket | null> {
  const preferences = (await owesNormalCall(unit, counter.id, today)) ? [false, true] : [true, false];
  for (const priority of preferences) {
    const tried: string[] = [];
    for (;;) {
      const candidates = await unit.em.find(
        Ticket,
        {
          serviceId: { $in: counter.serviceIds },
          serviceDate: today,
          status: TicketStatus.WAITING,
          priority,
          ...(tried.length > 0 ? { id: { $nin: tried } } : {}),
        },
        { fields: ['id', 'number', 'serviceId', 'issuedForServiceId'], orderBy: { issuedAt: 'asc', sequence: 'asc', id: 'asc' }, limit: CANDIDATES_PER_READ },
      );
      if (candidates.length === 0) break;
      for (const candidate of candidates) {
        const ticket = isQueuesOwn(candidate) ? await lowestNumberedOwn(unit, candidate.serviceId, today, priority, tried) : candidate;
        // None left untried: the candidate itself was tried as an earlier one's lowest-numbered.
        if (!ticket) continue;
        if (await takeTicket(unit, ticket, counter, now)) return unit.em.findOneOrFail(Ticket, { id: ticket.id }, { refresh: true });
        tried.push(ticket.id);
      }
    }
  }
  return null;
}

/** Issued for the queue it waits in (as every candidate, today's): numbered by that queue. */
function isQueuesOwn(ticket: Pick<Ticket, 'serviceId' | 'issuedForServiceId'>): boolean {
  return ticket.issuedForServiceId === ticket.serviceId;
}

/** The queue's own waiting ticket of this priority with the lowest number, leaving out those tried. */
async function lowestNumberedOwn(unit: RequestContext, serviceId: string, today: string, priority: boolean, tried: string[]): Promise<Pick<Ticket, 'id' | 'number'> | null> {
  return unit.em.findOne(
    Ticket,
    {
      serviceId,
      serviceDate: today,
      status: TicketStatus.WAITING,
      priority,
      issuedForServiceId: serviceId,
      ...(tried.length > 0 ? { id: { $nin: tried } } : {}),
    },
    { fields: ['id', 'number'], orderBy: { sequence: 'asc' } },
  );
}

/** Calls the ticket at the counter if it still waits; whether it did. */
async function takeTicket(unit: RequestContext, ticket: Pick<Ticket, 'id' | 'number'>, counter: Counter, now: Date): Promise<boolean> {
  const called = nextTicketStatus(TicketStatus.WAITING, 'call', ticket.number);
  const { affectedRows } = await unit.em
    .createQueryBuilder(Ticket)
    .update({ status: called, counterId: counter.id, calledAt: now, calledFloor: counter.floor, version: raw('version + 1'), updatedAt: now })
    .where({ id: ticket.id, status: { $in: statusesAllowing('call') } })
    .execute('run');
  return affectedRows === 1;
}
