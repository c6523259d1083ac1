import { Permissions } from '@mpp/kit';

/**
 * Who may do what with tickets — the one place these rules are stated. `own`: only tickets of
 * the caller's own agency's queues. Anything not listed is denied.
 *
 * | action                 | ANONYMOUS | KIOSK | ADMIN | EDITOR | PARTNER | OFFICER |
 * |------------------------|-----------|-------|-------|--------|---------|---------|
 * | ticket.read            | all       | all   | all   | all    | all     | all     |
 * | ticket.issueAtKiosk    | –         | all   | –     | –      | –       | –       |
 * | ticket.issueOnline     | all       | –     | all   | all    | all     | all     |
 * | ticket.issueAtCounter  | –         | –     | all   | all    | –       | own*    |
 * | ticket.cancel          | –         | –     | all   | all    | own     | own     |
 *
 * A ticket is read by its id, which only its holder and staff know. KIOSK tickets come only
 * from registered kiosks, and kiosks issue nothing else (their statistics stay true). *An
 * officer issues at the counter only while signed in to an open counter of the queue's agency.
 * Counter work on a ticket (call, recall, serve, finish, no-show, transfer) is the counter's:
 * see counter.policy.ts. Besides staff, the holder cancels a ticket with its access code.
 */
export type TicketAction = 'ticket.read' | 'ticket.issueAtKiosk' | 'ticket.issueOnline' | 'ticket.issueAtCounter' | 'ticket.cancel';

export const ticketPolicy = new Permissions<TicketAction>(
  {
    ANONYMOUS: { 'ticket.read': 'all', 'ticket.issueOnline': 'all' },
    KIOSK: { 'ticket.read': 'all', 'ticket.issueAtKiosk': 'all', 'ticket.issueOnline': 'none' },
    ADMIN: { 'ticket.read': 'all', 'ticket.issueOnline': 'all', 'ticket.issueAtCounter': 'all', 'ticket.cancel': 'all' },
    EDITOR: { 'ticket.read': 'all', 'ticket.issueOnline': 'all', 'ticket.issueAtCounter': 'all', 'ticket.cancel': 'all' },
    PARTNER: { 'ticket.read': 'all', 'ticket.issueOnline': 'all', 'ticket.cancel': 'own' },
    OFFICER: { 'ticket.read': 'all', 'ticket.issueOnline': 'all', 'ticket.issueAtCounter': 'own', 'ticket.cancel': 'own' },
  },
  {
    'ticket.read': 'read tickets',
    'ticket.issueAtKiosk': 'issue tickets at a kiosk',
    'ticket.issueOnline': 'take tickets online',
    'ticket.issueAtCounter': "issue tickets at this agency's counters",
    'ticket.cancel': 'cancel this ticket',
  },
);
