import { PortableMigration } from '@mpp/kit/subgraph';

/** Agencies and their gerai. */
export class Migration20261129000000AgenciesAndBooths extends PortableMigration {
  override up(): void {
    this.schema((schema) =>
      schema
        .createTable('agency', (table) => {
          this.idColumn(table);
          table.string('slug', 64).notNullable().unique();
          table.string('name', 200).notNullable();
          table.string('short_name', 60).nullable();
          table.string('kind', 32).notNullable();
          table.text('description').nullable();
          table.string('website', 300).nullable();
          table.string('phone', 40).nullable();
          table.string('email', 200).nullable();
          this.recordColumns(table);
        })
        .createTable('booth', (table) => {
          this.idColumn(table);
          table.string('code', 16).notNullable().unique();
          table.integer('floor').notNullable();
          table.string('status', 24).notNullable();
          table.string('opened_on', 10).nullable();
          table.string('agency_id', 36).notNullable().index();
          table.foreign('agency_id').references('agency.id').onUpdate('cascade').onDelete('restrict');
          this.recordColumns(table);
        }),
    );
  }

  override down(): void {
    this.schema((schema) => schema.dropTable('booth').dropTable('agency'));
  }
}
