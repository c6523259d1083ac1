import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261208000000QueuesCountersTickets } from './Migration20261208000000_queues_counters_tickets';

/** Every migration of this subgraph, oldest first; the same list runs on SQLite and MySQL. */
export const queueingMigrations: MigrationObject[] = [
  { name: 'Migration20261208000000_queues_counters_tickets', class: Migration20261208000000QueuesCountersTickets },
];
