import type { Page } from 'playwright-core';
import { staffService } from './support/api';
import { describeInBrowser, screenshot, signIn, useCmsBrowser } from './support/browser';
import { button, editRoute, notification, openTab, REQUIREMENTS_TAB, saveForm, settled, textbox, waitForTitle } from './support/screens';

const SLUG = 'skck';
const FIRST_EDIT = 'KTP-el asli';
const SECOND_EDIT = 'Kartu Keluarga terbaru';

/** Waits until a text field holds `expected` (the form takes a reloaded record asynchronously). */
async function expectValue(page: Page, label: string, expected: string): Promise<void> {
  for (let waited = 0; (await textbox(page, label).inputValue()) !== expected && waited < 10_000; waited += 100) await page.waitForTimeout(100);
  expect(await textbox(page, label).inputValue()).toBe(expected);
}

describeInBrowser('two editors save the same service', () => {
  const cms = useCmsBrowser();

  it('the second to save gets the conflict message, keeps their input, reloads the latest and saves both changes', async () => {
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

    // Reloading the latest keeps what the second editor changed and takes the first editor's
    // change beside it; saving again sends the second change with the latest version.
    await button(second, 'Muat ulang data terbaru').click();
    await expectValue(second, 'Persyaratan 1', FIRST_EDIT);
    expect(await textbox(second, 'Persyaratan 2').inputValue()).toBe(SECOND_EDIT);
    await saveForm(second);
    const merged = await staffService(cms.platform, editorSession, SLUG);
    expect(merged.pendingEdit?.requirements[0]?.description).toBe(FIRST_EDIT);
    expect(merged.pendingEdit?.requirements[1]?.description).toBe(SECOND_EDIT);
  });
});
