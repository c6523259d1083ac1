import { seedId, type StaffIdentity } from '@mpp/kit';
import { subgraphForSpecs, testDatabaseTargets } from '@mpp/kit/testing';
import { catalogSubgraph } from '../subgraph';

/*
 * What the gateway may reuse of the catalog (the kit's cache policy): an anonymous caller reads
 * only published services, the same for everyone, so its answers are public for a second; what
 * staff read (drafts, pending edits) never is.
 */

const CATALOG_PAGE = '{ services(limit: 20) { totalCount items { name summary fee { amount } category { name } } } }';
const SERVICE_PAGE = `query($slug: String) { service(slug: $slug) { id name summary requirements { description note } procedure { description }
  processingTime fee { isFree amount tiers { label amount } note } product complaintChannels legalBasis onlineUrl category { name } agency { id } } }`;
const SEARCH = 'query($search: String) { services(filter: { search: $search }, limit: 10) { totalCount items { name } } }';
const CATEGORIES = '{ serviceCategories { name services { name } } }';
const AGENCY_SERVICES = 'query($keys: [_Any!]!) { _entities(representations: $keys) { ... on Agency { services { name fee { amount } } } } }';
const SERVICE_REFERENCES = 'query($keys: [_Any!]!) { _entities(representations: $keys) { ... on Service { name category { name } } } }';

const EDITOR: StaffIdentity = { userId: 'u-editor', role: 'EDITOR', agencyId: null };
const BRI_PARTNER: StaffIdentity = { userId: 'u-bri', role: 'PARTNER', agencyId: seedId('agency', 'bri') };

describe.each(testDatabaseTargets())("the catalog's cache hints on $label", ({ databaseUrl }) => {
  const run = subgraphForSpecs(catalogSubgraph, databaseUrl);
  const publicReads = (): [string, string, Record<string, unknown>][] => [
    ['the catalog page', CATALOG_PAGE, {}],
    ['a service page', SERVICE_PAGE, { slug: 'perpanjangan-sim' }],
    ['a search', SEARCH, { search: 'perpanjang sim' }],
    ['the categories', CATEGORIES, {}],
    ["an agency's services (from the gateway)", AGENCY_SERVICES, { keys: [{ __typename: 'Agency', id: seedId('agency', 'bri') }] }],
    ['services referred to by another subgraph', SERVICE_REFERENCES, { keys: [{ __typename: 'Service', id: seedId('service', 'perpanjangan-sim') }] }],
  ];

  it('lets anyone reuse what the public reads for a second', async () => {
    for (const [label, query, variables] of publicReads()) {
      const { cacheControl, body } = await run.askWithCacheControl(query, variables);
      expect([label, body.errors]).toEqual([label, undefined]);
      expect([label, cacheControl]).toEqual([label, 'max-age=1, public']);
    }
    // The lookups found what they were asked for.
    const [, , , , [, agencyServices, agencyKeys], [, serviceReferences, serviceKeys]] = publicReads();
    expect((await run.askWithCacheControl(agencyServices, agencyKeys)).body.data._entities[0].services.length).toBeGreaterThan(0);
    expect((await run.askWithCacheControl(serviceReferences, serviceKeys)).body.data._entities[0].name).toEqual(expect.any(String));
    const page = (await run.askWithCacheControl(CATALOG_PAGE)).body.data.services;
    expect(page.items).toHaveLength(20);
    expect(page.items[0]).toEqual({ name: expect.any(String), summary: expect.any(String), fee: { amount: expect.any(Number) }, category: { name: expect.any(String) } });
  });

  it('never lets what staff read be reused, the public pages included', async () => {
    for (const viewer of [EDITOR, BRI_PARTNER]) {
      for (const [label, query, variables] of publicReads()) {
        const { cacheControl, body } = await run.askWithCacheControl(query, variables, viewer);
        expect([label, body.errors]).toEqual([label, undefined]);
        expect([label, cacheControl]).toEqual([label, 'no-store']);
      }
      const editorial = await run.askWithCacheControl('query($slug: String) { service(slug: $slug) { name pendingEdit { state } revisions { number } } }', { slug: 'perpanjangan-sim' }, viewer);
      expect(editorial.body.errors).toBeUndefined();
      expect(editorial.cacheControl).toBe('no-store');
    }
  });

  it('never lets a refused staff-only field be reused', async () => {
    const { cacheControl, body } = await run.askWithCacheControl('query($slug: String) { service(slug: $slug) { name pendingEdit { state } } }', { slug: 'perpanjangan-sim' });
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(cacheControl).toBe('no-store');
  });
});
