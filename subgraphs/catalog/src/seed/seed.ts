import type { EntityManager } from '@mikro-orm/knex';
import { seedId } from '@mpp/kit';
import { type SubgraphSeed } from '@mpp/kit/subgraph';
import { ServiceCategory } from '../categories/category.entity';
import { reindexServices } from '../search/search.indexer';
import { seedSearchSynonyms } from '../search/search.setup';
import { ensureFirstRevisions } from '../revisions/service-revision.backfill';
import { PublishStatus, Service } from '../services/service.entity';
import { categorySeeds } from './categories.data';
import type { ServiceSeed } from './seed.types';
import { governmentServiceSeeds } from './services.government.data';
import { partnerServiceSeeds } from './services.partners.data';

export const serviceSeeds: readonly ServiceSeed[] = [...governmentServiceSeeds, ...partnerServiceSeeds];

/**
 * Paser's service catalog. Services refer to agencies by the agencies subgraph's stable seed
 * IDs (`agency:<slug>`), so nothing here reads another subgraph's database.
 */
export const catalogSeed: SubgraphSeed = {
  async isNeeded(em: EntityManager) {
    return (await em.count(ServiceCategory)) === 0 && (await em.count(Service)) === 0;
  },

  async run(em: EntityManager) {
    await em.transactional(async (tx) => {
      const existingCategories = new Set((await tx.find(ServiceCategory, {}, { fields: ['id'] })).map((c) => c.id));
      for (const seed of categorySeeds) {
        const id = seedId('category', seed.slug);
        if (!existingCategories.has(id)) tx.create(ServiceCategory, { id, slug: seed.slug, name: seed.name });
      }
      await tx.flush();
      const existingServices = new Set((await tx.find(Service, {}, { fields: ['id'] })).map((s) => s.id));
      for (const seed of serviceSeeds) {
        const id = seedId('service', seed.slug);
        if (existingServices.has(id)) continue;
        const { agencySlug, categorySlug, procedure, status, ...content } = seed;
        tx.create(Service, {
          ...content,
          id,
          agencyId: seedId('agency', agencySlug),
          category: tx.getReference(ServiceCategory, seedId('category', categorySlug)),
          procedure: procedure.map((description) => ({ description })),
          status: status as PublishStatus,
          // The seeded archived service was public before it was archived, like the published ones.
          publicSlug: status === 'DRAFT' || status === 'IN_REVIEW' ? null : content.slug,
        });
      }
      await tx.flush();
      await ensureFirstRevisions(tx);
      await seedSearchSynonyms(tx);
      await reindexServices(tx, await tx.find(Service, {}));
    });
  },
};
