import { setTimeout as sleep } from 'node:timers/promises';
import { seedId, type StaffIdentity, type Viewer } from '@mpp/kit';
import { AuditRecord } from '@mpp/kit/subgraph';
import { testDatabaseTargets } from '@mpp/kit/testing';
import { Facility } from '../facilities/facility.entity';
import { EDITOR, facilitiesForSpecs, type FacilitiesRun, facilityId, kiosk, officerOf, ok, partnerOf, refusal } from '../spec-support';
import { Listing } from './listing.entity';

const LISTING = 'id facilityId name category price available version';
const LISTINGS = `query($slug: String) { facility(slug: $slug) { listings { ${LISTING} } } }`;
const CREATE = `mutation($facilityId: ID!, $input: ListingInput!) { createListing(facilityId: $facilityId, input: $input) { ${LISTING} } }`;
const UPDATE = `mutation($id: ID!, $version: Int!, $input: ListingInput!) { updateListing(id: $id, version: $version, input: $input) { ${LISTING} } }`;
const DELETE = `mutation($id: ID!, $version: Int!) { deleteListing(id: $id, version: $version) { ${LISTING} } }`;
const HISTORY = 'query($id: ID!) { listing(id: $id) { history { items { action actor { role agencyId } changes { field before after } } } } }';
const UPDATE_FACILITY = 'mutation($id: ID!, $version: Int!, $input: FacilityInput!) { updateFacility(id: $id, version: $version, input: $input) { version operator { id } } }';
/** Long enough for a request to reach the statement a held lock makes it wait at. */
const WHILE_HELD_MS = 500;

interface ListingShape {
  id: string;
  facilityId: string;
  name: string;
  category: string | null;
  price: number;
  available: boolean;
  version: number;
}

describe.each(testDatabaseTargets())('listings of the shops, on $label', ({ databaseUrl }) => {
  const run = facilitiesForSpecs(databaseUrl);
  const CAFETERIA = facilityId('kafetaria');
  const cafeteriaPartner = partnerOf('kafetaria-mpp');

  const listingsOf = async (slug: string): Promise<ListingShape[]> => (await ok(run, LISTINGS, { slug })).facility.listings;
  const auditOf = (id: string) => run.subgraph.database.orm.em.fork().find(AuditRecord, { entityType: 'Listing', entityId: id }, { orderBy: { at: 'asc', id: 'asc' } });


  it("shows anyone the cafeteria's menu by category, then by name; nothing for an ATM", async () => {
    const menu = await listingsOf('kafetaria');
    expect(menu.map((listing) => listing.category)).toEqual(['Camilan', 'Makanan', 'Makanan', 'Makanan', 'Makanan', 'Minuman', 'Minuman', 'Minuman', 'Minuman']);
    expect(menu.filter((listing) => listing.category === 'Makanan').map((listing) => listing.name)).toEqual(['Mie Goreng', 'Nasi Goreng Telur', 'Nasi Kuning Ikan Haruan', 'Soto Banjar']);
    expect(menu.find((listing) => listing.name === 'Soto Banjar')).toEqual({
      id: seedId('listing', 'kafetaria/soto-banjar'),
      facilityId: CAFETERIA,
      name: 'Soto Banjar',
      category: 'Makanan',
      price: 20000,
      available: true,
      version: 1,
    });
    expect(await listingsOf('atm-bri')).toEqual([]);
    expect((await ok(run, `query($id: ID!) { listing(id: $id) { name } }`, { id: seedId('listing', 'minimarket/meterai') }, kiosk())).listing.name).toBe('Meterai Tempel Rp10.000');
  });

  it("lets the cafeteria's partner add, change and remove its listings, each change audited with its shop's agency", async () => {
    const { createListing } = await ok<{ createListing: ListingShape }>(run, CREATE, { facilityId: CAFETERIA, input: { name: '  Teh Tarik  ', category: 'Minuman', price: 8000 } }, cafeteriaPartner);
    expect(createListing).toMatchObject({ facilityId: CAFETERIA, name: 'Teh Tarik', category: 'Minuman', price: 8000, available: true, version: 1 });
    const { updateListing } = await ok<{ updateListing: ListingShape }>(run, UPDATE, { id: createListing.id, version: 1, input: { price: 9000, available: false } }, cafeteriaPartner);
    expect(updateListing).toMatchObject({ name: 'Teh Tarik', price: 9000, available: false, version: 2 });
    // A category cleared with null; a price of 0 (free) is a price.
    expect((await ok(run, UPDATE, { id: createListing.id, version: 2, input: { category: null, price: 0 } }, EDITOR)).updateListing).toMatchObject({ category: null, price: 0, version: 3 });
    expect((await listingsOf('kafetaria')).at(-1)).toMatchObject({ name: 'Teh Tarik', category: null });

    const { deleteListing } = await ok<{ deleteListing: ListingShape }>(run, DELETE, { id: createListing.id, version: 3 }, cafeteriaPartner);
    expect(deleteListing).toMatchObject({ id: createListing.id, name: 'Teh Tarik', version: 3 });
    expect((await listingsOf('kafetaria')).map((listing) => listing.id)).not.toContain(createListing.id);

    const audit = await auditOf(createListing.id);
    expect(audit.map((record) => [record.action, record.ownerAgencyId, record.actor?.role])).toEqual([
      ['CREATE', seedId('agency', 'kafetaria-mpp'), 'PARTNER'],
      ['UPDATE', seedId('agency', 'kafetaria-mpp'), 'PARTNER'],
      ['UPDATE', seedId('agency', 'kafetaria-mpp'), 'EDITOR'],
      ['DELETE', seedId('agency', 'kafetaria-mpp'), 'PARTNER'],
    ]);
    expect(audit[1].changes).toEqual([
      { field: 'price', before: '8000', after: '9000' },
      { field: 'available', before: 'true', after: 'false' },
    ]);
  });

  it("shows a listing's history to the shop's partners and editors only", async () => {
    const id = seedId('listing', 'kafetaria/es-jeruk');
    await ok(run, UPDATE, { id, version: 1, input: { price: 9000 } }, cafeteriaPartner);
    for (const viewer of [cafeteriaPartner, EDITOR]) {
      expect((await ok(run, HISTORY, { id }, viewer)).listing.history.items[0]).toMatchObject({ action: 'UPDATE', actor: { role: 'PARTNER', agencyId: seedId('agency', 'kafetaria-mpp') } });
    }
    expect((await ok(run, HISTORY, { id }, partnerOf('bri'))).listing.history).toBeNull();
    expect(refusal(await run.ask(HISTORY, { id }))).toEqual({ code: 'UNAUTHENTICATED' });
  });

  describe('who may change a listing (the policy table)', () => {
    it.each<[string, string, StaffIdentity | Viewer | undefined]>([
      ['anonymous callers', 'UNAUTHENTICATED', undefined],
      ['a kiosk', 'FORBIDDEN', kiosk()],
      ["the minimarket's partner", 'FORBIDDEN', partnerOf('minimarket-mpp')],
      ["BRI's partner", 'FORBIDDEN', partnerOf('bri')],
      ['an officer', 'FORBIDDEN', officerOf('polres')],
    ])("refuses %s on the cafeteria's listings with %s, changing nothing", async (_who, code, viewer) => {
      const before = await listingsOf('kafetaria');
      const [first] = before;
      expect(refusal(await run.ask(CREATE, { facilityId: CAFETERIA, input: { name: 'Pisang Goreng', price: 5000 } }, viewer))).toEqual({ code });
      expect(refusal(await run.ask(UPDATE, { id: first.id, version: first.version, input: { price: 1 } }, viewer))).toEqual({ code });
      const removal = await run.ask(DELETE, { id: first.id, version: first.version }, viewer);
      expect(refusal(removal)).toEqual({ code });
      if (code === 'FORBIDDEN') expect(removal.errors![0].message).toBe("Only the agency's own partner staff, DPMPTSP editors and DPMPTSP administrators may change this facility's listings.");
      expect(await listingsOf('kafetaria')).toEqual(before);
    });
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['a price below 0', { price: -1 }, 'price'],
    ['no price', { price: null }, 'price'],
    ['a price of Rp 10 million and more', { price: 10_000_001 }, 'price'],
    ['an empty name', { name: '' }, 'name'],
    ['a name of spaces', { name: '    ' }, 'name'],
    ['a name too long', { name: 'x'.repeat(121) }, 'name'],
    ['a category too long', { category: 'x'.repeat(61) }, 'category'],
  ])('refuses %s with BAD_USER_INPUT naming the field, making and changing nothing', async (_label, change, field) => {
    const before = await listingsOf('minimarket');
    expect(refusal(await run.ask(CREATE, { facilityId: facilityId('minimarket'), input: { name: 'Amplop Cokelat', price: 2000, ...change } }, EDITOR))).toEqual({ code: 'BAD_USER_INPUT', field });
    const [first] = before;
    expect(refusal(await run.ask(UPDATE, { id: first.id, version: first.version, input: { name: first.name, price: first.price, ...change } }, EDITOR))).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(await listingsOf('minimarket')).toEqual(before);
  });

  it('refuses a listing for a facility that sells nothing, an unknown facility or listing, and a stale version', async () => {
    expect(refusal(await run.ask(CREATE, { facilityId: facilityId('atm-bri'), input: { name: 'Tarik tunai', price: 0 } }, EDITOR))).toEqual({ code: 'BAD_USER_INPUT', field: 'facilityId' });
    expect(refusal(await run.ask(CREATE, { facilityId: facilityId('tidak-ada'), input: { name: 'Apa saja', price: 0 } }, EDITOR))).toEqual({ code: 'NOT_FOUND' });
    expect(refusal(await run.ask(UPDATE, { id: seedId('listing', 'tidak-ada'), version: 1, input: { price: 1 } }, EDITOR))).toEqual({ code: 'NOT_FOUND' });
    const [first] = await listingsOf('minimarket');
    expect(refusal(await run.ask(UPDATE, { id: first.id, version: first.version + 1, input: { price: 1 } }, EDITOR))).toEqual({ code: 'CONFLICT' });
    expect(refusal(await run.ask(DELETE, { id: first.id, version: first.version + 1 }, EDITOR))).toEqual({ code: 'CONFLICT' });
    expect((await listingsOf('minimarket'))[0]).toEqual(first);
  });
  it('lets only one of an update and a delete sent from the same version through, the other CONFLICT: nothing is lost unnoticed', async () => {
    for (let round = 1; round <= 6; round += 1) {
      const { createListing: listing } = await ok<{ createListing: ListingShape }>(run, CREATE, { facilityId: CAFETERIA, input: { name: `Kue Lapis ${round}`, price: 6000 } }, cafeteriaPartner);
      const [updated, deleted] = await Promise.all([
        run.ask<{ updateListing: ListingShape }>(UPDATE, { id: listing.id, version: listing.version, input: { price: 6500 } }, cafeteriaPartner),
        run.ask<{ deleteListing: ListingShape }>(DELETE, { id: listing.id, version: listing.version }, EDITOR),
      ]);
      const stored = await run.subgraph.database.orm.em.fork().findOne(Listing, { id: listing.id });
      const audited = (await auditOf(listing.id)).map((record) => record.action);
      if (updated.errors) {
        // The update met the delete under way (CONFLICT), or read after it had committed (NOT_FOUND).
        expect([['CONFLICT', 'NOT_FOUND'].includes(refusal(updated).code as string), deleted.errors, stored, audited]).toEqual([true, undefined, null, ['CREATE', 'DELETE']]);
      } else {
        expect([refusal(deleted), stored?.price, audited]).toEqual([{ code: 'CONFLICT' }, 6500, ['CREATE', 'UPDATE']]);
      }
    }
  });

  it('refuses a delete from a version an update under way is replacing, once that update commits (CONFLICT), keeping the update', async () => {
    const { createListing: listing } = await ok<{ createListing: ListingShape }>(run, CREATE, { facilityId: CAFETERIA, input: { name: 'Bingka Kentang', price: 5000 } }, cafeteriaPartner);
    let deleted: ReturnType<FacilitiesRun['ask']> | undefined;
    // An update of the listing not yet committed (its row locked) when the delete reads version 1.
    await run.subgraph.database.orm.em.fork().transactional(async (tx) => {
      await tx.nativeUpdate(Listing, { id: listing.id }, { price: 5500, version: listing.version + 1 });
      deleted = run.ask(DELETE, { id: listing.id, version: listing.version }, cafeteriaPartner);
      await sleep(WHILE_HELD_MS);
    });
    expect(refusal(await deleted!)).toEqual({ code: 'CONFLICT' });
    expect(await run.subgraph.database.orm.em.fork().findOne(Listing, { id: listing.id })).toMatchObject({ price: 5500, version: listing.version + 1 });
  });

  describe("after the cafeteria passes to another operator", () => {
    const minimarketPartner = partnerOf('minimarket-mpp');
    const cafeteriaListing = seedId('listing', 'kafetaria/mie-goreng');
    const readListing = async () => (await ok<{ listing: ListingShape }>(run, `query($id: ID!) { listing(id: $id) { ${LISTING} } }`, { id: cafeteriaListing })).listing;
    const operatorVersion = async () => (await run.subgraph.database.orm.em.fork().findOneOrFail(Facility, { id: CAFETERIA })).version;

    afterEach(async () => {
      // The cafeteria back with its own tenant, for the specs after these.
      const facility = await run.subgraph.database.orm.em.fork().findOneOrFail(Facility, { id: CAFETERIA });
      if (facility.operatorAgencyId !== seedId('agency', 'kafetaria-mpp')) {
        await ok(run, UPDATE_FACILITY, { id: CAFETERIA, version: facility.version, input: { operatorAgencyId: seedId('agency', 'kafetaria-mpp') } }, EDITOR);
      }
    });

    it("refuses the former operator's partner on its listings (FORBIDDEN) and lets the new one's through", async () => {
      await ok(run, UPDATE_FACILITY, { id: CAFETERIA, version: await operatorVersion(), input: { operatorAgencyId: seedId('agency', 'minimarket-mpp') } }, EDITOR);
      const listing = await readListing();
      expect(refusal(await run.ask(CREATE, { facilityId: CAFETERIA, input: { name: 'Pisang Goreng', price: 5000 } }, cafeteriaPartner))).toEqual({ code: 'FORBIDDEN' });
      expect(refusal(await run.ask(UPDATE, { id: listing.id, version: listing.version, input: { price: 1 } }, cafeteriaPartner))).toEqual({ code: 'FORBIDDEN' });
      expect(refusal(await run.ask(DELETE, { id: listing.id, version: listing.version }, cafeteriaPartner))).toEqual({ code: 'FORBIDDEN' });
      expect(await readListing()).toEqual(listing);
      expect((await ok(run, UPDATE, { id: listing.id, version: listing.version, input: { available: false } }, minimarketPartner)).updateListing).toMatchObject({ available: false });
    });

    /*
     * The concurrent case: the editor's change of operator is under way (the facility's row
     * written, not yet committed) when the former operator's partner changes a listing. The
     * listing write reads the facility under a shared lock (on MySQL; SQLite runs one writer at a
     * time), so it waits for the editor's commit and then sees the new operator: FORBIDDEN, not
     * a change committed by an agency that no longer runs the cafeteria.
     */
    it("refuses the former operator's partner whose listing change meets the change of operator under way", async () => {
      const listing = await readListing();
      const version = await operatorVersion();
      let changed: ReturnType<FacilitiesRun['ask']> | undefined;
      let created: ReturnType<FacilitiesRun['ask']> | undefined;
      await run.subgraph.database.orm.em.fork().transactional(async (tx) => {
        await tx.nativeUpdate(Facility, { id: CAFETERIA }, { operatorAgencyId: seedId('agency', 'minimarket-mpp'), version: version + 1 });
        changed = run.ask(UPDATE, { id: listing.id, version: listing.version, input: { price: 1 } }, cafeteriaPartner);
        created = run.ask(CREATE, { facilityId: CAFETERIA, input: { name: 'Pisang Goreng Keju', price: 7000 } }, cafeteriaPartner);
        await sleep(WHILE_HELD_MS);
      });
      expect([refusal(await changed!), refusal(await created!)]).toEqual([{ code: 'FORBIDDEN' }, { code: 'FORBIDDEN' }]);
      expect(await readListing()).toEqual(listing);
      expect((await listingsOf('kafetaria')).map((item) => item.name)).not.toContain('Pisang Goreng Keju');
    });
  });

  it("reads a menu's histories with one read of the shop, not one per listing", async () => {
    const listings = await listingsOf('kafetaria');
    expect(listings.length).toBeGreaterThan(3);
    run.subgraph.database.queryLog.reset();
    const { facility } = await ok(run, '{ facility(slug: "kafetaria") { listings { history { totalCount } } } }', {}, EDITOR);
    expect(facility.listings).toHaveLength(listings.length);
    // The facility by slug, then its listings' shop once through the request's loader.
    expect(run.subgraph.database.queryLog.entries.filter((sql) => /from [`"]facility[`"]/.test(sql))).toHaveLength(2);
  });
});
