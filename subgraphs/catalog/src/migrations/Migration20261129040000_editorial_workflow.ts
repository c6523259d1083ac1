import { PortableMigration, createAuditTable } from '@mpp/kit/subgraph';

/** Pending edits and review comments on services, published revisions, the audit trail. */
export class Migration20261129040000EditorialWorkflow extends PortableMigration {
  override up(): void {
    this.schema((schema) =>
      createAuditTable(
        schema
          .alterTable('service', (table) => {
            table.datetime('public_updated_at').nullable();
            table.text('review_comment').nullable();
            table.json('pending_content').nullable();
            table.string('pending_state', 16).nullable();
            table.text('pending_comment').nullable();
            table.string('pending_by_user_id', 36).nullable();
            table.string('pending_by_role', 16).nullable();
            table.string('pending_by_agency_id', 36).nullable();
            table.datetime('pending_at').nullable();
          })
          .createTable('service_revision', (table) => {
            this.idColumn(table);
            table.string('service_id', 36).notNullable().index();
            table.integer('number').notNullable();
            table.json('content').notNullable();
            table.datetime('published_at').notNullable();
            table.string('published_by_user_id', 36).nullable();
            table.string('published_by_role', 16).nullable();
            table.string('published_by_agency_id', 36).nullable();
            table.unique(['service_id', 'number']);
          }),
        (table) => this.idColumn(table),
      ),
    );
  }

  override down(): void {
    this.schema((schema) =>
      schema
        .dropTable('audit_record')
        .dropTable('service_revision')
        .alterTable('service', (table) => {
          table.dropColumns('public_updated_at', 'review_comment', 'pending_content', 'pending_state', 'pending_comment', 'pending_by_user_id', 'pending_by_role', 'pending_by_agency_id', 'pending_at');
        }),
    );
  }
}
