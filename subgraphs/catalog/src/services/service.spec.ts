import { seedId, type StaffIdentity } from '@mpp/kit';
import { schemaDrift } from '@mpp/kit/subgraph';
import { subgraphForSpecs, testDatabaseTargets } from '@mpp/kit/testing';
import { ServiceSearchTerm } from '../search/search-index.entity';
import { prepareSearch } from '../search/search.setup';
import { catalogSeed, serviceSeeds } from '../seed/seed';
import { Service } from './service.entity';
import { catalogSubgraph } from '../subgraph';

const SERVICE_FIELDS = `id slug name summary status agency { id } category { slug name }
  requirements { description note } procedure { description } processingTime
  fee { isFree amount tiers { label amount } note } product complaintChannels legalBasis onlineUrl version updatedAt`;

describe.each(testDatabaseTargets())('catalog subgraph on $label', ({ databaseUrl }) => {
  const run = subgraphForSpecs(catalogSubgraph, databaseUrl);

  it('migrates to a schema that matches the entities', async () => {
    expect(await schemaDrift(run.subgraph.database)).toBe('');
    expect(await run.subgraph.database.orm.getMigrator().checkMigrationNeeded()).toBe(false);
  });

  it('seeds at least 40 published services with every public component filled', async () => {
    const { data } = await run.ask(`{ services(limit: 100) { totalCount items { ${SERVICE_FIELDS} } } }`);
    expect(data.services.totalCount).toBeGreaterThanOrEqual(40);
    expect(data.services.items).toHaveLength(Math.min(100, data.services.totalCount));
    for (const service of data.services.items) {
      expect(service.status).toBe('PUBLISHED');
      expect(service.summary).toBeTruthy();
      expect(service.requirements.length).toBeGreaterThan(0);
      expect(service.procedure.length).toBeGreaterThan(0);
      expect(service.processingTime).toBeTruthy();
      expect(service.product).toBeTruthy();
      expect(service.complaintChannels.length).toBeGreaterThan(0);
      expect(service.legalBasis.length).toBeGreaterThan(0);
      const { fee } = service;
      if (fee.isFree) expect([fee.amount, fee.tiers]).toEqual([0, []]);
      if (fee.tiers.length > 0) expect(fee.amount).toBe(Math.min(...fee.tiers.map((tier: { amount: number }) => tier.amount)));
      if (!fee.isFree && fee.amount === 0) expect(fee.note).toBeTruthy();
    }
  });

  it('has at least two published services for every bank and BPJS office', async () => {
    for (const slug of ['bankaltimtara', 'bri', 'mandiri', 'bni', 'bpjs-kesehatan', 'bpjs-ketenagakerjaan']) {
      const { data } = await run.ask('query($id: ID) { services(filter: { agencyId: $id }) { totalCount } }', { id: seedId('agency', slug) });
      expect([slug, data.services.totalCount >= 2]).toEqual([slug, true]);
    }
  });

  it('gives the SIM renewal its tiers and the stable seed ID', async () => {
    const { data } = await run.ask('{ service(slug: "perpanjangan-sim") { id name fee { amount tiers { label amount } } agency { id } } }');
    expect(data.service.id).toBe('203816f2-77da-5a1f-bff7-68ab20a18124');
    expect(data.service.agency.id).toBe(seedId('agency', 'polres'));
    expect(data.service.fee.tiers.map((tier: { amount: number }) => tier.amount).sort()).toEqual([30000, 75000, 80000]);
    expect(data.service.fee.amount).toBe(30000);
  });

  it('pages with totals, sorted by name', async () => {
    const first = await run.ask('{ services(limit: 5) { totalCount items { name } } }');
    const second = await run.ask('{ services(limit: 5, offset: 5) { totalCount items { name } } }');
    const all = await run.ask('{ services(limit: 100) { items { name } } }');
    expect(first.data.services.items).toHaveLength(5);
    expect(second.data.services.totalCount).toBe(first.data.services.totalCount);
    expect([...first.data.services.items, ...second.data.services.items]).toEqual(all.data.services.items.slice(0, 10));
    const past = await run.ask('{ services(limit: 5, offset: 1000) { totalCount items { name } } }');
    expect(past.data.services).toEqual({ totalCount: first.data.services.totalCount, items: [] });
  });

  it.each([
    ['{ services(limit: 0) { totalCount } }', 'limit'],
    ['{ services(limit: 101) { totalCount } }', 'limit'],
    ['{ services(offset: -1) { totalCount } }', 'offset'],
    ['{ service { id } }', 'id'],
  ])('refuses %s with BAD_USER_INPUT on %s', async (query, field) => {
    const { errors } = await run.ask(query);
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('filters by category and by agency together', async () => {
    const { data } = await run.ask('query($a: ID, $c: ID) { services(filter: { agencyId: $a, categoryId: $c }) { totalCount items { agency { id } category { slug } } } }', {
      a: seedId('agency', 'disdukcapil'),
      c: seedId('category', 'kependudukan'),
    });
    expect(data.services.totalCount).toBeGreaterThan(0);
    for (const item of data.services.items) {
      expect(item.agency.id).toBe(seedId('agency', 'disdukcapil'));
      expect(item.category.slug).toBe('kependudukan');
    }
  });

  describe('who sees unpublished services', () => {
    const draftSlug = serviceSeeds.find((seed) => seed.status === 'DRAFT' && seed.agencySlug === 'bri')!.slug;
    const editor: StaffIdentity = { userId: 'u-editor', role: 'EDITOR', agencyId: null };
    const briPartner: StaffIdentity = { userId: 'u-bri', role: 'PARTNER', agencyId: seedId('agency', 'bri') };
    const bpjsPartner: StaffIdentity = { userId: 'u-bpjs', role: 'PARTNER', agencyId: seedId('agency', 'bpjs-kesehatan') };
    const officer: StaffIdentity = { userId: 'u-officer', role: 'OFFICER', agencyId: seedId('agency', 'polres') };
    const query = `query($slug: String, $id: ID!, $agency: ID) {
      service(slug: $slug) { slug status }
      byStatus: services(filter: { status: DRAFT }, limit: 100) { totalCount items { slug } }
      ofAgency: services(filter: { agencyId: $agency }, limit: 100) { items { slug } }
      _entities(representations: [{ __typename: "Service", id: $id }]) { ... on Service { slug } }
    }`;
    const variables = { slug: draftSlug, id: seedId('service', draftSlug), agency: seedId('agency', 'bri') };

    it.each([
      ['anonymous callers', false, undefined],
      ['an officer', false, officer],
      ['a partner of another agency', false, bpjsPartner],
      ['the owning partner', true, briPartner],
      ['an editor', true, editor],
    ])('%s see it: %s', async (_label, visible, viewer) => {
      const { data, errors } = await run.ask(query, variables, viewer);
      expect(errors).toBeUndefined();
      const slugs = (list: { slug: string }[]) => list.map((item) => item.slug);
      expect(data.service === null).toBe(!visible);
      expect(slugs(data.byStatus.items).includes(draftSlug)).toBe(visible);
      expect(slugs(data.ofAgency.items).includes(draftSlug)).toBe(visible);
      expect(data._entities[0] === null).toBe(!visible);
      if (!visible) expect(data.byStatus.totalCount).toBe(0);
    });

    it('finds the work waiting for review: services in review, and published ones whose pending edit is in review', async () => {
      // BRI's partner edits a published BRI service and submits the edit; the service stays PUBLISHED.
      const publishedSlug = serviceSeeds.find((seed) => seed.status === 'PUBLISHED' && seed.agencySlug === 'bri')!.slug;
      const id = seedId('service', publishedSlug);
      const { version } = (await run.ask('query($id: ID) { service(id: $id) { version } }', { id }, briPartner)).data.service;
      const edited = await run.ask('mutation($id: ID!, $v: Int!) { updateService(id: $id, version: $v, input: { summary: "Ringkasan yang diperbarui." }) { pendingEdit { version } } }', { id, v: version }, briPartner);
      const submitted = await run.ask('mutation($id: ID!, $v: Int!) { submitServiceForReview(id: $id, version: $v) { status pendingEdit { state } } }', { id, v: edited.data.updateService.pendingEdit.version }, briPartner);
      expect(submitted.data.submitServiceForReview).toEqual({ status: 'PUBLISHED', pendingEdit: { state: 'IN_REVIEW' } });

      const waitingQuery = '{ waiting: services(filter: { waitingForReview: true }, limit: 100) { totalCount items { slug status } } rest: services(filter: { waitingForReview: false }, limit: 100) { totalCount } all: services(limit: 100) { totalCount } }';
      const asEditor = (await run.ask(waitingQuery, {}, editor)).data;
      const inReviewSeeds = serviceSeeds.filter((seed) => seed.status === 'IN_REVIEW').map((seed) => seed.slug);
      expect(asEditor.waiting.items.map((item: { slug: string }) => item.slug).sort()).toEqual([...inReviewSeeds, publishedSlug].sort());
      expect(asEditor.waiting.totalCount + asEditor.rest.totalCount).toBe(asEditor.all.totalCount);
      // The owning partner sees their own edit waiting; another agency's partner and the public do not.
      const waitingSlugs = async (viewer?: StaffIdentity) => (await run.ask(waitingQuery, {}, viewer)).data.waiting.items.map((item: { slug: string }) => item.slug);
      expect(await waitingSlugs(briPartner)).toContain(publishedSlug);
      expect(await waitingSlugs(bpjsPartner)).not.toContain(publishedSlug);
      expect(await waitingSlugs(officer)).toEqual([]);
      expect(await waitingSlugs(undefined)).toEqual([]);
      // Nor does leaving it out reveal it: another agency's partner finds the published service among the rest.
      const restOf = async (viewer: StaffIdentity) =>
        (await run.ask('{ services(filter: { waitingForReview: false }, limit: 100) { items { slug } } }', {}, viewer)).data.services.items.map((item: { slug: string }) => item.slug);
      expect(await restOf(bpjsPartner)).toContain(publishedSlug);
      expect(await restOf(briPartner)).not.toContain(publishedSlug);
    });

    it('creates a partner\'s service in their own agency without being told it; an editor must say which', async () => {
      const categoryId = seedId('category', serviceSeeds.find((seed) => seed.agencySlug === 'bri')!.categorySlug);
      const create = 'mutation($c: ID!, $n: String!) { createService(input: { name: $n, categoryId: $c }) { agency { id } status } }';
      const created = await run.ask(create, { c: categoryId, n: 'Layanan Baru BRI Tanpa Instansi' }, briPartner);
      expect(created.data.createService).toEqual({ agency: { id: seedId('agency', 'bri') }, status: 'DRAFT' });
      const refused = await run.ask(create, { c: categoryId, n: 'Layanan Baru Tanpa Instansi' }, editor);
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'agencyId' });
    });

    it('lists every state to an editor when no status filter is given', async () => {
      const { data } = await run.ask('{ services(limit: 100) { items { status } } }', {}, editor);
      expect(new Set(data.services.items.map((item: { status: string }) => item.status))).toEqual(
        new Set(['PUBLISHED', 'DRAFT', 'IN_REVIEW', 'ARCHIVED']),
      );
    });
  });

  it('answers agencies, categories and services for the gateway in a fixed number of statements', async () => {
    const agencyIds = ['bri', 'bni', 'mandiri', 'polres', 'disdukcapil'].map((slug) => seedId('agency', slug));
    const count = async (ids: string[]) => {
      run.subgraph.database.queryLog.reset();
      const { data } = await run.ask(
        'query($r: [_Any!]!) { _entities(representations: $r) { ... on Agency { services { name category { name services { slug } } } } } }',
        { r: ids.map((id) => ({ __typename: 'Agency', id })) },
      );
      expect(data._entities).toHaveLength(ids.length);
      return run.subgraph.database.queryLog.count;
    };
    expect(await count(agencyIds.slice(0, 1))).toBe(await count(agencyIds));
  });

  it('indexes at start any service missing from the search index', async () => {
    const em = run.subgraph.database.orm.em.fork();
    const before = await em.count(ServiceSearchTerm);
    const service = await em.findOneOrFail(Service, { slug: 'skck' });
    await em.nativeDelete(ServiceSearchTerm, { serviceId: service.id });
    expect(await em.count(ServiceSearchTerm)).toBeLessThan(before);
    await prepareSearch(em);
    expect(await em.count(ServiceSearchTerm)).toBe(before);
    const { data } = await run.ask('{ services(filter: { search: "skck" }, limit: 1) { items { slug } } }');
    expect(data.services.items).toEqual([{ slug: 'skck' }]);
  });

  it('keeps seeding idempotent', async () => {
    const em = run.subgraph.database.orm.em.fork();
    expect(await catalogSeed.isNeeded(em)).toBe(false);
    const before = (await run.ask('{ services(limit: 1) { totalCount } serviceCategories { id } }')).data;
    await catalogSeed.run(em);
    expect((await run.ask('{ services(limit: 1) { totalCount } serviceCategories { id } }')).data).toEqual(before);
  });
});
