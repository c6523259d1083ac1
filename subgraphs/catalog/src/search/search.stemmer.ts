import { Stemmer } from 'sastrawijs';

/**
 * Indonesian roots by Sastrawi's rules (Nazief–Adriani with its root-word dictionary):
 * "perpanjangan", "memperpanjang" and "perpanjang" all give "panjang". Stems are cached;
 * the vocabulary of a catalog is small.
 */
const stemmer = new Stemmer();
const cache = new Map<string, string>();
const CACHE_LIMIT = 50_000;

export function stem(term: string): string {
  let root = cache.get(term);
  if (root === undefined) {
    // Numbers and codes ("ak1", "pbb-p2") have no affixes to strip.
    root = /^\p{L}+$/u.test(term) ? stemmer.stem(term) || term : term;
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(term, root);
  }
  return root;
}

/** True for a word of the Indonesian root-word dictionary, or a derived form of one. */
export function isDictionaryWord(term: string): boolean {
  if (stemmer.find(term)) return true;
  const root = stem(term);
  return root !== term && stemmer.find(root);
}
