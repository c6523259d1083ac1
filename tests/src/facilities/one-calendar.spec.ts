import { testDatabaseTargets } from '@mpp/kit/testing';
import { eventually, FACILITIES_PLATFORM_ENV, MALL_CLOSED_DATES, readFacility } from '../support/facilities';
import { bearer, TestPlatformRun } from '../support/platform';
import { codeOf, issue, MONDAY, ok, openQueues, type OpenQueue } from '../support/queueing';

/*
 * One calendar: an editor enters a holiday once, in queueing (setClosedDates), and both ticket
 * issuing and the facilities' "open now" honour it — the facilities subgraph learns it through
 * the gateway's public API (refreshed every second here). While queueing is down, facilities goes
 * on answering from its last copy.
 */

const CLOSED_DATE_YEAR = 'query($year: Int!) { closedDateYear(year: $year) { version dates { date reason } } }';
const SET_CLOSED_DATES = 'mutation($year: Int!, $version: Int, $dates: [ClosedDateInput!]!) { setClosedDates(year: $year, version: $version, dates: $dates) { version dates { date } } }';
const HOLIDAY = { date: MONDAY, reason: 'Cuti bersama (uji satu kalender)' };

describe.each(testDatabaseTargets())('one calendar for tickets and facilities, on $label', ({ databaseUrl }) => {
  let platform: TestPlatformRun;
  let editor: Record<string, string>;
  let queue: OpenQueue;
  let seededDates: { date: string; reason: string }[];

  const mallDates = async (): Promise<{ date: string; reason: string }[]> => (await ok(platform, MALL_CLOSED_DATES, { year: 2026 })).mall.closedDates;

  /** What every service logged: the outage below is expected to be logged, and is kept off the terminal. */
  const logged: string[] = [];
  const refreshWarnings = () => logged.filter((line) => line.includes('"service":"facilities"') && line.includes('"level":"warn"') && line.includes('cannot refresh the closed dates'));

  beforeAll(async () => {
    platform = await TestPlatformRun.start(databaseUrl, FACILITIES_PLATFORM_ENV, { logDestination: { write: (line) => logged.push(line) } });
    editor = bearer(await platform.loginAs('EDITOR'));
    [queue] = await openQueues(platform);
    seededDates = (await ok(platform, CLOSED_DATE_YEAR, { year: 2026 }, editor)).closedDateYear.dates;
  });

  afterAll(async () => {
    await platform?.stop();
  });

  it("copies queueing's closed dates into facilities: the seeded holidays, once", async () => {
    expect(seededDates.length).toBeGreaterThan(0);
    await eventually("facilities' copy of 2026", async () => (await mallDates()).length === seededDates.length);
    expect(await mallDates()).toEqual(seededDates);
  });

  it('closes both ticket issuing and the cafeteria on a holiday entered once; the ATM center, reachable from outside, stays open', async () => {
    expect(await readFacility(platform, 'kafetaria')).toMatchObject({ isOpenNow: true });
    expect((await issue(platform, { serviceId: queue.serviceId, channel: 'ONLINE' })).errors).toBeUndefined();

    const { closedDateYear } = await ok(platform, CLOSED_DATE_YEAR, { year: 2026 }, editor);
    await ok(platform, SET_CLOSED_DATES, { year: 2026, version: closedDateYear.version, dates: [...closedDateYear.dates, HOLIDAY] }, editor);

    // Issuing honours it at once: queueing owns the dates.
    const refused = await issue(platform, { serviceId: queue.serviceId, channel: 'ONLINE' });
    expect([codeOf(refused), refused.errors?.[0]?.extensions?.field, refused.data?.issueTicket ?? null]).toEqual(['BAD_USER_INPUT', 'serviceId', null]);
    // Facilities within its refresh interval (and the gateway's reuse of public answers, a second).
    await eventually('the cafeteria closed for the holiday', async () => !(await readFacility(platform, 'kafetaria')).isOpenNow);
    await eventually('the mall closed for the holiday', async () => !(await ok(platform, MALL_CLOSED_DATES, { year: 2026 })).mall.isOpenNow);
    expect(await mallDates()).toEqual(expect.arrayContaining([HOLIDAY]));
    expect(await readFacility(platform, 'atm-mandiri')).toMatchObject({ isOpenNow: true });
  });

  it('goes on answering from its last copy while queueing is down', async () => {
    await platform.stopSubgraph('queueing');
    try {
      // Several refreshes fail meanwhile (one a second).
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      expect(await mallDates()).toEqual(expect.arrayContaining([HOLIDAY]));
      expect(await readFacility(platform, 'kafetaria')).toMatchObject({ isOpenNow: false });
      expect((await ok(platform, '{ mall { isOpenNow } }')).mall.isOpenNow).toBe(false);
      // Said once, not at every refresh.
      expect(refreshWarnings()).toHaveLength(1);
    } finally {
      await platform.startSubgraphAgain('queueing');
    }
  });
});
