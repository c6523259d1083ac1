import { PortableMigration } from '@mpp/kit/subgraph';

/**
 * Idempotency keys claimed before a number is taken (TicketIssueClaim, tickets/ticket.issue-claims.ts),
 * and the index that calls a queue's own tickets in number order (tickets/ticket.calling.ts).
 */
export class Migration20261209020000TicketIssueClaims extends PortableMigration {
  override up(): void {
    this.schema((schema) =>
      schema
        .createTable('ticket_issue_claim', (table) => {
          table.string('idempotency_scope', 80).notNullable();
          table.string('idempotency_key', 100).notNullable();
          table.string('request_fingerprint', 64).notNullable();
          table.string('ticket_id', 36).notNullable();
          table.string('service_date', 10).notNullable().index();
          table.datetime('claimed_at', { precision: 3 }).notNullable();
          table.primary(['idempotency_scope', 'idempotency_key']);
        })
        .alterTable('ticket', (table) => {
          table.index(['service_id', 'service_date', 'status', 'priority', 'sequence'], 'ticket_number_order_index');
        }),
    );
  }

  override down(): void {
    this.schema((schema) =>
      schema
        .alterTable('ticket', (table) => {
          table.dropIndex(['service_id', 'service_date', 'status', 'priority', 'sequence'], 'ticket_number_order_index');
        })
        .dropTable('ticket_issue_claim'),
    );
  }
}
