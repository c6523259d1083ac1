import { clock } from '@mpp/kit';
import type { Locator, Page } from 'playwright-core';
import { bearer, type Session, type TestPlatformRun } from '../support/platform';
import { FACILITY_HISTORY, readFacility, SET_FACILITY_STATUS, type FacilityRead } from '../support/facilities';
import { checkAccessibility, describeInBrowser, screenshot, signIn, useCmsBrowser } from './support/browser';
import { button, landsOnServices, listRows, menuItem, notification, settled, textbox, waitForTitle } from './support/screens';

/*
 * The facility pages of the CMS as their people use them: an ATM technician of BRI on a phone
 * setting the ATM out of service with a note (and nothing on the other banks' ATMs or the
 * cafeteria), then, a day later, confirming with one tap that it still works and reading its
 * history there; an editor adding a facility, changing its hours through a version conflict and
 * changing the mall's hours, and the cafeteria's tenant keeping its menu. Each result is read
 * back through the API.
 */

/** A phone of the size the technicians carry. */
const PHONE_VIEWPORT = { width: 390, height: 844 };

const STATUS_NOTE = 'Sedang pengisian uang, kembali pukul 11.00';
const WORKING_NOTE = 'Diisi ulang setiap pagi pukul 08.00';
const NEW_FACILITY = { name: 'Ruang Laktasi Lantai 2', slug: 'ruang-laktasi-lantai-2' };
const OTHER_EDITORS_DESCRIPTION = 'Di samping tangga, sayap barat.';
const CLOSED_NOTE = 'Ditutup sementara untuk pengecatan';
const NEW_DISH = 'Nasi Kuning Spesial';

interface FacilityState {
  id: string;
  version: number;
  kind: string;
  floor: number;
  description: string | null;
  features: string[];
  openingHours: { days: { weekday: number; ranges: { opens: string; closes: string }[] }[] };
}

interface ListingState {
  name: string;
  category: string | null;
  price: number;
  available: boolean;
}

/*
 * The API's state is read as staff (with a token): the gateway caches anonymous reads for a
 * while, and these checks want what was saved a moment ago.
 */

async function facilityState(platform: TestPlatformRun, staff: Session, slug: string): Promise<FacilityState | null> {
  const result = await platform.post('query($slug: String) { facility(slug: $slug) { id version kind floor description features openingHours { days { weekday ranges { opens closes } } } } }', { slug }, bearer(staff));
  if (result.errors) throw new Error(`facility ${slug}: ${JSON.stringify(result.errors)}`);
  return result.data.facility as FacilityState | null;
}

async function listingsOf(platform: TestPlatformRun, staff: Session, slug: string): Promise<ListingState[]> {
  const result = await platform.post('query($slug: String) { facility(slug: $slug) { listings { name category price available } } }', { slug }, bearer(staff));
  if (result.errors || !result.data?.facility) throw new Error(`listings of ${slug}: ${JSON.stringify(result.errors ?? 'not found')}`);
  return result.data.facility.listings as ListingState[];
}

async function mallHours(platform: TestPlatformRun, staff: Session): Promise<FacilityState['openingHours']> {
  const result = await platform.post('{ mall { openingHours { days { weekday ranges { opens closes } } } } }', {}, bearer(staff));
  if (result.errors) throw new Error(`mall: ${JSON.stringify(result.errors)}`);
  return result.data.mall.openingHours;
}

/** The hours of one weekday in the API's answer (a weekday left out has none). */
function rangesOn(hours: FacilityState['openingHours'], weekday: number): { opens: string; closes: string }[] {
  return hours.days.find((day) => day.weekday === weekday)?.ranges ?? [];
}

/** The page scrolls sideways: something is wider than the screen. */
async function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate<boolean>('document.documentElement.scrollWidth > document.documentElement.clientWidth');
}

/** The element is wider than the room it has: it would scroll, or be cut off, sideways. */
async function overflowsSideways(element: Locator): Promise<boolean> {
  return (await element.evaluate('(node) => node.scrollWidth > node.clientWidth')) === true;
}

/** The facility's status as DPMPTSP staff read it, with whether it waits for a confirmation. */
async function staffStatusOf(platform: TestPlatformRun, staff: Session, slug: string): Promise<{ version: number; status: string; statusNote: string | null; statusSince: string; statusStale: boolean }> {
  const result = await platform.post('query($slug: String) { facility(slug: $slug) { version status statusNote statusSince statusStale } }', { slug }, bearer(staff));
  if (result.errors || !result.data?.facility) throw new Error(`status of ${slug}: ${JSON.stringify(result.errors ?? 'not found')}`);
  return result.data.facility;
}

/** The text that describes an input: its helper text, where a field error is shown. */
async function descriptionOf(input: Locator): Promise<string> {
  const ids = ((await input.getAttribute('aria-describedby')) ?? '').split(/\s+/).filter(Boolean);
  const texts = await Promise.all(ids.map((id) => input.page().locator(`[id="${id}"]`).textContent()));
  return texts.join(' ');
}

/** Waits until the input is marked invalid with a message matching `message`. */
async function expectFieldError(input: Locator, message: RegExp): Promise<void> {
  await input.and(input.page().locator('[aria-invalid="true"]')).waitFor();
  expect(await descriptionOf(input)).toMatch(message);
}

/** A time input of the hours editor: "Sabtu, rentang 1: Tutup". */
function timeInput(scope: Page | Locator, day: string, range: number, which: 'Buka' | 'Tutup'): Locator {
  return scope.getByRole('textbox', { name: `${day}, rentang ${range}: ${which}`, exact: true });
}

/** Opens a screen from the sidebar, which a phone keeps folded behind the menu button. */
async function openFromMenu(page: Page, name: string): Promise<void> {
  const item = menuItem(page, name);
  if (!(await item.isVisible())) await button(page, 'Buka menu').click();
  await item.click();
}

describeInBrowser('facilities, their status and listings, and the mall in the CMS', () => {
  const cms = useCmsBrowser();

  it("a BRI partner on a phone marks BRI's ATM out of service with a note; Mandiri's ATM and the cafeteria offer no status action", async () => {
    const bri = await readFacility(cms.platform, 'atm-bri');
    const mandiri = await readFacility(cms.platform, 'atm-mandiri');
    const cafeteria = await readFacility(cms.platform, 'kafetaria');
    expect(bri.status).toBe('OPERATIONAL');

    const page = await cms.newPage();
    await page.setViewportSize(PHONE_VIEWPORT);
    await signIn(page, cms, cms.account('PARTNER', 'bri'));
    // The first screen, with the sidebar folded away on a phone; the bar keeps the page's title.
    await page.waitForURL(/#\/services(\?.*)?$/);
    await waitForTitle(page, /Layanan/);
    expect(await menuItem(page, 'Layanan').isVisible()).toBe(false);
    await openFromMenu(page, 'Fasilitas');
    await waitForTitle(page, /Fasilitas/);
    await settled(page);

    // One card per facility BRI operates: its ATM, and nothing of another agency's.
    const cards = page.getByRole('list', { name: 'Fasilitas' }).getByRole('listitem');
    await cards.first().waitFor();
    expect(await cards.allInnerTexts()).toEqual([expect.stringContaining('ATM BRI')]);
    expect(await page.getByText(/ATM Mandiri|Kafetaria/).count()).toBe(0);
    expect(await scrollsSideways(page)).toBe(false);
    await checkAccessibility(page, 'facilities list (partner, phone)');
    await screenshot(page, 'facilities-list-partner-phone');

    // One tap opens the status dialog; the choice and the note, then one more to save.
    await button(page, 'Ubah status: ATM BRI').click();
    const dialog = page.getByRole('dialog', { name: 'Status ATM BRI' });
    await dialog.waitFor();
    expect(await dialog.getByRole('radio', { name: /^Beroperasi/ }).isChecked()).toBe(true);
    await dialog.getByRole('radio', { name: /^Tidak berfungsi/ }).check();
    await dialog.getByRole('textbox', { name: 'Catatan untuk pengunjung' }).fill(STATUS_NOTE);
    expect(await scrollsSideways(page)).toBe(false);
    await checkAccessibility(page, 'facility status dialog (partner, phone)');
    await screenshot(page, 'facility-status-dialog-phone');
    await dialog.getByRole('button', { name: 'Simpan status' }).click();
    await notification(page, /Status ATM BRI disimpan: Tidak berfungsi/).first().waitFor();
    await dialog.waitFor({ state: 'detached' });
    await cards.first().getByText('Tidak berfungsi', { exact: true }).waitFor();
    await cards.first().getByText(STATUS_NOTE).waitFor();
    await screenshot(page, 'facilities-list-partner-phone-out-of-service');

    // The API says so to everyone, and the history has the change, by BRI's partner.
    const after = await readFacility(cms.platform, 'atm-bri');
    expect(after).toEqual(expect.objectContaining({ status: 'OUT_OF_SERVICE', statusNote: STATUS_NOTE, isOpenNow: false, version: bri.version + 1 }));
    const editor = await cms.platform.loginAs('EDITOR');
    const history = await cms.platform.post(FACILITY_HISTORY, { slug: 'atm-bri' }, bearer(editor));
    const [latest] = history.data.facility.history.items as { action: string; actor: { role: string; agencyId: string }; changes: { field: string; before: string | null; after: string | null }[] }[];
    expect(latest.action).toBe('SET_STATUS');
    expect(latest.actor).toEqual(expect.objectContaining({ role: 'PARTNER', agencyId: bri.operator?.id }));
    expect(latest.changes).toEqual(
      expect.arrayContaining([
        { field: 'status', before: JSON.stringify('OPERATIONAL'), after: JSON.stringify('OUT_OF_SERVICE') },
        { field: 'statusNote', before: null, after: JSON.stringify(STATUS_NOTE) },
      ]),
    );

    // The ATM's own page: the status, its note and the change in its history, on the phone too.
    await cards.first().getByRole('link', { name: 'ATM BRI' }).click();
    await page.waitForURL(new RegExp(`#/facilities/${bri.id}/show$`));
    await settled(page);
    await page.getByText(STATUS_NOTE).first().waitFor();
    await button(page, 'Ubah status: ATM BRI').waitFor();
    expect(await scrollsSideways(page)).toBe(false);
    await checkAccessibility(page, 'facility page (partner, phone)');
    await screenshot(page, 'facility-show-partner-phone');
    // Its history is on the page, on the phone too: each entry a block as wide as the screen.
    const historyList = page.getByRole('list', { name: 'Riwayat perubahan' });
    await historyList.getByRole('listitem').filter({ hasText: 'Status diatur' }).first().waitFor();
    expect(await scrollsSideways(page)).toBe(false);

    // Mandiri's ATM and the cafeteria by their addresses: "not found", and no status button.
    for (const other of [mandiri, cafeteria]) {
      await page.goto(cms.url(`#/facilities/${other.id}/show`));
      await page.getByText(/tidak ditemukan/i).first().waitFor();
      expect(await page.getByRole('button', { name: /^Ubah status/ }).count()).toBe(0);
      expect(await page.getByText(other.name).count()).toBe(0);
    }
    // And the API would refuse it anyway.
    const partner = await cms.platform.loginAs('PARTNER', 'bri');
    for (const other of [mandiri, cafeteria]) {
      const refused = await cms.platform.post(SET_FACILITY_STATUS, { id: other.id, version: other.version, status: 'CLOSED', note: null }, bearer(partner));
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await readFacility(cms.platform, other.slug)).status).toBe(other.status);
    }
  });

  it("a BRI partner on a phone confirms with one tap, a day later, that the ATM still works — again after someone else's change — and reads its history there", async () => {
    const editor = await cms.platform.loginAs('EDITOR');
    // The ATM working, with a note, as an editor sets it (on the version staff read: the public's may be cached).
    const start = await readFacility(cms.platform, 'atm-bri');
    const current = await staffStatusOf(cms.platform, editor, 'atm-bri');
    const set = await cms.platform.post<{ setFacilityStatus: FacilityRead }>(SET_FACILITY_STATUS, { id: start.id, version: current.version, status: 'OPERATIONAL', note: WORKING_NOTE }, bearer(editor));
    expect(set.errors).toBeUndefined();
    const confirmedBefore = set.data!.setFacilityStatus;

    // An hour past the stale age by the platform's clock (its subgraphs run in this process;
    // sign-in keeps the real time): nobody has said since that it still holds.
    const staleHours = cms.platform.platform.config.facilityStatusStaleHours;
    clock.startAt(new Date(Date.now() + (staleHours + 1) * 3_600_000));
    try {
      expect(await staffStatusOf(cms.platform, editor, 'atm-bri')).toEqual(expect.objectContaining({ status: 'OPERATIONAL', statusStale: true, statusSince: confirmedBefore.statusSince }));

      const page = await cms.newPage();
      await page.setViewportSize(PHONE_VIEWPORT);
      await signIn(page, cms, cms.account('PARTNER', 'bri'));
      await page.waitForURL(/#\/services(\?.*)?$/);
      await openFromMenu(page, 'Fasilitas');
      await waitForTitle(page, /Fasilitas/);
      await settled(page);

      // The card says it waits for a confirmation; the one-tap confirmation is its main button.
      const card = page.getByRole('list', { name: 'Fasilitas' }).getByRole('listitem').filter({ hasText: 'ATM BRI' });
      await card.getByText('Perlu dikonfirmasi', { exact: true }).waitFor();
      const confirm = card.getByRole('button', { name: 'Masih beroperasi: ATM BRI', exact: true });
      expect(await confirm.getAttribute('class')).toContain('MuiButton-contained');
      await card.getByRole('button', { name: 'Ubah status: ATM BRI', exact: true }).waitFor();
      expect(await scrollsSideways(page)).toBe(false);
      await checkAccessibility(page, 'facilities list with a stale status (partner, phone)');
      await screenshot(page, 'facilities-list-partner-phone-stale');

      // Meanwhile an editor changes the ATM: the tap is refused, says so, and the latest is loaded.
      const othersChange = await cms.platform.post(
        'mutation($id: ID!, $version: Int!, $input: FacilityInput!) { updateFacility(id: $id, version: $version, input: $input) { version } }',
        { id: start.id, version: confirmedBefore.version, input: { location: 'Di luar gedung, sisi timur halaman parkir' } },
        bearer(editor),
      );
      expect(othersChange.errors).toBeUndefined();
      await confirm.click();
      await notification(page, /ATM BRI baru saja diubah orang lain; data terbarunya sudah dimuat/).first().waitFor();
      await screenshot(page, 'facilities-list-partner-phone-confirm-conflict');
      const refused = await staffStatusOf(cms.platform, editor, 'atm-bri');
      expect(refused).toEqual(expect.objectContaining({ statusStale: true, statusSince: confirmedBefore.statusSince, version: confirmedBefore.version + 1 }));
      await settled(page);

      // One more tap, on the version just loaded: confirmed, the status and its note as they were.
      await confirm.click();
      await notification(page, /Status ATM BRI dikonfirmasi: Beroperasi/).first().waitFor();
      await card.getByText('Perlu dikonfirmasi', { exact: true }).waitFor({ state: 'detached' });
      const confirmed = await staffStatusOf(cms.platform, editor, 'atm-bri');
      expect(confirmed).toEqual(expect.objectContaining({ status: 'OPERATIONAL', statusNote: WORKING_NOTE, statusStale: false, version: refused.version + 1 }));
      expect(Date.parse(confirmed.statusSince)).toBeGreaterThan(Date.parse(confirmedBefore.statusSince) + staleHours * 3_600_000);
      await screenshot(page, 'facilities-list-partner-phone-confirmed');

      // The history has the confirmation by BRI's partner: the status and its note unchanged, only since when.
      const trail = await cms.platform.post(FACILITY_HISTORY, { slug: 'atm-bri' }, bearer(editor));
      const [latest] = trail.data.facility.history.items as { action: string; actor: { role: string }; changes: { field: string; before: string | null; after: string | null }[] }[];
      expect(latest).toEqual({
        action: 'SET_STATUS',
        actor: expect.objectContaining({ role: 'PARTNER', agencyId: start.operator?.id }),
        changes: [{ field: 'statusSince', before: JSON.stringify(confirmedBefore.statusSince), after: JSON.stringify(confirmed.statusSince) }],
      });

      // The ATM's page on the phone: confirmed, and its history shown at once (no button to
      // press, no table), its latest entry the confirmation, nothing wider than the screen.
      await card.getByRole('link', { name: 'ATM BRI' }).click();
      await page.waitForURL(new RegExp(`#/facilities/${start.id}/show$`));
      await settled(page);
      const history = page.getByRole('list', { name: 'Riwayat perubahan' });
      const newest = history.getByRole('listitem').first();
      await newest.getByText('Status diatur', { exact: true }).waitFor();
      expect(await newest.innerText()).toMatch(/Mitra \(Anda\)[\s\S]*Status diatur[\s\S]*Status sejak: .+ → .+/);
      expect(await page.getByRole('table', { name: 'Riwayat perubahan' }).count()).toBe(0);
      expect(await page.getByRole('button', { name: /riwayat/i }).count()).toBe(0);
      expect(await page.getByText('Perlu dikonfirmasi', { exact: true }).count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Masih beroperasi: ATM BRI', exact: true }).getAttribute('class')).not.toContain('MuiButton-contained');
      expect(await scrollsSideways(page)).toBe(false);
      expect(await overflowsSideways(history)).toBe(false);
      await checkAccessibility(page, 'facility page with its history (partner, phone)');
      await screenshot(page, 'facility-show-partner-phone-history');
    } finally {
      clock.reset();
    }
  });

  it("an editor adds a facility, changes its hours through a version conflict, and changes the mall's hours", async () => {
    const editor = await cms.platform.loginAs('EDITOR');
    const mallWeek = await mallHours(cms.platform, editor);
    const page = await cms.newPage();
    await signIn(page, cms, cms.account('EDITOR'));
    await landsOnServices(page);
    await menuItem(page, 'Fasilitas').click();
    await waitForTitle(page, /Fasilitas/);
    await settled(page);
    await listRows(page).filter({ hasText: 'ATM BRI' }).waitFor();
    await checkAccessibility(page, 'facilities list (editor)');
    await screenshot(page, 'facilities-list-editor');

    // A new facility: its hours start as the mall's.
    await page.getByRole('link', { name: /^Tambah/ }).first().click();
    await page.waitForURL(/#\/facilities\/create/);
    await settled(page);
    expect(await timeInput(page, 'Senin', 1, 'Buka').inputValue()).toBe(rangesOn(mallWeek, 1)[0].opens);
    await textbox(page, /^Nama/).fill(NEW_FACILITY.name);
    await page.getByRole('combobox', { name: /^Jenis/ }).click();
    await page.getByRole('option', { name: 'Ruang laktasi', exact: true }).click();
    await page.getByRole('spinbutton', { name: /^Lantai/ }).fill('2');
    await textbox(page, /^Letak/).fill('Lantai 2, di samping ruang tunggu');
    // The lactation room's own features, in words.
    await page.getByRole('checkbox', { name: 'Wastafel' }).check();
    await page.getByRole('checkbox', { name: 'Ber-AC' }).check();
    expect(await page.getByRole('checkbox', { name: 'Tarik tunai' }).count()).toBe(0);
    await checkAccessibility(page, 'facility create');
    await screenshot(page, 'facility-create');
    await button(page, 'Simpan').click();
    await page.waitForURL(/#\/facilities\/[^/]+$/);
    await settled(page);

    const created = await facilityState(cms.platform, editor, NEW_FACILITY.slug);
    expect(created).toEqual(expect.objectContaining({ kind: 'LACTATION_ROOM', floor: 2, description: null }));
    for (const weekday of [1, 2, 3, 4, 5, 6, 7]) expect({ weekday, ranges: rangesOn(created!.openingHours, weekday) }).toEqual({ weekday, ranges: rangesOn(mallWeek, weekday) });
    expect([...(created?.features ?? [])].sort()).toEqual(['AIR_CONDITIONED', 'SINK']);
    expect(page.url()).toContain(`#/facilities/${created?.id}`);
    await checkAccessibility(page, 'facility edit');
    await screenshot(page, 'facility-edit');

    // Saturday morning added; meanwhile another editor changes its description.
    await button(page, 'Tambah rentang (Sabtu)').click();
    await timeInput(page, 'Sabtu', 1, 'Tutup').fill('12:00');
    const othersSave = await cms.platform.post(
      'mutation($id: ID!, $version: Int!, $input: FacilityInput!) { updateFacility(id: $id, version: $version, input: $input) { version } }',
      { id: created!.id, version: created!.version, input: { description: OTHER_EDITORS_DESCRIPTION } },
      bearer(editor),
    );
    expect(othersSave.errors).toBeUndefined();

    // This save is based on the version read before: refused, the hours typed stay.
    await button(page, 'Simpan').click();
    await notification(page, /sudah diubah orang lain/i).first().waitFor();
    expect(await timeInput(page, 'Sabtu', 1, 'Tutup').inputValue()).toBe('12:00');
    expect(rangesOn((await facilityState(cms.platform, editor, NEW_FACILITY.slug))!.openingHours, 6)).toEqual([]);
    await screenshot(page, 'facility-edit-conflict');

    // Reloading keeps them; saving again sends them with the latest version, the other change kept.
    await button(page, 'Muat ulang data terbaru').click();
    for (let waited = 0; (await textbox(page, /^Keterangan/).inputValue()) !== OTHER_EDITORS_DESCRIPTION && waited < 10_000; waited += 100) await page.waitForTimeout(100);
    expect(await textbox(page, /^Keterangan/).inputValue()).toBe(OTHER_EDITORS_DESCRIPTION);
    expect(await timeInput(page, 'Sabtu', 1, 'Tutup').inputValue()).toBe('12:00');
    await button(page, 'Simpan').click();
    await page.waitForURL(/#\/facilities(\?.*)?$/);
    await notification(page, /diperbarui/).first().waitFor();
    const saved = await facilityState(cms.platform, editor, NEW_FACILITY.slug);
    expect(rangesOn(saved!.openingHours, 6)).toEqual([{ opens: '08:00', closes: '12:00' }]);
    expect(rangesOn(saved!.openingHours, 1)).toEqual(rangesOn(mallWeek, 1));
    expect(saved!.description).toBe(OTHER_EDITORS_DESCRIPTION);

    // Its status from the list; someone else changes the facility while the dialog is open:
    // refused, the latest loaded, the choice kept, and the second save goes through.
    await textbox(page, /Cari/).fill(NEW_FACILITY.name);
    await settled(page);
    await button(page, `Ubah status: ${NEW_FACILITY.name}`).click();
    const dialog = page.getByRole('dialog', { name: `Status ${NEW_FACILITY.name}` });
    await dialog.getByRole('radio', { name: /^Tutup/ }).check();
    await dialog.getByRole('textbox', { name: 'Catatan untuk pengunjung' }).fill(CLOSED_NOTE);
    const othersChange = await cms.platform.post(
      'mutation($id: ID!, $version: Int!, $input: FacilityInput!) { updateFacility(id: $id, version: $version, input: $input) { version } }',
      { id: saved!.id, version: saved!.version, input: { location: 'Lantai 2, sayap barat' } },
      bearer(editor),
    );
    expect(othersChange.errors).toBeUndefined();
    await dialog.getByRole('button', { name: 'Simpan status' }).click();
    await dialog.getByRole('alert').filter({ hasText: /baru saja diubah orang lain/ }).waitFor();
    expect(await dialog.getByRole('radio', { name: /^Tutup/ }).isChecked()).toBe(true);
    expect(await dialog.getByRole('textbox', { name: 'Catatan untuk pengunjung' }).inputValue()).toBe(CLOSED_NOTE);
    await screenshot(page, 'facility-status-conflict');
    await dialog.getByRole('button', { name: 'Simpan status' }).click();
    await notification(page, new RegExp(`Status ${NEW_FACILITY.name} disimpan: Tutup`)).first().waitFor();
    await listRows(page).filter({ hasText: NEW_FACILITY.name }).getByText('Tutup', { exact: true }).waitFor();
    const closed = await cms.platform.post('query($slug: String) { facility(slug: $slug) { status statusNote location } }', { slug: NEW_FACILITY.slug }, bearer(editor));
    expect(closed.data.facility).toEqual({ status: 'CLOSED', statusNote: CLOSED_NOTE, location: 'Lantai 2, sayap barat' });

    // The mall's hours: Saturday morning too. Its closed dates are shown, with the way to keep them.
    await menuItem(page, 'Profil mal').click();
    await waitForTitle(page, /Profil dan jam buka mal/);
    await settled(page);
    await page.getByRole('heading', { name: /^Hari libur \d{4}$/ }).waitFor();
    await page.getByRole('link', { name: 'Kelola hari libur' }).waitFor();
    expect(await timeInput(page, 'Senin', 1, 'Buka').inputValue()).toBe(rangesOn(mallWeek, 1)[0].opens);
    await checkAccessibility(page, 'mall page (editor)');
    await screenshot(page, 'mall-edit');
    await button(page, 'Tambah rentang (Sabtu)').click();
    await timeInput(page, 'Sabtu', 1, 'Buka').fill('08:30');
    await timeInput(page, 'Sabtu', 1, 'Tutup').fill('12:00');
    await button(page, 'Simpan').click();
    await notification(page, /diperbarui/).first().waitFor();
    const mallAfter = await mallHours(cms.platform, editor);
    expect(rangesOn(mallAfter, 6)).toEqual([{ opens: '08:30', closes: '12:00' }]);
    expect(rangesOn(mallAfter, 1)).toEqual(rangesOn(mallWeek, 1));
    // Its history, when asked for, has the change.
    await button(page, 'Tampilkan riwayat perubahan').click();
    await page.getByRole('table', { name: 'Riwayat perubahan' }).getByText(/Sabtu 08:30–12:00/).first().waitFor();
    await screenshot(page, 'mall-edit-saved');
  });

  it("the cafeteria's partner adds a dish (a negative price is marked on the price), changes it and deletes it", async () => {
    const editor = await cms.platform.loginAs('EDITOR');
    const before = await listingsOf(cms.platform, editor, 'kafetaria');
    expect(before.length).toBeGreaterThan(0);
    const page = await cms.newPage();
    await signIn(page, cms, cms.account('PARTNER', 'kafetaria-mpp'));
    await landsOnServices(page);
    await menuItem(page, 'Fasilitas').click();
    await waitForTitle(page, /Fasilitas/);
    await settled(page);
    expect(await listRows(page).allInnerTexts()).toEqual([expect.stringContaining('Kafetaria MPP')]);
    await listRows(page).first().getByRole('link').first().click();
    await page.waitForURL(/#\/facilities\/[^/]+\/show$/);
    await settled(page);

    // The menu as the API has it, prices in Rupiah.
    const menu = page.getByRole('table', { name: 'Menu dan barang' });
    const sotoRow = menu.locator('tbody tr').filter({ hasText: 'Soto Banjar' });
    await sotoRow.getByText(/^Rp\s?20\.000$/).waitFor();
    expect(await menu.locator('tbody tr').count()).toBe(before.length);
    await checkAccessibility(page, 'facility page with its menu (cafeteria partner)');
    await screenshot(page, 'facility-show-cafeteria-partner');

    // A new dish; a negative price is refused on the price input, nothing is saved.
    await button(page, 'Tambah item').click();
    const createDialog = page.getByRole('dialog', { name: 'Item baru: Kafetaria MPP' });
    await createDialog.waitFor();
    await createDialog.getByRole('textbox', { name: /^Nama/ }).fill(NEW_DISH);
    await createDialog.getByRole('textbox', { name: /^Kategori/ }).fill('Makanan');
    const price = createDialog.getByRole('spinbutton', { name: /^Harga/ });
    await price.fill('-5000');
    await createDialog.getByRole('button', { name: 'Simpan' }).click();
    await expectFieldError(price, /Harga tidak boleh kurang dari 0/);
    await checkAccessibility(page, 'listing create with a field error');
    await screenshot(page, 'listing-create-negative-price');
    expect((await listingsOf(cms.platform, editor, 'kafetaria')).some((listing) => listing.name === NEW_DISH)).toBe(false);

    await price.fill('25000');
    await createDialog.getByRole('button', { name: 'Simpan' }).click();
    await notification(page, /Item ditambahkan/).first().waitFor();
    await createDialog.waitFor({ state: 'detached' });
    const dishRow = menu.locator('tbody tr').filter({ hasText: NEW_DISH });
    await dishRow.getByText(/^Rp\s?25\.000$/).waitFor();
    expect((await listingsOf(cms.platform, editor, 'kafetaria')).filter((listing) => listing.name === NEW_DISH)).toEqual([
      { name: NEW_DISH, category: 'Makanan', price: 25000, available: true },
    ]);

    // Changed: dearer, and sold out for today.
    await dishRow.click();
    const editDialog = page.getByRole('dialog', { name: `Ubah ${NEW_DISH}` });
    await editDialog.waitFor();
    await editDialog.getByRole('spinbutton', { name: /^Harga/ }).fill('27000');
    await editDialog.getByRole('switch', { name: /^Tersedia/ }).or(editDialog.getByRole('checkbox', { name: /^Tersedia/ })).first().uncheck();
    await checkAccessibility(page, 'listing edit');
    await editDialog.getByRole('button', { name: 'Simpan' }).click();
    await notification(page, /Item disimpan/).first().waitFor();
    await editDialog.waitFor({ state: 'detached' });
    await dishRow.getByText(/^Rp\s?27\.000$/).waitFor();
    await dishRow.getByText('Habis', { exact: true }).waitFor();
    expect((await listingsOf(cms.platform, editor, 'kafetaria')).filter((listing) => listing.name === NEW_DISH)).toEqual([
      { name: NEW_DISH, category: 'Makanan', price: 27000, available: false },
    ]);

    // Deleted after a confirmation.
    await dishRow.click();
    await page.getByRole('dialog', { name: `Ubah ${NEW_DISH}` }).getByRole('button', { name: 'Hapus' }).click();
    const confirmation = page.getByRole('dialog', { name: `Hapus ${NEW_DISH}?` });
    await confirmation.waitFor();
    await confirmation.getByRole('button', { name: 'Konfirmasi' }).click();
    await notification(page, /Item dihapus/).first().waitFor();
    await dishRow.waitFor({ state: 'detached' });
    expect(await listingsOf(cms.platform, editor, 'kafetaria')).toEqual(before);
    await screenshot(page, 'facility-show-cafeteria-after-delete');
  });
});
