import { clock } from '@mpp/kit';
import { byKeys, defineLoader, type RequestContext } from '@mpp/kit/subgraph';
import { Ticket, TicketStatus } from './ticket.entity';
import { ticketPolicy } from './ticket.policy';

/** The statuses of a counter's current ticket. */
const AT_THE_COUNTER = [TicketStatus.CALLED, TicketStatus.SERVING];

/** Tickets by id, batched per request. Public: an id is known only to its holder and staff. */
export const ticketById = defineLoader<string, Ticket | null>(async (ids, context) => {
  if (!ticketPolicy.allows(context.viewer, 'ticket.read', null)) return ids.map(() => null);
  const tickets = await context.em.find(Ticket, { id: { $in: [...ids] } });
  return byKeys(ids, tickets, (ticket) => ticket.id, null);
});

export function findTicket(context: RequestContext, id: string): Promise<Ticket | null> {
  return ticketById(context).load(id);
}

/** Each counter's current ticket today (called or being served; the latest call if several), batched per request. */
export const currentTicketOfCounter = defineLoader<string, Ticket | null>(async (counterIds, context) => {
  const tickets = await context.em.find(
    Ticket,
    { counterId: { $in: [...counterIds] }, serviceDate: clock.today(), status: { $in: AT_THE_COUNTER } },
    { orderBy: { calledAt: 'asc', id: 'asc' } },
  );
  return byKeys(counterIds, tickets, (ticket) => ticket.counterId!, null);
});

/** The counter's current ticket today, read in a unit of work (calling refuses while there is one). */
export function currentTicketIn(unit: RequestContext, counterId: string): Promise<Ticket | null> {
  return unit.em.findOne(Ticket, { counterId, serviceDate: clock.today(), status: { $in: AT_THE_COUNTER } }, { orderBy: { calledAt: 'desc' } });
}
