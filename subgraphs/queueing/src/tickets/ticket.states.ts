import { conflict } from '@mpp/kit';
import { TicketStatus, type Ticket } from './ticket.entity';

/*
 * A ticket's states and the steps between them, in one table: every path that changes a
 * ticket's status asks it. A step the table does not list from the ticket's state is refused
 * with CONFLICT and changes nothing.
 *
 *   WAITING ──call──▶ CALLED ──startServing──▶ SERVING ──finish──▶ DONE
 *   CALLED ──recall──▶ CALLED            CALLED ──markNoShow──▶ NO_SHOW
 *   CALLED, SERVING ──transfer──▶ WAITING (in the other queue, same number and issue time)
 *   WAITING, CALLED ──cancel──▶ CANCELLED      WAITING, CALLED ──end of the day──▶ EXPIRED
 *   DONE, NO_SHOW, CANCELLED, EXPIRED: final.
 */
export type TicketStep = 'call' | 'recall' | 'startServing' | 'finish' | 'markNoShow' | 'transfer' | 'cancel' | 'expire';

export const TICKET_STEPS: Record<TicketStatus, Partial<Record<TicketStep, TicketStatus>>> = {
  [TicketStatus.WAITING]: { call: TicketStatus.CALLED, cancel: TicketStatus.CANCELLED, expire: TicketStatus.EXPIRED },
  [TicketStatus.CALLED]: {
    recall: TicketStatus.CALLED,
    startServing: TicketStatus.SERVING,
    markNoShow: TicketStatus.NO_SHOW,
    transfer: TicketStatus.WAITING,
    cancel: TicketStatus.CANCELLED,
    expire: TicketStatus.EXPIRED,
  },
  [TicketStatus.SERVING]: { finish: TicketStatus.DONE, transfer: TicketStatus.WAITING },
  [TicketStatus.DONE]: {},
  [TicketStatus.NO_SHOW]: {},
  [TicketStatus.CANCELLED]: {},
  [TicketStatus.EXPIRED]: {},
};

const STEP_PHRASES: Record<TicketStep, string> = {
  call: 'called',
  recall: 'called again',
  startServing: 'served',
  finish: 'finished',
  markNoShow: 'marked a no-show',
  transfer: 'transferred',
  cancel: 'cancelled',
  expire: 'expired',
};

/** The status a step leads to from `from`; CONFLICT when the table has no such step. */
export function nextTicketStatus(from: TicketStatus, step: TicketStep, number: string): TicketStatus {
  const to = TICKET_STEPS[from][step];
  if (to === undefined) throw conflict(`Ticket ${number} is ${from}: it cannot be ${STEP_PHRASES[step]}.`);
  return to;
}

/** The statuses from which a step is allowed (conditional updates match exactly these). */
export function statusesAllowing(step: TicketStep): TicketStatus[] {
  return (Object.keys(TICKET_STEPS) as TicketStatus[]).filter((status) => TICKET_STEPS[status][step] !== undefined);
}

/**
 * The ticket's status as of `today`: one still waiting or called when its day ended is
 * EXPIRED, whether or not the day-end sweep has written that yet.
 */
export function effectiveTicketStatus(ticket: Pick<Ticket, 'status' | 'serviceDate'>, today: string): TicketStatus {
  if (ticket.serviceDate < today && TICKET_STEPS[ticket.status].expire !== undefined) return TicketStatus.EXPIRED;
  return ticket.status;
}
