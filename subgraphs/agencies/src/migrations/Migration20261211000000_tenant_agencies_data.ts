import { clock, seedId } from '@mpp/kit';
import { PortableMigration } from '@mpp/kit/subgraph';
import type { AgencySeed } from '../seed/seed.types';

/**
 * The tenants of the mall's cafeteria and minimarket as of this release, as the seed gives them.
 * Written out here rather than read from the seed data: a migration must do tomorrow what it did
 * today, whatever the seed says by then.
 */
const TENANT_AGENCIES: readonly AgencySeed[] = [
  {
    slug: 'kafetaria-mpp',
    name: 'Pengelola Kafetaria MPP Kabupaten Paser',
    shortName: 'Kafetaria MPP',
    kind: 'OTHER',
    description: 'Penyewa kafetaria di lantai 1 MPP Paser: makanan dan minuman untuk pengunjung dan petugas. Nama pengelola belum terverifikasi.',
    website: null,
    phone: null,
    email: null,
  },
  {
    slug: 'minimarket-mpp',
    name: 'Pengelola Minimarket MPP Kabupaten Paser',
    shortName: 'Minimarket MPP',
    kind: 'OTHER',
    description:
      'Penyewa minimarket di lantai 1 MPP Paser: meterai, map, fotokopi, cetak pas foto, serta makanan dan minuman ringan. Nama pengelola belum terverifikasi.',
    website: null,
    phone: null,
    email: null,
  },
];

/**
 * The agencies of the cafeteria's and the minimarket's tenants, for a database seeded before the
 * seed had them: the facilities subgraph's seed names them as those facilities' operators (by
 * their seeded ids), so without them an upgraded platform's cafeteria and minimarket would point
 * at no agency and have no partner who could keep them. Each is inserted with its seeded id
 * (`seedId('agency', slug)`) and the seed's fields, unless an agency already has that id or that
 * slug (an editor who created it by hand keeps theirs); running it again changes nothing. An
 * empty table is left to the seed, which fills it whole at the first start (it runs only on an
 * empty table). A data change only.
 */
export class Migration20261211000000TenantAgenciesData extends PortableMigration {
  override async up(): Promise<void> {
    const knex = this.getKnex();
    const [{ agencies }] = (await this.execute(knex('agency').count({ agencies: '*' }))) as { agencies: number | string }[];
    if (Number(agencies) === 0) return;
    const ids = TENANT_AGENCIES.map(({ slug }) => seedId('agency', slug));
    const slugs = TENANT_AGENCIES.map(({ slug }) => slug);
    const existing = (await this.execute(knex('agency').select('id', 'slug').whereIn('id', ids).orWhereIn('slug', slugs))) as { id: string; slug: string }[];
    const missing = TENANT_AGENCIES.filter(({ slug }) => !existing.some((agency) => agency.slug === slug || agency.id === seedId('agency', slug)));
    if (missing.length === 0) return;
    const now = clock.now();
    // Values are bound, never written into the SQL: a date in the form each database stores.
    await this.execute(
      knex('agency').insert(
        missing.map((tenant) => ({
          id: seedId('agency', tenant.slug),
          slug: tenant.slug,
          name: tenant.name,
          short_name: tenant.shortName,
          kind: tenant.kind,
          description: tenant.description,
          website: tenant.website,
          phone: tenant.phone,
          email: tenant.email,
          version: 1,
          created_at: now,
          updated_at: now,
        })),
      ),
    );
  }

  override down(): void {
    // Nothing to undo: the tenants are agencies like any other now (facilities, staff and booths
    // may name them), and a database seeded today holds them too.
  }
}
