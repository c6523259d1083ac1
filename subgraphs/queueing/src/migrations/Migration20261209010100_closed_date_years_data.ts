import { clock, seedId } from '@mpp/kit';
import { PortableMigration } from '@mpp/kit/subgraph';

/**
 * A year record, at version 1, for every year the stored closed dates fall in, holding that
 * year's list by date (DDL and data in separate migrations). It gets the stable ID the seed
 * gives it, so a database seeded before year records existed and one seeded after agree.
 */
export class Migration20261209010100ClosedDateYearsData extends PortableMigration {
  override async up(): Promise<void> {
    const knex = this.getKnex();
    const rows = (await this.execute(knex('closed_date').select('date', 'reason').orderBy('date'))) as { date: string; reason: string }[];
    const years = new Map<number, { date: string; reason: string }[]>();
    for (const { date, reason } of rows) {
      const year = Number(date.slice(0, 4));
      years.set(year, [...(years.get(year) ?? []), { date, reason }]);
    }
    if (years.size === 0) return;
    const now = clock.now();
    // Values are bound, never written into the SQL: a date in the form each database stores.
    await this.execute(
      knex('closed_date_year').insert(
        [...years].map(([year, dates]) => ({ id: seedId('closed-date-year', String(year)), year, dates: JSON.stringify(dates), version: 1, created_at: now, updated_at: now })),
      ),
    );
  }

  override async down(): Promise<void> {
    await this.execute(this.getKnex()('closed_date_year').delete());
  }
}
