import { testDatabaseTargets } from '@mpp/kit/testing';
import { bearer, FRESH, TestPlatformRun } from './support/platform';

const FULL = `id slug name summary status version agency { id } category { id }
  requirements { description note } procedure { description } processingTime fee { isFree amount tiers { label amount } note }
  product complaintChannels legalBasis onlineUrl keywords`;
const EDITORIAL = `${FULL} reviewComment pendingEdit { id version state reviewComment name summary editedBy { userId role agencyId } }
  revisions { id number name summary publishedBy { role } }`;
const HISTORY = `history(limit: 50) { totalCount items { action entityType actor { userId role agencyId } changes { field before after } requestId } }`;

const COMPLETE = (agencyId: string, categoryId: string, name: string) => ({
  name,
  agencyId,
  categoryId,
  summary: `Ringkasan ${name}.`,
  requirements: [{ description: 'KTP-el asli', note: 'dan fotokopi' }],
  procedure: [{ description: 'Ambil nomor antrean' }, { description: 'Serahkan berkas di gerai' }],
  processingTime: 'Selesai di hari yang sama',
  fee: { isFree: false, tiers: [{ label: 'Biasa', amount: 15000 }, { label: 'Kilat', amount: 30000 }] },
  product: 'Surat keterangan',
  complaintChannels: ['Kotak pengaduan di gerai'],
  legalBasis: ['Perda Kabupaten Paser (contoh)'],
  onlineUrl: 'https://paserkab.go.id',
});

describe.each(testDatabaseTargets())('editing the catalog through the gateway on $label', ({ databaseUrl }) => {
  let platform: TestPlatformRun;
  let editor: Record<string, string>;
  let admin: Record<string, string>;
  let bri: Record<string, string>;
  let bpjs: Record<string, string>;
  let ids: { bri: string; bpjs: string; bapenda: string; category: string; bank: string };
  let userIds: Record<string, string>;

  const send = async (query: string, variables: Record<string, unknown> = {}, as: Record<string, string> = {}) => platform.post(query, variables, as);
  const ok = async (query: string, variables: Record<string, unknown>, as: Record<string, string>) => {
    const result = await send(query, variables, as);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data;
  };
  const code = (result: { errors?: { extensions?: Record<string, unknown> }[] }) => result.errors?.[0]?.extensions?.code;
  const read = async (id: string, as: Record<string, string> = FRESH) => (await send(`query($id: ID) { service(id: $id) { ${EDITORIAL} } }`, { id }, as)).data?.service;
  const search = async (text: string) =>
    (await send('query($s: String) { services(filter: { search: $s }, limit: 10) { items { id } } }', { s: text }, FRESH)).data.services.items.map((item: { id: string }) => item.id);

  const CREATE = `mutation($input: ServiceInput!) { createService(input: $input) { ${FULL} } }`;
  const UPDATE = `mutation($id: ID!, $v: Int!, $input: ServiceInput!) { updateService(id: $id, version: $v, input: $input) { ${FULL} } }`;
  const step = (name: string, extra = '') => `mutation($id: ID!, $v: Int!${extra ? `, ${extra}` : ''}) { ${name}(id: $id, version: $v${extra ? ', comment: $comment' : ''}) { id status version } }`;
  const SUBMIT = step('submitServiceForReview');
  const PUBLISH = step('publishService');
  const RETURN = step('returnServiceToDraft', '$comment: String!');
  const DISCARD = step('discardServiceEdit');
  const ARCHIVE = step('archiveService');
  const UNARCHIVE = step('unarchiveService');
  const RESTORE = 'mutation($id: ID!, $r: ID!, $v: Int!) { restoreServiceRevision(serviceId: $id, revisionId: $r, version: $v) { id version } }';

  beforeAll(async () => {
    platform = await TestPlatformRun.start(databaseUrl);
    const sessions = {
      editor: await platform.loginAs('EDITOR'),
      admin: await platform.loginAs('ADMIN'),
      bri: await platform.loginAs('PARTNER', 'bri'),
      bpjs: await platform.loginAs('PARTNER', 'bpjs-kesehatan'),
    };
    editor = bearer(sessions.editor);
    admin = bearer(sessions.admin);
    bri = bearer(sessions.bri);
    bpjs = bearer(sessions.bpjs);
    userIds = { editor: sessions.editor.user.id, bri: sessions.bri.user.id, bpjs: sessions.bpjs.user.id, admin: sessions.admin.user.id };
    const data = await ok(
      `{ bri: agency(slug: "bri") { id } bpjs: agency(slug: "bpjs-kesehatan") { id } bapenda: agency(slug: "bapenda") { id } serviceCategories { id slug } }`,
      {},
      {},
    );
    ids = {
      bri: data.bri.id,
      bpjs: data.bpjs.id,
      bapenda: data.bapenda.id,
      category: data.serviceCategories.find((c: { slug: string }) => c.slug === 'pajak-retribusi').id,
      bank: data.serviceCategories.find((c: { slug: string }) => c.slug === 'perbankan').id,
    };
  });

  afterAll(async () => {
    await platform?.stop();
  });

  it('an editor creates, publishes, edits (the public keeps the old text), publishes again, and restores the first', async () => {
    const created = (await ok(CREATE, { input: COMPLETE(ids.bapenda, ids.category, 'Surat Keterangan Fiskal Daerah') }, editor)).createService;
    expect(created).toMatchObject({ status: 'DRAFT', version: 1, slug: 'surat-keterangan-fiskal-daerah', fee: { isFree: false, amount: 15000 } });
    expect(await read(created.id)).toBeNull();

    const published = (await ok(PUBLISH, { id: created.id, v: 1 }, editor)).publishService;
    expect(published).toMatchObject({ status: 'PUBLISHED', version: 2 });
    expect((await read(created.id)).summary).toBe('Ringkasan Surat Keterangan Fiskal Daerah.');
    expect(await search('fiskal daerah')).toContain(created.id);

    const publicStamp = async () => (await send('query($id: ID) { service(id: $id) { updatedAt } }', { id: created.id }, FRESH)).data.service.updatedAt;
    const publishedAt = await publicStamp();
    const edited = (await ok(UPDATE, { id: created.id, v: 2, input: { summary: 'Keterangan tidak punya tunggakan retribusi pasar.' } }, editor)).updateService;
    // The public cannot tell that an edit is pending: not from the text, updatedAt or version.
    expect(await publicStamp()).toBe(publishedAt);
    expect(edited).toMatchObject({ version: 2, status: 'PUBLISHED', summary: 'Ringkasan Surat Keterangan Fiskal Daerah.' });
    const anonymous = await read(created.id);
    expect(anonymous.summary).toBe('Ringkasan Surat Keterangan Fiskal Daerah.');
    expect((await send(`query($id: ID) { service(id: $id) { pendingEdit { name } } }`, { id: created.id })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const staffView = await read(created.id, editor);
    expect(staffView.pendingEdit).toMatchObject({ version: 1_000_001, state: 'EDITING', summary: 'Keterangan tidak punya tunggakan retribusi pasar.', editedBy: { userId: userIds.editor, role: 'EDITOR' } });
    expect(await search('tunggakan retribusi pasar')).not.toContain(created.id);
    expect(await search('ringkasan fiskal')).toContain(created.id);

    // Publishing a pending edit takes the edit's version; the service's own moves with the publication.
    expect((await ok(PUBLISH, { id: created.id, v: staffView.pendingEdit.version }, editor)).publishService.version).toBe(3);
    expect(Date.parse(await publicStamp())).toBeGreaterThanOrEqual(Date.parse(publishedAt));
    const republished = await read(created.id, editor);
    expect(republished.summary).toBe('Keterangan tidak punya tunggakan retribusi pasar.');
    expect(republished.pendingEdit).toBeNull();
    expect(republished.revisions.map((revision: { number: number }) => revision.number)).toEqual([2, 1]);
    expect(republished.revisions[1].summary).toBe('Ringkasan Surat Keterangan Fiskal Daerah.');
    expect(await search('tunggakan retribusi pasar')).toContain(created.id);

    await ok(RESTORE, { id: created.id, r: republished.revisions[1].id, v: 3 }, editor);
    const restored = await read(created.id, editor);
    expect(restored.pendingEdit).toMatchObject({ state: 'EDITING', summary: 'Ringkasan Surat Keterangan Fiskal Daerah.' });
    expect(restored.summary).toBe('Keterangan tidak punya tunggakan retribusi pasar.');

    const history = (await ok(`query($id: ID) { service(id: $id) { ${HISTORY} } }`, { id: created.id }, editor)).service.history;
    expect(history.items.map((item: { action: string }) => item.action)).toEqual(['RESTORE', 'PUBLISH', 'EDIT', 'PUBLISH', 'CREATE']);
    expect(history.items.every((item: { actor: { userId: string; role: string } }) => item.actor.userId === userIds.editor && item.actor.role === 'EDITOR')).toBe(true);
    const edit = history.items[2];
    expect(edit.changes).toEqual([{ field: 'summary', before: JSON.stringify('Ringkasan Surat Keterangan Fiskal Daerah.'), after: JSON.stringify('Keterangan tidak punya tunggakan retribusi pasar.') }]);
    expect(history.items[1].changes).toEqual([expect.objectContaining({ field: 'summary' })]);
    expect(history.items[3].changes).toEqual([{ field: 'status', before: '"DRAFT"', after: '"PUBLISHED"' }]);
    expect(history.items[4].changes.map((change: { field: string }) => change.field)).toEqual(expect.arrayContaining(['name', 'fee', 'requirements']));
    expect(history.items[0].requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('a partner drafts and submits, an editor returns it with a comment, the partner fixes it, the editor publishes', async () => {
    const draft = (await ok(CREATE, { input: { name: 'Pembukaan Rekening Haji BRI', agencyId: ids.bri, categoryId: ids.bank } }, bri)).createService;
    expect(draft.status).toBe('DRAFT');
    const incomplete = await send(SUBMIT, { id: draft.id, v: draft.version }, bri);
    expect(incomplete.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'requirements' });
    const filled = (await ok(UPDATE, { id: draft.id, v: draft.version, input: { ...COMPLETE(ids.bri, ids.bank, 'Pembukaan Rekening Haji BRI'), fee: { isFree: true, note: 'Setoran awal Rp50.000 (belum terverifikasi)' } } }, bri)).updateService;
    expect(code(await send(PUBLISH, { id: draft.id, v: filled.version }, bri))).toBe('FORBIDDEN');
    const submitted = (await ok(SUBMIT, { id: draft.id, v: filled.version }, bri)).submitServiceForReview;
    expect(submitted.status).toBe('IN_REVIEW');

    const returned = (await ok(RETURN, { id: draft.id, v: submitted.version, comment: 'Lengkapi persyaratan: buku tabungan haji.' }, editor)).returnServiceToDraft;
    expect(returned.status).toBe('DRAFT');
    expect((await read(draft.id, bri)).reviewComment).toBe('Lengkapi persyaratan: buku tabungan haji.');
    expect((await read(draft.id, bpjs))).toBeNull();

    const fixed = (await ok(UPDATE, { id: draft.id, v: returned.version, input: { requirements: [{ description: 'KTP-el asli' }, { description: 'Bukti setoran awal haji' }] } }, bri)).updateService;
    const resubmitted = (await ok(SUBMIT, { id: draft.id, v: fixed.version }, bri)).submitServiceForReview;
    const live = (await ok(PUBLISH, { id: draft.id, v: resubmitted.version }, editor)).publishService;
    expect(live.status).toBe('PUBLISHED');
    const publicView = await read(draft.id);
    expect(publicView.requirements).toEqual([{ description: 'KTP-el asli', note: null }, { description: 'Bukti setoran awal haji', note: null }]);

    const history = (await ok(`query($id: ID) { service(id: $id) { ${HISTORY} } }`, { id: draft.id }, bri)).service.history;
    expect(history.items.map((item: { action: string; actor: { role: string } }) => `${item.action}:${item.actor.role}`)).toEqual([
      'PUBLISH:EDITOR', 'SUBMIT:PARTNER', 'UPDATE:PARTNER', 'RETURN:EDITOR', 'SUBMIT:PARTNER', 'UPDATE:PARTNER', 'CREATE:PARTNER',
    ]);
    expect(history.items[3].changes).toEqual(expect.arrayContaining([{ field: 'reviewComment', before: null, after: JSON.stringify('Lengkapi persyaratan: buku tabungan haji.') }]));
    expect(history.items[2].changes.map((change: { field: string }) => change.field)).toEqual(['requirements']);
    expect(history.items[5].changes.map((change: { field: string }) => change.field)).toEqual(expect.arrayContaining(['summary', 'requirements', 'fee']));
    expect((await send(`query($id: ID) { service(id: $id) { ${HISTORY} } }`, { id: draft.id }, bpjs)).data.service.history).toBeNull();
  });

  it('a partner edit of a published service waits for review; another agency never sees it', async () => {
    const service = await read((await ok('{ service(slug: "bpjs-kesehatan-perubahan-data") { id } }', {}, {})).service.id, bpjs);
    const edit = (await ok(UPDATE, { id: service.id, v: service.version, input: { summary: 'Ubah data peserta JKN, kini juga lewat Mobile JKN.' } }, bpjs)).updateService;
    expect(edit.summary).toBe(service.summary);
    const pending = (await read(service.id, bpjs)).pendingEdit;
    // An edit's versions start far above any service's, so one never names the other.
    expect(pending).toMatchObject({ version: 1_000_001, summary: 'Ubah data peserta JKN, kini juga lewat Mobile JKN.' });
    expect((await read(service.id, bri)).pendingEdit).toBeNull();
    expect((await read(service.id, bri)).revisions).toBeNull();
    expect((await read(service.id, editor)).pendingEdit.editedBy).toMatchObject({ userId: userIds.bpjs, role: 'PARTNER', agencyId: ids.bpjs });
    // Each step on the pending edit takes and raises the edit's own version; the service's never moves.
    await ok(SUBMIT, { id: service.id, v: pending.version }, bpjs);
    expect((await read(service.id, editor)).pendingEdit).toMatchObject({ state: 'IN_REVIEW', version: pending.version + 1 });
    await ok(RETURN, { id: service.id, v: pending.version + 1, comment: 'Sebutkan juga Care Center 165.' }, editor);
    expect((await read(service.id, bpjs)).pendingEdit).toMatchObject({ state: 'RETURNED', version: pending.version + 2, reviewComment: 'Sebutkan juga Care Center 165.' });
    expect(code(await send(DISCARD, { id: service.id, v: pending.version + 1 }, bpjs))).toBe('CONFLICT');
    const discarded = (await ok(DISCARD, { id: service.id, v: pending.version + 2 }, bpjs)).discardServiceEdit;
    expect((await read(service.id, bpjs)).pendingEdit).toBeNull();
    expect(discarded.version).toBe(service.version);
  });

  it('shows the public nothing of a pending edit: every field, version included, stays as it was', async () => {
    const { id } = (await ok('{ service(slug: "legalisir-dokumen-kependudukan") { id } }', {}, {})).service;
    const PUBLIC = `query($id: ID) { service(id: $id) { ${FULL} updatedAt } bySlug: services(filter: { search: "legalisir" }, limit: 50) { totalCount items { id version updatedAt } } }`;
    const publicView = async () => (await send(PUBLIC, { id }, {})).data;
    const before = await publicView();
    const service = await read(id, editor);
    await ok(UPDATE, { id, v: service.version, input: { name: 'Nama usulan', summary: 'Ringkasan usulan legalisir.', keywords: ['usulan'] } }, editor);
    expect(await publicView()).toEqual(before);
    const editVersion = (await read(id, editor)).pendingEdit.version;
    await ok(SUBMIT, { id, v: editVersion }, editor);
    expect(await publicView()).toEqual(before);
    await ok(RETURN, { id, v: editVersion + 1, comment: 'Belum perlu.' }, editor);
    expect(await publicView()).toEqual(before);
    await ok(DISCARD, { id, v: editVersion + 2 }, editor);
    expect(await publicView()).toEqual(before);
  });

  it('never lets a version read of an earlier pending edit act on a later one', async () => {
    const { id } = (await ok('{ service(slug: "skck") { id } }', {}, {})).service;
    const service = await read(id, editor);
    await ok(UPDATE, { id, v: service.version, input: { summary: 'Usulan pertama.' } }, editor);
    const reviewed = (await read(id, editor)).pendingEdit.version;
    // The author discards it and writes another; the reviewer still holds the first one's version.
    await ok(DISCARD, { id, v: reviewed }, editor);
    await ok(UPDATE, { id, v: service.version, input: { summary: 'Usulan kedua, belum ditinjau.' } }, editor);
    const second = (await read(id, editor)).pendingEdit.version;
    expect(second).toBeGreaterThan(reviewed);
    for (const step of [PUBLISH, SUBMIT, DISCARD]) expect(code(await send(step, { id, v: reviewed }, editor))).toBe('CONFLICT');
    expect(code(await send(RESTORE, { id, r: service.revisions[0].id, v: reviewed }, editor))).toBe('CONFLICT');
    // Published unchanged (nothing public moves), then edited again: the published one's version is stale too.
    await ok(UPDATE, { id, v: second, input: { summary: service.summary } }, editor);
    const unchanged = (await read(id, editor)).pendingEdit.version;
    const published = (await ok(PUBLISH, { id, v: unchanged }, editor)).publishService;
    await ok(UPDATE, { id, v: published.version, input: { summary: 'Usulan ketiga.' } }, editor);
    expect(code(await send(PUBLISH, { id, v: unchanged }, editor))).toBe('CONFLICT');
    expect((await read(id)).summary).toBe(service.summary);
  });

  it('gives a BRI partner FORBIDDEN for every mutation on a BPJS service, and NOT_FOUND on one it cannot see', async () => {
    const published = await read((await ok('{ service(slug: "bpjs-kesehatan-pindah-faskes") { id } }', {}, {})).service.id, editor);
    const v = published.version;
    const attempts = [
      send(UPDATE, { id: published.id, v, input: { summary: 'x' } }, bri),
      send(SUBMIT, { id: published.id, v }, bri),
      send(PUBLISH, { id: published.id, v }, bri),
      send(RETURN, { id: published.id, v, comment: 'x' }, bri),
      send(DISCARD, { id: published.id, v }, bri),
      send(ARCHIVE, { id: published.id, v }, bri),
      send(UNARCHIVE, { id: published.id, v }, bri),
      send(RESTORE, { id: published.id, r: published.revisions[0].id, v }, bri),
      send(CREATE, { input: { name: 'Layanan BPJS palsu', agencyId: ids.bpjs, categoryId: ids.bank } }, bri),
    ];
    expect((await Promise.all(attempts)).map(code)).toEqual(Array(9).fill('FORBIDDEN'));
    expect((await read(published.id, editor)).version).toBe(v);

    const inReview = (await ok('{ service(slug: "pengaduan-layanan-jkn") { id version } }', {}, editor)).service;
    const hidden = await Promise.all([
      send(UPDATE, { id: inReview.id, v: inReview.version, input: { summary: 'x' } }, bri),
      send(SUBMIT, { id: inReview.id, v: inReview.version }, bri),
      send(ARCHIVE, { id: inReview.id, v: inReview.version }, bri),
    ]);
    expect(hidden.map(code)).toEqual(['NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND']);
    expect(code(await send(UPDATE, { id: inReview.id, v: inReview.version, input: {} }, {}))).toBe('NOT_FOUND');
  });

  it('lets one of two editors saving from the same version win; the other gets CONFLICT', async () => {
    const service = (await ok('{ service(slug: "npwp") { id version summary } }', {}, editor)).service;
    const [first, second] = await Promise.all([
      send(UPDATE, { id: service.id, v: service.version, input: { summary: 'Versi editor pertama.' } }, editor),
      send(UPDATE, { id: service.id, v: service.version, input: { summary: 'Versi editor kedua.' } }, admin),
    ]);
    expect([code(first) ?? 'ok', code(second) ?? 'ok'].sort()).toEqual(['CONFLICT', 'ok']);
    const after = await read(service.id, editor);
    expect(after.version).toBe(service.version);
    expect(after.pendingEdit.version).toBe(1_000_001);
    expect(['Versi editor pertama.', 'Versi editor kedua.']).toContain(after.pendingEdit.summary);
    // The service now has a pending edit: an update takes its version, and a stale one is CONFLICT.
    const [third, fourth] = await Promise.all([
      send(UPDATE, { id: service.id, v: after.pendingEdit.version, input: { summary: 'Versi ketiga.' } }, editor),
      send(UPDATE, { id: service.id, v: after.pendingEdit.version, input: { summary: 'Versi keempat.' } }, admin),
    ]);
    expect([code(third) ?? 'ok', code(fourth) ?? 'ok'].sort()).toEqual(['CONFLICT', 'ok']);
    const latest = (await read(service.id, editor)).pendingEdit;
    expect(latest.version).toBe(after.pendingEdit.version + 1);
    // Stale: the edit's old version, and the service's own (which now names nothing being edited).
    for (const v of [after.pendingEdit.version, service.version]) {
      expect(code(await send(UPDATE, { id: service.id, v, input: { summary: 'Terlambat.' } }, editor))).toBe('CONFLICT');
    }
    const stale = await send(UPDATE, { id: service.id, v: after.pendingEdit.version, input: { summary: 'Terlambat.' } }, editor);
    expect(code(stale)).toBe('CONFLICT');
    expect((await read(service.id, editor)).pendingEdit.summary).toBe(latest.summary);
  });

  it('lets one of two editors publishing the same edit at once win; one revision is added', async () => {
    const before = await read((await ok('{ service(slug: "kartu-ak1") { id } }', {}, {})).service.id, editor);
    await ok(UPDATE, { id: before.id, v: before.version, input: { summary: 'Kartu kuning untuk melamar kerja.' } }, editor);
    const edit = (await read(before.id, editor)).pendingEdit;
    const results = await Promise.all([editor, admin].map((as) => send(PUBLISH, { id: before.id, v: edit.version }, as)));
    expect(results.map((result) => code(result) ?? 'ok').sort()).toEqual(['CONFLICT', 'ok']);
    const after = await read(before.id, editor);
    expect(after.revisions.length).toBe(before.revisions.length + 1);
    expect(after.summary).toBe('Kartu kuning untuk melamar kerja.');
  });

  it('changes nothing, not even in part, when a later field of a patch is refused', async () => {
    const agency = (await ok('{ agency(slug: "bri") { id name version history(limit: 1) { totalCount } } }', {}, editor)).agency;
    const result = await send('mutation($id: ID!, $v: Int!) { updateAgency(id: $id, version: $v, input: { name: "Nama Baru", slug: "bni" }) { id } }', { id: agency.id, v: agency.version }, editor);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'slug' });
    expect((await ok('{ agency(slug: "bri") { id name version history(limit: 1) { totalCount } } }', {}, editor)).agency).toEqual(agency);
  });

  it('archives and unarchives: the public loses and regains the service', async () => {
    const service = (await ok('{ service(slug: "bphtb") { id version } }', {}, editor)).service;
    const archived = (await ok(ARCHIVE, { id: service.id, v: service.version }, editor)).archiveService;
    expect(archived.status).toBe('ARCHIVED');
    expect(await read(service.id)).toBeNull();
    expect(code(await send(ARCHIVE, { id: service.id, v: archived.version }, editor))).toBe('CONFLICT');
    expect((await ok(UNARCHIVE, { id: service.id, v: archived.version }, editor)).unarchiveService.status).toBe('PUBLISHED');
    expect((await read(service.id)).id).toBe(service.id);
  });

  describe('invalid input: a code and the field at fault, and nothing changed', () => {
    const cases: [string, Record<string, unknown>, string, string][] = [
      ['an empty name', { name: '  ' }, 'BAD_USER_INPUT', 'name'],
      ['a name too long', { name: 'x'.repeat(201) }, 'BAD_USER_INPUT', 'name'],
      ['a slug with spaces', { slug: 'bad slug' }, 'BAD_USER_INPUT', 'slug'],
      ['a slug in use', { slug: 'skck' }, 'BAD_USER_INPUT', 'slug'],
      ['a negative fee', { fee: { isFree: false, amount: -5 } }, 'BAD_USER_INPUT', 'fee.amount'],
      ['a free fee with an amount', { fee: { isFree: true, amount: 1000 } }, 'BAD_USER_INPUT', 'fee.amount'],
      ['a free fee with tiers', { fee: { isFree: true, tiers: [{ label: 'A', amount: 0 }] } }, 'BAD_USER_INPUT', 'fee.tiers'],
      ['an amount that is not the lowest tier', { fee: { isFree: false, amount: 30000, tiers: [{ label: 'A', amount: 10000 }, { label: 'B', amount: 30000 }] } }, 'BAD_USER_INPUT', 'fee.amount'],
      ['a negative tier', { fee: { isFree: false, tiers: [{ label: 'A', amount: -1 }] } }, 'BAD_USER_INPUT', 'fee.tiers.0.amount'],
      ['a URL that is not http', { onlineUrl: 'javascript:alert(1)' }, 'BAD_USER_INPUT', 'onlineUrl'],
      ['an empty requirement', { requirements: [{ description: '' }] }, 'BAD_USER_INPUT', 'requirements.0.description'],
      ['an unknown category', { categoryId: '00000000-0000-4000-8000-000000000000' }, 'BAD_USER_INPUT', 'categoryId'],
      ['an agency id that is no id', { agencyId: 'bri' }, 'BAD_USER_INPUT', 'agencyId'],
    ];

    it.each(cases)('%s', async (_label, input, expectedCode, field) => {
      const service = (await ok('{ service(slug: "akta-kematian") { id version } }', {}, editor)).service;
      const result = await send(UPDATE, { id: service.id, v: service.version, input }, editor);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: expectedCode, field });
      expect((await read(service.id, editor)).version).toBe(service.version);
    });

    it.each([
      ['no name', { agencyId: 'AGENCY', categoryId: 'CATEGORY' }, 'name'],
      ['no agency', { name: 'Layanan', categoryId: 'CATEGORY' }, 'agencyId'],
      ['no category', { name: 'Layanan', agencyId: 'AGENCY' }, 'categoryId'],
    ])('creating with %s', async (_label, input, field) => {
      const filled = JSON.parse(JSON.stringify(input).replace('AGENCY', ids.bapenda).replace('CATEGORY', ids.category));
      expect((await send(CREATE, { input: filled }, editor)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    });

    it('publishing an incomplete draft names the missing component', async () => {
      const draft = (await ok(CREATE, { input: { ...COMPLETE(ids.bapenda, ids.category, 'Layanan Tanpa Produk'), product: null } }, editor)).createService;
      expect((await send(PUBLISH, { id: draft.id, v: draft.version }, editor)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'product' });
      expect((await read(draft.id, editor)).status).toBe('DRAFT');
    });

    it('a stale version, and steps the state does not allow, are CONFLICT', async () => {
      const service = (await ok('{ service(slug: "akta-kematian") { id version } }', {}, editor)).service;
      expect(code(await send(PUBLISH, { id: service.id, v: service.version }, editor))).toBe('CONFLICT');
      expect(code(await send(DISCARD, { id: service.id, v: service.version }, editor))).toBe('CONFLICT');
      expect(code(await send(RETURN, { id: service.id, v: service.version, comment: 'x' }, editor))).toBe('CONFLICT');
      expect(code(await send(SUBMIT, { id: service.id, v: service.version - 1 }, editor))).toBe('CONFLICT');
    });
  });

  describe('categories', () => {
    const CREATE_CATEGORY = 'mutation($input: ServiceCategoryInput!) { createServiceCategory(input: $input) { id slug name version } }';
    const RENAME = 'mutation($id: ID!, $v: Int!, $input: ServiceCategoryInput!) { updateServiceCategory(id: $id, version: $v, input: $input) { id name version } }';
    const DELETE = 'mutation($id: ID!, $v: Int!) { deleteServiceCategory(id: $id, version: $v) }';

    it('an editor creates, renames and deletes an empty one; a category with services stays', async () => {
      const created = (await ok(CREATE_CATEGORY, { input: { name: 'Pariwisata' } }, editor)).createServiceCategory;
      expect(created).toMatchObject({ slug: 'pariwisata', version: 1 });
      expect(code(await send(CREATE_CATEGORY, { input: { name: 'Pariwisata' } }, editor))).toBe('BAD_USER_INPUT');
      const renamed = (await ok(RENAME, { id: created.id, v: 1, input: { name: 'Pariwisata dan Budaya' } }, editor)).updateServiceCategory;
      expect(renamed).toMatchObject({ name: 'Pariwisata dan Budaya', version: 2 });
      expect(code(await send(DELETE, { id: ids.category, v: 1 }, editor))).toBe('CONFLICT');
      expect((await ok(DELETE, { id: created.id, v: 2 }, editor)).deleteServiceCategory).toBe(true);
      expect(code(await send(CREATE_CATEGORY, { input: { name: 'Lain-lain' } }, bri))).toBe('FORBIDDEN');
    });
  });

  describe('the audit trail of agencies, booths and accounts', () => {
    it('records who changed what on an agency and a booth; partners read their own', async () => {
      const agency = (await ok('{ agency(slug: "bri") { id version booths { id version status } } }', {}, {})).agency;
      const before = (await ok('{ agency(slug: "bri") { phone } }', {}, {})).agency.phone;
      await ok('mutation($id: ID!, $v: Int!) { updateAgency(id: $id, version: $v, input: { phone: "(0543) 21999" }) { id } }', { id: agency.id, v: agency.version }, bri);
      const booth = agency.booths[0];
      await ok('mutation($id: ID!, $v: Int!) { updateBooth(id: $id, version: $v, input: { status: TEMPORARILY_CLOSED }) { id } }', { id: booth.id, v: booth.version }, bri);
      const seen = (await ok(`{ agency(slug: "bri") { ${HISTORY} booths { id ${HISTORY} } } }`, {}, bri)).agency;
      expect(seen.history.items[0]).toMatchObject({ action: 'UPDATE', entityType: 'Agency', actor: { userId: userIds.bri, role: 'PARTNER', agencyId: ids.bri } });
      expect(seen.history.items[0].changes).toEqual([{ field: 'phone', before: before === null ? null : JSON.stringify(before), after: '"(0543) 21999"' }]);
      const boothHistory = seen.booths.find((candidate: { id: string }) => candidate.id === booth.id).history;
      expect(boothHistory.items[0].changes).toEqual([{ field: 'status', before: JSON.stringify(booth.status), after: '"TEMPORARILY_CLOSED"' }]);
      expect((await send(`{ agency(slug: "bri") { ${HISTORY} } }`, {}, bpjs)).data.agency.history).toBeNull();
      expect((await send(`{ agency(slug: "bri") { ${HISTORY} } }`, {}, {})).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('pages history in SQL, and a partner sees only what happened while a record was theirs', async () => {
      const agency = (await ok('{ agency(slug: "mandiri") { id version } }', {}, {})).agency;
      let version = agency.version;
      for (const phone of ['14000', '(021) 5245006', '(0543) 22000']) {
        version = (await ok('mutation($id: ID!, $v: Int!, $p: String) { updateAgency(id: $id, version: $v, input: { phone: $p }) { version } }', { id: agency.id, v: version, p: phone }, editor)).updateAgency.version;
      }
      const all = (await ok('{ agency(slug: "mandiri") { history(limit: 100) { totalCount items { id } } } }', {}, editor)).agency.history;
      const page = (await ok('{ agency(slug: "mandiri") { history(limit: 2, offset: 1) { totalCount items { id } } } }', {}, editor)).agency.history;
      expect(page.totalCount).toBe(all.totalCount);
      expect(page.items).toEqual(all.items.slice(1, 3));
      const beyond = (await ok('{ agency(slug: "mandiri") { history(limit: 5, offset: 50) { totalCount items { id } } } }', {}, editor)).agency.history;
      expect(beyond).toEqual({ totalCount: all.totalCount, items: [] });

      const made = (await ok('mutation($a: ID!) { createBooth(input: { code: "T-90", floor: 2, status: PLANNED, agencyId: $a }) { id version } }', { a: ids.bpjs }, editor)).createBooth;
      await ok('mutation($id: ID!, $v: Int!, $a: ID!) { updateBooth(id: $id, version: $v, input: { agencyId: $a }) { id } }', { id: made.id, v: made.version, a: ids.bri }, editor);
      const booths = (await ok(`{ agency(slug: "bri") { booths { code ${HISTORY} } } }`, {}, bri)).agency.booths;
      const moved = booths.find((booth: { code: string }) => booth.code === 'T-90');
      expect(moved.history.items.map((item: { action: string }) => item.action)).toEqual(['UPDATE']);
      const editorView = (await ok(`{ agency(slug: "bri") { booths { code ${HISTORY} } } }`, {}, editor)).agency.booths.find((booth: { code: string }) => booth.code === 'T-90');
      expect(editorView.history.items.map((item: { action: string }) => item.action)).toEqual(['UPDATE', 'CREATE']);
    });

    it('reads the history of a whole list in a fixed number of statements', async () => {
      const query = (limit: number) => send(`{ services(limit: ${limit}) { items { history(limit: 1) { totalCount items { action } } } } }`, {}, editor);
      const few = await platform.countStatements(() => query(5));
      const many = await platform.countStatements(() => query(100));
      expect(many.catalog).toBe(few.catalog);
    });

    it('records account changes for administrators, never a password', async () => {
      const created = (await ok('mutation { createStaffUser(input: { email: "audit@example.id", name: "Audit Satu", role: EDITOR }) { temporaryPassword user { id version } } }', {}, admin)).createStaffUser;
      await ok('mutation($id: ID!, $v: Int!) { resetStaffPassword(id: $id, version: $v) { user { id } } }', { id: created.user.id, v: created.user.version }, admin);
      const list = (await ok(`{ staffUsers(limit: 100) { items { id email ${HISTORY} } } }`, {}, admin)).staffUsers.items;
      const history = list.find((user: { id: string }) => user.id === created.user.id).history;
      expect(history.items.map((item: { action: string }) => item.action)).toEqual(['PASSWORD_RESET', 'CREATE']);
      expect(history.items[0].changes).toEqual([]);
      expect(JSON.stringify(history)).not.toContain(created.temporaryPassword);
      expect(JSON.stringify(history)).not.toMatch(/argon2|passwordHash/);
    });
  });
});
