import { testDatabaseTargets } from '@mpp/kit/testing';
import { FACILITIES_PLATFORM_ENV, FACILITY_HISTORY, FOUR_SUBGRAPHS, readFacility, SET_FACILITY_STATUS } from '../support/facilities';
import { bearer, publicly, TestPlatformRun, type Session } from '../support/platform';
import { codeOf, ok } from '../support/queueing';

/*
 * Who may keep facilities true, through the gateway with real sign-ins: the BRI partner marks
 * BRI's ATM out of service, directly, and the public sees it within the second its answers are kept; Mandiri's ATM and the
 * cafeteria are not theirs (FORBIDDEN); the cafeteria's own partner keeps its menu; the history
 * shows who did what. And one query crossing four subgraphs answers with the seeded data.
 */

const LISTINGS = 'query($slug: String) { facility(slug: $slug) { listings { id name price version } } }';
const UPDATE_LISTING = 'mutation($id: ID!, $version: Int!, $input: ListingInput!) { updateListing(id: $id, version: $version, input: $input) { name price version } }';

describe.each(testDatabaseTargets())('facility permissions through the gateway, on $label', ({ databaseUrl }) => {
  let platform: TestPlatformRun;
  let briPartner: Session;
  let cafeteriaPartner: Session;
  let editor: Record<string, string>;
  let officer: Record<string, string>;

  beforeAll(async () => {
    platform = await TestPlatformRun.start(databaseUrl, FACILITIES_PLATFORM_ENV);
    briPartner = await platform.loginAs('PARTNER', 'bri');
    cafeteriaPartner = await platform.loginAs('PARTNER', 'kafetaria-mpp');
    editor = bearer(await platform.loginAs('EDITOR'));
    officer = bearer(await platform.loginAs('OFFICER', 'polres'));
  });

  afterAll(async () => {
    await platform?.stop();
  });

  it('lets anyone read the facilities, their operators (from the agencies subgraph), the menu and the mall', async () => {
    const { facilities, mall } = await ok(platform, '{ facilities(kind: ATM) { name isOpenNow operator { shortName kind } } mall { name isOpenNow } }');
    expect(facilities).toEqual([
      { name: 'ATM Bankaltimtara', isOpenNow: true, operator: { shortName: 'Bankaltimtara', kind: 'BANK' } },
      { name: 'ATM BNI', isOpenNow: true, operator: { shortName: 'BNI', kind: 'BANK' } },
      { name: 'ATM BRI', isOpenNow: true, operator: { shortName: 'BRI', kind: 'BANK' } },
      { name: 'ATM Mandiri', isOpenNow: true, operator: { shortName: 'Bank Mandiri', kind: 'BANK' } },
    ]);
    expect(mall).toEqual({ name: 'Mal Pelayanan Publik Kabupaten Paser', isOpenNow: true });
    const cafeteria = await ok(platform, '{ facility(slug: "kafetaria") { isOpenNow operator { kind shortName } listings { name price } } }');
    expect(cafeteria.facility.operator).toEqual({ kind: 'OTHER', shortName: 'Kafetaria MPP' });
    expect(cafeteria.facility.listings).toEqual(expect.arrayContaining([{ name: 'Soto Banjar', price: 20000 }]));
  });

  it('lets the BRI partner mark its ATM out of service, directly: the public sees it within its second, and the history shows who and why', async () => {
    const before = await readFacility(platform, 'atm-bri');
    const { setFacilityStatus } = await ok(
      platform,
      SET_FACILITY_STATUS,
      { id: before.id, version: before.version, status: 'OUT_OF_SERVICE', note: 'Mesin sedang diperbaiki teknisi' },
      bearer(briPartner),
    );
    expect(setFacilityStatus).toMatchObject({ status: 'OUT_OF_SERVICE', statusNote: 'Mesin sedang diperbaiki teknisi', isOpenNow: false, nextChangeAt: null, version: before.version + 1 });
    expect(await publicly(() => readFacility(platform, 'atm-bri'), (facility) => facility.status === 'OUT_OF_SERVICE')).toMatchObject({ status: 'OUT_OF_SERVICE', isOpenNow: false });

    for (const headers of [bearer(briPartner), editor]) {
      const { history } = (await ok(platform, FACILITY_HISTORY, { slug: 'atm-bri' }, headers)).facility;
      expect(history.items[0]).toMatchObject({ action: 'SET_STATUS', actor: { userId: briPartner.user.id, role: 'PARTNER' } });
      expect(history.items[0].changes).toEqual(expect.arrayContaining([{ field: 'status', before: '"OPERATIONAL"', after: '"OUT_OF_SERVICE"' }, { field: 'statusNote', before: null, after: '"Mesin sedang diperbaiki teknisi"' }]));
    }
    const anonymous = await platform.post(FACILITY_HISTORY, { slug: 'atm-bri' });
    expect([anonymous.data?.facility?.history ?? null, codeOf(anonymous)]).toEqual([null, 'UNAUTHENTICATED']);
  });

  it.each([
    ["Mandiri's ATM", 'atm-mandiri'],
    ['the cafeteria', 'kafetaria'],
  ])('refuses the BRI partner on %s (FORBIDDEN), which stays as it was', async (_what, slug) => {
    const before = await readFacility(platform, slug);
    const refused = await platform.post(SET_FACILITY_STATUS, { id: before.id, version: before.version, status: 'OUT_OF_SERVICE', note: 'Bukan milik BRI' }, bearer(briPartner));
    expect([codeOf(refused), refused.data?.setFacilityStatus ?? null]).toEqual(['FORBIDDEN', null]);
    expect(refused.errors![0].message).toMatch(/^Only the agency's own partner staff, DPMPTSP editors and DPMPTSP administrators may/);
    expect(await readFacility(platform, slug)).toEqual(before);
  });

  it('refuses an officer and an anonymous caller, and lets an editor set any status', async () => {
    const before = await readFacility(platform, 'musala');
    expect(codeOf(await platform.post(SET_FACILITY_STATUS, { id: before.id, version: before.version, status: 'CLOSED' }, officer))).toBe('FORBIDDEN');
    expect(codeOf(await platform.post(SET_FACILITY_STATUS, { id: before.id, version: before.version, status: 'CLOSED' }))).toBe('UNAUTHENTICATED');
    expect(await readFacility(platform, 'musala')).toEqual(before);
    const { setFacilityStatus } = await ok(platform, SET_FACILITY_STATUS, { id: before.id, version: before.version, status: 'CLOSED', note: 'Dibersihkan' }, editor);
    expect(setFacilityStatus).toMatchObject({ status: 'CLOSED', isOpenNow: false });
  });

  it("lets the cafeteria's partner change its menu, and refuses the BRI partner there", async () => {
    const [first] = (await ok(platform, LISTINGS, { slug: 'kafetaria' })).facility.listings;
    const refused = await platform.post(UPDATE_LISTING, { id: first.id, version: first.version, input: { price: 1000 } }, bearer(briPartner));
    expect(codeOf(refused)).toBe('FORBIDDEN');
    const { updateListing } = await ok(platform, UPDATE_LISTING, { id: first.id, version: first.version, input: { price: first.price + 1000 } }, bearer(cafeteriaPartner));
    expect(updateListing).toEqual({ name: first.name, price: first.price + 1000, version: first.version + 1 });
  });

  it('answers one query crossing four subgraphs with the seeded data', async () => {
    const { agency } = await ok(platform, FOUR_SUBGRAPHS);
    expect(agency.name).toBe('PT Bank Rakyat Indonesia (Persero) Tbk Kantor Cabang Tanah Grogot');
    expect(agency.booths.map((booth: { code: string }) => booth.code).sort()).toEqual(['G-20', 'G-21']);
    expect(agency.services.length).toBeGreaterThan(0);
    for (const service of agency.services as { queue: { waiting: number } | null }[]) expect(service.queue).toEqual({ waiting: expect.any(Number) });
    expect(agency.facilities).toEqual([{ name: 'ATM BRI', kind: 'ATM', status: 'OUT_OF_SERVICE', isOpenNow: false }]);
  });
});
