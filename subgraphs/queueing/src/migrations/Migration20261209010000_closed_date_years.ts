import { PortableMigration } from '@mpp/kit/subgraph';

/** A versioned record per year of closed dates (closed-dates/closed-date-year.entity.ts): its table. */
export class Migration20261209010000ClosedDateYears extends PortableMigration {
  override up(): void {
    this.schema((schema) =>
      schema.createTable('closed_date_year', (table) => {
        this.idColumn(table);
        table.integer('year').notNullable().unique();
        table.json('dates').notNullable();
        this.recordColumns(table);
      }),
    );
  }

  override down(): void {
    this.schema((schema) => schema.dropTable('closed_date_year'));
  }
}
