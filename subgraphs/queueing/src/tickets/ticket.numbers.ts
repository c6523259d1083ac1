import { DailyCounter, defineLoader } from '@mpp/kit/subgraph';
import { clock } from '@mpp/kit';

/*
 * Ticket numbers: the queue's prefix, a dash, and the day's sequence of that queue from the
 * kit's daily counter (nextDailyNumber), zero-padded to three digits and longer when the day
 * needs more: "A-007", "A-1024". The day is the mall's local date (clock.today()), so numbering
 * starts again at 1 at local midnight.
 *
 * The counter is kept per queue (not per prefix): its value is the numbers the queue has handed
 * out today — its tickets, and any number taken for a ticket that was then not written (see
 * issueTicket). The daily quota is checked against it twice: before a number is taken (a
 * request refused then takes none) and, once taken, against the number itself (requests racing
 * for the last tickets: those past the quota are refused, their numbers taken). The number is
 * taken in a statement of its own, committed at once, not in the ticket's transaction.
 * A number stays unique a day because prefixes are unique among queues and a queue's prefix
 * cannot change on a day it has issued tickets (queue.mutations.ts).
 */

/** The daily counter of one queue's tickets. */
export function queueCounterKey(serviceId: string): string {
  return `queue:${serviceId}`;
}

export function ticketNumber(prefix: string, sequence: number): string {
  return `${prefix}-${String(sequence).padStart(3, '0')}`;
}

/**
 * How many numbers each queue has handed out today (its daily counter: the tickets issued, and
 * any number whose ticket could not be written), batched per request.
 */
export const issuedToday = defineLoader<string, number>(async (serviceIds, context) => {
  const counters = await context.em.find(DailyCounter, { key: { $in: serviceIds.map(queueCounterKey) }, day: clock.today() });
  const values = new Map(counters.map((counter) => [counter.key, counter.value]));
  return serviceIds.map((serviceId) => values.get(queueCounterKey(serviceId)) ?? 0);
});
