import type { Locator, Page } from 'playwright-core';
import { staffUserByEmail } from './support/api';
import { checkAccessibility, describeInBrowser, fillSignInForm, screenshot, signIn, useCmsBrowser } from './support/browser';
import { button, landsOnServices, menuItem, notification, settled, textbox, waitForTitle } from './support/screens';

const NEW_ACCOUNT = { email: 'editor.baru@mpp-paser.local', name: 'Editor Baru DPMPTSP' };
const CHOSEN_PASSWORD = 'Paser-Berseri-2025';

describeInBrowser('an administrator creates an account', () => {
  const cms = useCmsBrowser();

  it('shows the temporary password once; the new user must change it, then lands on the services list', async () => {
    const admin = await cms.newPage();
    await signIn(admin, cms, cms.account('ADMIN'));
    await menuItem(admin, /^Akun/).click();
    await settled(admin);
    await checkAccessibility(admin, 'accounts list');
    await screenshot(admin, 'accounts-list');

    await admin.getByRole('link', { name: /^Tambah/ }).or(admin.getByRole('button', { name: /^Tambah/ })).first().click();
    await textbox(admin, /^Email/).fill(NEW_ACCOUNT.email);
    await textbox(admin, /^Nama/).fill(NEW_ACCOUNT.name);
    await admin.getByRole('combobox', { name: /^Peran/ }).click();
    await admin.getByRole('option', { name: 'Editor', exact: true }).click();
    await checkAccessibility(admin, 'account create');
    await screenshot(admin, 'account-create');
    await button(admin, 'Simpan').click();

    // The temporary password is shown once, to be handed over.
    const shown = admin.getByRole('dialog').or(admin.getByRole('alert')).filter({ hasText: /kata sandi sementara/i }).first();
    await shown.waitFor();
    await screenshot(admin, 'account-temporary-password');
    const temporaryPassword = await readTemporaryPassword(shown);
    expect(temporaryPassword.length).toBeGreaterThanOrEqual(8);
    const adminSession = await cms.platform.loginAs('ADMIN');
    const created = await staffUserByEmail(cms.platform, adminSession, NEW_ACCOUNT.email);
    expect(created).toMatchObject({ name: NEW_ACCOUNT.name, role: 'EDITOR', active: true, mustChangePassword: true });

    // Once closed, it is not shown again: not on the account's page either.
    await shown.getByRole('button').last().click();
    await settled(admin);
    expect(await admin.getByText(temporaryPassword).count()).toBe(0);

    // The new user signs in with it and is held on the password page until they change it.
    const newcomer = await cms.newPage();
    await newcomer.goto(cms.cmsUrl);
    await fillSignInForm(newcomer, { email: NEW_ACCOUNT.email, password: temporaryPassword });
    await newcomer.waitForURL(/#\/password/);
    await waitForTitle(newcomer, /Ganti kata sandi/);
    await newcomer.getByText(/kata sandi sementara/i).first().waitFor();
    await checkAccessibility(newcomer, 'change password (forced)');
    await screenshot(newcomer, 'change-password-forced');
    // Nothing else opens meanwhile: the services list sends the user back.
    await newcomer.goto(cms.url('#/services'));
    await newcomer.waitForURL(/#\/password/);

    await newcomer.getByLabel(/^Kata sandi saat ini/).fill(temporaryPassword);
    await newcomer.getByLabel(/^Kata sandi baru/).fill(CHOSEN_PASSWORD);
    await newcomer.getByLabel(/^Ulangi kata sandi baru/).fill(CHOSEN_PASSWORD);
    await button(newcomer, 'Simpan kata sandi baru').click();
    await notification(newcomer, /kata sandi telah diganti/i).first().waitFor();
    await landsOnServices(newcomer);
    await screenshot(newcomer, 'services-list-new-editor');

    const changed = await staffUserByEmail(cms.platform, adminSession, NEW_ACCOUNT.email);
    expect(changed?.mustChangePassword).toBe(false);
    await cms.platform.login(NEW_ACCOUNT.email, CHOSEN_PASSWORD);
  });

  /** The password as the screen shows it: in a read-only field labelled with it, or as the dialog's code text. */
  async function readTemporaryPassword(shown: Locator): Promise<string> {
    const field = shown.getByRole('textbox', { name: /kata sandi sementara/i });
    if ((await field.count()) > 0) return (await field.inputValue()).trim();
    return (await shown.locator('code, kbd, samp').first().innerText()).trim();
  }

  it('lets every user change their own password from the account menu', async () => {
    const page = await cms.newPage();
    await signIn(page, cms, cms.account('EDITOR'));
    await landsOnServices(page);
    await page.getByRole('button', { name: /Editor DPMPTSP/ }).click();
    await page.getByRole('menuitem', { name: 'Ganti kata sandi' }).click();
    await page.waitForURL(/#\/password/);
    await waitForTitle(page, /Ganti kata sandi/);
    await checkAccessibility(page, 'change password');
    await screenshot(page, 'change-password');
    await saveFormIsGuarded(page);
  });

  /** The password form checks its rules before sending: a short password is refused on the spot. */
  async function saveFormIsGuarded(page: Page): Promise<void> {
    await page.getByLabel(/^Kata sandi saat ini/).fill('apa saja');
    await page.getByLabel(/^Kata sandi baru/).fill('pendek');
    await page.getByLabel(/^Ulangi kata sandi baru/).fill('pendek');
    await button(page, 'Simpan kata sandi baru').click();
    await page.getByText(/minimal 8 karakter|8 sampai 128 karakter/i).first().waitFor();
    expect(page.url()).toMatch(/#\/password/);
  }
});
