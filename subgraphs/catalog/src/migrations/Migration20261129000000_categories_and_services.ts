import { PortableMigration } from '@mpp/kit/subgraph';

/** Service categories and services with their Standar Pelayanan. */
export class Migration20261129000000CategoriesAndServices extends PortableMigration {
  override up(): void {
    this.schema((schema) =>
      schema
        .createTable('service_category', (table) => {
          this.idColumn(table);
          table.string('slug', 64).notNullable().unique();
          table.string('name', 120).notNullable();
          this.recordColumns(table);
        })
        .createTable('service', (table) => {
          this.idColumn(table);
          table.string('slug', 120).notNullable().unique();
          table.string('name', 200).notNullable();
          table.text('summary').nullable();
          table.string('agency_id', 36).notNullable().index();
          table.string('category_id', 36).notNullable().index();
          table.foreign('category_id').references('service_category.id').onUpdate('cascade').onDelete('restrict');
          table.json('keywords').notNullable();
          table.json('requirements').notNullable();
          table.json('procedure').notNullable();
          table.string('processing_time', 200).notNullable();
          table.json('fee').notNullable();
          table.text('product').notNullable();
          table.json('complaint_channels').notNullable();
          table.json('legal_basis').notNullable();
          table.string('online_url', 500).nullable();
          table.string('status', 16).notNullable().index();
          this.recordColumns(table);
        }),
    );
  }

  override down(): void {
    this.schema((schema) => schema.dropTable('service').dropTable('service_category'));
  }
}
