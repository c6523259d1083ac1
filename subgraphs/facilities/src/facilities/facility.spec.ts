import { seedId, type StaffIdentity, type Viewer } from '@mpp/kit';
import { AuditRecord } from '@mpp/kit/subgraph';
import { testDatabaseTargets } from '@mpp/kit/testing';
import { ADMIN, EDITOR, facilitiesForSpecs, FACILITY, facilityId, freezeClockAt, kiosk, MONDAY_MORNING, officerOf, ok, partnerOf, refusal, wita } from '../spec-support';

const READ = `query($id: ID, $slug: String) { facility(id: $id, slug: $slug) { ${FACILITY} } }`;
const SET_STATUS = `mutation($id: ID!, $version: Int!, $status: FacilityStatus!, $note: String) { setFacilityStatus(id: $id, version: $version, status: $status, note: $note) { ${FACILITY} } }`;
const CREATE = `mutation($input: FacilityInput!) { createFacility(input: $input) { ${FACILITY} location reachableFromOutside openingHours { days { weekday ranges { opens closes } } } } }`;
const UPDATE = `mutation($id: ID!, $version: Int!, $input: FacilityInput!) { updateFacility(id: $id, version: $version, input: $input) { ${FACILITY} location reachableFromOutside } }`;
const HISTORY = 'query($id: ID) { facility(id: $id) { history { totalCount items { action actor { userId role agencyId } changes { field before after } } } } }';
const STALE = 'query($stale: Boolean) { facilities(stale: $stale) { slug statusStale } }';

const WEEKDAYS_8_TO_4 = { days: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, ranges: [{ opens: '08:00', closes: '16:00' }] })) };

interface FacilityShape {
  id: string;
  slug: string;
  name: string;
  status: string;
  statusNote: string | null;
  statusSince: string;
  isOpenNow: boolean;
  nextChangeAt: string | null;
  version: number;
  operator: { id: string } | null;
  features: string[];
}

describe.each(testDatabaseTargets())('facilities, on $label', ({ databaseUrl }) => {
  const run = facilitiesForSpecs(databaseUrl);

  const read = async (slug: string, viewer?: StaffIdentity | Viewer): Promise<FacilityShape> => (await ok<{ facility: FacilityShape }>(run, READ, { slug }, viewer)).facility;
  const auditOf = (id: string) => run.subgraph.database.orm.em.fork().find(AuditRecord, { entityType: 'Facility', entityId: id }, { orderBy: { at: 'asc', id: 'asc' } });


  it('shows anyone the facilities by name, of a kind or a floor, each with its operator and whether it is open now', async () => {
    const { facilities } = await ok(run, '{ facilities(kind: ATM) { name operator { id } isOpenNow } }');
    expect(facilities).toEqual(
      [['ATM Bankaltimtara', 'bankaltimtara'], ['ATM BNI', 'bni'], ['ATM BRI', 'bri'], ['ATM Mandiri', 'mandiri']].map(([name, slug]) => ({ name, operator: { id: seedId('agency', slug) }, isOpenNow: true })),
    );
    expect((await ok(run, '{ facilities(floor: 2) { slug } }')).facilities).toEqual([{ slug: 'toilet-lantai-2' }]);
    expect((await ok(run, '{ facilities(kind: PRAYER_ROOM, floor: 1) { slug operator { id } } }')).facilities).toEqual([{ slug: 'musala', operator: null }]);
    for (const viewer of [undefined, kiosk(), officerOf('polres'), partnerOf('mandiri')]) {
      expect(await read('atm-bri', viewer)).toMatchObject({ id: facilityId('atm-bri'), name: 'ATM BRI', status: 'OPERATIONAL', isOpenNow: true });
    }
    // By id or by slug (capitals find the same), exactly one of them; nothing found is null.
    expect((await ok(run, READ, { id: facilityId('kafetaria') })).facility.slug).toBe('kafetaria');
    expect((await ok(run, READ, { slug: 'KAFETARIA' })).facility.slug).toBe('kafetaria');
    expect((await ok(run, READ, { slug: 'tidak-ada' })).facility).toBeNull();
    expect(refusal(await run.ask(READ, { id: facilityId('kafetaria'), slug: 'kafetaria' }))).toEqual({ code: 'BAD_USER_INPUT', field: 'slug' });
    expect((await ok(run, '{ facilityFeatureOptions(kind: ATM) }')).facilityFeatureOptions).toEqual(expect.arrayContaining(['WITHDRAWAL', 'DEPOSIT', 'GPN', 'VISA', 'MASTERCARD', 'WHEELCHAIR_REACHABLE']));
    expect((await ok(run, '{ facilityFeatureOptions(kind: OTHER) }')).facilityFeatureOptions).toEqual([]);
  });

  it("gives each agency its facilities through Agency.facilities, by name", async () => {
    const { _entities } = await ok(run, 'query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Agency { id facilities { slug } } } }', {
      reps: ['bri', 'kafetaria-mpp', 'polres'].map((slug) => ({ __typename: 'Agency', id: seedId('agency', slug) })),
    });
    expect(_entities.map((agency: { facilities: { slug: string }[] }) => agency.facilities.map((facility) => facility.slug))).toEqual([['atm-bri'], ['kafetaria'], []]);
  });

  describe('who may set a status (the policy table)', () => {
    it.each<[string, string, string, StaffIdentity | Viewer | undefined]>([
      ['anonymous callers', 'atm-bri', 'UNAUTHENTICATED', undefined],
      ['a kiosk', 'atm-bri', 'FORBIDDEN', kiosk()],
      ["BRI's counter officer", 'atm-bri', 'FORBIDDEN', officerOf('bri')],
      ["Mandiri's partner, on BRI's ATM", 'atm-bri', 'FORBIDDEN', partnerOf('mandiri')],
      ["BRI's partner, on the cafeteria", 'kafetaria', 'FORBIDDEN', partnerOf('bri')],
      ["the cafeteria's partner, on the musala DPMPTSP runs", 'musala', 'FORBIDDEN', partnerOf('kafetaria-mpp')],
    ])('refuses %s (%s) with %s, and changes nothing', async (_who, slug, code, viewer) => {
      const before = await read(slug);
      const result = await run.ask(SET_STATUS, { id: before.id, version: before.version, status: 'OUT_OF_SERVICE', note: 'Uji' }, viewer);
      expect(refusal(result)).toEqual({ code });
      if (code === 'FORBIDDEN') expect(result.errors![0].message).toBe("Only the agency's own partner staff, DPMPTSP editors and DPMPTSP administrators may set this facility's status.");
      expect(await read(slug)).toEqual(before);
    });

    it.each<[string, string, StaffIdentity]>([
      ["BRI's partner, on BRI's ATM", 'atm-bri', partnerOf('bri')],
      ["the cafeteria's partner, on the cafeteria", 'kafetaria', partnerOf('kafetaria-mpp')],
      ['an editor, on any', 'atm-mandiri', EDITOR],
      ['an administrator, on any', 'musala', ADMIN],
    ])('lets %s (%s) set it, and set it back', async (_who, slug, viewer) => {
      const before = await read(slug);
      const { setFacilityStatus: out } = await ok<{ setFacilityStatus: FacilityShape }>(run, SET_STATUS, { id: before.id, version: before.version, status: 'CLOSED', note: 'Sedang direnovasi' }, viewer);
      expect(out).toMatchObject({ status: 'CLOSED', statusNote: 'Sedang direnovasi', isOpenNow: false, nextChangeAt: null, version: before.version + 1 });
      const { setFacilityStatus: back } = await ok<{ setFacilityStatus: FacilityShape }>(run, SET_STATUS, { id: before.id, version: out.version, status: 'OPERATIONAL' }, viewer);
      expect(back).toMatchObject({ status: 'OPERATIONAL', statusNote: null, isOpenNow: true, version: before.version + 2 });
    });
  });

  it("lets BRI's partner mark its ATM out of service with a note, directly: closed now, and in the history with the note", async () => {
    const before = await read('atm-bri');
    freezeClockAt(wita('2026-12-07T09:30'));
    try {
      const { setFacilityStatus } = await ok<{ setFacilityStatus: FacilityShape }>(
        run,
        SET_STATUS,
        { id: before.id, version: before.version, status: 'OUT_OF_SERVICE', note: '  Uang habis, diisi ulang pukul 11.00  ' },
        partnerOf('bri'),
      );
      expect(setFacilityStatus).toMatchObject({
        status: 'OUT_OF_SERVICE',
        statusNote: 'Uang habis, diisi ulang pukul 11.00',
        statusSince: wita('2026-12-07T09:30').toISOString(),
        isOpenNow: false,
        nextChangeAt: null,
        version: before.version + 1,
      });
      // The public sees it at once.
      expect(await read('atm-bri')).toMatchObject({ status: 'OUT_OF_SERVICE', isOpenNow: false });

      const latest = { action: 'SET_STATUS', actor: { userId: partnerOf('bri').userId, role: 'PARTNER', agencyId: seedId('agency', 'bri') } };
      for (const viewer of [partnerOf('bri'), EDITOR]) {
        const { history } = (await ok(run, HISTORY, { id: before.id }, viewer)).facility;
        expect(history.items[0]).toMatchObject(latest);
        expect(history.items[0].changes).toEqual(
          expect.arrayContaining([
            { field: 'status', before: JSON.stringify(before.status), after: '"OUT_OF_SERVICE"' },
            { field: 'statusNote', before: null, after: JSON.stringify('Uang habis, diisi ulang pukul 11.00') },
          ]),
        );
      }
      // Staff who may not read it get null; the public an UNAUTHENTICATED error on the field.
      expect((await ok(run, HISTORY, { id: before.id }, partnerOf('mandiri'))).facility.history).toBeNull();
      expect((await ok(run, HISTORY, { id: before.id }, officerOf('bri'))).facility.history).toBeNull();
      const anonymous = await run.ask(HISTORY, { id: before.id });
      expect([anonymous.data?.facility?.history, refusal(anonymous)]).toEqual([null, { code: 'UNAUTHENTICATED' }]);
      expect((await auditOf(before.id)).at(-1)).toMatchObject({ action: 'SET_STATUS', ownerAgencyId: seedId('agency', 'bri') });
    } finally {
      freezeClockAt(MONDAY_MORNING);
    }
  });

  it('refuses a status set from a stale version (CONFLICT), an unknown facility (NOT_FOUND) and a note too long, changing nothing', async () => {
    const current = await read('atm-bni');
    const audited = (await auditOf(current.id)).length;
    expect(refusal(await run.ask(SET_STATUS, { id: current.id, version: current.version + 1, status: 'CLOSED' }, EDITOR))).toEqual({ code: 'CONFLICT' });
    expect(refusal(await run.ask(SET_STATUS, { id: seedId('facility', 'tidak-ada'), version: 1, status: 'CLOSED' }, EDITOR))).toEqual({ code: 'NOT_FOUND' });
    expect(refusal(await run.ask(SET_STATUS, { id: current.id, version: current.version, status: 'CLOSED', note: 'x'.repeat(501) }, EDITOR))).toEqual({ code: 'BAD_USER_INPUT', field: 'note' });
    expect(await read('atm-bni')).toEqual(current);
    expect(await auditOf(current.id)).toHaveLength(audited);

    // Two saves from the same version at once: one wins, the other is CONFLICT.
    const results = await Promise.all(['CLOSED', 'OUT_OF_SERVICE'].map((status) => run.ask(SET_STATUS, { id: current.id, version: current.version, status }, EDITOR)));
    expect(results.filter((result) => !result.errors)).toHaveLength(1);
    expect(results.filter((result) => result.errors).map(refusal)).toEqual([{ code: 'CONFLICT' }]);
    expect((await read('atm-bni')).version).toBe(current.version + 1);
  });

  describe('creating and changing facilities', () => {
    const newAtm = { name: 'ATM BRI Lantai 2', kind: 'ATM', floor: 2, operatorAgencyId: seedId('agency', 'bri'), features: ['withdrawal', ' visa '], openingHours: WEEKDAYS_8_TO_4 };

    it('lets an editor create one, its slug made from its name, OPERATIONAL from now, audited', async () => {
      const { createFacility } = await ok(run, CREATE, { input: newAtm }, EDITOR);
      expect(createFacility).toMatchObject({
        slug: 'atm-bri-lantai-2',
        name: 'ATM BRI Lantai 2',
        kind: 'ATM',
        floor: 2,
        status: 'OPERATIONAL',
        statusSince: MONDAY_MORNING.toISOString(),
        operator: { id: seedId('agency', 'bri') },
        features: ['WITHDRAWAL', 'VISA'],
        reachableFromOutside: false,
        isOpenNow: true,
        nextChangeAt: wita('2026-12-07T16:00').toISOString(),
        version: 1,
      });
      expect((await auditOf(createFacility.id)).map((record) => record.action)).toEqual(['CREATE']);
      // The same name again: the next free slug.
      expect((await ok(run, CREATE, { input: newAtm }, EDITOR)).createFacility.slug).toBe('atm-bri-lantai-2-2');
      // BRI's partner may now set the status of BRI's new ATM too.
      expect((await ok(run, SET_STATUS, { id: createFacility.id, version: 1, status: 'OUT_OF_SERVICE' }, partnerOf('bri'))).setFacilityStatus.status).toBe('OUT_OF_SERVICE');
    });

    it.each<[string, string, StaffIdentity | Viewer | undefined]>([
      ['anonymous callers', 'UNAUTHENTICATED', undefined],
      ['partners', 'FORBIDDEN', partnerOf('bri')],
      ['officers', 'FORBIDDEN', officerOf('polres')],
      ['kiosks', 'FORBIDDEN', kiosk()],
    ])('refuses %s creating or changing one (%s)', async (_who, code, viewer) => {
      expect(refusal(await run.ask(CREATE, { input: { ...newAtm, name: 'ATM Tidak Jadi' } }, viewer))).toEqual({ code });
      const before = await read('atm-bri');
      expect(refusal(await run.ask(UPDATE, { id: before.id, version: before.version, input: { name: 'ATM Diubah' } }, viewer))).toEqual({ code });
      expect(await read('atm-bri')).toEqual(before);
      expect((await ok(run, '{ facilities { name } }')).facilities.map((facility: { name: string }) => facility.name)).not.toContain('ATM Tidak Jadi');
    });

    it.each<[string, Record<string, unknown>, string]>([
      ['an empty name', { name: '' }, 'name'],
      ['a name of spaces', { name: '   ' }, 'name'],
      ['no kind', { kind: null }, 'kind'],
      ['a floor above the building', { floor: 11 }, 'floor'],
      ['a feature of another kind', { kind: 'CAFETERIA', features: ['VISA'] }, 'features.0'],
      ['a feature twice', { features: ['GPN', 'gpn'] }, 'features.1'],
      ['a photo that is no web address', { photoUrls: ['https://contoh.id/a.jpg', 'ftp://contoh.id/b.jpg'] }, 'photoUrls.1'],
      ['hours that close before they open', { openingHours: { days: [{ weekday: 1, ranges: [{ opens: '16:00', closes: '08:00' }] }] } }, 'openingHours.days.0.ranges.0.closes'],
      ['no hours', { openingHours: null }, 'openingHours'],
      ['a slug another facility has', { slug: 'atm-bri' }, 'slug'],
      ['a slug that is not one', { slug: 'ATM BRI!' }, 'slug'],
      ['an operator no agency is', { operatorAgencyId: seedId('agency', 'tidak-ada') }, 'operatorAgencyId'],
    ])('refuses %s with BAD_USER_INPUT naming the field, making nothing', async (_label, change, field) => {
      const count = (await ok(run, '{ facilities { id } }')).facilities.length;
      expect(refusal(await run.ask(CREATE, { input: { ...newAtm, name: 'ATM Uji Aturan', ...change } }, EDITOR))).toEqual({ code: 'BAD_USER_INPUT', field });
      expect((await ok(run, '{ facilities { id } }')).facilities).toHaveLength(count);
    });

    it('changes one as a patch with the version read, audited; a stale version is CONFLICT', async () => {
      const before = await read('pojok-bermain-anak');
      const { updateFacility } = await ok(run, UPDATE, { id: before.id, version: before.version, input: { location: 'Lantai 1, dekat ruang laktasi', features: ['PLAY_AREA', 'BOOKS', 'CHANGING_TABLE'] } }, EDITOR);
      expect(updateFacility).toMatchObject({ name: before.name, location: 'Lantai 1, dekat ruang laktasi', features: ['PLAY_AREA', 'BOOKS', 'CHANGING_TABLE'], version: before.version + 1 });
      const [record] = (await auditOf(before.id)).slice(-1);
      expect(record.action).toBe('UPDATE');
      expect(record.changes.map((change) => change.field).sort()).toEqual(['features', 'location']);

      expect(refusal(await run.ask(UPDATE, { id: before.id, version: before.version, input: { name: 'Ruang Anak' } }, EDITOR))).toEqual({ code: 'CONFLICT' });
      expect((await read('pojok-bermain-anak')).name).toBe(before.name);
      // A new kind keeps only features of its set: the kept ones are checked against it.
      expect(refusal(await run.ask(UPDATE, { id: before.id, version: updateFacility.version, input: { kind: 'TOILET' } }, EDITOR))).toEqual({ code: 'BAD_USER_INPUT', field: 'features.0' });
      expect(refusal(await run.ask(UPDATE, { id: seedId('facility', 'tidak-ada'), version: 1, input: { name: 'Apa Saja' } }, EDITOR))).toEqual({ code: 'NOT_FOUND' });
    });

    it('refuses in the order NOT_FOUND, CONFLICT, field rules, before it asks the agency directory about the operator', async () => {
      const current = await read('ruang-laktasi');
      const unknownOperator = { operatorAgencyId: seedId('agency', 'tidak-ada') };
      const asked = run.publicApi.agencyQueries;
      expect(refusal(await run.ask(UPDATE, { id: seedId('facility', 'tidak-ada'), version: 1, input: unknownOperator }, EDITOR))).toEqual({ code: 'NOT_FOUND' });
      expect(refusal(await run.ask(UPDATE, { id: current.id, version: current.version + 1, input: unknownOperator }, EDITOR))).toEqual({ code: 'CONFLICT' });
      run.publicApi.down = true;
      try {
        expect(refusal(await run.ask(UPDATE, { id: seedId('facility', 'tidak-ada'), version: 1, input: { operatorAgencyId: seedId('agency', 'bri') } }, EDITOR))).toEqual({ code: 'NOT_FOUND' });
        expect(refusal(await run.ask(UPDATE, { id: current.id, version: current.version - 1, input: { operatorAgencyId: seedId('agency', 'bri') } }, EDITOR))).toEqual({ code: 'CONFLICT' });
      } finally {
        run.publicApi.down = false;
      }
      expect(run.publicApi.agencyQueries).toBe(asked);
      // Then the field rules: the operator is asked about, and is no agency.
      expect(refusal(await run.ask(UPDATE, { id: current.id, version: current.version, input: unknownOperator }, EDITOR))).toEqual({ code: 'BAD_USER_INPUT', field: 'operatorAgencyId' });
      expect(run.publicApi.agencyQueries).toBe(asked + 1);
      expect(await read('ruang-laktasi')).toEqual(current);

      // Two changes from the same version at once: both pass the first check, the unit of work lets one through.
      const results = await Promise.all(['Ruang Laktasi A', 'Ruang Laktasi B'].map((name) => run.ask(UPDATE, { id: current.id, version: current.version, input: { name } }, EDITOR)));
      expect(results.filter((result) => result.errors).map(refusal)).toEqual([{ code: 'CONFLICT' }]);
      expect((await read('ruang-laktasi')).version).toBe(current.version + 1);
    });

    it('does not ask the agency directory about an operator that stays the same, even while it cannot be asked', async () => {
      const before = await read('atm-bni');
      const asked = run.publicApi.agencyQueries;
      run.publicApi.down = true;
      try {
        const { updateFacility } = await ok(run, UPDATE, { id: before.id, version: before.version, input: { operatorAgencyId: seedId('agency', 'bni'), location: 'ATM Center, pintu timur' } }, EDITOR);
        expect(updateFacility).toMatchObject({ operator: { id: seedId('agency', 'bni') }, location: 'ATM Center, pintu timur', version: before.version + 1 });
        // DPMPTSP's own facility, sent with no operator again.
        const musala = await read('musala');
        expect((await ok(run, UPDATE, { id: musala.id, version: musala.version, input: { operatorAgencyId: null, name: musala.name } }, EDITOR)).updateFacility.operator).toBeNull();
      } finally {
        run.publicApi.down = false;
      }
      expect(run.publicApi.agencyQueries).toBe(asked);
    });

    it('refuses a kind that sells nothing to a shop that still has listings, naming the kind; without listings it may change', async () => {
      const cafeteria = await read('kafetaria');
      const refused = await run.ask(UPDATE, { id: cafeteria.id, version: cafeteria.version, input: { kind: 'TOILET', features: [] } }, EDITOR);
      expect(refusal(refused)).toEqual({ code: 'BAD_USER_INPUT', field: 'kind' });
      expect(refused.errors![0].message).toMatch(/^A facility of kind TOILET sells nothing, and Kafetaria .* still has \d+ listings: delete them first, then change its kind\.$/);
      expect(await read('kafetaria')).toEqual(cafeteria);
      expect((await ok(run, '{ facility(slug: "kafetaria") { kind listings { id } } }')).facility.listings.length).toBeGreaterThan(0);

      const { createFacility: kiosk } = await ok(run, CREATE, { input: { name: 'Kios Pulsa', kind: 'OTHER', floor: 1, openingHours: WEEKDAYS_8_TO_4 } }, EDITOR);
      const { updateFacility } = await ok(run, UPDATE, { id: kiosk.id, version: kiosk.version, input: { kind: 'WAITING_AREA', name: 'Ruang Tunggu Timur' } }, EDITOR);
      expect(updateFacility).toMatchObject({ kind: 'WAITING_AREA', version: kiosk.version + 1 });
    });

    it('gives facilities created with one name at the same moment each the next free slug', async () => {
      const created = await Promise.all([1, 2, 3].map(() => run.ask(CREATE, { input: { name: 'Loker Penitipan Barang', kind: 'OTHER', floor: 1, openingHours: WEEKDAYS_8_TO_4 } }, EDITOR)));
      expect(created.map((result) => result.errors)).toEqual([undefined, undefined, undefined]);
      expect(created.map((result) => result.data!.createFacility.slug).sort()).toEqual(['loker-penitipan-barang', 'loker-penitipan-barang-2', 'loker-penitipan-barang-3']);
    });

    it('refuses a new operator while the agency directory cannot be asked (SERVICE_UNAVAILABLE), changing nothing', async () => {
      const before = await read('musala');
      run.publicApi.down = true;
      try {
        expect(refusal(await run.ask(UPDATE, { id: before.id, version: before.version, input: { operatorAgencyId: seedId('agency', 'polres') } }, EDITOR))).toEqual({ code: 'SERVICE_UNAVAILABLE' });
      } finally {
        run.publicApi.down = false;
      }
      expect(await read('musala')).toEqual(before);
    });
  });

  describe('stale statuses (older than MPP_FACILITY_STATUS_STALE_HOURS, 24 by default)', () => {
    it("flags them to staff who may read the facility's editorial side, lists them for editors, and a confirmation clears one", async () => {
      freezeClockAt(wita('2026-12-09T10:00'));
      try {
        const atm = await read('atm-mandiri');
        await ok(run, SET_STATUS, { id: atm.id, version: atm.version, status: 'OPERATIONAL', note: null }, partnerOf('mandiri'));
        const stale = (await ok(run, STALE, { stale: true }, EDITOR)).facilities.map((facility: { slug: string }) => facility.slug);
        expect(stale).toContain('musala');
        expect(stale).not.toContain('atm-mandiri');
        expect((await ok(run, STALE, { stale: false }, EDITOR)).facilities).toEqual([{ slug: 'atm-mandiri', statusStale: false }]);
        // A partner sees their own agency's facilities only.
        expect((await ok(run, STALE, { stale: false }, partnerOf('mandiri'))).facilities).toEqual([{ slug: 'atm-mandiri', statusStale: false }]);
        expect((await ok(run, STALE, { stale: true }, partnerOf('mandiri'))).facilities).toEqual([]);
        expect((await ok(run, STALE, { stale: true }, partnerOf('kafetaria-mpp'))).facilities).toEqual([{ slug: 'kafetaria', statusStale: true }]);
        // Others may not ask.
        expect(refusal(await run.ask(STALE, { stale: true }))).toEqual({ code: 'UNAUTHENTICATED' });
        expect(refusal(await run.ask(STALE, { stale: true }, officerOf('polres')))).toEqual({ code: 'FORBIDDEN' });
        // The field: null for staff who may not read it, UNAUTHENTICATED on the field for the public.
        const field = 'query($slug: String) { facility(slug: $slug) { statusStale } }';
        expect((await ok(run, field, { slug: 'musala' }, EDITOR)).facility.statusStale).toBe(true);
        expect((await ok(run, field, { slug: 'musala' }, officerOf('polres'))).facility.statusStale).toBeNull();
        expect((await ok(run, field, { slug: 'atm-bri' }, partnerOf('mandiri'))).facility.statusStale).toBeNull();
        const anonymous = await run.ask(field, { slug: 'musala' });
        expect([anonymous.data?.facility?.statusStale, refusal(anonymous)]).toEqual([null, { code: 'UNAUTHENTICATED' }]);
      } finally {
        freezeClockAt(MONDAY_MORNING);
      }
    });
  });

  it('lets public answers be reused for a second by anyone for the public; never staff\'s or staff-only fields', async () => {
    const publicFields = '{ mall { name isOpenNow openingHours { days { weekday ranges { opens closes } } } closedDates { date } } facilities { name status isOpenNow nextChangeAt operator { id } openingHours { days { ranges { opens } } } listings { name price } } }';
    expect((await run.askWithCacheControl(publicFields)).cacheControl).toBe('max-age=1, public');
    expect((await run.askWithCacheControl(publicFields, EDITOR)).cacheControl).toBe('no-store');
    expect((await run.askWithCacheControl('{ facility(slug: "kafetaria") { name listings { name } } }')).cacheControl).toBe('max-age=1, public');
    expect((await run.askWithCacheControl('{ facilityFeatureOptions(kind: ATM) facilities(kind: ATM) { name features } }')).cacheControl).toBe('max-age=1, public');
    for (const staffOnly of ['{ facilities { name statusStale } }', '{ facilities { name history { totalCount } } }', '{ facilities(stale: true) { name } }']) {
      expect((await run.askWithCacheControl(staffOnly, EDITOR)).cacheControl).not.toMatch(/max-age=[1-9]/);
    }
  });
});
