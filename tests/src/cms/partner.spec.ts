import type { Page } from 'playwright-core';
import type { TestPlatformRun } from '../support/platform';
import { publicService, staffService } from './support/api';
import { checkAccessibility, describeInBrowser, screenshot, signIn, useCmsBrowser } from './support/browser';
import { editRoute, landsOnServices, listRows, menuItemNames, notification, openTab, REQUIREMENTS_TAB, runServiceStep, saveForm, settled, textbox, waitForTitle } from './support/screens';

const BRI_SERVICE = { slug: 'bri-kur-mikro', name: 'KUR Mikro BRI' };
const BPJS_SERVICE_SLUG = 'bpjs-kesehatan-pendaftaran-mandiri';
const FIRST_TRY = 'Surat keterangan usaha dari desa atau kelurahan';
const FIXED = 'Surat keterangan usaha dari desa atau kelurahan, paling lama 6 bulan';
const COMMENT = 'Sebutkan masa berlaku surat keterangan usaha.';

/** An agency and its booths as the public API lists them: the ids a partner may try by URL. */
async function agencyWithBooths(platform: TestPlatformRun, slug: string): Promise<{ id: string; boothIds: string[] }> {
  const result = await platform.post<{ booths: { id: string; agency: { id: string; slug: string } }[] }>('query { booths { id agency { id slug } } }');
  if (result.errors || !result.data) throw new Error(`booths: ${JSON.stringify(result.errors)}`);
  const booths = result.data.booths.filter((booth) => booth.agency.slug === slug);
  if (booths.length === 0) throw new Error(`no seeded booth of agency ${slug}`);
  return { id: booths[0].agency.id, boothIds: booths.map((booth) => booth.id) };
}

describeInBrowser('a partner keeps its own services, with an editor reviewing', () => {
  const cms = useCmsBrowser();

  async function openService(page: Page, name: string): Promise<void> {
    await page.getByRole('link', { name }).click();
    await waitForTitle(page, name);
    await settled(page);
  }

  it('sees only BRI, is refused BPJS, submits; the editor returns it with a comment, the partner fixes it, the editor publishes', async () => {
    const bri = await publicService(cms.platform, BRI_SERVICE.slug);
    const bpjs = await publicService(cms.platform, BPJS_SERVICE_SLUG);
    if (!bri || !bpjs) throw new Error('the seeded BRI and BPJS services are missing');

    // The partner's list: BRI's services only, and no menu entries for what partners may not use.
    const partnerPage = await cms.newPage();
    await signIn(partnerPage, cms, cms.account('PARTNER', 'bri'));
    await landsOnServices(partnerPage);
    await settled(partnerPage);
    const rows = await listRows(partnerPage).allInnerTexts();
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toMatch(/\bBRI\b/);
    expect(rows.some((row) => row.includes(BRI_SERVICE.name))).toBe(true);
    expect(rows.some((row) => /BPJS|Bankaltimtara|Mandiri/.test(row))).toBe(false);
    const menu = await menuItemNames(partnerPage);
    expect(menu).toContain('Layanan');
    expect(menu.filter((name) => /akun|pengguna|sinonim/i.test(name))).toEqual([]);
    await checkAccessibility(partnerPage, 'services list (partner)');
    await screenshot(partnerPage, 'services-list-partner');

    // Another agency's service by URL: react-admin's "not found", nothing of its content.
    await partnerPage.goto(cms.url(editRoute('services', bpjs.id)));
    await partnerPage.getByText(/tidak ditemukan/i).first().waitFor();
    expect(await partnerPage.getByText(bpjs.name).count()).toBe(0);
    await screenshot(partnerPage, 'service-not-found-partner');

    // BRI's booths only; BPJS's booth and agency by URL are "not found" too.
    await partnerPage.goto(cms.url('#/booths'));
    await waitForTitle(partnerPage, /Gerai/);
    await settled(partnerPage);
    const booths = await listRows(partnerPage).allInnerTexts();
    expect(booths.length).toBeGreaterThan(0);
    for (const row of booths) expect(row).toMatch(/\bBRI\b/);
    const bpjsAgency = await agencyWithBooths(cms.platform, bpjs.agency?.slug ?? '');
    await partnerPage.goto(cms.url(editRoute('booths', bpjsAgency.boothIds[0])));
    await partnerPage.getByText(/tidak ditemukan/i).first().waitFor();
    await partnerPage.goto(cms.url(editRoute('agencies', bpjsAgency.id)));
    await partnerPage.getByText(/tidak ditemukan/i).first().waitFor();
    expect(await partnerPage.getByText(/BPJS/).count()).toBe(0);

    // Edit and submit BRI's service.
    await partnerPage.goto(cms.url('#/services'));
    await landsOnServices(partnerPage);
    await openService(partnerPage, BRI_SERVICE.name);
    await checkAccessibility(partnerPage, 'service edit (partner)');
    await screenshot(partnerPage, 'service-edit-partner');
    const requirementCount = (await staffService(cms.platform, await cms.platform.loginAs('EDITOR'), BRI_SERVICE.slug)).requirements.length;
    await openTab(partnerPage, REQUIREMENTS_TAB);
    await textbox(partnerPage, `Persyaratan ${requirementCount}`).fill(FIRST_TRY);
    await saveForm(partnerPage);
    await runServiceStep(partnerPage, /^Ajukan/);
    await notification(partnerPage, /diajukan|ditinjau|tinjauan/i).first().waitFor();
    const editor = await cms.platform.loginAs('EDITOR');
    let state = await staffService(cms.platform, editor, BRI_SERVICE.slug);
    expect(state.pendingEdit?.state).toBe('IN_REVIEW');
    expect(state.pendingEdit?.requirements[requirementCount - 1]?.description).toBe(FIRST_TRY);
    // The public still sees the published text.
    expect((await publicService(cms.platform, BRI_SERVICE.slug))?.requirements[requirementCount - 1]?.description).not.toBe(FIRST_TRY);

    // The editor finds it under "waiting for review" and returns it with a comment.
    const editorPage = await cms.newPage();
    await signIn(editorPage, cms, cms.account('EDITOR'));
    await landsOnServices(editorPage);
    await settled(editorPage);
    await editorPage.getByRole('switch', { name: /menunggu tinjauan/i }).or(editorPage.getByRole('checkbox', { name: /menunggu tinjauan/i })).first().check();
    await editorPage.waitForURL(/waitingForReview/);
    await settled(editorPage);
    const waiting = await listRows(editorPage).allInnerTexts();
    expect(waiting.some((row) => row.includes(BRI_SERVICE.name))).toBe(true);
    expect(waiting.some((row) => row.includes('Perpanjangan SIM'))).toBe(false);
    await screenshot(editorPage, 'services-list-editor-waiting-for-review');
    await openService(editorPage, BRI_SERVICE.name);
    await screenshot(editorPage, 'service-review-editor');
    await runServiceStep(editorPage, /^Kembalikan/, { comment: COMMENT });
    await notification(editorPage, /dikembalikan/i).first().waitFor();
    state = await staffService(cms.platform, editor, BRI_SERVICE.slug);
    expect(state.pendingEdit?.state).toBe('RETURNED');
    expect(state.pendingEdit?.reviewComment).toBe(COMMENT);

    // The partner sees the comment, fixes and resubmits.
    await partnerPage.reload();
    await waitForTitle(partnerPage, BRI_SERVICE.name);
    await partnerPage.getByText(COMMENT).first().waitFor();
    await screenshot(partnerPage, 'service-edit-partner-returned');
    await openTab(partnerPage, REQUIREMENTS_TAB);
    await textbox(partnerPage, `Persyaratan ${requirementCount}`).fill(FIXED);
    await saveForm(partnerPage);
    await runServiceStep(partnerPage, /^Ajukan/);
    await notification(partnerPage, /diajukan|ditinjau|tinjauan/i).first().waitFor();
    state = await staffService(cms.platform, editor, BRI_SERVICE.slug);
    expect(state.pendingEdit?.state).toBe('IN_REVIEW');
    expect(state.pendingEdit?.requirements[requirementCount - 1]?.description).toBe(FIXED);

    // The editor publishes; the public API has the fixed text.
    await editorPage.reload();
    await waitForTitle(editorPage, BRI_SERVICE.name);
    await settled(editorPage);
    await runServiceStep(editorPage, /^Terbitkan/);
    await notification(editorPage, /terbit/i).first().waitFor();
    const published = await publicService(cms.platform, BRI_SERVICE.slug);
    expect(published?.requirements[requirementCount - 1]?.description).toBe(FIXED);
    expect((await staffService(cms.platform, editor, BRI_SERVICE.slug)).pendingEdit).toBeNull();
  });
});
