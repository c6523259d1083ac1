import { openSubgraphDatabase, schemaDrift, type Database } from '@mpp/kit/subgraph';
import { testDatabaseTargets, testPlatformConfig, type TestPlatform } from '@mpp/kit/testing';
import { facilitiesSubgraph } from '../subgraph';
import { facilitiesMigrations } from '.';

/*
 * The facilities migrations on both databases: they make the schema the entities describe, and
 * each one can be taken back and run again (a release rolled back and forward).
 */
describe.each(testDatabaseTargets())('facilities migrations, on $label', ({ databaseUrl }) => {
  let platform: TestPlatform;
  let database: Database;

  beforeAll(async () => {
    platform = testPlatformConfig(databaseUrl);
    database = await openSubgraphDatabase(facilitiesSubgraph, platform.config);
  });

  afterAll(async () => {
    await database?.close();
    await platform?.cleanup(['facilities']);
  });

  it('makes the schema of the entities', async () => {
    expect((await database.orm.getMigrator().getExecutedMigrations()).map((migration) => migration.name)).toEqual(facilitiesMigrations.map((migration) => migration.name));
    expect(await schemaDrift(database)).toBe('');
  });

  it('takes every migration back, leaving no table of its own, and runs them again to the same schema', async () => {
    const migrator = database.orm.getMigrator();
    await migrator.down({ to: 0 });
    expect(await migrator.getExecutedMigrations()).toEqual([]);
    const tables = (await database.orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false, safe: false })).match(/create table [`"]?(\w+)/g) ?? [];
    expect(tables.map((statement) => statement.replace(/create table [`"]?/, '')).sort()).toEqual(['audit_record', 'facility', 'listing', 'mall', 'mall_closed_date', 'mall_closed_date_year']);
    await migrator.up();
    expect(await schemaDrift(database)).toBe('');
  });
});
