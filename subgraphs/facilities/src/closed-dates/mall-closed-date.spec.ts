import { clock } from '@mpp/kit';
import { testDatabaseTargets } from '@mpp/kit/testing';
import { eventually, FakePublicApi, freezeClockAt, MONDAY, MONDAY_MORNING, ok, startFacilities, wita, type FacilitiesRun } from '../spec-support';
import { RETRY_AFTER_FAILURE_MS } from './mall-closed-date.refresh';

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
    publicApi.closedDates.set(2026, [CHRISTMAS]);
    publicApi.closedDates.set(2027, [NEW_YEAR]);
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
    publicApi.closedDates.set(2026, [HOLIDAY_ON_MONDAY, CHRISTMAS]);
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
    publicApi.closedDates.set(2026, [{ ...CHRISTMAS, reason: 'Hari Raya Natal 2026' }]);
    publicApi.closedDates.set(2027, []);
    await eventually('the changed copy', async () => (await closedDates(run, 2027)).length === 0 && (await closedDates(run, 2026)).length === 1, RETRY_AFTER_FAILURE_MS + 5_000);
    expect(await closedDates(run, 2026)).toEqual([{ ...CHRISTMAS, reason: 'Hari Raya Natal 2026' }]);
    expect((await ok(run, OPEN_NOW)).kafetaria.isOpenNow).toBe(true);
  });

  it('keeps its copy when the answer is malformed, rather than emptying it', async () => {
    publicApi.closedDates.set(2026, [{ date: '26-12-2026', reason: 'Tanggal salah tulis' }]);
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
