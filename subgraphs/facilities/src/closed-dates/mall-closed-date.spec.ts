import { clock, createLogger } from '@mpp/kit';
import { openSubgraphDatabase, type Database } from '@mpp/kit/subgraph';
import { testDatabaseTargets, testPlatformConfig, type TestPlatform } from '@mpp/kit/testing';
import type { PublishedClosedDateYear } from '../public-api/public-directory';
import { eventually, FakePublicApi, freezeClockAt, MONDAY, MONDAY_MORNING, ok, startFacilities, wita, type FacilitiesRun } from '../spec-support';
import { facilitiesSubgraph } from '../subgraph';
import { MallClosedDateYear } from './mall-closed-date-year.entity';
import { MallClosedDate } from './mall-closed-date.entity';
import { applyPublishedClosedDates, keepClosedDatesFresh, RETRY_AFTER_FAILURE_MS, STARTUP_GRACE_MS } from './mall-closed-date.refresh';

/*
 * One calendar: the closed dates are the queueing subgraph's, and this subgraph keeps a copy,
 * refreshed from the public API at start and every MPP_CLOSED_DATES_REFRESH_SECONDS (1 s in
 * these specs), this year and next; while the API cannot answer it keeps its last copy, through
 * restarts too, and a start never waits for the API.
 */

const CHRISTMAS = { date: '2026-12-25', reason: 'Hari Raya Natal' };
const NEW_YEAR = { date: '2027-01-01', reason: 'Tahun Baru 2027 Masehi' };
const HOLIDAY_ON_MONDAY = { date: MONDAY, reason: 'Cuti bersama uji' };
const OPEN_NOW = '{ mall { isOpenNow nextChangeAt } kafetaria: facility(slug: "kafetaria") { isOpenNow nextChangeAt } atm: facility(slug: "atm-bri") { isOpenNow } }';

const closedDates = async (run: FacilitiesRun, year: number) => (await ok(run, 'query($year: Int) { mall { closedDates(year: $year) { date reason } } }', { year })).mall.closedDates;

describe.each(testDatabaseTargets())('the copy of the closed dates, on $label', ({ databaseUrl }) => {
  let run: FacilitiesRun;
  const logged: string[] = [];
  const publicApi = new FakePublicApi();
  const warnings = () => logged.filter((line) => line.includes('"level":"warn"') && line.includes('cannot refresh the closed dates'));

  beforeAll(async () => {
    freezeClockAt(MONDAY_MORNING);
    // Down at start: the subgraph starts anyway, with no copy yet.
    publicApi.down = true;
    publicApi.publishClosedDates(2026, [CHRISTMAS]);
    publicApi.publishClosedDates(2027, [NEW_YEAR]);
    run = await startFacilities(databaseUrl, {}, { publicApi, logDestination: { write: (line) => logged.push(line) } });
  });

  afterAll(async () => {
    await run?.stop();
    clock.reset();
  });

  it('starts while the public API cannot answer, without a warning (the gateway may start later), and copies this year and next as soon as it can', async () => {
    expect(await closedDates(run, 2026)).toEqual([]);
    await eventually('a first refresh attempt', async () => publicApi.closedDateQueries > 0);
    expect(warnings()).toEqual([]);
    publicApi.down = false;
    await eventually('the copy of 2026', async () => (await closedDates(run, 2026)).length > 0, RETRY_AFTER_FAILURE_MS + 5_000);
    expect(await closedDates(run, 2026)).toEqual([CHRISTMAS]);
    expect(await closedDates(run, 2027)).toEqual([NEW_YEAR]);
    // This year's unless asked.
    expect((await ok(run, '{ mall { closedDates { date } } }')).mall.closedDates).toEqual([{ date: CHRISTMAS.date }]);
    expect(warnings()).toEqual([]);
  });

  it('follows a holiday entered in queueing within the refresh interval: the mall and the cafeteria close, the ATM center stays open', async () => {
    expect(await ok(run, OPEN_NOW)).toEqual({
      mall: { isOpenNow: true, nextChangeAt: wita('2026-12-07T16:00').toISOString() },
      kafetaria: { isOpenNow: true, nextChangeAt: wita('2026-12-07T15:30').toISOString() },
      atm: { isOpenNow: true },
    });
    publicApi.publishClosedDates(2026, [HOLIDAY_ON_MONDAY, CHRISTMAS]);
    await eventually('the holiday in the copy', async () => (await closedDates(run, 2026)).length === 2);
    expect(await ok(run, OPEN_NOW)).toEqual({
      mall: { isOpenNow: false, nextChangeAt: wita('2026-12-08T07:30').toISOString() },
      kafetaria: { isOpenNow: false, nextChangeAt: wita('2026-12-08T07:30').toISOString() },
      atm: { isOpenNow: true },
    });
  });

  it('keeps its last copy while the public API cannot answer, saying so once, and after a restart then', async () => {
    publicApi.down = true;
    const asked = publicApi.closedDateQueries;
    await eventually('two refreshes that failed', async () => publicApi.closedDateQueries >= asked + 2);
    expect(warnings()).toHaveLength(1);
    expect(await closedDates(run, 2026)).toEqual([HOLIDAY_ON_MONDAY, CHRISTMAS]);
    expect((await ok(run, OPEN_NOW)).kafetaria.isOpenNow).toBe(false);

    await run.restart();
    expect(await closedDates(run, 2026)).toEqual([HOLIDAY_ON_MONDAY, CHRISTMAS]);
    expect((await ok(run, OPEN_NOW)).kafetaria.isOpenNow).toBe(false);
    publicApi.down = false;
  });

  it('follows dates removed and reasons changed, for each year', async () => {
    publicApi.publishClosedDates(2026, [{ ...CHRISTMAS, reason: 'Hari Raya Natal 2026' }]);
    publicApi.publishClosedDates(2027, []);
    await eventually('the changed copy', async () => (await closedDates(run, 2027)).length === 0 && (await closedDates(run, 2026)).length === 1, RETRY_AFTER_FAILURE_MS + 5_000);
    expect(await closedDates(run, 2026)).toEqual([{ ...CHRISTMAS, reason: 'Hari Raya Natal 2026' }]);
    expect((await ok(run, OPEN_NOW)).kafetaria.isOpenNow).toBe(true);
  });

  it('keeps its copy when the answer is malformed, rather than emptying it', async () => {
    publicApi.publishClosedDates(2026, [{ date: '26-12-2026', reason: 'Tanggal salah tulis' }]);
    const asked = publicApi.closedDateQueries;
    await eventually('two refreshes of the malformed answer', async () => publicApi.closedDateQueries >= asked + 2);
    expect(await closedDates(run, 2026)).toEqual([{ ...CHRISTMAS, reason: 'Hari Raya Natal 2026' }]);
  });

  it('stops refreshing once its subgraph has stopped', async () => {
    const other = await startFacilities(databaseUrl, {}, { publicApi: new FakePublicApi() });
    try {
      await eventually('a first refresh', async () => other.publicApi.closedDateQueries > 0);
      // The subgraph alone: the public API stays up, and would count any refresh.
      await other.subgraph.stop();
      const asked = other.publicApi.closedDateQueries;
      await new Promise((resolve) => setTimeout(resolve, 2_500));
      expect(other.publicApi.closedDateQueries).toBe(asked);
    } finally {
      await other.platform.cleanup(['facilities']);
      await other.publicApi.stop();
    }
  });
});

/*
 * Replicas refresh each on its own: one that fetched an older answer may write after one that
 * fetched a newer one. The copy keeps the version of each year's list and applies only newer ones.
 */
describe.each(testDatabaseTargets())('applying published closed dates to the copy, on $label', ({ databaseUrl }) => {
  let platform: TestPlatform;
  let database: Database;

  const answers = (entries: [number, PublishedClosedDateYear | null][]) => new Map(entries);
  const apply = (entries: [number, PublishedClosedDateYear | null][]) => applyPublishedClosedDates(database.orm.em.fork(), answers(entries));
  const copy = async (year: number) => ({
    version: (await database.orm.em.fork().findOne(MallClosedDateYear, { year }))?.publishedVersion ?? null,
    dates: (await database.orm.em.fork().find(MallClosedDate, { date: { $gte: `${year}-01-01`, $lte: `${year}-12-31` } }, { orderBy: { date: 'asc' } })).map(({ date, reason }) => ({ date, reason })),
  });

  beforeAll(async () => {
    platform = testPlatformConfig(databaseUrl);
    // The database alone: no background refresh writes beside these specs.
    database = await openSubgraphDatabase(facilitiesSubgraph, platform.config);
  });

  afterAll(async () => {
    await database?.close();
    await platform?.cleanup(['facilities']);
  });

  it('copies a newer version, and an older answer applied after it changes nothing', async () => {
    expect(await apply([[2026, { version: 2, dates: [HOLIDAY_ON_MONDAY, CHRISTMAS] }]])).toEqual([2026]);
    expect(await apply([[2026, { version: 3, dates: [CHRISTMAS] }]])).toEqual([2026]);
    // A replica that fetched version 2 before, writing now.
    expect(await apply([[2026, { version: 2, dates: [HOLIDAY_ON_MONDAY, CHRISTMAS] }]])).toEqual([]);
    expect(await copy(2026)).toEqual({ version: 3, dates: [CHRISTMAS] });
    // The same version again writes nothing either.
    expect(await apply([[2026, { version: 3, dates: [] }]])).toEqual([]);
    expect(await copy(2026)).toEqual({ version: 3, dates: [CHRISTMAS] });
  });

  it('leaves a year queueing never saved (null) as it is, and applies each year on its own', async () => {
    expect(await apply([[2027, { version: 1, dates: [NEW_YEAR] }]])).toEqual([2027]);
    expect(await apply([[2026, { version: 4, dates: [] }], [2027, null]])).toEqual([2026]);
    expect(await copy(2027)).toEqual({ version: 1, dates: [NEW_YEAR] });
    expect(await copy(2026)).toEqual({ version: 4, dates: [] });
  });

  it('ends with the newest of answers written at once, however they interleave', async () => {
    const listOf = (version: number) => [{ date: `2028-01-${String(version).padStart(2, '0')}`, reason: `Versi ${version}` }];
    for (let newest = 2; newest <= 12; newest += 2) {
      // Older and newer answers of one year (one never copied at first) from five replicas at once.
      const versions = [newest - 1, newest, newest - 1, newest, newest - 1];
      const copied = await Promise.all(versions.map((version) => apply([[2028, { version, dates: listOf(version) }]])));
      expect(copied.flat().length).toBeGreaterThanOrEqual(1);
      expect(await copy(2028)).toEqual({ version: newest, dates: listOf(newest) });
    }
  });
});

/*
 * While a process that has not refreshed yet is starting, it tries again every
 * RETRY_AFTER_FAILURE_MS (the gateway may come up a moment later); once STARTUP_GRACE_MS have
 * passed it asks at the refresh interval, and warns once.
 */
describe.each(testDatabaseTargets())('the first refresh after start-up, on $label', ({ databaseUrl }) => {
  let platform: TestPlatform;
  let database: Database;
  const publicApi = new FakePublicApi();
  const logged: string[] = [];

  beforeAll(async () => {
    publicApi.down = true;
    await publicApi.start();
    platform = testPlatformConfig(databaseUrl, { MPP_GATEWAY_URL: publicApi.url, MPP_CLOSED_DATES_REFRESH_SECONDS: '60' });
    database = await openSubgraphDatabase(facilitiesSubgraph, platform.config);
  });

  afterAll(async () => {
    await database?.close();
    await platform?.cleanup(['facilities']);
    await publicApi.stop();
  });

  it('retries every 2 s while starting, then at the refresh interval once the start-up grace is over, saying so once', async () => {
    // The refresher's own reading of time, moved on by the spec: the start-up passes at once.
    let passedMs = 0;
    const stop = keepClosedDatesFresh(database.orm.em, platform.config, createLogger('facilities', 'debug', { destination: { write: (line) => logged.push(line) } }), () => passedMs);
    try {
      await eventually('two tries while starting', async () => publicApi.closedDateQueries >= 2, RETRY_AFTER_FAILURE_MS * 3);
      expect(logged.filter((line) => line.includes('"level":"warn"'))).toEqual([]);
      passedMs = STARTUP_GRACE_MS;
      // The first try that fails after the grace is warned about, and the next one is a refresh interval away.
      const warnings = () => logged.filter((line) => line.includes('"level":"warn"') && line.includes('cannot refresh the closed dates'));
      await eventually('the warning after the grace', async () => warnings().length > 0, RETRY_AFTER_FAILURE_MS * 3);
      const asked = publicApi.closedDateQueries;
      await new Promise((resolve) => setTimeout(resolve, RETRY_AFTER_FAILURE_MS * 2));
      expect(publicApi.closedDateQueries).toBe(asked);
      expect(warnings()).toHaveLength(1);
    } finally {
      await stop();
    }
  });
});
