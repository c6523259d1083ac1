import type { Page } from 'playwright-core';
import { checkAccessibility, describeInBrowser, screenshot, signIn, useCmsBrowser } from './support/browser';
import { landsOnServices, menuItem, settled, waitForTitle } from './support/screens';

describeInBrowser('the language switch', () => {
  const cms = useCmsBrowser();

  /** Opens react-admin's language menu (its button shows the current language) and picks one. */
  async function chooseLanguage(page: Page, current: RegExp, wanted: RegExp): Promise<void> {
    await page.getByRole('button', { name: current }).click();
    await page.getByRole('menuitem', { name: wanted }).click();
  }

  async function documentLanguage(page: Page): Promise<string> {
    return page.evaluate<string>('document.documentElement.lang');
  }

  it('switches to English and back; the choice survives a reload', async () => {
    const page = await cms.newPage();
    await signIn(page, cms, cms.account('EDITOR'));
    await landsOnServices(page);
    expect(await documentLanguage(page)).toBe('id');

    await chooseLanguage(page, /indonesia/i, /^english$/i);
    await menuItem(page, 'Services').waitFor();
    await waitForTitle(page, /Services/);
    expect(await menuItem(page, 'Layanan').count()).toBe(0);
    expect(await documentLanguage(page)).toBe('en');
    await settled(page);
    await checkAccessibility(page, 'services list in English');
    await screenshot(page, 'services-list-english');

    await page.reload();
    await menuItem(page, 'Services').waitFor();
    await waitForTitle(page, /Services/);
    expect(await documentLanguage(page)).toBe('en');

    await chooseLanguage(page, /english/i, /indonesia/i);
    await menuItem(page, 'Layanan').waitFor();
    await waitForTitle(page, /Layanan/);
    expect(await menuItem(page, 'Services').count()).toBe(0);
    expect(await documentLanguage(page)).toBe('id');

    await page.reload();
    await menuItem(page, 'Layanan').waitFor();
    expect(await documentLanguage(page)).toBe('id');
  });
});
