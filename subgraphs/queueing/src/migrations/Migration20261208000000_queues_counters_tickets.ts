import { PortableMigration, createAuditTable, createDailyCounterTable } from '@mpp/kit/subgraph';

/**
 * The queueing subgraph's tables: queues (one per service), closed dates, counters, tickets
 * with their indexes (see ticket.entity.ts), the issue-rate windows, the daily counters that
 * number tickets, and the audit trail.
 */
export class Migration20261208000000QueuesCountersTickets extends PortableMigration {
  override up(): void {
    this.schema((schema) =>
      createDailyCounterTable(createAuditTable(schema, (table) => this.idColumn(table)))
        .createTable('queue', (table) => {
          this.idColumn(table);
          table.string('agency_id', 36).notNullable().index();
          table.boolean('enabled').notNullable();
          table.string('prefix', 3).notNullable().unique();
          table.integer('daily_quota').nullable();
          table.json('ticket_hours').notNullable();
          this.recordColumns(table);
        })
        .createTable('closed_date', (table) => {
          table.string('date', 10).notNullable().primary();
          table.string('reason', 200).notNullable();
        })
        .createTable('counter', (table) => {
          this.idColumn(table);
          table.string('name', 80).notNullable().unique();
          table.string('booth_id', 36).notNullable();
          table.string('agency_id', 36).notNullable().index();
          table.integer('floor').notNullable();
          table.json('service_ids').notNullable();
          table.string('status', 16).notNullable().index();
          table.string('officer_id', 36).nullable().unique();
          table.string('opened_on', 10).nullable();
          table.datetime('signed_in_at').nullable();
          this.recordColumns(table);
        })
        .createTable('ticket', (table) => {
          this.idColumn(table);
          table.string('number', 16).notNullable();
          table.integer('sequence').notNullable();
          table.string('service_date', 10).notNullable();
          table.string('service_id', 36).notNullable();
          table.string('issued_for_service_id', 36).notNullable();
          table.string('agency_id', 36).notNullable();
          table.string('status', 16).notNullable();
          table.boolean('priority').notNullable();
          table.string('channel', 16).notNullable();
          table.datetime('issued_at', { precision: 3 }).notNullable();
          table.datetime('called_at', { precision: 3 }).nullable();
          table.datetime('serving_started_at', { precision: 3 }).nullable();
          table.datetime('finished_at', { precision: 3 }).nullable();
          table.string('counter_id', 36).nullable();
          table.integer('called_floor').nullable();
          table.string('access_code_hash', 64).notNullable();
          table.string('idempotency_scope', 80).nullable();
          table.string('idempotency_key', 100).nullable();
          table.string('request_fingerprint', 64).nullable();
          table.string('replay_access_code', 16).nullable();
          this.recordColumns(table);
          table.unique(['service_date', 'number']);
          table.unique(['idempotency_scope', 'idempotency_key']);
          table.index(['service_id', 'service_date', 'status', 'priority', 'issued_at', 'sequence'], 'ticket_calling_order_index');
          table.index(['service_date', 'called_at']);
          table.index(['service_date', 'called_floor', 'called_at']);
          table.index(['counter_id', 'status']);
          table.index(['counter_id', 'called_at']);
          table.index(['status', 'service_date']);
        })
        .createTable('ticket_issue_window', (table) => {
          table.string('id', 120).notNullable().primary();
          table.datetime('started_at').notNullable().index();
          table.integer('issued').notNullable();
        }),
    );
  }

  override down(): void {
    this.schema((schema) =>
      schema
        .dropTable('ticket_issue_window')
        .dropTable('ticket')
        .dropTable('counter')
        .dropTable('closed_date')
        .dropTable('queue')
        .dropTable('daily_counter')
        .dropTable('audit_record'),
    );
  }
}
