import { testDatabaseTargets } from '@mpp/kit/testing';
import { bearer, TestPlatformRun, type GraphqlResult } from './support/platform';

/*
 * What a caller may not see must not change any answer they get. Another agency's draft, its
 * service in review, a pending edit of a published service and an archived service are put in
 * place with words and slugs a prober would test; an anonymous caller and the BRI partner must
 * get exactly the answers they got before — search items, order and totals, slug answers — and
 * a restore may not stage content into an agency the partner has no rights on.
 */

const FULL = 'id slug name status version agency { id }';
const CREATE = `mutation($input: ServiceInput!) { createService(input: $input) { ${FULL} } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $input: ServiceInput!) { updateService(id: $id, version: $v, input: $input) { ${FULL} } }`;
const SUBMIT = 'mutation($id: ID!, $v: Int!) { submitServiceForReview(id: $id, version: $v) { id status version } }';
const PUBLISH = `mutation($id: ID!, $v: Int!) { publishService(id: $id, version: $v) { ${FULL} } }`;
const ARCHIVE = 'mutation($id: ID!, $v: Int!) { archiveService(id: $id, version: $v) { id status version } }';
const RESTORE = 'mutation($id: ID!, $r: ID!, $v: Int!) { restoreServiceRevision(serviceId: $id, revisionId: $r, version: $v) { id version } }';
const BY_SLUG = `query($slug: String) { service(slug: $slug) { ${FULL} } }`;

/** Words a prober tests: each occurs in visible services, and the hidden records below add more of them. */
const PROBES = [
  'ledeng prodeo',
  'ledeng',
  'prodeo',
  'air ledeng perkara',
  'lede',
  'prod',
  'prodeu',
  'pendaftaran ledeng prodeo kesehatan',
  'rahasiaku',
];
/** Text the hidden records carry: the probe words, a 4-letter-prefix word, and a near-typo of "prodeo". */
const HIDDEN_TEXT = 'Ledeng prodeo prodeu rahasiaku ledengan perkara kesehatan pendaftaran air.';

const COMPLETE = (agencyId: string, categoryId: string, name: string, summary = `Ringkasan ${name}.`) => ({
  name,
  agencyId,
  categoryId,
  summary,
  requirements: [{ description: 'KTP-el asli' }],
  procedure: [{ description: 'Serahkan berkas di gerai' }],
  processingTime: 'Selesai di hari yang sama',
  fee: { isFree: true },
  product: 'Surat keterangan',
  complaintChannels: ['Kotak pengaduan di gerai'],
});

describe.each(testDatabaseTargets())('records a caller may not see change none of their answers, on $label', ({ databaseUrl }) => {
  let platform: TestPlatformRun;
  let editor: Record<string, string>;
  let bri: Record<string, string>;
  let bpjs: Record<string, string>;
  let ids: { bri: string; bpjs: string; category: string };

  const ok = async (query: string, variables: Record<string, unknown>, as: Record<string, string>) => {
    const result = await platform.post(query, variables, as);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data;
  };
  const code = (result: GraphqlResult<unknown>) => result.errors?.[0]?.extensions?.code;

  /** Every probe's answer for one caller: ids in order and the total, page by page. */
  const searchAnswers = async (as: Record<string, string>) => {
    const answers: Record<string, { total: number; ids: string[] }> = {};
    for (const text of PROBES) {
      const first = await ok('query($s: String) { services(filter: { search: $s }, limit: 100) { totalCount items { id } } }', { s: text }, as);
      const second = await ok('query($s: String) { services(filter: { search: $s }, limit: 2, offset: 1) { totalCount items { id } } }', { s: text }, as);
      answers[text] = { total: first.services.totalCount, ids: first.services.items.map((item: { id: string }) => item.id) };
      answers[`${text} (page 2)`] = { total: second.services.totalCount, ids: second.services.items.map((item: { id: string }) => item.id) };
    }
    return answers;
  };

  beforeAll(async () => {
    platform = await TestPlatformRun.start(databaseUrl);
    editor = bearer(await platform.loginAs('EDITOR'));
    bri = bearer(await platform.loginAs('PARTNER', 'bri'));
    bpjs = bearer(await platform.loginAs('PARTNER', 'bpjs-kesehatan'));
    const data = await ok('{ bri: agency(slug: "bri") { id } bpjs: agency(slug: "bpjs-kesehatan") { id } serviceCategories { id slug } }', {}, {});
    ids = { bri: data.bri.id, bpjs: data.bpjs.id, category: data.serviceCategories.find((c: { slug: string }) => c.slug === 'jaminan-sosial').id };
  });

  afterAll(async () => {
    await platform?.stop();
  });

  it('search: hidden drafts, services in review, pending edits and archived services change no result, order or total', async () => {
    const before = { anonymous: await searchAnswers({}), bri: await searchAnswers(bri) };
    // The probes find something visible, so a change would show.
    expect(before.anonymous['ledeng prodeo'].total).toBeGreaterThan(0);
    expect(before.anonymous['prodeu'].total).toBeGreaterThan(0);

    // Another agency's draft and its service in review, with every probe word.
    const draft = (await ok(CREATE, { input: COMPLETE(ids.bpjs, ids.category, 'Layanan Rahasia BPJS', HIDDEN_TEXT) }, bpjs)).createService;
    const inReview = (await ok(CREATE, { input: { ...COMPLETE(ids.bpjs, ids.category, 'Layanan Ledeng Prodeo', HIDDEN_TEXT), keywords: ['prodeu', 'ledeng'] } }, bpjs)).createService;
    await ok(SUBMIT, { id: inReview.id, v: inReview.version }, bpjs);
    // A pending edit of a published BPJS service.
    const published = await ok(BY_SLUG, { slug: 'bpjs-kesehatan-perubahan-data' }, bpjs);
    await ok(UPDATE, { id: published.service.id, v: published.service.version, input: { summary: HIDDEN_TEXT, keywords: ['prodeu'] } }, bpjs);
    // A service that was public and is archived now.
    const gone = (await ok(CREATE, { input: COMPLETE(ids.bpjs, ids.category, 'Layanan Prodeo Ledeng Lama', HIDDEN_TEXT) }, editor)).createService;
    const goneLive = (await ok(PUBLISH, { id: gone.id, v: gone.version }, editor)).publishService;
    await ok(ARCHIVE, { id: gone.id, v: goneLive.version }, editor);

    expect(await searchAnswers({})).toEqual(before.anonymous);
    expect(await searchAnswers(bri)).toEqual(before.bri);
    // The owner does find its own draft: visibility, not a broken index.
    const own = await ok('query($s: String) { services(filter: { search: $s }, limit: 100) { items { id } } }', { s: 'rahasiaku' }, bpjs);
    expect(own.services.items.map((item: { id: string }) => item.id)).toEqual(expect.arrayContaining([draft.id, inReview.id]));
  });

  it('slugs: a hidden draft, an unpublished rename or an archived service answers like a made-up slug', async () => {
    // Hidden from BRI: BPJS's draft, the rename in a pending edit of a published BPJS service,
    // the seeded service in review, and an archived service of another agency.
    const draft = (await ok(CREATE, { input: { ...COMPLETE(ids.bpjs, ids.category, 'Draf Tersembunyi BPJS'), slug: 'draf-tersembunyi-bpjs' } }, bpjs)).createService;
    const published = (await ok(BY_SLUG, { slug: 'bpjs-kesehatan-pindah-faskes' }, bpjs)).service;
    await ok(UPDATE, { id: published.id, v: published.version, input: { slug: 'nama-baru-belum-terbit' } }, bpjs);
    const hiddenSlugs = [draft.slug, 'nama-baru-belum-terbit', 'pengaduan-layanan-jkn', 'klaim-pensiun-taspen-lama'];

    const mine = (await ok(CREATE, { input: COMPLETE(ids.bri, ids.category, 'Draf Uji Slug BRI') }, bri)).createService;
    let version = mine.version;
    const trySlug = async (slug: string) => {
      const result = await platform.post(UPDATE, { id: mine.id, v: version, input: { slug } }, bri);
      if (result.data?.updateService) version = (result.data.updateService as { version: number }).version;
      return { code: code(result) ?? null, slug: (result.data?.updateService as { slug: string } | undefined)?.slug ?? null };
    };
    for (const [index, slug] of hiddenSlugs.entries()) {
      const madeUp = `slug-karangan-${index}`;
      expect(await trySlug(madeUp)).toEqual({ code: null, slug: madeUp });
      expect(await trySlug(slug)).toEqual({ code: null, slug });
      // Anonymous and BRI read the slug as the prober would: no one else's record shows.
      expect((await ok(BY_SLUG, { slug }, {})).service).toBeNull();
      expect((await ok(BY_SLUG, { slug }, bri)).service).toMatchObject({ id: mine.id });
    }
    // A slug BRI can see is refused as before.
    expect(await trySlug('bri-kur-mikro')).toEqual({ code: 'BAD_USER_INPUT', slug: null });

    // Created from a name only a hidden service has: the plain slug, not "…-2".
    const named = (await ok(CREATE, { input: COMPLETE(ids.bri, ids.category, 'Draf Tersembunyi BPJS') }, bri)).createService;
    expect(named.slug).toBe('draf-tersembunyi-bpjs');
    const madeUpName = (await ok(CREATE, { input: COMPLETE(ids.bri, ids.category, 'Nama Karangan Sama Sekali') }, bri)).createService;
    expect(madeUpName.slug).toBe('nama-karangan-sama-sekali');
  });

  it('slugs: editors settle a clash when they publish, and the public slug stays unique', async () => {
    const archivedSlug = 'arsip-bpjs-lama';
    const old = (await ok(CREATE, { input: { ...COMPLETE(ids.bpjs, ids.category, 'Arsip BPJS Lama'), slug: archivedSlug } }, editor)).createService;
    const oldLive = (await ok(PUBLISH, { id: old.id, v: old.version }, editor)).publishService;
    await ok(ARCHIVE, { id: old.id, v: oldLive.version }, editor);
    const clash = (await ok(CREATE, { input: { ...COMPLETE(ids.bri, ids.category, 'Bentrok Dengan Arsip'), slug: archivedSlug } }, bri)).createService;
    const refused = await platform.post(PUBLISH, { id: clash.id, v: clash.version }, editor);
    expect(code(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.extensions?.field).toBe('slug');
    expect((await ok(BY_SLUG, { slug: archivedSlug }, editor)).service).toMatchObject({ status: 'ARCHIVED' });

    // Two drafts of two agencies share a slug; the first published takes it, the second must be renamed.
    const first = (await ok(CREATE, { input: { ...COMPLETE(ids.bri, ids.category, 'Slug Kembar Satu'), slug: 'slug-kembar' } }, bri)).createService;
    const second = (await ok(CREATE, { input: { ...COMPLETE(ids.bpjs, ids.category, 'Slug Kembar Dua'), slug: 'slug-kembar' } }, bpjs)).createService;
    await ok(PUBLISH, { id: second.id, v: second.version }, editor);
    expect((await ok(BY_SLUG, { slug: 'slug-kembar' }, {})).service).toMatchObject({ id: second.id });
    // BRI sees its own draft and the published service with that slug: the lookup names the public one.
    expect((await ok(BY_SLUG, { slug: 'slug-kembar' }, bri)).service).toMatchObject({ id: second.id });
    const blocked = await platform.post(PUBLISH, { id: first.id, v: first.version }, editor);
    expect([code(blocked), blocked.errors?.[0]?.extensions?.field]).toEqual(['BAD_USER_INPUT', 'slug']);
    const renamed = (await ok(UPDATE, { id: first.id, v: first.version, input: { slug: 'slug-kembar-bri' } }, editor)).updateService;
    expect((await ok(PUBLISH, { id: first.id, v: renamed.version }, editor)).publishService).toMatchObject({ status: 'PUBLISHED', slug: 'slug-kembar-bri' });
  });

  it('restore: a partner cannot stage a revision that names an agency it has no rights on', async () => {
    const created = (await ok(CREATE, { input: COMPLETE(ids.bpjs, ids.category, 'Layanan Yang Dipindah') }, editor)).createService;
    const published = (await ok(PUBLISH, { id: created.id, v: created.version }, editor)).publishService;
    // The editor moves the service from BPJS to BRI and publishes the move: revision 1 still names BPJS.
    await ok(UPDATE, { id: created.id, v: published.version, input: { agencyId: ids.bri } }, editor);
    const moved = (await ok('query($id: ID) { service(id: $id) { pendingEdit { version } } }', { id: created.id }, editor)).service.pendingEdit;
    const live = (await ok(PUBLISH, { id: created.id, v: moved.version }, editor)).publishService;
    expect(live.agency.id).toBe(ids.bri);

    const EDITORIAL = 'query($id: ID) { service(id: $id) { version pendingEdit { name } revisions { id number agency { id } } history { totalCount } } }';
    const before = (await ok(EDITORIAL, { id: created.id }, bri)).service;
    const first = before.revisions.find((revision: { number: number }) => revision.number === 1);
    expect(first.agency.id).toBe(ids.bpjs);

    const refused = await platform.post(RESTORE, { id: created.id, r: first.id, v: before.version }, bri);
    expect(code(refused)).toBe('FORBIDDEN');
    expect((await ok(EDITORIAL, { id: created.id }, bri)).service).toEqual(before);
    // The revision that names BRI restores as any edit does.
    const second = before.revisions.find((revision: { number: number }) => revision.number === 2);
    expect((await ok(RESTORE, { id: created.id, r: second.id, v: before.version }, bri)).restoreServiceRevision.version).toBe(before.version);
    expect((await ok(EDITORIAL, { id: created.id }, bri)).service.pendingEdit).toEqual({ name: 'Layanan Yang Dipindah' });
  });
});
