import { clock } from '@mpp/kit';
import { AuditRecord } from '@mpp/kit/subgraph';
import { testDatabaseTargets } from '@mpp/kit/testing';
import { EDITOR, freezeClockAt, kiosk, MONDAY_MORNING, ok, partnerOf, refusal, startQueueing, type QueueingRun } from '../spec-support';
import { closedDateSeeds } from '../seed/queueing.data';

const READ = 'query($year: Int!) { closedDates(year: $year) { date reason } }';
const SET = 'mutation($year: Int!, $dates: [ClosedDateInput!]!) { setClosedDates(year: $year, dates: $dates) { date reason } }';

describe.each(testDatabaseTargets())('closed dates, on $label', ({ databaseUrl }) => {
  let run: QueueingRun;

  beforeAll(async () => {
    freezeClockAt(MONDAY_MORNING);
    run = await startQueueing(databaseUrl);
  });

  afterAll(async () => {
    await run?.stop();
    clock.reset();
  });

  it("shows anyone a year's closed dates by date: 2026's as seeded, none of another year", async () => {
    expect((await ok(run, READ, { year: 2026 })).closedDates).toEqual([...closedDateSeeds].sort((a, b) => a.date.localeCompare(b.date)));
    expect((await ok(run, READ, { year: 2026 }, kiosk())).closedDates).toHaveLength(closedDateSeeds.length);
    expect((await ok(run, READ, { year: 2027 })).closedDates).toEqual([]);
    expect(refusal(await run.ask(READ, { year: 1999 }))).toEqual({ code: 'BAD_USER_INPUT', field: 'year' });
  });

  it("replaces a year's set as one, leaving other years alone, with one audit record of before and after", async () => {
    const first = [
      { date: '2027-01-01', reason: 'Tahun Baru 2027 Masehi' },
      { date: '2027-08-17', reason: 'Hari Kemerdekaan Republik Indonesia' },
    ];
    expect((await ok(run, SET, { year: 2027, dates: first }, EDITOR)).setClosedDates).toEqual(first);
    const second = [
      { date: '2027-12-25', reason: 'Hari Raya Natal' },
      { date: '2027-08-17', reason: 'HUT Kemerdekaan RI ke-82' },
    ];
    expect((await ok(run, SET, { year: 2027, dates: second }, EDITOR)).setClosedDates).toEqual([second[1], second[0]]);
    expect((await ok(run, READ, { year: 2027 })).closedDates).toEqual([second[1], second[0]]);
    expect((await ok(run, READ, { year: 2026 })).closedDates).toHaveLength(closedDateSeeds.length);
    const audit = await run.subgraph.database.orm.em.fork().find(AuditRecord, { entityType: 'ClosedDates', entityId: '2027' }, { orderBy: { at: 'asc', id: 'asc' } });
    expect(audit.map((record) => record.action)).toEqual(['SET', 'SET']);
    expect(JSON.parse(audit[1].changes[0].before!)).toEqual(first);
  });

  it.each([
    [[{ date: '2028-05-01', reason: 'Hari Buruh' }], 'dates.0.date'],
    [[{ date: '2027-05-01', reason: 'Hari Buruh' }, { date: '2027-05-01', reason: 'Lagi' }], 'dates.1.date'],
    [[{ date: '2027-05-01', reason: ' ' }], 'dates.0.reason'],
  ])('refuses %j with BAD_USER_INPUT on %s, changing nothing', async (dates, field) => {
    const before = (await ok(run, READ, { year: 2027 })).closedDates;
    expect(refusal(await run.ask(SET, { year: 2027, dates }, EDITOR))).toEqual({ code: 'BAD_USER_INPUT', field });
    expect((await ok(run, READ, { year: 2027 })).closedDates).toEqual(before);
  });

  it('lets only editors and administrators set them', async () => {
    expect(refusal(await run.ask(SET, { year: 2027, dates: [] }))).toEqual({ code: 'UNAUTHENTICATED' });
    expect(refusal(await run.ask(SET, { year: 2027, dates: [] }, partnerOf('bri')))).toEqual({ code: 'FORBIDDEN' });
    expect(refusal(await run.ask(SET, { year: 2027, dates: [] }, kiosk()))).toEqual({ code: 'FORBIDDEN' });
  });
});
