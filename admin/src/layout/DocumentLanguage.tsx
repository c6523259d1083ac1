import { useEffect } from 'react';
import { useLocaleState } from 'react-admin';

/**
 * Keeps `<html lang>` on the language shown, so screen readers pronounce Indonesian as
 * Indonesian and English as English.
 */
export function DocumentLanguage() {
  const [locale] = useLocaleState();
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return null;
}
