import type { EntityManager } from '@mikro-orm/knex';
import type { Service } from '../services/service.entity';
import { SearchTermVariant, ServiceSearchTerm, type SearchField } from './search-index.entity';
import { stem } from './search.stemmer';
import { indexTerms } from './search.text';
import { MIN_VARIANT_TERM_LENGTH, deletionVariants } from './search.typos';

const MAX_TERM_LENGTH = 64;
const INSERT_BATCH = 500;

/** The text of each searched field of a service. */
function fieldTexts(service: Service): Record<SearchField, string> {
  return {
    name: service.name,
    summary: service.summary ?? '',
    keywords: service.keywords.join(' , '),
    requirements: service.requirements.map((requirement) => `${requirement.description} ${requirement.note ?? ''}`).join(' , '),
    product: service.product,
  };
}

/** The index rows of one service: each distinct term once per field, with its root. */
export function serviceTerms(service: Service): ServiceSearchTerm[] {
  const rows: ServiceSearchTerm[] = [];
  for (const [field, text] of Object.entries(fieldTexts(service)) as [SearchField, string][]) {
    for (const term of indexTerms(text)) {
      if (term.length > MAX_TERM_LENGTH) continue;
      rows.push({ serviceId: service.id, field, term, stem: stem(term).slice(0, MAX_TERM_LENGTH) });
    }
  }
  return rows;
}

/**
 * Rebuilds the index rows of these services from their current text, in the caller's
 * transaction: what the index says is always what the services say.
 */
export async function reindexServices(em: EntityManager, services: readonly Service[]): Promise<void> {
  if (services.length === 0) return;
  await em.createQueryBuilder(ServiceSearchTerm).delete({ serviceId: { $in: services.map((service) => service.id) } }).execute();
  const rows = services.flatMap(serviceTerms);
  for (let start = 0; start < rows.length; start += INSERT_BATCH) {
    await em.createQueryBuilder(ServiceSearchTerm).insert(rows.slice(start, start + INSERT_BATCH)).execute();
  }
  const variants = new Map<string, { variant: string; term: string }>();
  for (const { term } of rows) {
    if (term.length < MIN_VARIANT_TERM_LENGTH) continue;
    for (const variant of deletionVariants(term)) variants.set(`${variant} ${term}`, { variant, term });
  }
  const variantRows = [...variants.values()];
  for (let start = 0; start < variantRows.length; start += INSERT_BATCH) {
    await em
      .createQueryBuilder(SearchTermVariant)
      .insert(variantRows.slice(start, start + INSERT_BATCH))
      .onConflict(['variant', 'term'])
      .ignore()
      .execute();
  }
}
