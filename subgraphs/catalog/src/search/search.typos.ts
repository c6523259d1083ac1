/**
 * One typo of tolerance, found through the database: every indexed term is stored with its
 * one-letter deletions, and a typed word meets a term when their deletion sets overlap
 * (insertion, deletion, substitution, and most swaps of neighbours). The candidates are then
 * checked with the true edit distance.
 */

/** Words shorter than this are matched exactly or by prefix: one typo changes them too much. */
export const MIN_TYPO_WORD_LENGTH = 5;
/** Terms this long or longer get deletion variants (a 4-letter term is one insertion from 5). */
export const MIN_VARIANT_TERM_LENGTH = MIN_TYPO_WORD_LENGTH - 1;

/** The word itself and every form with one letter removed. */
export function deletionVariants(word: string): string[] {
  const variants = new Set<string>([word]);
  for (let i = 0; i < word.length; i += 1) variants.add(word.slice(0, i) + word.slice(i + 1));
  return [...variants];
}

/** Edit distance counting a swap of two neighbouring letters as one edit (optimal string alignment). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > 2) return Math.abs(a.length - b.length);
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i += 1) {
    for (let j = 1; j < cols; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[a.length][b.length];
}
