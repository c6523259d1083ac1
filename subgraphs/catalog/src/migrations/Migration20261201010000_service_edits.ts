import { PortableMigration } from '@mpp/kit/subgraph';

/** Pending edits in a table of their own, with their own version (see ServiceEdit). */
export class Migration20261201010000ServiceEdits extends PortableMigration {
  override up(): void {
    this.schema((schema) =>
      schema.createTable('service_edit', (table) => {
        this.idColumn(table);
        this.recordColumns(table);
        table.string('service_id', 36).notNullable().unique();
        table.json('content').nullable();
        table.string('state', 16).nullable();
        table.text('review_comment').nullable();
        table.string('edited_by_user_id', 36).nullable();
        table.string('edited_by_role', 16).nullable();
        table.string('edited_by_agency_id', 36).nullable();
      }),
    );
  }

  override down(): void {
    this.schema((schema) => schema.dropTable('service_edit'));
  }
}
