import type { EntityManager } from '@mikro-orm/knex';
import { seedId } from '@mpp/kit';
import { type SubgraphSeed } from '@mpp/kit/subgraph';
import { ClosedDate } from '../closed-dates/closed-date.entity';
import { ClosedDateYear, type ClosedDateEntry } from '../closed-dates/closed-date-year.entity';
import { Counter, CounterStatus } from '../counters/counter.entity';
import { Queue } from '../queues/queue.entity';
import { closedDateSeeds, counterSeeds, queueSeeds, seedTicketHours } from './queueing.data';

/**
 * Paser's queues, counters and closed dates, with stable IDs: a queue's is its service's
 * (`service:<slug>`), a counter's `counter:<slug>`. No tickets. Every record that is missing is
 * inserted (closed dates a year at a time: seedClosedDates); running it again changes nothing.
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
      await seedClosedDates(tx);
    });
  },
};

/**
 * The seeded closed dates of each year editors have not kept yet (no year record): its record
 * (`closed-date-year:<year>`, at version 1) with the year's list, and the dates missing from
 * it. A year that has a record is the editors': a date they removed is not brought back.
 */
async function seedClosedDates(tx: EntityManager): Promise<void> {
  const keptYears = new Set((await tx.find(ClosedDateYear, {}, { fields: ['year'] })).map((record) => record.year));
  const seedsByYear = new Map<number, ClosedDateEntry[]>();
  for (const seed of closedDateSeeds) {
    const year = Number(seed.date.slice(0, 4));
    if (!keptYears.has(year)) seedsByYear.set(year, [...(seedsByYear.get(year) ?? []), seed]);
  }
  for (const [year, seeds] of seedsByYear) {
    const stored = await tx.find(ClosedDate, { date: { $gte: `${year}-01-01`, $lte: `${year}-12-31` } });
    const list = new Map(stored.map(({ date, reason }) => [date, { date, reason }]));
    for (const seed of seeds) {
      if (list.has(seed.date)) continue;
      tx.create(ClosedDate, seed);
      list.set(seed.date, { date: seed.date, reason: seed.reason });
    }
    const dates = [...list.values()].sort((a, b) => a.date.localeCompare(b.date));
    tx.create(ClosedDateYear, { id: seedId('closed-date-year', String(year)), year, dates });
  }
}
