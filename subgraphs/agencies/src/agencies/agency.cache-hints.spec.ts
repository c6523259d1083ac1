import { seedId, type StaffIdentity, type Viewer } from '@mpp/kit';
import { subgraphForSpecs, testDatabaseTargets } from '@mpp/kit/testing';
import { agenciesSubgraph } from '../subgraph';

/*
 * What the gateway may reuse of the agencies subgraph (the kit's cache policy): the agency
 * directory and the booths are public, the same for every anonymous caller, so they may be
 * reused for a second; nothing a signed-in caller (staff, a kiosk) reads ever is.
 */

const DIRECTORY = '{ agencies { id slug name shortName kind description website phone email booths { code floor status } } }';
const AGENCY_PAGE = 'query($slug: String) { agency(slug: $slug) { name kind booths { code floor status openedOn agency { slug } } } }';
const BOOTHS = '{ booths(status: OPEN) { code floor agency { name } } }';
const AGENCY_REFERENCES = 'query($keys: [_Any!]!) { _entities(representations: $keys) { ... on Agency { name booths { code } } } }';

const EDITOR: StaffIdentity = { userId: 'u-editor', role: 'EDITOR', agencyId: null };
const KIOSK: Viewer = { kind: 'kiosk', kioskId: 'kiosk-1', sessionId: 'session-1' };

describe.each(testDatabaseTargets())("the agencies' cache hints on $label", ({ databaseUrl }) => {
  const run = subgraphForSpecs(agenciesSubgraph, databaseUrl);
  const publicReads = (): [string, string, Record<string, unknown>][] => [
    ['the agency directory', DIRECTORY, {}],
    ["an agency's page", AGENCY_PAGE, { slug: 'bri' }],
    ['the open booths', BOOTHS, {}],
    ['agencies referred to by another subgraph', AGENCY_REFERENCES, { keys: [{ __typename: 'Agency', id: seedId('agency', 'polres') }] }],
  ];

  it('lets anyone reuse what the public reads for a second', async () => {
    for (const [label, query, variables] of publicReads()) {
      const { cacheControl, body } = await run.askWithCacheControl(query, variables);
      expect([label, body.errors]).toEqual([label, undefined]);
      expect([label, cacheControl]).toEqual([label, 'max-age=1, public']);
    }
    const { data } = (await run.askWithCacheControl(DIRECTORY)).body;
    expect(data.agencies.length).toBeGreaterThanOrEqual(15);
    const [, references, keys] = publicReads()[3];
    expect((await run.askWithCacheControl(references, keys)).body.data._entities[0].name).toEqual(expect.any(String));
  });

  it('never lets what staff or a kiosk read be reused, the public directory included', async () => {
    for (const viewer of [EDITOR, KIOSK]) {
      for (const [label, query, variables] of publicReads()) {
        const { cacheControl, body } = await run.askWithCacheControl(query, variables, viewer);
        expect([label, body.errors]).toEqual([label, undefined]);
        expect([label, cacheControl]).toEqual([label, 'no-store']);
      }
    }
    const withHistory = await run.askWithCacheControl('query($slug: String) { agency(slug: $slug) { name history { totalCount } } }', { slug: 'bri' }, EDITOR);
    expect(withHistory.body.errors).toBeUndefined();
    expect(withHistory.cacheControl).toBe('no-store');
  });

  it('never lets a refused staff-only read be reused', async () => {
    const { cacheControl, body } = await run.askWithCacheControl('query($slug: String) { agency(slug: $slug) { name history { totalCount } } }', { slug: 'bri' });
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(cacheControl).toBe('no-store');
  });
});
