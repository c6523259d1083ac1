import { staffService } from './support/api';
import { describeInBrowser, screenshot, signIn, useCmsBrowser } from './support/browser';
import { button, editRoute, notification, openTab, REQUIREMENTS_TAB, saveForm, settled, textbox, waitForTitle } from './support/screens';

const SLUG = 'skck';
const FIRST_EDIT = 'KTP-el asli';
const SECOND_EDIT = 'Kartu Keluarga terbaru';

describeInBrowser('two editors save the same service', () => {
  const cms = useCmsBrowser();

  it('the second to save gets the conflict message and keeps their input', async () => {
    const editorSession = await cms.platform.loginAs('EDITOR');
    const service = await staffService(cms.platform, editorSession, SLUG);

    // Both open the same service: the editor in one browser, the administrator in another.
    const first = await cms.newPage();
    const second = await cms.newPage();
    await signIn(first, cms, cms.account('EDITOR'));
    await signIn(second, cms, cms.account('ADMIN'));
    for (const page of [first, second]) {
      await page.goto(cms.url(editRoute('services', service.id)));
      await waitForTitle(page, service.name);
      await settled(page);
      await openTab(page, REQUIREMENTS_TAB);
    }

    await textbox(first, 'Persyaratan 1').fill(FIRST_EDIT);
    await saveForm(first);

    await textbox(second, 'Persyaratan 2').fill(SECOND_EDIT);
    await button(second, 'Simpan').click();
    await notification(second, /sudah diubah orang lain/i).first().waitFor();
    await screenshot(second, 'service-edit-conflict');

    // The form is still there with what the second editor typed; nothing of it was saved.
    expect(await textbox(second, 'Persyaratan 2').inputValue()).toBe(SECOND_EDIT);
    expect(second.url()).toContain(editRoute('services', service.id));
    const saved = await staffService(cms.platform, editorSession, SLUG);
    expect(saved.pendingEdit?.requirements[0]?.description).toBe(FIRST_EDIT);
    expect(saved.pendingEdit?.requirements[1]?.description).not.toBe(SECOND_EDIT);
  });
});
