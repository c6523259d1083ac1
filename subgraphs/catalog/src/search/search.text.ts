/**
 * How citizens' words and the catalog's text are made comparable: case and accents folded,
 * punctuation dropped, hyphenated and slashed words kept both whole and in parts
 * ("e-KTP" → "ektp", "e", "ktp"; "KTP-el" → "ktpel", "ktp", "el").
 */

/** A word as typed: its joined form, and its parts when it was hyphenated. */
export interface TextWord {
  joined: string;
  parts: string[];
}

const COMBINING_MARKS = /\p{M}+/gu;
const WORD_SEPARATORS = /[^\p{L}\p{N}'’/-]+/u;
const WORD_JOINERS = /['’/-]+/;

/** Lowercase, accents removed (é → e), Unicode compatibility forms unified. */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase();
}

/** The words of a text, in order. */
export function splitWords(text: string): TextWord[] {
  const words: TextWord[] = [];
  // Thousands separators belong to the number: "Rp150.000" is 150000, not 150 and 000.
  const folded = foldText(text).replace(/(\d)[.,](?=\d{3}(?!\d))/g, '$1');
  for (const chunk of folded.split(WORD_SEPARATORS)) {
    const parts = chunk.split(WORD_JOINERS).filter((part) => part.length > 0);
    if (parts.length === 0) continue;
    words.push({ joined: parts.join(''), parts: parts.length > 1 ? parts : [] });
  }
  return words;
}

/** Every searchable term of a text: joined words and their parts, one letter words left out. */
export function indexTerms(text: string): string[] {
  const terms = new Set<string>();
  for (const word of splitWords(text)) {
    for (const term of [word.joined, ...word.parts]) {
      if (isSearchable(term) && !INDEX_STOPWORDS.has(term)) terms.add(term);
    }
  }
  return [...terms];
}

/** Single letters carry no meaning alone ("SIM A"); numbers do ("5 tahun"). */
export function isSearchable(term: string): boolean {
  return term.length >= 2 || /\d/.test(term);
}

/** Function words that would match nearly every service. */
export const INDEX_STOPWORDS = new Set([
  'dan', 'atau', 'yang', 'di', 'ke', 'dari', 'untuk', 'dengan', 'pada', 'ini', 'itu', 'oleh',
  'serta', 'dalam', 'bagi', 'sebagai', 'akan', 'juga', 'ada', 'the', 'of', 'and', 'for', 'to', 'a',
]);

/** What people add around what they need ("cara bikin paspor untuk anak saya"). */
export const QUERY_STOPWORDS = new Set([
  ...INDEX_STOPWORDS,
  'cara', 'bagaimana', 'gimana', 'mau', 'ingin', 'pengen', 'pingin', 'saya', 'aku', 'kami', 'apa',
  'apakah', 'syarat', 'persyaratan', 'berapa', 'dimana', 'mana', 'tolong', 'mohon', 'bisa',
  'how', 'where', 'my', 'i', 'in', 'at',
]);
