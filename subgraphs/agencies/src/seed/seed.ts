import type { EntityManager } from '@mikro-orm/knex';
import { seedId } from '@mpp/kit';
import { type SubgraphSeed } from '@mpp/kit/subgraph';
import { Agency, AgencyKind } from '../agencies/agency.entity';
import { Booth, BoothStatus } from '../booths/booth.entity';
import { agencySeeds, boothSeeds } from './agencies.data';

/** Paser's agencies and their 45 gerai, with IDs derived from their slugs and codes. */
export const agenciesSeed: SubgraphSeed = {
  async isNeeded(em: EntityManager) {
    return (await em.count(Agency)) === 0;
  },

  async run(em: EntityManager) {
    await em.transactional(async (tx) => {
      // What exists is skipped, by id or by its unique slug or code: a development database
      // seeded by an older version gets only what a newer seed adds, whatever editors made.
      const agencies = await tx.find(Agency, {}, { fields: ['id', 'slug'] });
      const existingAgencies = new Set(agencies.flatMap((agency) => [agency.id, agency.slug]));
      const agencyIds = new Set(agencies.map((agency) => agency.id));
      for (const seed of agencySeeds) {
        const id = seedId('agency', seed.slug);
        if (existingAgencies.has(id) || existingAgencies.has(seed.slug)) continue;
        agencyIds.add(id);
        tx.create(Agency, { ...seed, id, kind: seed.kind as AgencyKind });
      }
      await tx.flush();
      const booths = await tx.find(Booth, {}, { fields: ['id', 'code'] });
      const existingBooths = new Set(booths.flatMap((booth) => [booth.id, booth.code]));
      for (const seed of boothSeeds) {
        const id = seedId('booth', seed.code);
        if (existingBooths.has(id) || existingBooths.has(seed.code)) continue;
        // A booth of a seeded agency an editor replaced under another id: left to the editors.
        if (!agencyIds.has(seedId('agency', seed.agencySlug))) continue;
        tx.create(Booth, {
          id,
          code: seed.code,
          floor: seed.floor,
          status: seed.status as BoothStatus,
          openedOn: seed.openedOn,
          agency: tx.getReference(Agency, seedId('agency', seed.agencySlug)),
        });
      }
    });
  },
};
