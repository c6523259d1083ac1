import { openSubgraphDatabase, type Database } from '@mpp/kit/subgraph';
import { openDatabaseBefore, testDatabaseTargets, testPlatformConfig, type TestPlatform } from '@mpp/kit/testing';
import { seedId } from '@mpp/kit';
import { SearchSynonymGroup } from '../search-synonyms/search-synonym-group.entity';
import { ServiceEdit } from '../service-edits/service-edit.entity';
import { Service } from '../services/service.entity';
import { catalogSubgraph } from '../subgraph';

/*
 * Data already stored when a release changes the catalog's tables arrives intact: a database
 * migrated as it was before the public slug and before pending edits had a table of their own
 * holds a published service with a pending edit, an archived one that had been published and
 * a draft; after the remaining migrations each is where it belongs now.
 */
describe.each(testDatabaseTargets())('catalog migrations on existing data, on $label', ({ databaseUrl }) => {
  let platform: TestPlatform;
  let database: Database;
  const ids = {
    published: '11111111-1111-4111-8111-111111111111',
    archived: '22222222-2222-4222-8222-222222222222',
    draft: '33333333-3333-4333-8333-333333333333',
    category: '44444444-4444-4444-8444-444444444444',
  };

  beforeAll(async () => {
    platform = testPlatformConfig(databaseUrl);
    const { config } = platform;
    const before = await openDatabaseBefore(platform, catalogSubgraph, 'Migration20261201000000_public_slug');
    const connection = before.orm.em.getConnection();
    const now = new Date('2026-11-30T02:00:00.000Z');
    const publicAt = new Date('2026-11-30T03:00:00.000Z');
    const editedAt = new Date('2026-11-30T04:00:00.000Z');
    await connection.execute('insert into service_category (id, slug, name, version, created_at, updated_at) values (?, ?, ?, 1, ?, ?)', [
      ids.category, 'uji', 'Uji', now, now,
    ]);
    const service = (id: string, slug: string, status: string, pending: object | null) =>
      connection.execute(
        `insert into service (id, slug, name, agency_id, category_id, keywords, requirements, ${'`procedure`'}, processing_time, fee, product,
           complaint_channels, legal_basis, status, version, created_at, updated_at, public_updated_at, pending_content, pending_state, pending_comment,
           pending_by_user_id, pending_by_role, pending_by_agency_id, pending_at)
         values (?, ?, ?, ?, ?, '[]', '[]', '[]', '', ?, '', '[]', '[]', ?, 3, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [
          id, slug, `Layanan ${slug}`, ids.category, ids.category, JSON.stringify({ isFree: true, amount: 0, tiers: [], note: null }), status, now,
          // updated_at moved with the pending edit; public_updated_at is what the public saw.
          pending ? editedAt : now, pending ? publicAt : null,
          pending ? JSON.stringify(pending) : null, pending ? 'RETURNED' : null, pending ? 'Perbaiki ringkasan.' : null,
          pending ? 'u-1' : null, pending ? 'PARTNER' : null, pending ? ids.category : null, pending ? editedAt : null,
        ],
      );
    await service(ids.published, 'terbit', 'PUBLISHED', { name: 'Usulan', slug: 'terbit' });
    await service(ids.archived, 'arsip', 'ARCHIVED', null);
    await service(ids.draft, 'draf', 'DRAFT', null);
    await connection.execute('insert into service_revision (id, service_id, number, content, published_at) values (?, ?, 1, ?, ?)', [
      '55555555-5555-4555-8555-555555555555', ids.archived, '{}', now,
    ]);
    const synonym = (id: string, groupKey: string, phrase: string) =>
      connection.execute('insert into search_synonym (id, group_key, phrase) values (?, ?, ?)', [id, groupKey, phrase]);
    await synonym('66666666-6666-4666-8666-666666666661', 'paspor', 'passport');
    await synonym('66666666-6666-4666-8666-666666666662', 'paspor', 'paspor');
    await synonym('66666666-6666-4666-8666-666666666663', 'tambahan-editor', 'kartu tani');
    await synonym('66666666-6666-4666-8666-666666666664', 'tambahan-editor', 'farmer card');
    await before.close();
    database = await openSubgraphDatabase(catalogSubgraph, config);
  });

  afterAll(async () => {
    await database?.close();
    await platform?.cleanup(['catalog']);
  });

  it('reserves the slug of every service that has been public, and of no draft', async () => {
    const em = database.orm.em.fork();
    const slugs = Object.fromEntries((await em.find(Service, {})).map((service) => [service.id, service.publicSlug]));
    expect(slugs).toEqual({ [ids.published]: 'terbit', [ids.archived]: 'arsip', [ids.draft]: null });
  });

  it('moves a pending edit into its own row, with who wrote it, and leaves the service as it was', async () => {
    const em = database.orm.em.fork();
    const edits = await em.find(ServiceEdit, {});
    expect(edits).toHaveLength(1);
    expect(edits[0]).toMatchObject({
      serviceId: ids.published,
      // Where every edit row starts counting (EDIT_VERSION_BASE + 1): no version the service had.
      version: 1_000_001,
      content: { name: 'Usulan', slug: 'terbit' },
      state: 'RETURNED',
      reviewComment: 'Perbaiki ringkasan.',
      editedBy: { userId: 'u-1', role: 'PARTNER', agencyId: ids.category },
    });
    expect(edits[0].updatedAt.toISOString()).toBe('2026-11-30T04:00:00.000Z');
    const published = await em.findOneOrFail(Service, { id: ids.published });
    // The public side keeps its version, and the time it last changed — not the edit's.
    expect([published.version, published.updatedAt.toISOString()]).toEqual([3, '2026-11-30T03:00:00.000Z']);
    expect((await em.findOneOrFail(Service, { id: ids.draft })).updatedAt.toISOString()).toBe('2026-11-30T02:00:00.000Z');
  });

  it('makes a synonym group, with the stable ID the seed gives it, of every group key the synonyms name', async () => {
    const em = database.orm.em.fork();
    const groups = await em.find(SearchSynonymGroup, {}, { orderBy: { key: 'asc' } });
    expect(groups.map(({ id, key, phrases, version }) => ({ id, key, phrases, version }))).toEqual([
      { id: seedId('search-synonym-group', 'paspor'), key: 'paspor', phrases: ['paspor', 'passport'], version: 1 },
      { id: seedId('search-synonym-group', 'tambahan-editor'), key: 'tambahan-editor', phrases: ['farmer card', 'kartu tani'], version: 1 },
    ]);
    // Dates written by the migration read back as the instants they were.
    for (const group of groups) expect(Math.abs(group.updatedAt.getTime() - Date.now())).toBeLessThan(60_000);
  });
});
