import { QUERY_STOPWORDS, isSearchable, splitWords, type TextWord } from './search.text';

/**
 * One thing the citizen asked for: a word, or a phrase the synonym table knows ("surat
 * kelakuan baik"). It is found when any of its alternatives is — each alternative a list of
 * terms that must all be found.
 */
export interface QueryConcept {
  /** As typed, for explanations and tests. */
  text: string;
  /** The first alternative is what was typed; the rest come from synonyms and hyphenated parts. */
  alternatives: string[][];
}

/** Synonym phrases by their normalised form; each maps to all phrases of its group. */
export class SynonymTable {
  private readonly groups = new Map<string, string[][]>();
  readonly longestPhrase: number;

  constructor(entries: readonly { groupKey: string; phrase: string }[]) {
    const byGroup = new Map<string, string[][]>();
    for (const { groupKey, phrase } of entries) {
      const terms = synonymTerms(phrase);
      if (terms.length === 0) continue;
      byGroup.set(groupKey, [...(byGroup.get(groupKey) ?? []), terms]);
    }
    let longest = 1;
    for (const phrases of byGroup.values()) {
      for (const terms of phrases) {
        this.groups.set(terms.join(' '), phrases);
        longest = Math.max(longest, terms.length);
      }
    }
    this.longestPhrase = longest;
  }

  /** Every phrase meaning the same as these terms, or none. */
  equivalents(terms: readonly string[]): string[][] {
    return this.groups.get(terms.join(' ')) ?? [];
  }
}

/**
 * The terms a synonym phrase stands for, compared as typed words are: "E-KTP" and "ektp" are
 * both `ektp`. Words a query drops ("dan", "cara") are dropped here too, or a phrase holding one
 * ("pajak bumi dan bangunan") could never be typed, and as an alternative would ask for a word
 * the index leaves out. Two phrases with the same terms are one phrase to search.
 */
export function synonymTerms(phrase: string): string[] {
  return splitWords(phrase)
    .map((word) => word.joined)
    .filter((term) => isSearchable(term) && !QUERY_STOPWORDS.has(term));
}

/**
 * Turns what was typed into concepts: stopwords dropped, the longest synonym phrases
 * recognised first, every word widened by its synonyms and, when hyphenated, its parts.
 */
export function analyzeQuery(text: string, synonyms: SynonymTable): QueryConcept[] {
  const words = splitWords(text).filter((word) => isSearchable(word.joined) && !QUERY_STOPWORDS.has(word.joined));
  const concepts: QueryConcept[] = [];
  let index = 0;
  while (index < words.length) {
    let taken = 0;
    for (let length = Math.min(synonyms.longestPhrase, words.length - index); length >= 2; length -= 1) {
      const phrase = words.slice(index, index + length).map((word) => word.joined);
      const equivalents = synonyms.equivalents(phrase);
      if (equivalents.length > 0) {
        concepts.push({ text: phrase.join(' '), alternatives: unique([phrase, ...equivalents]) });
        taken = length;
        break;
      }
    }
    if (taken === 0) {
      concepts.push(wordConcept(words[index], synonyms));
      taken = 1;
    }
    index += taken;
  }
  return concepts;
}

function wordConcept(word: TextWord, synonyms: SynonymTable): QueryConcept {
  const alternatives: string[][] = [[word.joined], ...synonyms.equivalents([word.joined])];
  const parts = word.parts.filter(isSearchable);
  if (parts.length > 0) {
    alternatives.push(parts);
    for (const part of parts) alternatives.push(...synonyms.equivalents([part]));
  }
  return { text: word.joined, alternatives: unique(alternatives) };
}

function unique(alternatives: string[][]): string[][] {
  const seen = new Map<string, string[]>();
  for (const terms of alternatives) seen.set(terms.join(' '), terms);
  return [...seen.values()];
}
