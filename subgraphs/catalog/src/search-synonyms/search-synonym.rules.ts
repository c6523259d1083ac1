import { badUserInput, requireSlug, slugFromName } from '@mpp/kit';
import { synonymTerms } from '../search/search.query';
import { foldText } from '../search/search.text';

/*
 * The field rules of synonym groups, applied after authorization. Each error names the input
 * field at fault (`BAD_USER_INPUT` + `extensions.field`); a phrase is named by its position,
 * `phrases.2`.
 */

export const SYNONYM_LIMITS = { phrase: 120, minPhrases: 2, maxPhrases: 50, key: 64 };

// The kit refuses other control characters in every argument; a phrase is also one line.
const LINE_BREAK_OR_TAB = /[\t\n\v\f\r\u0085\u2028\u2029]/;

/**
 * Phrases as search compares them: trimmed, lowercase, accents removed, one space between
 * words; each must hold a word search can use, and none may repeat another of the list.
 */
export function requirePhrases(input: readonly string[] | null | undefined, field = 'phrases'): string[] {
  const { minPhrases, maxPhrases, phrase: maxLength } = SYNONYM_LIMITS;
  if (!input || input.length < minPhrases || input.length > maxPhrases) {
    throw badUserInput(field, `A synonym group needs ${minPhrases} to ${maxPhrases} phrases.`);
  }
  const seen = new Map<string, number>();
  return input.map((raw, index) => {
    const at = `${field}.${index}`;
    if (LINE_BREAK_OR_TAB.test(raw)) throw badUserInput(at, `${at} must be one line, without tabs.`);
    const phrase = foldText(raw).trim().replace(/\s+/g, ' ');
    if (phrase.length === 0 || phrase.length > maxLength) throw badUserInput(at, `${at} must have 1 to ${maxLength} characters.`);
    if (synonymTerms(phrase).length === 0) {
      throw badUserInput(at, `${at} ("${phrase}") has no word search uses: single letters and words such as "dan" or "cara" are left out of searches.`);
    }
    const earlier = seen.get(phrase);
    if (earlier !== undefined) throw badUserInput(at, `${at} ("${phrase}") repeats ${field}.${earlier}.`);
    seen.set(phrase, index);
    return phrase;
  });
}

/** The key given, or one made from the first phrase ("surat kelakuan baik" → "surat-kelakuan-baik"). */
export function requireGroupKey(key: string | null | undefined, phrases: readonly string[]): string {
  return requireSlug(key ?? slugFromName(phrases[0], SYNONYM_LIMITS.key, 'sinonim'), 'key', SYNONYM_LIMITS.key);
}

/**
 * No phrase may mean to search what a phrase of another group means ("e-ktp" and "ektp" are
 * one): the query would find only one of the groups. Names the other group, which editors may read.
 */
export function requireNotInOtherGroups(
  phrases: readonly string[],
  stored: readonly { groupKey: string; phrase: string }[],
  ownKey: string | null,
  field = 'phrases',
): void {
  const elsewhere = new Map<string, { groupKey: string; phrase: string }>();
  for (const synonym of stored) {
    if (synonym.groupKey !== ownKey) elsewhere.set(synonymTerms(synonym.phrase).join(' '), synonym);
  }
  phrases.forEach((phrase, index) => {
    const other = elsewhere.get(synonymTerms(phrase).join(' '));
    if (other) {
      const as = other.phrase === phrase ? '' : ` as "${other.phrase}"`;
      throw badUserInput(`${field}.${index}`, `"${phrase}" is already in the synonym group "${other.groupKey}"${as}; a phrase can be in one group only.`);
    }
  });
}
