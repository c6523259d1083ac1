import type { EntityManager } from '@mikro-orm/knex';
import { seedId } from '@mpp/kit';
import { AuditRecord } from '@mpp/kit/subgraph';
import { SearchSynonymGroup } from '../search-synonyms/search-synonym-group.entity';
import { SYNONYM_GROUP_ENTITY } from '../search-synonyms/search-synonym.queries';
import { bumpSynonymRevision } from '../search-synonyms/search-synonym-state';
import { searchSynonymSeeds } from '../seed/search-synonyms.data';
import { Service } from '../services/service.entity';
import { SearchSynonym, ServiceSearchTerm } from './search-index.entity';
import { reindexServices } from './search.indexer';

/** Inserts the seed synonyms that are missing (by phrase) into their groups; editors' additions stay. */
export async function seedSearchSynonyms(em: EntityManager): Promise<void> {
  await bumpSynonymRevision(em);
  const existing = new Set((await em.find(SearchSynonym, {}, { fields: ['phrase'] })).map((synonym) => synonym.phrase));
  const groups = new Map((await em.find(SearchSynonymGroup, {})).map((group) => [group.key, group]));
  for (const seed of searchSynonymSeeds) {
    const missing = seed.phrases.filter((phrase) => !existing.has(phrase));
    if (missing.length === 0) continue;
    const group = groups.get(seed.key) ?? em.create(SearchSynonymGroup, { id: seedId('search-synonym-group', seed.key), key: seed.key, phrases: [] });
    group.phrases = [...group.phrases, ...missing];
    for (const phrase of missing) em.create(SearchSynonym, { id: seedId('search-synonym', phrase), groupKey: seed.key, phrase });
  }
  await em.flush();
}

/**
 * At every start: the synonym table has its seed groups unless editors have managed synonyms
 * (deleting every group must not bring them back), and every service is in the search index
 * (services made before the index existed are indexed now).
 */
export async function prepareSearch(em: EntityManager): Promise<void> {
  await em.transactional(async (tx) => {
    if ((await tx.count(SearchSynonym)) === 0 && (await tx.count(AuditRecord, { entityType: SYNONYM_GROUP_ENTITY })) === 0) {
      await seedSearchSynonyms(tx);
    }
    const indexed = await tx.createQueryBuilder(ServiceSearchTerm).select('serviceId', true).execute<{ serviceId: string }[]>('all');
    const done = new Set(indexed.map((row) => row.serviceId));
    // Ids first: on an ordinary start every service is indexed and nothing more is read.
    const missing = (await tx.find(Service, {}, { fields: ['id'] })).map((service) => service.id).filter((id) => !done.has(id));
    if (missing.length > 0) await reindexServices(tx, await tx.find(Service, { id: { $in: missing } }, { refresh: true }));
  });
}
