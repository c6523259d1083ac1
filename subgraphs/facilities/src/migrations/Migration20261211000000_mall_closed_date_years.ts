import { PortableMigration } from '@mpp/kit/subgraph';

/**
 * The version of each year's closed dates the copy holds (MallClosedDateYear), so a refresh
 * applies only a newer list than the one copied. DDL only: a copy made before has no year row
 * yet, and the next refresh writes the year with the version it reads.
 */
export class Migration20261211000000MallClosedDateYears extends PortableMigration {
  override up(): void {
    this.schema((schema) =>
      schema.createTable('mall_closed_date_year', (table) => {
        table.integer('year').unsigned().notNullable().primary();
        table.integer('published_version').notNullable();
      }),
    );
  }

  override down(): void {
    this.schema((schema) => schema.dropTable('mall_closed_date_year'));
  }
}
