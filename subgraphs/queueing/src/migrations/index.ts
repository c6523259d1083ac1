import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261208000000QueuesCountersTickets } from './Migration20261208000000_queues_counters_tickets';
import { Migration20261209010000ClosedDateYears } from './Migration20261209010000_closed_date_years';
import { Migration20261209010100ClosedDateYearsData } from './Migration20261209010100_closed_date_years_data';
import { Migration20261209020000TicketIssueClaims } from './Migration20261209020000_ticket_issue_claims';

/** Every migration of this subgraph, oldest first; the same list runs on SQLite and MySQL. */
export const queueingMigrations: MigrationObject[] = [
  { name: 'Migration20261208000000_queues_counters_tickets', class: Migration20261208000000QueuesCountersTickets },
  { name: 'Migration20261209010000_closed_date_years', class: Migration20261209010000ClosedDateYears },
  { name: 'Migration20261209010100_closed_date_years_data', class: Migration20261209010100ClosedDateYearsData },
  { name: 'Migration20261209020000_ticket_issue_claims', class: Migration20261209020000TicketIssueClaims },
];
