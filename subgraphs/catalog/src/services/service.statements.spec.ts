import { newId, seedId } from '@mpp/kit';
import { subgraphForSpecs, testDatabaseTargets } from '@mpp/kit/testing';
import { catalogSubgraph } from '../subgraph';
import { PublishStatus, Service } from './service.entity';

/** The catalog page of the public website, as the gateway asks the catalog for it. */
const CATALOG_PAGE = `query($limit: Int) { services(limit: $limit) { totalCount items {
  name summary fee { amount } agency { __typename id } category { name } } } }`;

/*
 * What a public page costs the catalog in SQL statements does not grow with what is on it:
 * every list and reference is one batched statement per kind of thing asked for.
 */
describe.each(testDatabaseTargets())('catalog statements per request on $label', ({ databaseUrl }) => {
  const run = subgraphForSpecs(catalogSubgraph, databaseUrl);

  /** The statements one request ran, and its answer. */
  const statementsOf = async (query: string, variables: Record<string, unknown> = {}) => {
    run.subgraph.database.queryLog.reset();
    const response = await run.ask(query, variables);
    expect(response.errors).toBeUndefined();
    return { statements: run.subgraph.database.queryLog.count, data: response.data };
  };

  beforeAll(async () => {
    // More than a hundred published services, so the largest page is full.
    const em = run.subgraph.database.orm.em.fork();
    const published = await em.find(Service, { status: PublishStatus.PUBLISHED });
    for (const [index, original] of published.entries()) {
      for (const copy of [1, 2]) {
        const slug = `${original.slug}-salinan-${copy}`;
        em.create(Service, { ...original, id: newId(), slug, publicSlug: slug, name: `${original.name} ${copy}${index}`, version: 1 });
      }
    }
    await em.flush();
  });

  it('answers the catalog page in as many statements at limit 5 as at limit 100', async () => {
    const five = await statementsOf(CATALOG_PAGE, { limit: 5 });
    const hundred = await statementsOf(CATALOG_PAGE, { limit: 100 });
    expect(five.data.services.items).toHaveLength(5);
    expect(hundred.data.services.items).toHaveLength(100);
    // The page, its total, and the categories on it.
    expect([five.statements, hundred.statements]).toEqual([3, 3]);
  });

  it('answers a service page in a fixed number of statements', async () => {
    const page = await statementsOf(`{ service(slug: "perpanjangan-sim") { name requirements { description note } procedure { description }
      processingTime fee { isFree amount tiers { label amount } note } product complaintChannels legalBasis onlineUrl
      agency { __typename id } category { name slug } } }`);
    expect(page.data.service.fee.tiers.length).toBeGreaterThan(0);
    // The service, then its category.
    expect(page.statements).toBe(2);
  });

  it('answers 5 and 100 service references from the gateway in as many statements', async () => {
    const { data } = await run.ask('{ services(limit: 100) { items { id } } }');
    const ids: string[] = data.services.items.map((item: { id: string }) => item.id);
    const references = (count: number) =>
      statementsOf('query($r: [_Any!]!) { _entities(representations: $r) { ... on Service { name fee { amount } agency { id } category { name } } } }', {
        r: ids.slice(0, count).map((id) => ({ __typename: 'Service', id })),
      });
    const five = await references(5);
    const hundred = await references(100);
    expect(five.data._entities).toHaveLength(5);
    expect(hundred.data._entities.filter(Boolean)).toHaveLength(100);
    expect([five.statements, hundred.statements]).toEqual([2, 2]);
  });

  it("answers 5 and 100 agencies' services for the gateway in as many statements", async () => {
    const seeded = ['bri', 'bni', 'mandiri', 'polres', 'disdukcapil'].map((slug) => seedId('agency', slug));
    // Agencies the catalog has no services of count as much as any other.
    const agencyIds = [...seeded, ...Array.from({ length: 95 }, () => newId())];
    const references = (count: number) =>
      statementsOf('query($r: [_Any!]!) { _entities(representations: $r) { ... on Agency { services { name fee { amount } category { name } } } } }', {
        r: agencyIds.slice(0, count).map((id) => ({ __typename: 'Agency', id })),
      });
    const five = await references(5);
    const hundred = await references(100);
    expect(five.data._entities.every((agency: { services: unknown[] }) => agency.services.length > 0)).toBe(true);
    expect(hundred.data._entities).toHaveLength(100);
    expect([five.statements, hundred.statements]).toEqual([2, 2]);
  });
});
