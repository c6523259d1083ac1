import { clock } from '@mpp/kit';
import { defineLoader, groupByKeys, type RequestContext } from '@mpp/kit/subgraph';
import { Counter, CounterStatus } from '../counters/counter.entity';
import { Ticket, TicketStatus } from './ticket.entity';
import { effectiveTicketStatus } from './ticket.states';

/*
 * How long a wait is, as practised: people ahead × recent average service time ÷ counters open
 * for the queue. The average is of the queue's last RECENT_TICKETS tickets finished today
 * (serving started → finished); before any is finished today, DEFAULT_SERVICE_MINUTES. With no
 * counter open for the queue there is no estimate (null): nobody is calling.
 *
 * People ahead of a waiting ticket are the tickets of its queue that will be called before it if
 * priority tickets go first: for a priority ticket the priority tickets issued before it; for
 * any other ticket every waiting priority ticket and the others issued before it. (Every fourth
 * call may go to a normal ticket — see ticket.calling.ts — which only makes the wait shorter.)
 */

export const DEFAULT_SERVICE_MINUTES = 5;
export const RECENT_TICKETS = 20;

/** A queue's state today, for its estimates. */
export interface QueueLoad {
  /** Its waiting tickets. */
  waiting: Ticket[];
  /** Its tickets called or being served, by call time. */
  nowServing: Ticket[];
  /** Counters open for it now (not paused). */
  openCounters: number;
  averageServiceMinutes: number;
}

/** Each queue's load today, batched per request: four statements for any number of queues. */
export const queueLoadOf = defineLoader<string, QueueLoad>(async (serviceIds, context) => {
  const today = clock.today();
  const ids = [...serviceIds];
  const waiting = await context.em.find(Ticket, { serviceId: { $in: ids }, serviceDate: today, status: TicketStatus.WAITING }, { orderBy: { issuedAt: 'asc', sequence: 'asc', id: 'asc' } });
  const nowServing = await context.em.find(
    Ticket,
    { serviceId: { $in: ids }, serviceDate: today, status: { $in: [TicketStatus.CALLED, TicketStatus.SERVING] } },
    { orderBy: { calledAt: 'asc', id: 'asc' } },
  );
  const openCounters = await context.em.find(Counter, { status: CounterStatus.OPEN, openedOn: today });
  const averages = await recentAverageMinutes(context, ids, today);
  const waitingByQueue = groupByKeys(ids, waiting, (ticket) => ticket.serviceId);
  const servingByQueue = groupByKeys(ids, nowServing, (ticket) => ticket.serviceId);
  return ids.map((serviceId, index) => ({
    waiting: waitingByQueue[index],
    nowServing: servingByQueue[index],
    openCounters: openCounters.filter((counter) => counter.serviceIds.includes(serviceId)).length,
    averageServiceMinutes: averages.get(serviceId) ?? DEFAULT_SERVICE_MINUTES,
  }));
});

/** The average service time of each queue's last RECENT_TICKETS finished tickets today, in one ranked query. */
async function recentAverageMinutes(context: RequestContext, serviceIds: string[], today: string): Promise<Map<string, number>> {
  const knex = context.em.getKnex();
  const ranked = knex('ticket')
    .select('*', knex.raw('row_number() over (partition by service_id order by finished_at desc, id desc) as position'))
    .whereIn('service_id', serviceIds)
    .andWhere({ service_date: today, status: TicketStatus.DONE })
    .whereNotNull('serving_started_at')
    .whereNotNull('finished_at');
  const rows = (await knex.select('*').from(ranked.as('ranked')).where('position', '<=', RECENT_TICKETS)) as Record<string, unknown>[];
  const minutes = new Map<string, number[]>();
  for (const { position: _position, ...row } of rows) {
    const ticket = context.em.map(Ticket, row);
    const spent = (ticket.finishedAt!.getTime() - ticket.servingStartedAt!.getTime()) / 60_000;
    minutes.set(ticket.serviceId, [...(minutes.get(ticket.serviceId) ?? []), Math.max(0, spent)]);
  }
  return new Map([...minutes].map(([serviceId, spent]) => [serviceId, spent.reduce((sum, value) => sum + value, 0) / spent.length]));
}

/** Minutes until `peopleAhead` have been served; null when no counter is open for the queue. */
export function estimatedMinutes(peopleAhead: number, load: QueueLoad): number | null {
  if (load.openCounters === 0) return null;
  return Math.ceil((peopleAhead * load.averageServiceMinutes) / load.openCounters);
}

/** People ahead of a waiting ticket in its queue (see above); null for a ticket not waiting. One pass over the queue. */
export function peopleAheadOf(ticket: Ticket, load: QueueLoad): number | null {
  if (effectiveTicketStatus(ticket, clock.today()) !== TicketStatus.WAITING) return null;
  // load.waiting is in calling order (issue time, number, id).
  let ahead = 0;
  let passed = false;
  for (const other of load.waiting) {
    if (other.id === ticket.id) {
      passed = true;
      continue;
    }
    const before = !passed;
    if (ticket.priority ? other.priority && before : other.priority || before) ahead += 1;
  }
  return ahead;
}
