import { seedId } from '@mpp/kit';
import { openSubgraphDatabase, type Database } from '@mpp/kit/subgraph';
import { openDatabaseBefore, testDatabaseTargets, testPlatformConfig, type TestPlatform } from '@mpp/kit/testing';
import { ClosedDateYear } from '../closed-dates/closed-date-year.entity';
import { queueingSubgraph } from '../subgraph';

/*
 * Closed dates stored before years had a record arrive intact: a database migrated as it was
 * then holds dates of two years; after the remaining migrations each year has its record at
 * version 1 with its list by date, under the stable ID the seed gives it.
 */
describe.each(testDatabaseTargets())('queueing migrations on existing data, on $label', ({ databaseUrl }) => {
  let platform: TestPlatform;
  let database: Database;

  beforeAll(async () => {
    platform = testPlatformConfig(databaseUrl);
    const { config } = platform;
    const before = await openDatabaseBefore(platform, queueingSubgraph, 'Migration20261209010000_closed_date_years');
    const connection = before.orm.em.getConnection();
    for (const [date, reason] of [
      ['2026-12-25', 'Hari Raya Natal'],
      ['2027-01-01', 'Tahun Baru 2027 Masehi'],
      ['2026-08-17', 'Hari Kemerdekaan Republik Indonesia'],
    ]) {
      await connection.execute('insert into closed_date (date, reason) values (?, ?)', [date, reason]);
    }
    await before.close();
    database = await openSubgraphDatabase(queueingSubgraph, config);
  });

  afterAll(async () => {
    await database?.close();
    await platform?.cleanup(['queueing']);
  });

  it('gives every year of the stored closed dates its record, at version 1, with its list by date', async () => {
    const years = await database.orm.em.fork().find(ClosedDateYear, {}, { orderBy: { year: 'asc' } });
    expect(years.map(({ id, year, version, dates }) => ({ id, year, version, dates }))).toEqual([
      {
        id: seedId('closed-date-year', '2026'),
        year: 2026,
        version: 1,
        dates: [
          { date: '2026-08-17', reason: 'Hari Kemerdekaan Republik Indonesia' },
          { date: '2026-12-25', reason: 'Hari Raya Natal' },
        ],
      },
      { id: seedId('closed-date-year', '2027'), year: 2027, version: 1, dates: [{ date: '2027-01-01', reason: 'Tahun Baru 2027 Masehi' }] },
    ]);
    // Dates written by the migration read back as the instants they were.
    for (const year of years) expect(Math.abs(year.updatedAt.getTime() - Date.now())).toBeLessThan(60_000);
  });
});
