import { publicService, staffService } from './support/api';
import { checkAccessibility, describeInBrowser, screenshot, signIn, useCmsBrowser } from './support/browser';
import { landsOnServices, notification, openTab, REQUIREMENTS_TAB, runServiceStep, saveForm, textbox, waitForTitle } from './support/screens';

const SLUG = 'perpanjangan-sim';
const NAME = 'Perpanjangan SIM A, C dan D';
const NEW_REQUIREMENT = 'SIM lama yang masih berlaku, atau habis berlaku paling lama 3 bulan';

describeInBrowser('an editor changes a published service', () => {
  const cms = useCmsBrowser();

  it('finds it in the list, changes a requirement, publishes, and the public API returns the new text', async () => {
    const before = await publicService(cms.platform, SLUG);
    expect(before?.requirements[1]?.description).toBe('SIM lama yang masih berlaku');

    const page = await cms.newPage();
    await signIn(page, cms, cms.account('EDITOR'));
    await landsOnServices(page);

    // As an editor would: search the list, open the service from its name.
    await textbox(page, /Cari/).fill('perpanjang sim');
    await page.getByRole('link', { name: NAME }).click();
    await waitForTitle(page, /Perpanjangan SIM/);
    await openTab(page, REQUIREMENTS_TAB);
    const requirement = textbox(page, 'Persyaratan 2');
    expect(await requirement.inputValue()).toBe('SIM lama yang masih berlaku');
    await checkAccessibility(page, 'service edit (editor)');

    await requirement.fill(NEW_REQUIREMENT);
    await saveForm(page);
    // Saved, not yet public: the change waits as the pending edit beside the public version.
    const editor = await cms.platform.loginAs('EDITOR');
    const saved = await staffService(cms.platform, editor, SLUG);
    expect(saved.pendingEdit?.requirements[1]?.description).toBe(NEW_REQUIREMENT);
    expect((await publicService(cms.platform, SLUG))?.requirements[1]?.description).toBe('SIM lama yang masih berlaku');
    await screenshot(page, 'service-edit-editor-pending-edit');

    await runServiceStep(page, /^Terbitkan/);
    await notification(page, /terbit/i).first().waitFor();
    await screenshot(page, 'service-edit-editor-published');

    const after = await publicService(cms.platform, SLUG);
    expect(after?.status).toBe('PUBLISHED');
    expect(after?.requirements[1]?.description).toBe(NEW_REQUIREMENT);
    expect(after?.requirements.map((item) => item.description)).toEqual([
      'KTP-el',
      NEW_REQUIREMENT,
      'Surat keterangan sehat jasmani dari dokter',
      'Surat keterangan lulus tes psikologi',
      'Kartu peserta BPJS Kesehatan dengan status aktif',
    ]);
    expect((await staffService(cms.platform, editor, SLUG)).pendingEdit).toBeNull();
  });
});
