import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';
import type { I18nProvider, TranslationMessages } from 'react-admin';
import type { FeatureMessages } from '../feature';
import { commonMessages } from './common.messages';
import { raIndonesian } from './ra-indonesian';

export type CmsLocale = 'id' | 'en';

/** Indonesian first: the CMS opens in it until the user picks English (react-admin's store remembers). */
export const DEFAULT_LOCALE: CmsLocale = 'id';
export const LOCALES = [
  { locale: 'id', name: 'Bahasa Indonesia' },
  { locale: 'en', name: 'English' },
];

type MessageTree = Record<string, unknown>;

function isTree(value: unknown): value is MessageTree {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Merges message trees; a later tree's leaf wins (features' `resources.<name>` beside react-admin's `ra`). */
function mergeTrees(...trees: MessageTree[]): MessageTree {
  const merged: MessageTree = {};
  for (const tree of trees) {
    for (const [key, value] of Object.entries(tree)) {
      const existing = merged[key];
      merged[key] = isTree(existing) && isTree(value) ? mergeTrees(existing, value) : value;
    }
  }
  return merged;
}

const reportedMissingKeys = new Set<string>();

/**
 * A key no language file has is shown as the key itself, so it is seen on screen and fixed,
 * and in development logged once. React-admin also "translates" plain labels (with a default,
 * which polyglot uses before asking here); only dotted names are keys worth a warning.
 */
function onMissingKey(key: string, _options: unknown, locale: string): string {
  if (import.meta.env.DEV && /^[\w-]+(\.[\w-]+)+$/.test(key) && !reportedMissingKeys.has(`${locale}:${key}`)) {
    reportedMissingKeys.add(`${locale}:${key}`);
    console.warn(`Missing ${locale} translation: ${key}`);
  }
  return key;
}

/**
 * react-admin's i18nProvider for the CMS: react-admin's own texts (Indonesian written for
 * version 5, English from ra-language-english), the shared words (roles, statuses, errors) and
 * each feature's texts, in Indonesian by default.
 */
export function createI18nProvider(featureMessages: FeatureMessages[]): I18nProvider {
  const catalogs: Record<CmsLocale, TranslationMessages> = {
    id: mergeTrees(raIndonesian, commonMessages.id, ...featureMessages.map((messages) => messages.id)) as TranslationMessages,
    en: mergeTrees(englishMessages, commonMessages.en, ...featureMessages.map((messages) => messages.en)) as TranslationMessages,
  };
  return polyglotI18nProvider((locale) => (locale === 'en' ? catalogs.en : catalogs.id), DEFAULT_LOCALE, LOCALES, { onMissingKey });
}
