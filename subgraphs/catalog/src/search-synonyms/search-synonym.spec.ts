import { seedId, type StaffIdentity } from '@mpp/kit';
import { AuditRecord } from '@mpp/kit/subgraph';
import { subgraphForSpecs, testDatabaseTargets } from '@mpp/kit/testing';
import { SearchSynonym } from '../search/search-index.entity';
import { prepareSearch } from '../search/search.setup';
import { searchSynonymSeeds } from '../seed/search-synonyms.data';
import { catalogSubgraph } from '../subgraph';
import { SearchSynonymGroup } from './search-synonym-group.entity';

const admin: StaffIdentity = { userId: 'u-admin', role: 'ADMIN', agencyId: null };
const editor: StaffIdentity = { userId: 'u-editor', role: 'EDITOR', agencyId: null };
const partner: StaffIdentity = { userId: 'u-bri', role: 'PARTNER', agencyId: seedId('agency', 'bri') };
const officer: StaffIdentity = { userId: 'u-officer', role: 'OFFICER', agencyId: seedId('agency', 'polres') };
const WHO_MAY = 'Only DPMPTSP editors and DPMPTSP administrators may';

const GROUP_FIELDS = 'id key phrases version';
const LIST = `{ searchSynonymGroups(limit: 100) { totalCount items { ${GROUP_FIELDS} } } }`;
const CREATE = `mutation($input: SearchSynonymGroupInput!) { createSearchSynonymGroup(input: $input) { ${GROUP_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $version: Int!, $phrases: [String!]!) { updateSearchSynonymGroup(id: $id, version: $version, phrases: $phrases) { ${GROUP_FIELDS} } }`;
const DELETE = 'mutation($id: ID!, $version: Int!) { deleteSearchSynonymGroup(id: $id, version: $version) }';
const SEARCH = 'query($text: String) { services(filter: { search: $text }, limit: 100) { totalCount items { slug } } }';

interface Group {
  id: string;
  key: string;
  phrases: string[];
  version: number;
}

describe.each(testDatabaseTargets())('search synonyms on $label', ({ databaseUrl }) => {
  const run = subgraphForSpecs(catalogSubgraph, databaseUrl);

  const create = async (input: { key?: string; phrases: string[] }, viewer: StaffIdentity = editor): Promise<Group> => {
    const { data, errors } = await run.ask(CREATE, { input }, viewer);
    expect(errors).toBeUndefined();
    return data.createSearchSynonymGroup;
  };
  const groupByKey = async (key: string): Promise<Group> => {
    const { data } = await run.ask(LIST, {}, editor);
    return data.searchSynonymGroups.items.find((group: Group) => group.key === key);
  };
  const search = async (text: string, viewer?: StaffIdentity): Promise<{ totalCount: number; slugs: string[] }> => {
    const { data, errors } = await run.ask(SEARCH, { text }, viewer);
    expect(errors).toBeUndefined();
    return { totalCount: data.services.totalCount, slugs: data.services.items.map((item: { slug: string }) => item.slug) };
  };

  it('lists every seeded group with its phrases, by key, at version 1', async () => {
    const { data } = await run.ask(LIST, {}, editor);
    const keys = searchSynonymSeeds.map((seed) => seed.key).sort();
    expect(data.searchSynonymGroups.totalCount).toBe(searchSynonymSeeds.length);
    expect(data.searchSynonymGroups.items.map((group: Group) => group.key)).toEqual(keys);
    const paspor = data.searchSynonymGroups.items.find((group: Group) => group.key === 'paspor');
    expect(paspor).toEqual({ id: seedId('search-synonym-group', 'paspor'), key: 'paspor', phrases: ['paspor', 'passport', 'e-paspor'], version: 1 });
    const page = await run.ask('{ searchSynonymGroups(limit: 5, offset: 5) { totalCount items { key } } }', {}, admin);
    expect(page.data.searchSynonymGroups.items.map((group: { key: string }) => group.key)).toEqual(keys.slice(5, 10));
    const one = await run.ask('query($id: ID!) { searchSynonymGroup(id: $id) { key phrases } }', { id: paspor.id }, admin);
    expect(one.data.searchSynonymGroup).toEqual({ key: 'paspor', phrases: paspor.phrases });
  });

  describe('who may read and change synonyms', () => {
    it.each([
      ['an administrator', admin],
      ['an editor', editor],
    ])('%s may list, create, change and delete groups', async (_label, viewer) => {
      expect((await run.ask(LIST, {}, viewer)).data.searchSynonymGroups.totalCount).toBeGreaterThan(0);
      const group = await create({ phrases: [`boleh ${viewer.role.toLowerCase()}`, `izin ${viewer.role.toLowerCase()}`] }, viewer);
      const updated = await run.ask(UPDATE, { id: group.id, version: group.version, phrases: [...group.phrases, `tambah ${viewer.role.toLowerCase()}`] }, viewer);
      expect(updated.data.updateSearchSynonymGroup.version).toBe(group.version + 1);
      expect((await run.ask(DELETE, { id: group.id, version: group.version + 1 }, viewer)).data).toEqual({ deleteSearchSynonymGroup: true });
    });

    it.each([
      ['a partner', partner, 'FORBIDDEN'],
      ['an officer', officer, 'FORBIDDEN'],
      ['an anonymous caller', undefined, 'UNAUTHENTICATED'],
    ])('%s may neither read the list nor change a group', async (_label, viewer, code) => {
      const paspor = await groupByKey('paspor');
      const attempts = [
        await run.ask(LIST, {}, viewer),
        await run.ask('query($id: ID!) { searchSynonymGroup(id: $id) { key } }', { id: paspor.id }, viewer),
        await run.ask(CREATE, { input: { phrases: ['tidak boleh', 'dilarang'] } }, viewer),
        await run.ask(UPDATE, { id: paspor.id, version: paspor.version, phrases: ['paspor', 'dilarang'] }, viewer),
        await run.ask(DELETE, { id: paspor.id, version: paspor.version }, viewer),
      ];
      for (const { errors } of attempts) {
        expect(errors?.[0]?.extensions?.code).toBe(code);
        if (code === 'FORBIDDEN') expect(errors?.[0]?.message).toMatch(new RegExp(`^${WHO_MAY} `));
      }
      expect(await groupByKey('paspor')).toEqual(paspor);
      expect(await groupByKey('tidak-boleh')).toBeUndefined();
    });
  });

  it('stores phrases trimmed, lowercase and without accents, and records who made the group', async () => {
    const group = await create({ phrases: ['  Surat   Jalan ', 'TRAVEL PERMIT', 'Sürat Izin Jälan'] });
    expect(group).toMatchObject({ key: 'surat-jalan', phrases: ['surat jalan', 'travel permit', 'surat izin jalan'], version: 1 });
    const { data } = await run.ask('query($id: ID!) { searchSynonymGroup(id: $id) { history { totalCount items { action actor { userId role } changes { field after } } } } }', { id: group.id }, admin);
    expect(data.searchSynonymGroup.history).toEqual({
      totalCount: 1,
      items: [
        {
          action: 'CREATE',
          actor: { userId: editor.userId, role: 'EDITOR' },
          changes: [
            { field: 'key', after: JSON.stringify('surat-jalan') },
            { field: 'phrases', after: JSON.stringify(['surat jalan', 'travel permit', 'surat izin jalan']) },
          ],
        },
      ],
    });
  });

  it.each([
    ['no phrase', { phrases: [] }, 'phrases'],
    ['a single phrase', { phrases: ['sendiri'] }, 'phrases'],
    ['51 phrases', { phrases: Array.from({ length: 51 }, (_, index) => `frasa ${index}`) }, 'phrases'],
    ['a blank phrase', { phrases: ['kosong', '   '] }, 'phrases.1'],
    ['a phrase of 121 characters', { phrases: ['panjang', 'p'.repeat(121)] }, 'phrases.1'],
    ['a phrase of single letters', { phrases: ['huruf', 'a b'] }, 'phrases.1'],
    ['a phrase of words searches leave out', { phrases: ['kata', 'dan atau'] }, 'phrases.1'],
    ['a phrase on two lines', { phrases: ['baris', 'dua\nbaris'] }, 'phrases.1'],
    ['a phrase given twice', { phrases: ['Kartu Nelayan', 'kartu  nelayan'] }, 'phrases.1'],
    ['a phrase of another group', { phrases: ['dokumen perjalanan', 'Passport'] }, 'phrases.1'],
    ['a phrase meaning to search what one of another group does', { phrases: ['kartu penduduk', 'EKTP'] }, 'phrases.1'],
    ['a malformed key', { key: 'Kunci Baru', phrases: ['kunci', 'gembok'] }, 'key'],
    ['the key of another group', { key: 'paspor', phrases: ['kunci', 'gembok'] }, 'key'],
    ['a control character', { phrases: ['nol', 'byte\u0000nol'] }, 'phrases.1'],
  ])('refuses %s with BAD_USER_INPUT naming the field', async (_label, input, field) => {
    const before = await run.ask(LIST, {}, editor);
    const { data, errors } = await run.ask(CREATE, { input }, editor);
    expect(data).toBeNull();
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await run.ask(LIST, {}, editor)).toEqual(before);
  });

  it('names the group that already has a phrase', async () => {
    const { errors } = await run.ask(CREATE, { input: { phrases: ['kartu penduduk', 'EKTP'] } }, editor);
    expect(errors?.[0]?.message).toBe('"ektp" is already in the synonym group "ktp" as "e-ktp"; a phrase can be in one group only.');
  });

  it('lets a group keep its own phrases and take one another group gave up', async () => {
    const kawin = await create({ key: 'kawin-siri', phrases: ['nikah siri', 'kawin siri'] });
    const nikah = await groupByKey('nikah');
    const without = nikah.phrases.filter((phrase) => phrase !== 'wedding');
    const given = await run.ask(UPDATE, { id: nikah.id, version: nikah.version, phrases: without }, editor);
    expect(given.data.updateSearchSynonymGroup).toMatchObject({ phrases: without, version: nikah.version + 1 });
    const taken = await run.ask(UPDATE, { id: kawin.id, version: kawin.version, phrases: ['kawin siri', 'nikah siri', 'Wedding'] }, editor);
    expect(taken.data.updateSearchSynonymGroup).toMatchObject({ phrases: ['kawin siri', 'nikah siri', 'wedding'], version: 2 });
    const em = run.subgraph.database.orm.em.fork();
    expect((await em.find(SearchSynonym, { groupKey: 'kawin-siri' })).map((synonym) => synonym.phrase).sort()).toEqual(['kawin siri', 'nikah siri', 'wedding']);
  });

  it('refuses a stale version with CONFLICT and changes nothing', async () => {
    const group = await create({ phrases: ['kartu tani', 'farmer card'] });
    const current = await run.ask(UPDATE, { id: group.id, version: group.version, phrases: ['kartu tani', 'farmer card', 'kartu petani'] }, editor);
    expect(current.data.updateSearchSynonymGroup.version).toBe(2);
    const stale = await run.ask(UPDATE, { id: group.id, version: 1, phrases: ['kartu tani', 'petani'] }, editor);
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const staleDelete = await run.ask(DELETE, { id: group.id, version: 1 }, editor);
    expect(staleDelete.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await groupByKey('kartu-tani')).toEqual({ ...group, phrases: ['kartu tani', 'farmer card', 'kartu petani'], version: 2 });
    const missing = await run.ask(UPDATE, { id: '00000000-0000-4000-8000-000000000000', version: 1, phrases: ['ada', 'tiada'] }, editor);
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('keeps one of two saves of one group made at once, and refuses the other with CONFLICT', async () => {
    const group = await create({ phrases: ['kartu prakerja', 'prakerja'] });
    const saves = [['kartu prakerja', 'prakerja', 'pelatihan kerja'], ['kartu prakerja', 'prakerja', 'job training']];
    const results = await Promise.all(saves.map((phrases) => run.ask(UPDATE, { id: group.id, version: group.version, phrases }, editor)));
    const codes = results.map((result) => result.errors?.[0]?.extensions?.code ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    const winner = results.find((result) => !result.errors)!.data.updateSearchSynonymGroup;
    expect(await groupByKey(group.key)).toEqual({ ...group, phrases: winner.phrases, version: 2 });
    const em = run.subgraph.database.orm.em.fork();
    expect((await em.find(SearchSynonym, { groupKey: group.key })).map((synonym) => synonym.phrase).sort()).toEqual([...winner.phrases].sort());
  });

  it('gives a phrase to one of two groups created at once with it', async () => {
    const inputs = [{ phrases: ['bansos', 'bantuan sosial'] }, { phrases: ['pkh', 'Bantuan  Sosial'] }];
    const results = await Promise.all(inputs.map((input) => run.ask(CREATE, { input }, editor)));
    const outcomes = results.map((result) => result.errors?.[0]?.extensions?.field ?? 'OK').sort();
    expect(outcomes).toEqual(['OK', 'phrases.1']);
    const em = run.subgraph.database.orm.em.fork();
    expect(await em.count(SearchSynonym, { phrase: 'bantuan sosial' })).toBe(1);
  });

  it('changes search results at once when a group is created, changed and deleted', async () => {
    const sorted = ({ totalCount, slugs }: { totalCount: number; slugs: string[] }) => ({ totalCount, slugs: [...slugs].sort() });
    const tilang = sorted(await search('tilang'));
    expect(tilang.totalCount).toBeGreaterThan(0);
    expect((await search('lintasbatas')).totalCount).toBe(0);
    const group = await create({ phrases: ['lintasbatas', 'tilang'] });
    expect(sorted(await search('lintasbatas'))).toEqual(tilang);
    const changed = await run.ask(UPDATE, { id: group.id, version: group.version, phrases: ['lintaslaut', 'tilang'] }, editor);
    expect(changed.errors).toBeUndefined();
    expect((await search('lintasbatas')).totalCount).toBe(0);
    expect(sorted(await search('lintaslaut'))).toEqual(tilang);
    expect((await run.ask(DELETE, { id: group.id, version: 2 }, editor)).errors).toBeUndefined();
    expect((await search('lintaslaut')).totalCount).toBe(0);
    expect(sorted(await search('tilang'))).toEqual(tilang);
  });

  // Counts, version sums and times of the groups could stay the same across such a pair of
  // changes (a new group replacing a deleted one); the revision cannot.
  it('sees a group deleted and another made with as many phrases at once, in the same second', async () => {
    const sorted = ({ totalCount, slugs }: { totalCount: number; slugs: string[] }) => ({ totalCount, slugs: [...slugs].sort() });
    const tilang = sorted(await search('tilang'));
    const first = await create({ phrases: ['jalurbatas', 'tilang'] });
    expect(sorted(await search('jalurbatas'))).toEqual(tilang);
    expect((await run.ask(DELETE, { id: first.id, version: first.version }, editor)).errors).toBeUndefined();
    await create({ key: first.key, phrases: ['jalurlaut', 'tilang'] });
    expect((await search('jalurbatas')).totalCount).toBe(0);
    expect(sorted(await search('jalurlaut'))).toEqual(tilang);
  });

  it('never reveals through a synonym a service the caller may not see', async () => {
    const draft = await run.ask(
      'mutation($input: ServiceInput!) { createService(input: $input) { slug status } }',
      { input: { name: 'Layanan Zebrakuda', agencyId: seedId('agency', 'bri'), categoryId: seedId('category', 'perbankan') } },
      editor,
    );
    expect(draft.errors).toBeUndefined();
    await create({ phrases: ['kudabelang', 'zebrakuda'] });
    expect(await search('kudabelang')).toEqual({ totalCount: 0, slugs: [] });
    expect(await search('kudabelang', partner)).toEqual({ totalCount: 1, slugs: [draft.data.createService.slug] });
    expect(await search('kudabelang', officer)).toEqual({ totalCount: 0, slugs: [] });
  });

  it('does not bring back seed synonyms editors have deleted when the subgraph starts again', async () => {
    const em = run.subgraph.database.orm.em.fork();
    expect(await em.count(AuditRecord, { entityType: 'SearchSynonymGroup', action: 'DELETE' })).toBeGreaterThan(0);
    await em.nativeDelete(SearchSynonym, {});
    await em.nativeDelete(SearchSynonymGroup, {});
    await prepareSearch(em);
    expect([await em.count(SearchSynonym), await em.count(SearchSynonymGroup)]).toEqual([0, 0]);
  });
});
