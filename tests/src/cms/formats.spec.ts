import { checkAccessibility, describeInBrowser, signIn, useCmsBrowser } from './support/browser';
import { landsOnServices, openTab, textbox, waitForTitle } from './support/screens';

const SLUG = 'perpanjangan-sim';
const NAME = 'Perpanjangan SIM A, C dan D';

/** "21.07": an instant's hour and minute in WITA (UTC+8, no daylight saving), as Indonesians write times. */
function witaClock(iso: string): string {
  const wita = new Date(new Date(iso).getTime() + 8 * 60 * 60 * 1000);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${pad(wita.getUTCHours())}.${pad(wita.getUTCMinutes())}`;
}

/**
 * The browser runs in English and UTC (see support/browser.ts): the CMS must still speak
 * Indonesian, write times in WITA and amounts in Rupiah as Indonesians do.
 */
describeInBrowser('Indonesian formats whatever the browser is set to', () => {
  const cms = useCmsBrowser();

  it('shows the last change in WITA and the fee tiers in Rupiah', async () => {
    const answer = await cms.platform.post<{ service: { updatedAt: string } }>(`{ service(slug: "${SLUG}") { updatedAt } }`);
    const updatedAt = answer.data!.service.updatedAt;

    const page = await cms.newPage();
    await signIn(page, cms, cms.account('EDITOR'));
    await landsOnServices(page);
    expect(await page.locator('html').getAttribute('lang')).toBe('id');
    await textbox(page, /Cari/).fill('perpanjang sim');
    const row = page.getByRole('row').filter({ hasText: NAME });
    await row.waitFor();
    // The browser's own zone (UTC) would show the time 8 hours earlier.
    expect(await row.innerText()).toContain(`${witaClock(updatedAt)} WITA`);

    await row.getByRole('link', { name: NAME }).click();
    await waitForTitle(page, /Perpanjangan SIM/);
    await openTab(page, 'Biaya & waktu');
    const content = await page.locator('main').innerText();
    for (const amount of ['80.000', '75.000', '30.000']) expect(content).toMatch(new RegExp(`Rp\\s?${amount.replace('.', '\\.')}`));
    await checkAccessibility(page, 'service fee tab (editor)');
  });
});
