import type { RequestContext } from '@mpp/kit/subgraph';
import type { Ticket } from './ticket.entity';
import { ticketById } from './ticket.queries';

/** `Ticket` entities asked for by other subgraphs, batched per request. */
export function resolveTicketReference(reference: { id: string }, context: RequestContext): Promise<Ticket | null> {
  return ticketById(context).load(reference.id);
}
