import { clock, seedId } from '@mpp/kit';
import { schemaDrift, startSubgraph, type RunningSubgraph } from '@mpp/kit/subgraph';
import { askAsGateway, testDatabaseTargets, testPlatformConfig, type TestPlatform } from '@mpp/kit/testing';
import { Facility, FacilityKind } from './facilities/facility.entity';
import { requireFeatures } from './facilities/facility.features';
import { Listing } from './listings/listing.entity';
import { SELLING_KINDS } from './listings/listing.mutations';
import { requirePrice } from './listings/listing.rules';
import { Mall } from './mall/mall.entity';
import { facilitySeeds, listingSeeds } from './seed/facilities.data';
import { facilitiesSeed, MALL_ID } from './seed/seed';
import { FakePublicApi, KNOWN_AGENCIES, MONDAY_MORNING } from './spec-support';
import { facilitiesSubgraph } from './subgraph';

describe('the seed data', () => {
  it('gives every facility a slug of its own, features of its kind and a known operator', () => {
    expect(new Set(facilitySeeds.map((facility) => facility.slug)).size).toBe(facilitySeeds.length);
    for (const facility of facilitySeeds) {
      expect(requireFeatures(facility.kind, facility.features)).toEqual(facility.features);
      if (facility.operatorSlug !== null) expect(KNOWN_AGENCIES).toContain(facility.operatorSlug);
    }
  });

  it('has an ATM of each seeded bank in the ATM center, reachable from outside, and every kind the issue names', () => {
    const atms = facilitySeeds.filter((facility) => facility.kind === FacilityKind.ATM);
    expect(atms.map((atm) => atm.operatorSlug).sort()).toEqual(['bankaltimtara', 'bni', 'bri', 'mandiri']);
    for (const atm of atms) expect(atm.reachableFromOutside).toBe(true);
    const kinds = new Set(facilitySeeds.map((facility) => facility.kind));
    for (const kind of ['ATM', 'CAFETERIA', 'MINIMARKET', 'SMOKING_AREA', 'PRAYER_ROOM', 'LACTATION_ROOM', 'PARKING', 'TOILET', 'CHILDREN_AREA', 'ACCESSIBILITY']) {
      expect(kinds).toContain(kind);
    }
    expect(facilitySeeds.find((facility) => facility.kind === FacilityKind.PARKING)?.reachableFromOutside).toBe(true);
    expect(facilitySeeds.find((facility) => facility.kind === FacilityKind.SMOKING_AREA)?.location).toMatch(/luar gedung/);
  });

  it('lists things only for shops, each with a price in Rupiah and a slug of its own in its shop', () => {
    const shops = new Map(facilitySeeds.map((facility) => [facility.slug, facility.kind]));
    for (const listing of listingSeeds) {
      expect(SELLING_KINDS).toContain(shops.get(listing.facilitySlug));
      expect(requirePrice(listing.price)).toBe(listing.price);
    }
    expect(new Set(listingSeeds.map((listing) => `${listing.facilitySlug}/${listing.slug}`)).size).toBe(listingSeeds.length);
    expect(listingSeeds.filter((listing) => listing.facilitySlug === 'kafetaria').length).toBeGreaterThanOrEqual(5);
    expect(listingSeeds.filter((listing) => listing.facilitySlug === 'minimarket').length).toBeGreaterThanOrEqual(3);
  });
});

/*
 * Replicas starting at the same moment on one empty database: both come up, and the database
 * holds what one start would have made; the schema the migrations made is the entities'.
 */
describe.each(testDatabaseTargets())('two facilities replicas starting together on one empty database, on $label', ({ databaseUrl }) => {
  let platform: TestPlatform;
  let replicas: RunningSubgraph[] = [];
  const publicApi = new FakePublicApi();
  const ask = askAsGateway(() => ({ subgraph: replicas[0], config: platform.config }));

  beforeAll(async () => {
    clock.freezeAt(MONDAY_MORNING);
    await publicApi.start();
    platform = testPlatformConfig(databaseUrl, { MPP_GATEWAY_URL: publicApi.url });
    replicas = await Promise.all([0, 1].map(() => startSubgraph(facilitiesSubgraph, platform.config, { port: 0 })));
  });

  afterAll(async () => {
    for (const replica of replicas) await replica.stop();
    await platform?.cleanup(['facilities']);
    await publicApi.stop();
    clock.reset();
  });

  it('migrates to a schema that matches the entities', async () => {
    expect(await schemaDrift(replicas[0].database)).toBe('');
    expect(await replicas[0].database.orm.getMigrator().checkMigrationNeeded()).toBe(false);
  });

  it('holds the seed once, and seeding again changes nothing', async () => {
    const em = replicas[0].database.orm.em.fork();
    const counts = async () => ({ malls: await em.count(Mall), facilities: await em.count(Facility), listings: await em.count(Listing) });
    const seeded = { malls: 1, facilities: facilitySeeds.length, listings: listingSeeds.length };
    expect(await counts()).toEqual(seeded);
    const versions = async () => (await em.fork().find(Facility, {}, { orderBy: { id: 'asc' } })).map((facility) => [facility.id, facility.version, facility.statusSince.toISOString()]);
    const before = await versions();
    await facilitiesSeed.run(em.fork());
    expect(await counts()).toEqual(seeded);
    expect(await versions()).toEqual(before);
    expect(await facilitiesSeed.isNeeded(em.fork())).toBe(false);
  });

  it('serves the seeded facilities under their stable ids, open on a Monday morning, BRI operating its ATM', async () => {
    const { data } = await ask('{ mall { id isOpenNow } facility(slug: "atm-bri") { id name kind isOpenNow operator { id } } facilities { slug } }');
    expect(data.mall).toEqual({ id: MALL_ID, isOpenNow: true });
    expect(data.facility).toEqual({ id: seedId('facility', 'atm-bri'), name: 'ATM BRI', kind: 'ATM', isOpenNow: true, operator: { id: seedId('agency', 'bri') } });
    expect(data.facilities.map((facility: { slug: string }) => facility.slug).sort()).toEqual(facilitySeeds.map((facility) => facility.slug).sort());
  });
});
