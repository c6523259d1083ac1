import type { Page } from 'playwright-core';
import { staffService } from './support/api';
import { describeInBrowser, screenshot, signIn, useCmsBrowser } from './support/browser';
import { button, editRoute, notification, openTab, REQUIREMENTS_TAB, saveForm, settled, textbox, waitForTitle } from './support/screens';

const SLUG = 'skck';
const FIRST_EDIT = 'KTP-el asli';
const SECOND_EDIT = 'Kartu Keluarga terbaru';
const REFRESHED_FIRST = 'KTP-el asli dan fotokopi';
const REFRESHED_SECOND = 'Kartu Keluarga asli';
/** Another service, so this case starts from the seeded requirements (one platform per file). */
const ADDED_SLUG = 'perpanjangan-sim';
const ADDED_REQUIREMENT = 'Surat keterangan sehat jasmani dari dokter';
const CHANGED_REQUIREMENT = 'Pas foto berwarna 4x6 terbaru';

/** Opens the service's requirements in a signed-in page. */
async function openRequirements(page: Page, cms: ReturnType<typeof useCmsBrowser>, id: string, name: string): Promise<void> {
  await page.goto(cms.url(editRoute('services', id)));
  await waitForTitle(page, name);
  await settled(page);
  await openTab(page, REQUIREMENTS_TAB);
}

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

  it('the other editor added a requirement: after the reload the save keeps it beside the second change', async () => {
    const editorSession = await cms.platform.loginAs('EDITOR');
    const service = await staffService(cms.platform, editorSession, ADDED_SLUG);
    const seeded = service.pendingEdit?.requirements ?? service.requirements;
    expect(seeded.length).toBeGreaterThanOrEqual(2);

    const first = await cms.newPage();
    const second = await cms.newPage();
    await signIn(first, cms, cms.account('EDITOR'));
    await signIn(second, cms, cms.account('ADMIN'));
    await openRequirements(first, cms, service.id, service.name);
    await openRequirements(second, cms, service.id, service.name);

    // The first editor adds a requirement at the end and saves.
    await button(first, 'Tambah persyaratan').click();
    await textbox(first, `Persyaratan ${seeded.length + 1}`).fill(ADDED_REQUIREMENT);
    await saveForm(first);

    // The second, who opened the service before, changes requirement 2: the save is refused.
    await textbox(second, 'Persyaratan 2').fill(CHANGED_REQUIREMENT);
    await button(second, 'Simpan').click();
    await notification(second, /sudah diubah orang lain/i).first().waitFor();

    // The reload brings the added requirement into the form beside the second editor's change.
    await button(second, 'Muat ulang data terbaru').click();
    await expectValue(second, `Persyaratan ${seeded.length + 1}`, ADDED_REQUIREMENT);
    expect(await textbox(second, 'Persyaratan 2').inputValue()).toBe(CHANGED_REQUIREMENT);
    await saveForm(second);

    const merged = (await staffService(cms.platform, editorSession, ADDED_SLUG)).pendingEdit?.requirements.map((item) => item.description);
    expect(merged).toEqual([seeded[0].description, CHANGED_REQUIREMENT, ...seeded.slice(2).map((item) => item.description), ADDED_REQUIREMENT]);
  });

  it('a refresh while the form holds unsaved changes merges the newer version and says so', async () => {
    const editorSession = await cms.platform.loginAs('EDITOR');
    const service = await staffService(cms.platform, editorSession, SLUG);
    const first = await cms.newPage();
    const second = await cms.newPage();
    await signIn(first, cms, cms.account('EDITOR'));
    await signIn(second, cms, cms.account('ADMIN'));
    await openRequirements(first, cms, service.id, service.name);
    await openRequirements(second, cms, service.id, service.name);

    await textbox(second, 'Persyaratan 2').fill(REFRESHED_SECOND);
    await textbox(first, 'Persyaratan 1').fill(REFRESHED_FIRST);
    await saveForm(first);

    // The app bar's refresh loads the newer version: not silently taken as the form's base.
    await button(second, 'Muat ulang').click();
    await second.getByText('Orang lain menyimpan layanan ini saat Anda mengubahnya').waitFor();
    await expectValue(second, 'Persyaratan 1', REFRESHED_FIRST);
    expect(await textbox(second, 'Persyaratan 2').inputValue()).toBe(REFRESHED_SECOND);
    await saveForm(second);
    const merged = await staffService(cms.platform, editorSession, SLUG);
    expect(merged.pendingEdit?.requirements[0]?.description).toBe(REFRESHED_FIRST);
    expect(merged.pendingEdit?.requirements[1]?.description).toBe(REFRESHED_SECOND);
  });
});
