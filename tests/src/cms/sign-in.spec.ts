import { checkAccessibility, describeInBrowser, EMAIL_LABEL, fillSignInForm, screenshot, signIn, useCmsBrowser } from './support/browser';
import { landsOnServices, menuItem } from './support/screens';

describeInBrowser('signing in to the CMS', () => {
  const cms = useCmsBrowser();

  it('shows the sign-in form at /admin/ and an editor lands on the services list', async () => {
    const page = await cms.newPage();
    await page.goto(cms.cmsUrl);
    await page.getByRole('textbox', { name: EMAIL_LABEL }).waitFor();
    await checkAccessibility(page, 'sign-in');
    await screenshot(page, 'sign-in');

    await signIn(page, cms, cms.account('EDITOR'));
    await landsOnServices(page);
    await checkAccessibility(page, 'services list (editor, landing)');
    await screenshot(page, 'services-list-editor-landing');
  });

  it('keeps a wrong password on the sign-in page with an error, and signs nobody in', async () => {
    const page = await cms.newPage();
    await page.goto(cms.cmsUrl);
    const editor = cms.account('EDITOR');
    await fillSignInForm(page, { email: editor.email, password: `${editor.password}-salah` });

    const error = page.getByRole('alert').filter({ hasText: /salah|gagal|tidak/i });
    await error.waitFor();
    await screenshot(page, 'sign-in-wrong-password');
    expect(page.url()).toMatch(/#\/login/);
    await page.getByRole('textbox', { name: EMAIL_LABEL }).waitFor();
    expect(await menuItem(page, 'Layanan').count()).toBe(0);
  });
});
