import { useEffect } from 'react';
import { useTranslate } from 'react-admin';

/** The element react-admin's <Title> renders each page's title into (TitlePortal). */
const PAGE_TITLE_ID = 'react-admin-title';

/**
 * The browser tab and history say which screen this is ("Layanan – CMS MPP Paser"): the
 * document title follows the page title react-admin shows in the app bar, or `title` where
 * a screen has no app bar (the login page).
 */
export function DocumentTitle({ title }: { title?: string }) {
  const translate = useTranslate();
  const appName = translate('mpp.layout.appName');
  useEffect(() => {
    const show = (pageTitle: string | undefined) => {
      document.title = pageTitle ? `${pageTitle} – ${appName}` : appName;
    };
    if (title !== undefined) {
      show(title);
      return;
    }
    const element = document.getElementById(PAGE_TITLE_ID);
    if (!element) {
      show(undefined);
      return;
    }
    const update = () => show(element.textContent?.trim() || undefined);
    update();
    const observer = new MutationObserver(update);
    observer.observe(element, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, [appName, title]);
  return null;
}
