import { type StaffIdentity, type Viewer } from '@mpp/kit';
import { testDatabaseTargets } from '@mpp/kit/testing';
import { MALL_HOURS, mallSeed } from '../seed/facilities.data';
import { MALL_ID } from '../seed/seed';
import { ADMIN, EDITOR, facilitiesForSpecs, kiosk, officerOf, ok, partnerOf, refusal, wita } from '../spec-support';

const MALL = '{ mall { id name address phone email website version isOpenNow nextChangeAt openingHours { days { weekday ranges { opens closes } } } } }';
const UPDATE = 'mutation($version: Int!, $input: MallInput!) { updateMall(version: $version, input: $input) { name address phone email website version isOpenNow openingHours { days { weekday ranges { opens closes } } } } }';
const HISTORY = '{ mall { history { totalCount items { action actor { userId role } changes { field before after } } } } }';

describe.each(testDatabaseTargets())('the mall, on $label', ({ databaseUrl }) => {
  const run = facilitiesForSpecs(databaseUrl);
  const version = async (): Promise<number> => (await ok(run, '{ mall { version } }')).mall.version;


  it('shows anyone its profile, its weekly hours and that it is open on a Monday morning until 16:00', async () => {
    for (const viewer of [undefined, kiosk(), officerOf('polres')]) {
      expect((await ok(run, MALL, {}, viewer)).mall).toEqual({
        id: MALL_ID,
        name: mallSeed.name,
        address: mallSeed.address,
        phone: null,
        email: null,
        website: null,
        version: 1,
        isOpenNow: true,
        nextChangeAt: wita('2026-12-07T16:00').toISOString(),
        openingHours: MALL_HOURS,
      });
    }
  });

  it('lets an editor change its profile and hours as a patch with the version read, audited; the hours decide who is open inside', async () => {
    const { updateMall } = await ok(
      run,
      UPDATE,
      { version: 1, input: { phone: '0543 21000', website: 'https://mpp.paserkab.go.id', openingHours: { days: [{ weekday: 1, ranges: [{ opens: '10:00', closes: '16:00' }] }] } } },
      EDITOR,
    );
    expect(updateMall).toMatchObject({ name: mallSeed.name, phone: '0543 21000', website: 'https://mpp.paserkab.go.id/', version: 2, isOpenNow: false });
    // Inside the building nothing is open before the mall is; the ATM center, reachable from outside, is.
    const { kafetaria, atm } = await ok(run, '{ kafetaria: facility(slug: "kafetaria") { isOpenNow nextChangeAt } atm: facility(slug: "atm-bri") { isOpenNow } }');
    expect(kafetaria).toEqual({ isOpenNow: false, nextChangeAt: wita('2026-12-07T10:00').toISOString() });
    expect(atm).toEqual({ isOpenNow: true });

    const { history } = (await ok(run, HISTORY, {}, ADMIN)).mall;
    expect(history.totalCount).toBe(1);
    expect(history.items[0]).toMatchObject({ action: 'UPDATE', actor: { userId: EDITOR.userId, role: 'EDITOR' } });
    expect(history.items[0].changes.map((change: { field: string }) => change.field).sort()).toEqual(['openingHours', 'phone', 'website']);
    expect((await ok(run, HISTORY, {}, partnerOf('bri'))).mall.history).toBeNull();

    // A stale version changes nothing.
    expect(refusal(await run.ask(UPDATE, { version: 1, input: { name: 'MPP Lain' } }, EDITOR))).toEqual({ code: 'CONFLICT' });
    // Back to the seeded hours, for the specs after this one.
    expect((await ok(run, UPDATE, { version: 2, input: { openingHours: MALL_HOURS, phone: null } }, ADMIN)).updateMall).toMatchObject({ isOpenNow: true, phone: null, version: 3 });
  });

  it.each<[string, string, StaffIdentity | Viewer | undefined]>([
    ['anonymous callers', 'UNAUTHENTICATED', undefined],
    ['partners', 'FORBIDDEN', partnerOf('kafetaria-mpp')],
    ['officers', 'FORBIDDEN', officerOf('polres')],
    ['kiosks', 'FORBIDDEN', kiosk()],
  ])('refuses %s changing it (%s)', async (_who, code, viewer) => {
    const before = (await ok(run, MALL)).mall;
    const result = await run.ask(UPDATE, { version: before.version, input: { name: 'MPP Lain' } }, viewer);
    expect(refusal(result)).toEqual({ code });
    if (code === 'FORBIDDEN') expect(result.errors![0].message).toBe("Only DPMPTSP editors and DPMPTSP administrators may change the mall's profile and hours.");
    expect((await ok(run, MALL)).mall).toEqual(before);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['an empty name', { name: '' }, 'name'],
    ['a short address', { address: 'Jl.' }, 'address'],
    ['a phone that is no number', { phone: 'tanya satpam' }, 'phone'],
    ['an email that is none', { email: 'mpp@' }, 'email'],
    ['a website that is no web address', { website: 'ftp://mpp.paserkab.go.id' }, 'website'],
    ['no hours', { openingHours: null }, 'openingHours'],
    ['a weekday 8', { openingHours: { days: [{ weekday: 8, ranges: [] }] } }, 'openingHours.days.0.weekday'],
  ])('refuses %s with BAD_USER_INPUT naming the field, changing nothing', async (_label, input, field) => {
    const before = await version();
    expect(refusal(await run.ask(UPDATE, { version: before, input }, EDITOR))).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(await version()).toBe(before);
  });

  it('refuses closed dates of a year out of range', async () => {
    expect(refusal(await run.ask('{ mall { closedDates(year: 1999) { date } } }'))).toEqual({ code: 'BAD_USER_INPUT', field: 'year' });
  });
});
