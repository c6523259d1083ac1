import { badUserInput, clock } from '@mpp/kit';
import type { RequestContext } from '@mpp/kit/subgraph';
import { Ticket } from '../tickets/ticket.entity';
import { ticketPolicy } from '../tickets/ticket.policy';

export const DEFAULT_BOARD_SIZE = 10;
export const MAX_BOARD_SIZE = 50;

/**
 * The latest calls of today (a recall counts as a new call), newest first, of one floor when
 * asked: one query on the index (service date, call time), or (service date, floor, call time).
 */
export function latestCalls(context: RequestContext, limit: number | null | undefined, floor: number | null | undefined): Promise<Ticket[]> {
  ticketPolicy.require(context.viewer, 'ticket.read', null);
  const size = limit ?? DEFAULT_BOARD_SIZE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_BOARD_SIZE) throw badUserInput('limit', `limit must be between 1 and ${MAX_BOARD_SIZE}.`);
  return context.em.find(
    Ticket,
    { serviceDate: clock.today(), ...(typeof floor === 'number' ? { calledFloor: floor } : {}), calledAt: { $ne: null } },
    { orderBy: { calledAt: 'desc', id: 'desc' }, limit: size },
  );
}
