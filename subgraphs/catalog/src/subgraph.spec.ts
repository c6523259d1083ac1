import { startSubgraph, type RunningSubgraph } from '@mpp/kit/subgraph';
import { testDatabaseTargets, testPlatformConfig, type TestPlatform } from '@mpp/kit/testing';
import { ServiceCategory } from './categories/category.entity';
import { ServiceRevision } from './revisions/service-revision.entity';
import { SearchSynonym, ServiceSearchTerm } from './search/search-index.entity';
import { categorySeeds } from './seed/categories.data';
import { searchSynonymSeeds } from './seed/search-synonyms.data';
import { serviceSeeds } from './seed/seed';
import { Service } from './services/service.entity';
import { catalogSubgraph } from './subgraph';

/*
 * Replicas starting at the same moment on one empty database: both come up, and the database
 * holds what one start would have made — migrations once, the seed once, one first revision per
 * service that has been public, one search index.
 */
describe.each(testDatabaseTargets())('two catalog replicas starting together on one empty database, on $label', ({ databaseUrl }) => {
  let platform: TestPlatform;
  let replicas: RunningSubgraph[] = [];

  beforeAll(async () => {
    platform = testPlatformConfig(databaseUrl);
    replicas = await Promise.all([0, 1].map(() => startSubgraph(catalogSubgraph, platform.config, { port: 0 })));
  });

  afterAll(async () => {
    for (const replica of replicas) await replica.stop();
    await platform?.cleanup(['catalog']);
  });

  it('both answer, from one database holding the data of one start', async () => {
    for (const replica of replicas) expect((await fetch(new URL('/health', replica.url))).status).toBe(200);
    const em = replicas[0].database.orm.em.fork();
    const everPublic = serviceSeeds.filter((seed) => seed.status === 'PUBLISHED' || seed.status === 'ARCHIVED').length;
    expect({
      categories: await em.count(ServiceCategory),
      services: await em.count(Service),
      revisions: await em.count(ServiceRevision),
      revisionsNumberedOne: await em.count(ServiceRevision, { number: 1 }),
      synonyms: await em.count(SearchSynonym),
      versions: [...new Set((await em.find(Service, {})).map((service) => service.version))],
    }).toEqual({
      categories: categorySeeds.length,
      services: serviceSeeds.length,
      revisions: everPublic,
      revisionsNumberedOne: everPublic,
      synonyms: searchSynonymSeeds.flatMap((group) => group.phrases).length,
      versions: [1],
    });
    const indexed = await em.createQueryBuilder(ServiceSearchTerm).select('serviceId', true).execute<{ serviceId: string }[]>('all');
    expect(indexed).toHaveLength(serviceSeeds.length);
  });
});
