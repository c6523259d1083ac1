import type { EntityManager } from '@mikro-orm/knex';
import { seedId } from '@mpp/kit';
import { searchSynonymSeeds } from '../seed/search-synonyms.data';
import { Service } from '../services/service.entity';
import { SearchSynonym, ServiceSearchTerm } from './search-index.entity';
import { reindexServices } from './search.indexer';

/** Inserts the seed synonyms that are missing (by phrase); editors' additions stay. */
export async function seedSearchSynonyms(em: EntityManager): Promise<void> {
  const existing = new Set((await em.find(SearchSynonym, {}, { fields: ['phrase'] })).map((synonym) => synonym.phrase));
  for (const group of searchSynonymSeeds) {
    for (const phrase of group.phrases) {
      if (!existing.has(phrase)) em.create(SearchSynonym, { id: seedId('search-synonym', phrase), groupKey: group.key, phrase });
    }
  }
  await em.flush();
}

/**
 * At every start: the synonym table has its seed groups, and every service is in the search
 * index (services made before the index existed are indexed now).
 */
export async function prepareSearch(em: EntityManager): Promise<void> {
  await em.transactional(async (tx) => {
    if ((await tx.count(SearchSynonym)) === 0) await seedSearchSynonyms(tx);
    const indexed = await tx.createQueryBuilder(ServiceSearchTerm).select('serviceId', true).execute<{ serviceId: string }[]>('all');
    const done = new Set(indexed.map((row) => row.serviceId));
    // Ids first: on an ordinary start every service is indexed and nothing more is read.
    const missing = (await tx.find(Service, {}, { fields: ['id'] })).map((service) => service.id).filter((id) => !done.has(id));
    if (missing.length > 0) await reindexServices(tx, await tx.find(Service, { id: { $in: missing } }, { refresh: true }));
  });
}
