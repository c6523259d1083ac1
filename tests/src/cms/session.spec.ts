import { staffService } from './support/api';
import { checkAccessibility, describeInBrowser, screenshot, signIn, useCmsBrowser } from './support/browser';
import { button, editRoute, notification, openTab, REQUIREMENTS_TAB, settled, textbox, waitForTitle } from './support/screens';

const SLUG = 'sim-baru';
const TYPED = 'Surat keterangan sehat jasmani dan rohani dari dokter';
/** The gateway trusts what it last heard about a session for 5 seconds (LIVE_IDENTITY_CACHE_MS). */
const LIVE_IDENTITY_CACHE_MS = 5_000;
/** Where the CMS keeps its session (admin/src/auth/session.ts). */
const SESSION_STORAGE_KEY = 'mpp-cms-session';

describeInBrowser('a session that ends in the middle of work', () => {
  const cms = useCmsBrowser();

  it('asks the user to sign in again over the form, then saves what they typed', async () => {
    const account = cms.account('EDITOR');
    const editorSession = await cms.platform.loginAs('EDITOR');
    const service = await staffService(cms.platform, editorSession, SLUG);

    const page = await cms.newPage();
    await signIn(page, cms, account);
    await page.goto(cms.url(editRoute('services', service.id)));
    await waitForTitle(page, service.name);
    await settled(page);
    await openTab(page, REQUIREMENTS_TAB);
    await textbox(page, 'Persyaratan 3').fill(TYPED);

    // The session ends on the server (as after a logout elsewhere or an expired refresh token):
    // both the browser's access token and its refresh token stop working.
    const stored = JSON.parse(await page.evaluate<string>(`sessionStorage.getItem(${JSON.stringify(SESSION_STORAGE_KEY)})`)) as { refreshToken: string };
    const loggedOut = await cms.platform.post('mutation($refreshToken: String!) { logout(refreshToken: $refreshToken) }', { refreshToken: stored.refreshToken });
    expect(loggedOut.data?.logout).toBe(true);
    await page.waitForTimeout(LIVE_IDENTITY_CACHE_MS + 500);
    // The refused requests are the point of this test: the browser logs them as failed loads.
    cms.allowConsoleErrors(page, /status of 401/);

    await button(page, 'Simpan').click();
    const dialog = page.getByRole('dialog', { name: /sesi anda telah berakhir/i });
    await dialog.waitFor();
    await checkAccessibility(page, 'sign in again (dialog over the service form)');
    await screenshot(page, 'sign-in-again-dialog');
    await dialog.getByLabel(/^kata sandi(\s*\*)?$/i).fill(account.password);
    await dialog.getByRole('button', { name: /^masuk kembali$/i }).click();
    await dialog.waitFor({ state: 'detached' });

    await notification(page, /disimpan|diperbarui|tersimpan/i).first().waitFor();
    expect(await textbox(page, 'Persyaratan 3').inputValue()).toBe(TYPED);
    const saved = await staffService(cms.platform, editorSession, SLUG);
    expect(saved.pendingEdit?.requirements[2]?.description).toBe(TYPED);
  });
});
