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
      const existingAgencies = new Set((await tx.find(Agency, {}, { fields: ['id'] })).map((agency) => agency.id));
      for (const seed of agencySeeds) {
        const id = seedId('agency', seed.slug);
        if (existingAgencies.has(id)) continue;
        tx.create(Agency, { ...seed, id, kind: seed.kind as AgencyKind });
      }
      await tx.flush();
      const existingBooths = new Set((await tx.find(Booth, {}, { fields: ['id'] })).map((booth) => booth.id));
      for (const seed of boothSeeds) {
        const id = seedId('booth', seed.code);
        if (existingBooths.has(id)) continue;
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
