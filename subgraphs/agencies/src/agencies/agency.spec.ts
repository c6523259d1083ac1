import { newId, seedId, type StaffIdentity } from '@mpp/kit';
import { schemaDrift } from '@mpp/kit/subgraph';
import { subgraphForSpecs, testDatabaseTargets } from '@mpp/kit/testing';
import { agenciesSubgraph } from '../subgraph';
import { agenciesSeed } from '../seed/seed';
import { Agency, AgencyKind } from './agency.entity';

describe.each(testDatabaseTargets())('agencies subgraph on $label', ({ databaseUrl }) => {
  const run = subgraphForSpecs(agenciesSubgraph, databaseUrl);

  it('migrates to a schema that matches the entities', async () => {
    expect(await schemaDrift(run.subgraph.database)).toBe('');
    expect(await run.subgraph.database.orm.getMigrator().checkMigrationNeeded()).toBe(false);
  });

  it('seeds Paser: every kind of agency and 45 booths, and seeding again changes nothing', async () => {
    const { data } = await run.ask('{ agencies { slug kind booths { code status } } booths { code } }');
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

    const em = run.subgraph.database.orm.em.fork();
    expect(await agenciesSeed.isNeeded(em)).toBe(false);
    await agenciesSeed.run(em);
    const again = await run.ask('{ agencies { id } booths { id } }');
    expect((again.data!.agencies as unknown[]).length).toBe(agencies.length);
    expect((again.data!.booths as unknown[]).length).toBe(45);
  });

  it('finds an agency by slug or by its stable seed id, and null for an unknown one', async () => {
    const bySlug = await run.ask('query($slug: String) { agency(slug: $slug) { id name booths { code agency { slug } } } }', { slug: 'bri' });
    const bri = bySlug.data!.agency as { id: string; booths: { agency: { slug: string } }[] };
    expect(bri.id).toBe(seedId('agency', 'bri'));
    expect(bri.booths.length).toBeGreaterThan(0);
    expect(bri.booths.every((booth) => booth.agency.slug === 'bri')).toBe(true);

    const byId = await run.ask('query($id: ID) { agency(id: $id) { slug } }', { id: seedId('agency', 'bpjs-kesehatan') });
    expect(byId.data!.agency).toEqual({ slug: 'bpjs-kesehatan' });

    const missing = await run.ask('{ agency(slug: "no-such-agency") { id } }');
    expect(missing.errors).toBeUndefined();
    expect(missing.data!.agency).toBeNull();
  });

  it('refuses a lookup with neither or both of id and slug', async () => {
    const neither = await run.ask('{ agency { id } }');
    expect(neither.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    const both = await run.ask('{ agency(id: "x", slug: "bri") { id } }');
    expect(both.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('filters agencies by kind and booths by status, sorted by name and code', async () => {
    const { data } = await run.ask('{ agencies(kind: BANK) { slug name } booths(status: PLANNED) { code status openedOn } }');
    const banks = data!.agencies as { slug: string; name: string }[];
    expect(banks.map((bank) => bank.slug).sort()).toEqual(['bankaltimtara', 'bni', 'bri', 'mandiri']);
    expect(banks.map((bank) => bank.name)).toEqual([...banks.map((bank) => bank.name)].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1)));
    const planned = data!.booths as { code: string; status: string; openedOn: string | null }[];
    expect(planned.length).toBeGreaterThan(0);
    expect(planned.every((booth) => booth.status === 'PLANNED' && booth.openedOn === null)).toBe(true);
    expect(planned.map((booth) => booth.code)).toEqual([...planned.map((booth) => booth.code)].sort());
  });

  it('answers entity references from the gateway in one batch', async () => {
    run.subgraph.database.queryLog.reset();
    const ids = ['bri', 'bni', 'mandiri', 'polres'].map((slug) => seedId('agency', slug));
    const { data } = await run.ask(
      'query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Agency { slug booths { code } } } }',
      { representations: [...ids.map((id) => ({ __typename: 'Agency', id })), { __typename: 'Agency', id: 'unknown' }] },
    );
    const entities = data!._entities as ({ slug: string } | null)[];
    expect(entities.slice(0, 4).map((entity) => entity!.slug)).toEqual(['bri', 'bni', 'mandiri', 'polres']);
    expect(entities[4]).toBeNull();
    expect(run.subgraph.database.queryLog.count).toBe(2);
  });

  it('lists agencies by name with letter case ignored, then by id, in one order on every database', async () => {
    const em = run.subgraph.database.orm.em.fork();
    const testAgency = (id: string, slug: string, name: string) => em.create(Agency, { id: `00000000-0000-4000-8000-00000000000${id}`, slug, name, kind: AgencyKind.OTHER });
    testAgency('4', 'urut-dinas-tanda-hubung', 'Dinas-Urut');
    testAgency('3', 'urut-dinas-kurung', 'Dinas(Urut)');
    testAgency('2', 'urut-bpjs-besar', 'BPJS Urut');
    testAgency('1', 'urut-bpjs-kecil', 'bpjs urut');
    testAgency('5', 'urut-balai', 'Balai Urut');
    testAgency('6', 'urut-badan', 'Badan Urut');
    await em.flush();

    const { data } = await run.ask('{ agencies { slug name } }');
    const names = (data!.agencies as { slug: string; name: string }[]).filter((agency) => agency.slug.startsWith('urut-')).map((agency) => agency.name);
    // "BPJS" after "Balai" (a binary order puts capitals first); of two names equal but for case,
    // the smaller id first; "(" before "-" as on SQLite (MySQL's collation alone weighs them the other way).
    expect(names).toEqual(['Badan Urut', 'Balai Urut', 'bpjs urut', 'BPJS Urut', 'Dinas(Urut)', 'Dinas-Urut']);
    // The seed's own names read the same way: "Badan Pendapatan …" and "Bank …" before "BPJS …".
    const all = (data!.agencies as { name: string }[]).map((agency) => agency.name);
    expect(all.indexOf('Badan Pendapatan Daerah Kabupaten Paser')).toBeLessThan(all.indexOf('BPJS Kesehatan Kantor Cabang Tanah Grogot'));
    expect(all.indexOf('Bank Pembangunan Daerah Kalimantan Timur dan Kalimantan Utara Cabang Tanah Grogot')).toBeLessThan(all.indexOf('BPJS Kesehatan Kantor Cabang Tanah Grogot'));
  });

  it("refuses a partner another agency's contact details, saying who may change them", async () => {
    const bpjs = (await run.ask('{ agency(slug: "bpjs-kesehatan") { id version } }')).data!.agency as { id: string; version: number };
    const update = 'mutation($id: ID!, $version: Int!) { updateAgency(id: $id, version: $version, input: { phone: "0543-21999" }) { phone } }';
    const briPartner: StaffIdentity = { userId: newId(), role: 'PARTNER', agencyId: seedId('agency', 'bri') };

    const refused = await run.ask(update, bpjs, briPartner);
    expect(refused.errors?.[0]).toMatchObject({
      message: "Only the agency's own partner staff, DPMPTSP editors and DPMPTSP administrators may change this agency's contact details.",
      extensions: { code: 'FORBIDDEN' },
    });
    const anonymous = await run.ask(update, bpjs);
    expect(anonymous.errors?.[0]).toMatchObject({ message: "Sign in to change this agency's contact details.", extensions: { code: 'UNAUTHENTICATED' } });

    // Its own partner may, and nothing was changed by the refusals.
    const bpjsPartner: StaffIdentity = { userId: newId(), role: 'PARTNER', agencyId: bpjs.id };
    const allowed = await run.ask(update, bpjs, bpjsPartner);
    expect(allowed.errors).toBeUndefined();
    expect(allowed.data!.updateAgency).toEqual({ phone: '0543-21999' });
  });
});
