import type { SearchField } from './search-index.entity';
import type { QueryConcept } from './search.query';

/**
 * Where a match counts most: a service's name above its summary, above its requirements,
 * product and editor-set keywords.
 */
export const FIELD_WEIGHTS: Record<SearchField, number> = {
  name: 4,
  summary: 2,
  requirements: 1,
  product: 1,
  keywords: 1,
};

/** How well a typed term meets an indexed one. */
export const MATCH_STRENGTH = { exact: 1, stem: 0.9, prefix: 0.7, typo: 0.6 } as const;

/** A synonym finds a little less than the word itself, so "nikah" puts "Nikah" before "Kawin". */
export const SYNONYM_FACTOR = 0.95;

/** Typed terms shorter than this are not used as prefixes ("sim" must not find "simpedes"). */
export const MIN_PREFIX_LENGTH = 4;

export interface IndexedTerm {
  serviceId: string;
  field: SearchField;
  term: string;
  stem: string;
}

export interface TermFacts {
  /** The root of each typed term. */
  stems: ReadonlyMap<string, string>;
  /** Indexed terms one typo away from each typed term. */
  typos: ReadonlyMap<string, ReadonlySet<string>>;
}

export interface RankedService {
  serviceId: string;
  /** How many of the query's concepts the service matches. */
  matched: number;
  score: number;
}

/** Share of the query's weight a service must match to be listed at all. */
export const MIN_WEIGHT_SHARE = 0.5;

/** How strongly a typed term meets an indexed term (0 when it does not). */
export function termStrength(typed: string, indexed: IndexedTerm, facts: TermFacts): number {
  if (indexed.term === typed) return MATCH_STRENGTH.exact;
  const typedStem = facts.stems.get(typed);
  if (typedStem !== undefined && typedStem.length >= 3 && typedStem === indexed.stem) return MATCH_STRENGTH.stem;
  if (typed.length >= MIN_PREFIX_LENGTH && indexed.term.startsWith(typed)) return MATCH_STRENGTH.prefix;
  if (facts.typos.get(typed)?.has(indexed.term)) return MATCH_STRENGTH.typo;
  return 0;
}

/**
 * Scores each service: per concept, the best alternative (the mean of its terms' best
 * weighted matches, all terms required); the service's score is the sum over concepts, each
 * weighted by how rare it is among the `totalServices` (a word found in three services tells
 * more than one found in thirty). A service must match at least half of the query's weight:
 * "bikin paspor" lists the passport services, not every "penerbitan". Returned unsorted
 * (see compareRanked).
 */
export function scoreServices(
  concepts: readonly QueryConcept[],
  rows: readonly IndexedTerm[],
  facts: TermFacts,
  totalServices: number,
): RankedService[] {
  const rowsByService = new Map<string, IndexedTerm[]>();
  for (const row of rows) {
    const list = rowsByService.get(row.serviceId);
    if (list) list.push(row);
    else rowsByService.set(row.serviceId, [row]);
  }

  const conceptScores = new Map<string, number[]>();
  const documentFrequency = concepts.map(() => 0);
  for (const [serviceId, serviceRows] of rowsByService) {
    const bestForTerm = new Map<string, number>();
    const best = (typed: string) => {
      let value = bestForTerm.get(typed);
      if (value === undefined) {
        value = 0;
        for (const row of serviceRows) value = Math.max(value, termStrength(typed, row, facts) * FIELD_WEIGHTS[row.field]);
        bestForTerm.set(typed, value);
      }
      return value;
    };
    const scores = concepts.map((concept, index) => {
      let conceptScore = 0;
      concept.alternatives.forEach((alternative, position) => {
        const termScores = alternative.map(best);
        if (termScores.every((value) => value > 0)) {
          const mean = termScores.reduce((sum, value) => sum + value, 0) / termScores.length;
          conceptScore = Math.max(conceptScore, position === 0 ? mean : mean * SYNONYM_FACTOR);
        }
      });
      if (conceptScore > 0) documentFrequency[index] += 1;
      return conceptScore;
    });
    conceptScores.set(serviceId, scores);
  }

  const weights = documentFrequency.map((frequency) => Math.log(1 + Math.max(totalServices, frequency) / Math.max(frequency, 1)));
  const totalWeight = weights.reduce((sum, weight) => sum + weight, 0);
  const ranked: RankedService[] = [];
  for (const [serviceId, scores] of conceptScores) {
    let matched = 0;
    let matchedWeight = 0;
    let score = 0;
    scores.forEach((conceptScore, index) => {
      if (conceptScore === 0) return;
      matched += 1;
      matchedWeight += weights[index];
      score += conceptScore * weights[index];
    });
    if (matched > 0 && matchedWeight >= MIN_WEIGHT_SHARE * totalWeight - 1e-9) ranked.push({ serviceId, matched, score });
  }
  return ranked;
}

/** Best first: more concepts matched, then a higher score, then the shorter name, then by name, then by id. */
export function compareRanked(names: ReadonlyMap<string, string>) {
  return (a: RankedService, b: RankedService): number => {
    if (a.matched !== b.matched) return b.matched - a.matched;
    if (Math.abs(a.score - b.score) > 1e-9) return b.score - a.score;
    const nameA = names.get(a.serviceId) ?? '';
    const nameB = names.get(b.serviceId) ?? '';
    if (nameA.length !== nameB.length) return nameA.length - nameB.length;
    // As people read names (case aside), like every list; then the exact text, then the id.
    const readA = nameA.toLowerCase();
    const readB = nameB.toLowerCase();
    if (readA !== readB) return readA < readB ? -1 : 1;
    if (nameA !== nameB) return nameA < nameB ? -1 : 1;
    // Same name: the id keeps the order total, so pages never repeat or skip a service.
    return a.serviceId < b.serviceId ? -1 : a.serviceId > b.serviceId ? 1 : 0;
  };
}
