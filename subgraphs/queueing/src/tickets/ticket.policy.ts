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
 * | ticket.issuePriority   | –         | all   | all   | all    | –       | own     |
 * | ticket.cancel          | –         | –     | all   | all    | own     | own     |
 *
 * A ticket is read by its id; ids are public (the board and the counters show the tickets
 * called), and reading one tells nothing about its holder. KIOSK tickets come only from
 * registered kiosks, and kiosks issue nothing else (their statistics stay true). *An officer
 * issues at the counter only while signed in to an open counter of the queue's agency.
 * Priority (elderly, disabled, pregnant visitors) is given where someone sees the visitor: at a
 * kiosk in the hall (on KIOSK), by counter officers for their agency's queues and by DPMPTSP
 * staff (on COUNTER only: the mutation checks the channel); anyone else asking for it is refused
 * on the `priority` field (issuing on a channel is the rows above).
 * Counter work on a ticket (call, recall, serve, finish, no-show, transfer) is the counter's:
 * see counter.policy.ts. Besides staff, the holder cancels a ticket with its access code.
 */
export type TicketAction = 'ticket.read' | 'ticket.issueAtKiosk' | 'ticket.issueOnline' | 'ticket.issueAtCounter' | 'ticket.issuePriority' | 'ticket.cancel';

export const ticketPolicy = new Permissions<TicketAction>(
  {
    ANONYMOUS: { 'ticket.read': 'all', 'ticket.issueOnline': 'all' },
    KIOSK: { 'ticket.read': 'all', 'ticket.issueAtKiosk': 'all', 'ticket.issueOnline': 'none', 'ticket.issuePriority': 'all' },
    ADMIN: { 'ticket.read': 'all', 'ticket.issueOnline': 'all', 'ticket.issueAtCounter': 'all', 'ticket.issuePriority': 'all', 'ticket.cancel': 'all' },
    EDITOR: { 'ticket.read': 'all', 'ticket.issueOnline': 'all', 'ticket.issueAtCounter': 'all', 'ticket.issuePriority': 'all', 'ticket.cancel': 'all' },
    PARTNER: { 'ticket.read': 'all', 'ticket.issueOnline': 'all', 'ticket.cancel': 'own' },
    OFFICER: { 'ticket.read': 'all', 'ticket.issueOnline': 'all', 'ticket.issueAtCounter': 'own', 'ticket.issuePriority': 'own', 'ticket.cancel': 'own' },
  },
  {
    'ticket.read': 'read tickets',
    'ticket.issueAtKiosk': 'issue tickets at a kiosk',
    'ticket.issueOnline': 'take tickets online',
    'ticket.issueAtCounter': "issue tickets at this agency's counters",
    'ticket.issuePriority': 'issue priority tickets for this queue',
    'ticket.cancel': 'cancel this ticket',
  },
);
