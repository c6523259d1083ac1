import { INTERNAL_TOKEN_HEADER, seedId } from '@mpp/kit';
import { testDatabaseTargets } from '@mpp/kit/testing';
import { graphql } from './generated';
import { TestPlatformRun } from './support/platform';

const AgencyWithServices = graphql(`
  query AgencyWithServices($slug: String!) {
    agency(slug: $slug) {
      id
      name
      kind
      booths { code floor status openedOn }
      services { name slug fee { isFree amount tiers { label amount } note } }
    }
  }
`);

const ServiceWithAgency = graphql(`
  query ServiceWithAgency($slug: String!) {
    service(slug: $slug) {
      name
      processingTime
      fee { amount tiers { label amount } }
      category { slug name }
      agency { slug name booths { code status agency { slug } } }
    }
  }
`);

const ServicesPage = graphql(`
  query ServicesPage($filter: ServiceFilter, $limit: Int, $offset: Int) {
    services(filter: $filter, limit: $limit, offset: $offset) {
      totalCount
      items { id slug name status }
    }
  }
`);

const ServicesAcrossSubgraphs = graphql(`
  query ServicesAcrossSubgraphs($limit: Int!) {
    services(limit: $limit) {
      items { name agency { name booths { code } } category { name } }
    }
  }
`);

const CategoriesWithServices = graphql(`
  query CategoriesWithServices {
    serviceCategories { slug name services { slug agency { shortName } } }
  }
`);

describe.each(testDatabaseTargets())('the platform through the gateway on $label', ({ databaseUrl }) => {
  let platform: TestPlatformRun;

  beforeAll(async () => {
    platform = await TestPlatformRun.start(databaseUrl);
  });

  afterAll(async () => {
    await platform?.stop();
  });

  it('answers an agency with its booths (agencies) and its services (catalog)', async () => {
    const { data, errors } = await platform.execute(AgencyWithServices, { slug: 'bri' });
    expect(errors).toBeUndefined();
    const bri = data!.agency!;
    expect(bri.id).toBe(seedId('agency', 'bri'));
    expect(bri.kind).toBe('BANK');
    expect(bri.booths.some((booth) => booth.status === 'OPEN')).toBe(true);
    expect(bri.services!.length).toBeGreaterThanOrEqual(2);
    expect(bri.services!.map((service) => service.name)).toEqual([...bri.services!.map((service) => service.name)].sort());
  });

  it('follows a service to its agency and that agency\'s booths', async () => {
    const { data, errors } = await platform.execute(ServiceWithAgency, { slug: 'perpanjangan-sim' });
    expect(errors).toBeUndefined();
    const service = data!.service!;
    expect(service.fee.tiers.map((tier) => [tier.label, tier.amount])).toEqual(
      expect.arrayContaining([[expect.stringContaining('A'), 80000], [expect.stringContaining('C'), 75000], [expect.stringContaining('D'), 30000]]),
    );
    expect(service.agency!.slug).toBe('polres');
    expect(service.agency!.booths.length).toBeGreaterThan(0);
    expect(service.agency!.booths.every((booth) => booth.agency.slug === 'polres')).toBe(true);
    expect(service.category.slug).toBe('kepolisian');
  });

  it('gives categories their published services and those services\' agencies', async () => {
    const { data, errors } = await platform.execute(CategoriesWithServices);
    expect(errors).toBeUndefined();
    const banking = data!.serviceCategories.find((category) => category.slug === 'perbankan')!;
    expect(banking.services.length).toBeGreaterThanOrEqual(8);
    expect(banking.services.every((service) => service.agency !== null)).toBe(true);
  });

  it('pages with totals and limits', async () => {
    const all = await platform.execute(ServicesPage, { limit: 100 });
    const total = all.data!.services.totalCount;
    expect(total).toBeGreaterThanOrEqual(40);
    const firstPage = await platform.execute(ServicesPage, {});
    expect(firstPage.data!.services.items).toHaveLength(20);
    expect(firstPage.data!.services.totalCount).toBe(total);
    const lastPage = await platform.execute(ServicesPage, { limit: 10, offset: total - 3 });
    expect(lastPage.data!.services.items.map((item) => item.id)).toEqual(all.data!.services.items.slice(total - 3).map((item) => item.id));
  });

  it('returns null for a slug that does not exist', async () => {
    const service = await platform.execute(ServiceWithAgency, { slug: 'tidak-ada' });
    const agency = await platform.execute(AgencyWithServices, { slug: 'tidak-ada' });
    expect([service.errors, service.data]).toEqual([undefined, { service: null }]);
    expect([agency.errors, agency.data]).toEqual([undefined, { agency: null }]);
  });

  it('keeps unpublished services from anonymous callers', async () => {
    for (const slug of ['registrasi-brimo', 'pengaduan-layanan-jkn', 'klaim-pensiun-taspen-lama', 'izin-reklame']) {
      const { data } = await platform.execute(ServiceWithAgency, { slug });
      expect([slug, data!.service]).toEqual([slug, null]);
    }
    for (const status of ['DRAFT', 'IN_REVIEW', 'ARCHIVED'] as const) {
      const { data } = await platform.execute(ServicesPage, { filter: { status }, limit: 100 });
      expect(data!.services).toEqual({ totalCount: 0, items: [] });
    }
    const bri = await platform.execute(AgencyWithServices, { slug: 'bri' });
    expect(bri.data!.agency!.services!.map((service) => service.slug)).not.toContain('registrasi-brimo');
  });

  it.each([
    ['a limit above 100', '{ services(limit: 101) { totalCount } }', 'BAD_USER_INPUT', 'limit'],
    ['a negative offset', '{ services(offset: -5) { totalCount } }', 'BAD_USER_INPUT', 'offset'],
    ['a lookup without id or slug', '{ agency { name } }', 'BAD_USER_INPUT', 'id'],
    ['an unknown enum value', '{ booths(status: SHUT) { code } }', 'GRAPHQL_VALIDATION_FAILED', undefined],
    ['an unknown field', '{ services { items { price } } }', 'GRAPHQL_VALIDATION_FAILED', undefined],
    ['a syntax error', '{ services { items { name }', 'GRAPHQL_PARSE_FAILED', undefined],
  ])('refuses %s with its code', async (_label, query, code, field) => {
    const { errors } = await platform.post(query);
    expect(errors?.[0]?.extensions?.code).toBe(code);
    if (field) expect(errors?.[0]?.extensions?.field).toBe(field);
    expect(JSON.stringify(errors)).not.toMatch(/stacktrace|\.ts:|select /i);
  });

  it('runs as many SQL statements per subgraph for 100 services as for 5 (no N+1)', async () => {
    const few = await platform.countStatements(async () => {
      const { data, errors } = await platform.execute(ServicesAcrossSubgraphs, { limit: 5 });
      expect(errors).toBeUndefined();
      expect(data!.services.items).toHaveLength(5);
    });
    const many = await platform.countStatements(async () => {
      const { data, errors } = await platform.execute(ServicesAcrossSubgraphs, { limit: 100 });
      expect(errors).toBeUndefined();
      expect(data!.services.items.length).toBeGreaterThanOrEqual(40);
      expect(data!.services.items.every((item) => item.agency?.booths.length)).toBe(true);
    });
    process.stdout.write(`statements per subgraph: limit 5 ${JSON.stringify(few)}, limit 100 ${JSON.stringify(many)}\n`);
    expect(many).toEqual(few);
    expect(few.catalog).toBeLessThanOrEqual(3);
    expect(few.agencies).toBeLessThanOrEqual(2);
  });

  describe('subgraphs answer only the gateway', () => {
    const probe = JSON.stringify({ query: '{ services(limit: 1) { totalCount } }' });

    it.each([
      ['no internal token', {}],
      ['a made-up internal token', { [INTERNAL_TOKEN_HEADER]: 'not-a-token' }],
      ['the shared secret header of old', { 'x-mpp-gateway-secret': 'not-the-secret' }],
    ])('refuses a call with %s', async (_label, headers) => {
      for (const subgraph of Object.values(platform.subgraphs)) {
        const response = await fetch(subgraph.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: probe });
        expect(response.status).toBe(401);
        const body = (await response.json()) as { data?: unknown; errors: { extensions: { code: string } }[] };
        expect(body.data).toBeUndefined();
        expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      }
    });

    it('refuses an _entities call with a forged identity and no internal token', async () => {
      const response = await fetch(platform.subgraphs.catalog.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-mpp-viewer': JSON.stringify({ userId: 'x', role: 'ADMIN', agencyId: null }) },
        body: JSON.stringify({
          query: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Service { name status } } }',
          variables: { r: [{ __typename: 'Service', id: seedId('service', 'registrasi-brimo') }] },
        }),
      });
      expect(response.status).toBe(401);
    });

    it('still reports health without an internal token, and the gateway reports every subgraph', async () => {
      for (const subgraph of Object.values(platform.subgraphs)) {
        const response = await fetch(new URL('/health', subgraph.url));
        expect(await response.json()).toEqual({ status: 'ok', subgraph: subgraph.name, database: 'up' });
      }
      const gateway = await fetch(new URL('/health', platform.url));
      expect(gateway.status).toBe(200);
      expect(await gateway.json()).toEqual({ status: 'ok', subgraphs: Object.fromEntries(platform.platform.config.subgraphs.map((name) => [name, 'ok'])) });
    });
  });
});
