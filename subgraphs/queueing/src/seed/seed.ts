import type { EntityManager } from '@mikro-orm/knex';
import { seedId } from '@mpp/kit';
import { type SubgraphSeed } from '@mpp/kit/subgraph';
import { ClosedDate } from '../closed-dates/closed-date.entity';
import { Counter, CounterStatus } from '../counters/counter.entity';
import { Queue } from '../queues/queue.entity';
import { closedDateSeeds, counterSeeds, queueSeeds, seedTicketHours } from './queueing.data';

/**
 * Paser's queues, counters and closed dates, with stable IDs: a queue's is its service's
 * (`service:<slug>`), a counter's `counter:<slug>`. No tickets. Every record that is missing is
 * inserted; running it again changes nothing.
 */
export const queueingSeed: SubgraphSeed = {
  async isNeeded(em: EntityManager) {
    return (await em.count(Queue)) === 0 && (await em.count(Counter)) === 0 && (await em.count(ClosedDate)) === 0;
  },

  async run(em: EntityManager) {
    await em.transactional(async (tx) => {
      const existingQueues = new Set((await tx.find(Queue, {}, { fields: ['id'] })).map((queue) => queue.id));
      for (const seed of queueSeeds) {
        const id = seedId('service', seed.serviceSlug);
        if (existingQueues.has(id)) continue;
        tx.create(Queue, { id, agencyId: seedId('agency', seed.agencySlug), enabled: true, prefix: seed.prefix, dailyQuota: null, ticketHours: seedTicketHours });
      }
      const existingCounters = new Set((await tx.find(Counter, {}, { fields: ['id'] })).map((counter) => counter.id));
      for (const seed of counterSeeds) {
        const id = seedId('counter', seed.slug);
        if (existingCounters.has(id)) continue;
        tx.create(Counter, {
          id,
          name: seed.name,
          boothId: seedId('booth', seed.boothCode),
          agencyId: seedId('agency', seed.agencySlug),
          floor: seed.floor,
          serviceIds: queueSeeds.filter((queue) => queue.agencySlug === seed.agencySlug).map((queue) => seedId('service', queue.serviceSlug)),
          status: CounterStatus.CLOSED,
        });
      }
      const existingDates = new Set((await tx.find(ClosedDate, {})).map((closed) => closed.date));
      for (const seed of closedDateSeeds) {
        if (!existingDates.has(seed.date)) tx.create(ClosedDate, seed);
      }
    });
  },
};
