import type { FilterQuery } from '@mikro-orm/core';
import { badUserInput, type Page, type PageRequest } from '@mpp/kit';
import { findRecords, type RequestContext } from '@mpp/kit/subgraph';
import { Service, type ServiceRecord } from '../services/service.entity';
import { synonymRevision } from '../search-synonyms/search-synonym-state';
import { SearchSynonym, SearchTermVariant, ServiceSearchTerm } from './search-index.entity';
import { analyzeQuery, SynonymTable } from './search.query';
import { MIN_PREFIX_LENGTH, compareRanked, scoreServices, type IndexedTerm } from './search.ranking';
import { isDictionaryWord, stem } from './search.stemmer';
import { MIN_TYPO_WORD_LENGTH, deletionVariants, editDistance } from './search.typos';

export const MAX_SEARCH_LENGTH = 200;

/**
 * Services matching what a citizen typed, best first. `visible` is what the caller may see;
 * `filters` narrow it further (agency, category, status). Every figure the ranking uses — how
 * rare a word is, how many services there are, whether a typed word is a real indexed term —
 * is computed over the visible services only, so nothing a caller may not see (another
 * agency's draft, a service in review, an archived one) changes their results, their order or
 * their total. Reads only the catalog's own index tables: the synonyms, the typo variants of
 * the typed words, the matching index rows of visible services, the visible count, then the
 * filtered services among the matches, then the page.
 */
export async function searchServices(
  context: RequestContext,
  text: string,
  visible: FilterQuery<Service>,
  filters: FilterQuery<Service>[],
  page: PageRequest,
): Promise<Page<ServiceRecord>> {
  if (text.length > MAX_SEARCH_LENGTH) {
    throw badUserInput('filter.search', `Search text can be at most ${MAX_SEARCH_LENGTH} characters.`);
  }
  const { em } = context;
  const synonyms = await synonymTable(context);
  const concepts = analyzeQuery(text, synonyms);
  if (concepts.length === 0) return { items: [], totalCount: 0 };

  const typed = [...new Set(concepts.flatMap((concept) => concept.alternatives.flat()))];
  const stems = new Map(typed.map((term) => [term, stem(term)]));
  const typoCandidates = await findTypoCandidates(context, typed);

  const termConditions: FilterQuery<ServiceSearchTerm>[] = [
    { term: { $in: [...typed, ...[...typoCandidates.values()].flatMap((set) => [...set])] } },
    { stem: { $in: [...new Set(stems.values())] } },
    // A prefix as a range, not LIKE: both databases answer it from the term index.
    ...typed
      .filter((term) => term.length >= MIN_PREFIX_LENGTH)
      .map((term) => ({ term: { $gte: term, $lt: prefixUpperBound(term) } })),
  ];
  const visibleIds = em.createQueryBuilder(Service).select('id').where({ $and: [visible] }).getKnexQuery();
  const rows = await em
    .createQueryBuilder(ServiceSearchTerm)
    .select(['serviceId', 'field', 'term', 'stem'])
    .where({ $and: [{ $or: termConditions }, { serviceId: { $in: visibleIds } }] })
    .execute<IndexedTerm[]>('all');
  const typos = withoutKnownWords(typoCandidates, rows);
  const scored = scoreServices(concepts, rows, { stems, typos }, await em.count(Service, visible));
  if (scored.length === 0) return { items: [], totalCount: 0 };

  const allowed = await em
    .createQueryBuilder(Service)
    .select(['id', 'name'])
    .where({ $and: [{ id: { $in: scored.map((entry) => entry.serviceId) } }, visible, ...filters] })
    .execute<{ id: string; name: string }[]>('all');
  const names = new Map(allowed.map((service) => [service.id, service.name]));
  const ranked = scored.filter((entry) => names.has(entry.serviceId)).sort(compareRanked(names));
  const pageIds = ranked.slice(page.offset, page.offset + page.limit).map((entry) => entry.serviceId);
  if (pageIds.length === 0) return { items: [], totalCount: ranked.length };

  const services = await findRecords(em, Service, { id: { $in: pageIds } });
  const byId = new Map(services.map((service) => [service.id, service]));
  return { items: pageIds.map((id) => byId.get(id)!).filter(Boolean), totalCount: ranked.length };
}

/**
 * A typed word that is itself a term of a visible service is a real word, not a typo ("tilang"
 * must not find "hilang"): its typo candidates are dropped. Decided from the visible rows, so a
 * word found only in a hidden service is treated as the typo it is to this caller.
 */
function withoutKnownWords(candidates: ReadonlyMap<string, ReadonlySet<string>>, rows: readonly IndexedTerm[]): Map<string, ReadonlySet<string>> {
  const visibleTerms = new Set(rows.map((row) => row.term));
  return new Map([...candidates].filter(([word]) => !visibleTerms.has(word)));
}

/**
 * The synonym table, kept per database and read again only when the synonyms' revision has
 * moved (every change raises it in its own transaction: SearchSynonymState), so an editor's change
 * reaches the next search on every replica. Checking costs one read by primary key.
 */
const synonymCache = new WeakMap<object, { table: SynonymTable; revision: number }>();

async function synonymTable(context: RequestContext): Promise<SynonymTable> {
  const key = context.em.getConnection();
  const revision = await synonymRevision(context.em);
  const cached = synonymCache.get(key);
  if (cached?.revision === revision) return cached.table;
  const rows = await context.em
    .createQueryBuilder(SearchSynonym)
    .select(['groupKey', 'phrase'])
    .execute<{ groupKey: string; phrase: string }[]>('all');
  const table = new SynonymTable(rows);
  synonymCache.set(key, { table, revision });
  return table;
}

/**
 * Indexed terms one typo away from each typed word of five letters or more that is not a word
 * of the Indonesian dictionary ("pesawat" must not find "perawat"). Words that are terms of a
 * visible service are dropped afterwards (withoutKnownWords).
 */
async function findTypoCandidates(context: RequestContext, typed: readonly string[]): Promise<Map<string, Set<string>>> {
  const long = typed.filter((term) => term.length >= MIN_TYPO_WORD_LENGTH && !isDictionaryWord(term));
  const candidates = new Map<string, Set<string>>();
  if (long.length === 0) return candidates;
  const variantsOf = new Map(long.map((term) => [term, deletionVariants(term)]));
  const rows = await context.em
    .createQueryBuilder(SearchTermVariant)
    .select(['variant', 'term'])
    .where({ variant: { $in: [...new Set([...variantsOf.values()].flat())] } })
    .execute<{ variant: string; term: string }[]>('all');
  for (const [word, variants] of variantsOf) {
    const mine = new Set(variants);
    const found = new Set<string>();
    for (const row of rows) {
      if (mine.has(row.variant) && row.term !== word && editDistance(word, row.term) <= 1) found.add(row.term);
    }
    if (found.size > 0) candidates.set(word, found);
  }
  return candidates;
}

/** The smallest string greater than every string starting with `prefix`. */
function prefixUpperBound(prefix: string): string {
  return prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
}
