import { seedId } from '@mpp/kit';
import { openSubgraphDatabase, type Database } from '@mpp/kit/subgraph';
import { openDatabaseBefore, testDatabaseTargets, testPlatformConfig, type TestPlatform } from '@mpp/kit/testing';
import { Agency } from '../agencies/agency.entity';
import { agencySeeds } from '../seed/agencies.data';
import { agenciesSeed } from '../seed/seed';
import { agenciesSubgraph } from '../subgraph';
import { agenciesMigrations } from '.';

const TENANTS = ['kafetaria-mpp', 'minimarket-mpp'];
const TENANTS_MIGRATION = 'Migration20261211000000_tenant_agencies_data';

/** An agency as the API shows it (what the seed gives), without its record columns. */
const fieldsOf = ({ id, slug, name, shortName, kind, description, website, phone, email }: Agency) => ({ id, slug, name, shortName, kind, description, website, phone, email });
const seeded = (slug: string) => ({ id: seedId('agency', slug), ...agencySeeds.find((seed) => seed.slug === slug)! });

/*
 * A database seeded before the seed had the cafeteria's and the minimarket's tenants gets them
 * on upgrade — with their seeded ids, which the facilities seed names as operators — unless an
 * agency already has the id or the slug; an empty database is left to the seed.
 */
describe.each(testDatabaseTargets())('agencies migrations on existing data, on $label', ({ databaseUrl }) => {
  let platform: TestPlatform;
  let database: Database;
  const handMadeMinimarket = '55555555-5555-4555-8555-555555555555';

  const agencies = async () => (await database.orm.em.fork().find(Agency, {}, { orderBy: { slug: 'asc' } })).map((agency) => ({ ...fieldsOf(agency), version: agency.version }));

  beforeAll(async () => {
    platform = testPlatformConfig(databaseUrl);
    const { config } = platform;
    // As an upgraded platform has it: seeded before the tenants were (BRI among them), and the
    // minimarket's tenant entered by an editor in the CMS, under an id of its own.
    const before = await openDatabaseBefore(platform, agenciesSubgraph, TENANTS_MIGRATION);
    const connection = before.orm.em.getConnection();
    const bri = seeded('bri');
    const insert = 'insert into agency (id, slug, name, short_name, kind, description, website, phone, email, version, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)';
    const now = new Date();
    await connection.execute(insert, [bri.id, bri.slug, bri.name, bri.shortName, bri.kind, bri.description, bri.website, bri.phone, bri.email, 1, now, now]);
    await connection.execute(insert, [handMadeMinimarket, 'minimarket-mpp', 'Minimarket Sejahtera', 'Minimarket', 'OTHER', null, null, '0543-21999', null, 3, now, now]);
    await before.close();
    database = await openSubgraphDatabase(agenciesSubgraph, config);
  });

  afterAll(async () => {
    await database?.close();
    await platform?.cleanup(['agencies']);
  });

  it("adds the cafeteria's tenant with its seeded id and the seed's fields, and leaves the minimarket's tenant an editor made", async () => {
    const tenants = (await agencies()).filter((agency) => TENANTS.includes(agency.slug));
    expect(tenants).toEqual([
      { ...seeded('kafetaria-mpp'), version: 1 },
      { id: handMadeMinimarket, slug: 'minimarket-mpp', name: 'Minimarket Sejahtera', shortName: 'Minimarket', kind: 'OTHER', description: null, website: null, phone: '0543-21999', email: null, version: 3 },
    ]);
    const added = await database.orm.em.fork().findOneOrFail(Agency, { slug: 'kafetaria-mpp' });
    // Dates written by the migration read back as the instants they were.
    expect(Math.abs(added.createdAt.getTime() - Date.now())).toBeLessThan(60_000);
    expect(Math.abs(added.updatedAt.getTime() - Date.now())).toBeLessThan(60_000);
  });

  it('changes nothing when it runs again, even after an editor gave a tenant another slug', async () => {
    await database.orm.em.fork().nativeUpdate(Agency, { slug: 'kafetaria-mpp' }, { slug: 'kafetaria-paser' });
    const before = await agencies();
    const migrator = database.orm.getMigrator();
    await migrator.down({ to: agenciesMigrations[agenciesMigrations.findIndex((migration) => migration.name === TENANTS_MIGRATION) - 1].name });
    await migrator.up();
    expect(await agencies()).toEqual(before);
    expect(before.map((agency) => agency.slug)).toEqual(['bri', 'kafetaria-paser', 'minimarket-mpp']);
  });
});

describe.each(testDatabaseTargets())('agencies migrations on an empty database, on $label', ({ databaseUrl }) => {
  let platform: TestPlatform;
  let database: Database;

  beforeAll(async () => {
    platform = testPlatformConfig(databaseUrl);
    database = await openSubgraphDatabase(agenciesSubgraph, platform.config);
  });

  afterAll(async () => {
    await database?.close();
    await platform?.cleanup(['agencies']);
  });

  it('adds no agency, so the first start still seeds every one, the tenants among them, once', async () => {
    const em = database.orm.em.fork();
    expect(await em.count(Agency)).toBe(0);
    expect(await agenciesSeed.isNeeded(em)).toBe(true);
    await agenciesSeed.run(em);
    const stored = await database.orm.em.fork().find(Agency, { slug: { $in: TENANTS } }, { orderBy: { slug: 'asc' } });
    expect(stored.map(fieldsOf)).toEqual(TENANTS.map(seeded));
    expect(await database.orm.em.fork().count(Agency)).toBe(agencySeeds.length);
  });
});
