import { PortableMigration, createAuditTable } from '@mpp/kit/subgraph';

/**
 * The facilities subgraph's tables: the mall's profile, its copy of the closed dates, the
 * facilities, their listings, and the audit trail.
 */
export class Migration20261210000000MallFacilitiesListings extends PortableMigration {
  override up(): void {
    this.schema((schema) =>
      createAuditTable(schema, (table) => this.idColumn(table))
        .createTable('mall', (table) => {
          this.idColumn(table);
          table.string('name', 120).notNullable();
          table.string('address', 300).notNullable();
          table.string('phone', 40).nullable();
          table.string('email', 254).nullable();
          table.string('website', 500).nullable();
          table.json('opening_hours').notNullable();
          this.recordColumns(table);
        })
        .createTable('mall_closed_date', (table) => {
          table.string('date', 10).notNullable().primary();
          table.string('reason', 200).notNullable();
        })
        .createTable('facility', (table) => {
          this.idColumn(table);
          table.string('slug', 64).notNullable().unique();
          table.string('name', 120).notNullable();
          table.string('kind', 24).notNullable().index();
          table.integer('floor').notNullable();
          table.string('location', 200).nullable();
          table.text('description').nullable();
          table.string('operator_agency_id', 36).nullable().index();
          table.json('features').notNullable();
          table.json('photo_urls').notNullable();
          table.string('status', 16).notNullable();
          table.string('status_note', 500).nullable();
          table.datetime('status_since').notNullable();
          table.json('opening_hours').notNullable();
          table.boolean('reachable_from_outside').notNullable();
          this.recordColumns(table);
        })
        .createTable('listing', (table) => {
          this.idColumn(table);
          table.string('facility_id', 36).notNullable();
          table.string('name', 120).notNullable();
          table.string('category', 60).nullable();
          table.integer('price').notNullable();
          table.boolean('available').notNullable();
          this.recordColumns(table);
          table.index(['facility_id', 'name']);
        }),
    );
  }

  override down(): void {
    this.schema((schema) => schema.dropTable('listing').dropTable('facility').dropTable('mall_closed_date').dropTable('mall').dropTable('audit_record'));
  }
}
