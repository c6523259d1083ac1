import { clock, seedId } from '@mpp/kit';
import { AuditRecord } from '@mpp/kit/subgraph';
import { testDatabaseTargets } from '@mpp/kit/testing';
import { EDITOR, freezeClockAt, kiosk, MONDAY_MORNING, ok, partnerOf, refusal, startQueueing, type QueueingRun } from '../spec-support';
import { closedDateSeeds } from '../seed/queueing.data';

const READ = 'query($year: Int!) { closedDates(year: $year) { date reason } }';
const READ_YEAR = 'query($year: Int!) { closedDateYear(year: $year) { id year version dates { date reason } updatedAt } }';
const SET = 'mutation($year: Int!, $version: Int, $dates: [ClosedDateInput!]!) { setClosedDates(year: $year, version: $version, dates: $dates) { year version dates { date reason } } }';

type Dates = { date: string; reason: string }[];
const ADMIN = { userId: 'u-admin', role: 'ADMIN' as const, agencyId: null };

const byDate = (dates: Dates): Dates => [...dates].sort((a, b) => a.date.localeCompare(b.date));

describe.each(testDatabaseTargets())('closed dates, on $label', ({ databaseUrl }) => {
  let run: QueueingRun;

  /** The year's list and version as an editor's form reads them (version null: never saved). */
  async function readYear(year: number): Promise<{ version: number | null; dates: Dates }> {
    const { closedDateYear } = await ok<{ closedDateYear: { version: number; dates: Dates } | null }>(run, READ_YEAR, { year }, EDITOR);
    return { version: closedDateYear?.version ?? null, dates: closedDateYear?.dates ?? [] };
  }

  function auditOf(year: number): Promise<AuditRecord[]> {
    return run.subgraph.database.orm.em.fork().find(AuditRecord, { entityType: 'ClosedDates', entityId: String(year) }, { orderBy: { at: 'asc', id: 'asc' } });
  }

  beforeAll(async () => {
    freezeClockAt(MONDAY_MORNING);
    run = await startQueueing(databaseUrl);
  });

  afterAll(async () => {
    await run?.stop();
    clock.reset();
  });

  it("shows anyone a year's closed dates by date: 2026's as seeded, none of another year", async () => {
    const seeded = byDate([...closedDateSeeds]);
    expect((await ok(run, READ, { year: 2026 })).closedDates).toEqual(seeded);
    expect((await ok(run, READ, { year: 2026 }, kiosk())).closedDates).toHaveLength(closedDateSeeds.length);
    expect((await ok(run, READ, { year: 2027 })).closedDates).toEqual([]);
    expect(refusal(await run.ask(READ, { year: 1999 }))).toEqual({ code: 'BAD_USER_INPUT', field: 'year' });
    // The seeded year has its record, at version 1 with the stable id; a year never saved has none.
    expect((await ok(run, READ_YEAR, { year: 2026 })).closedDateYear).toEqual({
      id: seedId('closed-date-year', '2026'),
      year: 2026,
      version: 1,
      dates: seeded,
      updatedAt: MONDAY_MORNING.toISOString(),
    });
    expect((await ok(run, READ_YEAR, { year: 2031 })).closedDateYear).toBeNull();
    expect(refusal(await run.ask(READ_YEAR, { year: 1999 }))).toEqual({ code: 'BAD_USER_INPUT', field: 'year' });
  });

  it("saves a new year without a version, then replaces its set as one with the version read, with one audit record of before and after", async () => {
    const first = [
      { date: '2027-01-01', reason: 'Tahun Baru 2027 Masehi' },
      { date: '2027-08-17', reason: 'Hari Kemerdekaan Republik Indonesia' },
    ];
    expect((await ok(run, SET, { year: 2027, dates: first }, EDITOR)).setClosedDates).toEqual({ year: 2027, version: 1, dates: first });
    const second = [
      { date: '2027-12-25', reason: 'Hari Raya Natal' },
      { date: '2027-08-17', reason: 'HUT Kemerdekaan RI ke-82' },
    ];
    expect((await ok(run, SET, { year: 2027, version: 1, dates: second }, EDITOR)).setClosedDates).toEqual({ year: 2027, version: 2, dates: [second[1], second[0]] });
    expect((await ok(run, READ, { year: 2027 })).closedDates).toEqual([second[1], second[0]]);
    expect(await readYear(2027)).toEqual({ version: 2, dates: [second[1], second[0]] });
    expect((await ok(run, READ, { year: 2026 })).closedDates).toHaveLength(closedDateSeeds.length);
    expect((await readYear(2026)).version).toBe(1);
    const audit = await auditOf(2027);
    expect(audit.map((record) => record.action)).toEqual(['SET', 'SET']);
    expect(JSON.parse(audit[1].changes[0].before!)).toEqual(first);

    // The same list again changes nothing, so the version stays.
    expect((await ok(run, SET, { year: 2027, version: 2, dates: second }, ADMIN)).setClosedDates.version).toBe(2);
    expect(await auditOf(2027)).toHaveLength(2);
  });

  it("refuses an editor who saves a list read before another's save (CONFLICT), keeping the other's date", async () => {
    const read = await readYear(2027);
    const editorA = [...read.dates, { date: '2027-03-02', reason: 'Cuti bersama uji A' }];
    const editorB = [...read.dates, { date: '2027-03-03', reason: 'Cuti bersama uji B' }];
    const saved = (await ok(run, SET, { year: 2027, version: read.version, dates: editorA }, EDITOR)).setClosedDates;
    expect(saved.version).toBe(read.version! + 1);
    const auditBefore = (await auditOf(2027)).length;

    // B read the list before A saved: refused, nothing of B's is saved and A's date stays.
    const stale = await run.ask(SET, { year: 2027, version: read.version, dates: editorB }, EDITOR);
    expect(refusal(stale)).toEqual({ code: 'CONFLICT' });
    expect(stale.errors![0].message).toMatch(/changed by someone else/);
    const after = await readYear(2027);
    expect(after).toEqual({ version: saved.version, dates: saved.dates });
    expect(after.dates.map((closed) => closed.date)).toContain('2027-03-02');
    expect((await ok(run, READ, { year: 2027 })).closedDates).toEqual(saved.dates);
    expect(await auditOf(2027)).toHaveLength(auditBefore);

    // B reloads, adds the date again on the latest list and saves: both dates are kept.
    const reloaded = await readYear(2027);
    const both = (await ok(run, SET, { year: 2027, version: reloaded.version, dates: [...reloaded.dates, editorB.at(-1)!] }, EDITOR)).setClosedDates;
    expect(both.dates.map((closed: { date: string }) => closed.date)).toEqual(expect.arrayContaining(['2027-03-02', '2027-03-03']));
  });

  it('refuses a save without the version of a year that has one, and a version for a year never saved, changing nothing', async () => {
    const read = await readYear(2027);
    const grown = [...read.dates, { date: '2027-06-01', reason: 'Hari Lahir Pancasila' }];
    for (const version of [undefined, null]) {
      expect(refusal(await run.ask(SET, { year: 2027, version, dates: grown }, EDITOR))).toEqual({ code: 'CONFLICT' });
    }
    expect(refusal(await run.ask(SET, { year: 2027, version: read.version! + 1, dates: grown }, EDITOR))).toEqual({ code: 'CONFLICT' });
    expect(await readYear(2027)).toEqual(read);

    expect(refusal(await run.ask(SET, { year: 2032, version: 1, dates: [{ date: '2032-01-01', reason: 'Tahun Baru 2032 Masehi' }] }, EDITOR))).toEqual({ code: 'CONFLICT' });
    expect(await readYear(2032)).toEqual({ version: null, dates: [] });
    expect((await ok(run, READ, { year: 2032 })).closedDates).toEqual([]);
  });

  it('lets exactly one of several saves from the same version win at once; the others get CONFLICT and change nothing', async () => {
    const read = await readYear(2027);
    const attempts = Array.from({ length: 8 }, (_, index) => byDate([...read.dates, { date: `2027-10-${String(index + 10)}`, reason: `Hari libur serentak ${index}` }]));
    const results = await Promise.all(attempts.map((dates) => run.ask(SET, { year: 2027, version: read.version, dates }, EDITOR)));
    const winners = results.flatMap((result, index) => (result.errors ? [] : [index]));
    expect(winners).toHaveLength(1);
    expect(results.filter((result) => result.errors).map(refusal)).toEqual(Array.from({ length: 7 }, () => ({ code: 'CONFLICT' })));
    expect(await readYear(2027)).toEqual({ version: read.version! + 1, dates: attempts[winners[0]] });
    expect((await ok(run, READ, { year: 2027 })).closedDates).toEqual(attempts[winners[0]]);
  });

  it("lets exactly one of several first saves of a new year win at once", async () => {
    const attempts = Array.from({ length: 6 }, (_, index) => [{ date: `2033-01-0${index + 1}`, reason: `Hari libur pertama ${index}` }]);
    const results = await Promise.all(attempts.map((dates) => run.ask(SET, { year: 2033, dates }, EDITOR)));
    const winners = results.flatMap((result, index) => (result.errors ? [] : [index]));
    expect(winners).toHaveLength(1);
    expect(results.filter((result) => result.errors).map(refusal)).toEqual(Array.from({ length: 5 }, () => ({ code: 'CONFLICT' })));
    expect(await readYear(2033)).toEqual({ version: 1, dates: attempts[winners[0]] });
    expect((await ok(run, READ, { year: 2033 })).closedDates).toEqual(attempts[winners[0]]);
  });

  it.each([
    [[{ date: '2028-05-01', reason: 'Hari Buruh' }], 'dates.0.date'],
    [[{ date: '2027-05-01', reason: 'Hari Buruh' }, { date: '2027-05-01', reason: 'Lagi' }], 'dates.1.date'],
    [[{ date: '2027-05-01', reason: ' ' }], 'dates.0.reason'],
  ])('refuses %j with BAD_USER_INPUT on %s, changing nothing', async (dates, field) => {
    const before = await readYear(2027);
    expect(refusal(await run.ask(SET, { year: 2027, version: before.version, dates }, EDITOR))).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(await readYear(2027)).toEqual(before);
  });

  it('lets only editors and administrators set them', async () => {
    const { version } = await readYear(2027);
    expect(refusal(await run.ask(SET, { year: 2027, version, dates: [] }))).toEqual({ code: 'UNAUTHENTICATED' });
    expect(refusal(await run.ask(SET, { year: 2027, version, dates: [] }, partnerOf('bri')))).toEqual({ code: 'FORBIDDEN' });
    expect(refusal(await run.ask(SET, { year: 2027, version, dates: [] }, kiosk()))).toEqual({ code: 'FORBIDDEN' });
    expect((await readYear(2027)).version).toBe(version);
  });
});
