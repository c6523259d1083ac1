import type { Page } from 'playwright-core';
import type { DevAccount } from '../support/platform';
import { checkAccessibility, describeInBrowser, screenshot, signIn, useCmsBrowser } from './support/browser';
import { listRows, settled } from './support/screens';

/**
 * Every screen each role reaches from the menu — each list, the first record's page, the
 * "Tambah" form where the role may create — and the own-password page: axe-core on each, and a
 * laptop-size screenshot for people to look at (layout, overflow, empty states).
 */
const ROLES: { label: string; role: DevAccount['role']; agency?: string }[] = [
  { label: 'admin', role: 'ADMIN' },
  { label: 'editor', role: 'EDITOR' },
  { label: 'partner-bri', role: 'PARTNER', agency: 'bri' },
  { label: 'officer', role: 'OFFICER' },
];

describeInBrowser('every screen of every role', () => {
  const cms = useCmsBrowser();

  /** The menu's routes, e.g. ["#/services", "#/booths"]. */
  async function menuRoutes(page: Page): Promise<string[]> {
    await page.getByRole('menuitem').first().waitFor();
    const hrefs = await Promise.all((await page.getByRole('menuitem').all()).map((item) => item.getAttribute('href')));
    return hrefs.filter((href): href is string => href?.startsWith('#/') ?? false);
  }

  async function visit(page: Page, name: string): Promise<void> {
    await settled(page);
    await checkAccessibility(page, name);
    await screenshot(page, name);
  }

  it.each(ROLES)('$label: lists, a record, the create form and the password page pass axe', async ({ label, role, agency }) => {
    const page = await cms.newPage();
    await signIn(page, cms, cms.account(role, agency));
    const routes = await menuRoutes(page);
    expect(routes.length).toBeGreaterThan(0);

    for (const route of routes) {
      const resource = route.slice(2).split(/[/?]/)[0];
      await page.goto(cms.url(route));
      await visit(page, `${label}-${resource}-list`);

      if ((await listRows(page).count()) > 0) {
        await listRows(page).first().getByRole('link').first().click().catch(async () => listRows(page).first().click());
        await page.waitForURL((url) => url.hash !== route);
        await visit(page, `${label}-${resource}-record`);
        await page.goto(cms.url(route));
        await settled(page);
      }

      const create = page.getByRole('link', { name: /^Tambah/ });
      if ((await create.count()) > 0) {
        await create.first().click();
        await page.waitForURL(/\/create/);
        await visit(page, `${label}-${resource}-create`);
      }
    }

    await page.goto(cms.url('#/password'));
    await visit(page, `${label}-password`);
  });
});
