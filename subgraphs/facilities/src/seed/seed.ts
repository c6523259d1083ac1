import type { EntityManager } from '@mikro-orm/knex';
import { clock, seedId } from '@mpp/kit';
import { type SubgraphSeed } from '@mpp/kit/subgraph';
import { Facility, FacilityStatus } from '../facilities/facility.entity';
import { Listing } from '../listings/listing.entity';
import { Mall } from '../mall/mall.entity';
import { facilitySeeds, listingSeeds, mallSeed } from './facilities.data';

/** The mall's one record: its stable id. */
export const MALL_ID = seedId('mall', 'mpp-paser');

/**
 * Paser's mall profile, facilities and listings, with stable IDs (`mall:mpp-paser`,
 * `facility:<slug>`, `listing:<facility slug>/<slug>`), every facility OPERATIONAL as of the
 * seed. Every record that is missing is inserted; running it again changes nothing. No closed
 * dates: they are the queueing subgraph's, copied at start (closed-dates/).
 */
export const facilitiesSeed: SubgraphSeed = {
  async isNeeded(em: EntityManager) {
    return (await em.count(Mall)) === 0 && (await em.count(Facility)) === 0;
  },

  async run(em: EntityManager) {
    await em.transactional(async (tx) => {
      if (!(await tx.findOne(Mall, { id: MALL_ID }, { fields: ['id'] }))) tx.create(Mall, { id: MALL_ID, ...mallSeed });
      const now = clock.now();
      const existingFacilities = new Set((await tx.find(Facility, {}, { fields: ['id'] })).map((facility) => facility.id));
      for (const { operatorSlug, ...seed } of facilitySeeds) {
        const id = seedId('facility', seed.slug);
        if (existingFacilities.has(id)) continue;
        tx.create(Facility, {
          ...seed,
          id,
          operatorAgencyId: operatorSlug === null ? null : seedId('agency', operatorSlug),
          photoUrls: [],
          status: FacilityStatus.OPERATIONAL,
          statusNote: null,
          statusSince: now,
        });
      }
      const existingListings = new Set((await tx.find(Listing, {}, { fields: ['id'] })).map((listing) => listing.id));
      for (const { facilitySlug, slug, ...seed } of listingSeeds) {
        const id = seedId('listing', `${facilitySlug}/${slug}`);
        if (existingListings.has(id)) continue;
        tx.create(Listing, { ...seed, id, facilityId: seedId('facility', facilitySlug), available: true });
      }
    });
  },
};
