import { GATEWAY_SECRET_HEADER, seedId } from '@mpp/kit';
import { schemaDrift, startSubgraph, type RunningSubgraph } from '@mpp/kit/subgraph';
import { postGraphql, testDatabaseTargets, type GraphqlResponse, testPlatformConfig, type TestPlatform } from '@mpp/kit/testing';
import { agenciesSubgraph } from '../subgraph';
import { agenciesSeed } from '../seed/seed';

describe.each(testDatabaseTargets())('agencies subgraph on $label', ({ databaseUrl }) => {
  let platform: TestPlatform;
  let subgraph: RunningSubgraph;
  let ask: (query: string, variables?: Record<string, unknown>) => Promise<GraphqlResponse>;

  beforeAll(async () => {
    platform = testPlatformConfig(databaseUrl);
    subgraph = await startSubgraph(agenciesSubgraph, platform.config, { port: 0 });
    ask = (query, variables) =>
      postGraphql(subgraph.url, query, variables, { [GATEWAY_SECRET_HEADER]: platform.config.gatewaySecret });
  });

  afterAll(async () => {
    await subgraph?.stop();
    await platform?.cleanup(['agencies']);
  });

  it('migrates to a schema that matches the entities', async () => {
    expect(await schemaDrift(subgraph.database)).toBe('');
    expect(await subgraph.database.orm.getMigrator().checkMigrationNeeded()).toBe(false);
  });

  it('seeds Paser: every kind of agency and 45 booths, and seeding again changes nothing', async () => {
    const { data } = await ask('{ agencies { slug kind booths { code status } } booths { code } }');
    const agencies = data!.agencies as { slug: string; kind: string; booths: { status: string }[] }[];
    expect(agencies.length).toBeGreaterThanOrEqual(15);
    for (const slug of ['polres', 'kejaksaan', 'pengadilan-negeri', 'pengadilan-agama', 'imigrasi',
      'bpjs-kesehatan', 'bpjs-ketenagakerjaan', 'dpmptsp', 'disdukcapil', 'samsat', 'bankaltimtara', 'bri', 'mandiri', 'bni']) {
      expect(agencies.map((agency) => agency.slug)).toContain(slug);
    }
    expect((data!.booths as unknown[]).length).toBe(45);
    for (const agency of agencies.filter((a) => a.kind === 'BANK' || a.kind === 'SOCIAL_SECURITY')) {
      expect(agency.booths.some((booth) => booth.status === 'OPEN')).toBe(true);
    }

    const em = subgraph.database.orm.em.fork();
    expect(await agenciesSeed.isNeeded(em)).toBe(false);
    await agenciesSeed.run(em);
    const again = await ask('{ agencies { id } booths { id } }');
    expect((again.data!.agencies as unknown[]).length).toBe(agencies.length);
    expect((again.data!.booths as unknown[]).length).toBe(45);
  });

  it('finds an agency by slug or by its stable seed id, and null for an unknown one', async () => {
    const bySlug = await ask('query($slug: String) { agency(slug: $slug) { id name booths { code agency { slug } } } }', { slug: 'bri' });
    const bri = bySlug.data!.agency as { id: string; booths: { agency: { slug: string } }[] };
    expect(bri.id).toBe(seedId('agency', 'bri'));
    expect(bri.booths.length).toBeGreaterThan(0);
    expect(bri.booths.every((booth) => booth.agency.slug === 'bri')).toBe(true);

    const byId = await ask('query($id: ID) { agency(id: $id) { slug } }', { id: seedId('agency', 'bpjs-kesehatan') });
    expect(byId.data!.agency).toEqual({ slug: 'bpjs-kesehatan' });

    const missing = await ask('{ agency(slug: "no-such-agency") { id } }');
    expect(missing.errors).toBeUndefined();
    expect(missing.data!.agency).toBeNull();
  });

  it('refuses a lookup with neither or both of id and slug', async () => {
    const neither = await ask('{ agency { id } }');
    expect(neither.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    const both = await ask('{ agency(id: "x", slug: "bri") { id } }');
    expect(both.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('filters agencies by kind and booths by status, sorted by name and code', async () => {
    const { data } = await ask('{ agencies(kind: BANK) { slug name } booths(status: PLANNED) { code status openedOn } }');
    const banks = data!.agencies as { slug: string; name: string }[];
    expect(banks.map((bank) => bank.slug).sort()).toEqual(['bankaltimtara', 'bni', 'bri', 'mandiri']);
    expect(banks.map((bank) => bank.name)).toEqual([...banks.map((bank) => bank.name)].sort((a, b) => (a < b ? -1 : 1)));
    const planned = data!.booths as { code: string; status: string; openedOn: string | null }[];
    expect(planned.length).toBeGreaterThan(0);
    expect(planned.every((booth) => booth.status === 'PLANNED' && booth.openedOn === null)).toBe(true);
    expect(planned.map((booth) => booth.code)).toEqual([...planned.map((booth) => booth.code)].sort());
  });

  it('answers entity references from the gateway in one batch', async () => {
    subgraph.database.queryLog.reset();
    const ids = ['bri', 'bni', 'mandiri', 'polres'].map((slug) => seedId('agency', slug));
    const { data } = await ask(
      'query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Agency { slug booths { code } } } }',
      { representations: [...ids.map((id) => ({ __typename: 'Agency', id })), { __typename: 'Agency', id: 'unknown' }] },
    );
    const entities = data!._entities as ({ slug: string } | null)[];
    expect(entities.slice(0, 4).map((entity) => entity!.slug)).toEqual(['bri', 'bni', 'mandiri', 'polres']);
    expect(entities[4]).toBeNull();
    expect(subgraph.database.queryLog.count).toBe(2);
  });
});
