import type { Locator, Page } from 'playwright-core';
import { bearer, type Session, type TestPlatformRun } from '../support/platform';
import { checkAccessibility, describeInBrowser, screenshot, signIn, useCmsBrowser } from './support/browser';
import { button, listRows, menuItem, notification, settled, textbox, waitForTitle } from './support/screens';

/*
 * The queueing pages of the CMS as an editor uses them: opening a queue for a service that has
 * none (prefix, ticket hours with a break and a copied Monday, the API's field errors on the
 * inputs they concern), and registering a kiosk whose device token is shown once. Each result
 * is read back through the API.
 */

/** A published service whose agency's booth is temporarily closed: the seed gives it no queue. */
const SERVICE_WITHOUT_QUEUE = 'perumda-air-minum-sambungan-baru';
/** A prefix the seed gives the KTP-el queue. */
const TAKEN_PREFIX = 'KTP';
const NEW_PREFIX = 'AIR';
const KIOSK_NAME = 'Kiosk Lantai 2 Sayap Timur';
/** PLN's booth: the seed gives it one counter and PLN one queue. */
const COUNTER_BOOTH = 'G-41';
const TAKEN_COUNTER_NAME = 'Loket G-06';
const NEW_COUNTER_NAME = 'Loket G-41 Prioritas';

interface QueueSettingsState {
  prefix: string;
  enabled: boolean;
  dailyQuota: number | null;
  ticketHours: { days: { weekday: number; ranges: { opens: string; closes: string }[] }[] };
}

async function serviceWithoutQueue(platform: TestPlatformRun, editor: Session): Promise<{ id: string; name: string }> {
  const result = await platform.post('query($slug: String!) { service(slug: $slug) { id name queue { prefix } } }', { slug: SERVICE_WITHOUT_QUEUE }, bearer(editor));
  const service = result.data?.service as { id: string; name: string; queue: unknown } | null;
  if (!service) throw new Error(`the seeded service ${SERVICE_WITHOUT_QUEUE} is missing: ${JSON.stringify(result.errors)}`);
  if (service.queue !== null) throw new Error(`the seed gave ${SERVICE_WITHOUT_QUEUE} a queue; the test needs a service without one`);
  return service;
}

async function queueSettings(platform: TestPlatformRun, editor: Session, serviceId: string): Promise<QueueSettingsState | null> {
  const result = await platform.post(
    'query($id: ID!) { queueSettings(serviceId: $id) { prefix enabled dailyQuota ticketHours { days { weekday ranges { opens closes } } } } }',
    { id: serviceId },
    bearer(editor),
  );
  if (result.errors) throw new Error(`queueSettings: ${JSON.stringify(result.errors)}`);
  return result.data.queueSettings as QueueSettingsState | null;
}

async function kioskNamed(platform: TestPlatformRun, editor: Session, name: string): Promise<{ active: boolean; lastSessionStartedAt: string | null } | undefined> {
  const result = await platform.post('{ kiosks { name active lastSessionStartedAt } }', {}, bearer(editor));
  if (result.errors) throw new Error(`kiosks: ${JSON.stringify(result.errors)}`);
  return (result.data.kiosks as { name: string; active: boolean; lastSessionStartedAt: string | null }[]).find((kiosk) => kiosk.name === name);
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

/** Waits until an input shows a value containing `text` (an input whose value loads after the form). */
async function valueShown(input: Locator, text: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (!(await input.inputValue()).includes(text)) {
    if (Date.now() > deadline) throw new Error(`the input never showed "${text}" (it shows "${await input.inputValue()}")`);
    await input.page().waitForTimeout(100);
  }
}

/** A time input of the ticket hours editor: "Selasa, rentang 2: Buka". */
function timeInput(page: Page, day: string, range: number, which: 'Buka' | 'Tutup'): Locator {
  return textbox(page, `${day}, rentang ${range}: ${which}`);
}

describeInBrowser('an editor runs the queues from the CMS', () => {
  const cms = useCmsBrowser();

  it('opens a queue for a service that has none; a taken prefix and overlapping hours are marked on their inputs', async () => {
    const editor = await cms.platform.loginAs('EDITOR');
    const service = await serviceWithoutQueue(cms.platform, editor);

    const page = await cms.newPage();
    await signIn(page, cms, cms.account('EDITOR'));
    await menuItem(page, 'Antrean').click();
    await waitForTitle(page, /Antrean/);
    await settled(page);
    await checkAccessibility(page, 'queues list');
    await screenshot(page, 'queues-list');

    // The service is listed without a queue, with the button that opens one.
    await textbox(page, /Cari/).fill(service.name);
    await settled(page);
    const row = listRows(page).filter({ hasText: service.name });
    await row.getByText('Belum ada antrean').first().waitFor();
    await row.getByRole('link', { name: `Buka antrean: ${service.name}` }).click();
    await page.waitForURL(/#\/queues\/create/);
    await waitForTitle(page, /Antrean/);
    await valueShown(page.getByRole('combobox', { name: /^Layanan/ }), service.name);

    // The mall's usual hours are there to start from; Monday changes and is copied to Tuesday–Friday.
    expect(await timeInput(page, 'Senin', 1, 'Buka').inputValue()).toBe('08:00');
    expect(await timeInput(page, 'Jumat', 2, 'Buka').inputValue()).toBe('13:30');
    await timeInput(page, 'Senin', 1, 'Buka').fill('07:30');
    await button(page, 'Salin jam Senin ke Selasa–Jumat').click();
    expect(await timeInput(page, 'Jumat', 1, 'Buka').inputValue()).toBe('07:30');
    expect(await timeInput(page, 'Jumat', 2, 'Buka').count()).toBe(0);
    // Saturday morning, added to a day without tickets.
    await page.getByText('Tidak ada tiket').first().waitFor();
    await button(page, 'Tambah rentang (Sabtu)').click();
    await timeInput(page, 'Sabtu', 1, 'Tutup').fill('12:00');
    await checkAccessibility(page, 'queue create');

    // A prefix another queue uses: the API's refusal lands on the prefix input.
    await textbox(page, /^Awalan nomor/).fill(TAKEN_PREFIX.toLowerCase());
    expect(await textbox(page, /^Awalan nomor/).inputValue()).toBe(TAKEN_PREFIX);
    await button(page, 'Simpan').click();
    await expectFieldError(textbox(page, /^Awalan nomor/), /belum dipakai antrean lain/);
    await notification(page, /Awalan nomor/).first().waitFor();
    await screenshot(page, 'queue-create-prefix-taken');

    // A second Tuesday range overlapping the first: marked on that range's opening time.
    await textbox(page, /^Awalan nomor/).fill(NEW_PREFIX);
    await button(page, 'Tambah rentang (Selasa)').click();
    await timeInput(page, 'Selasa', 2, 'Buka').fill('14:00');
    await timeInput(page, 'Selasa', 2, 'Tutup').fill('16:00');
    await button(page, 'Simpan').click();
    await expectFieldError(timeInput(page, 'Selasa', 2, 'Buka'), /Bertumpuk dengan rentang lain/);
    expect(await timeInput(page, 'Selasa', 1, 'Buka').getAttribute('aria-invalid')).not.toBe('true');
    await notification(page, /Selasa, rentang 2/).first().waitFor();
    await screenshot(page, 'queue-create-hours-overlap');
    expect(await queueSettings(cms.platform, editor, service.id)).toBeNull();

    await button(page, 'Hapus Selasa, rentang 2').click();
    await button(page, 'Simpan').click();
    await page.waitForURL(/#\/queues(\?.*)?$/);
    await settled(page);

    // Listed with its prefix, taking tickets.
    await textbox(page, /Cari/).fill(service.name);
    await settled(page);
    const saved = listRows(page).filter({ hasText: service.name });
    await saved.getByText(NEW_PREFIX, { exact: true }).waitFor();
    await saved.getByText('Menerima tiket').waitFor();
    await screenshot(page, 'queues-list-opened');

    const workingDay = [{ opens: '07:30', closes: '15:00' }];
    expect(await queueSettings(cms.platform, editor, service.id)).toEqual({
      prefix: NEW_PREFIX,
      enabled: true,
      dailyQuota: null,
      ticketHours: {
        days: [
          { weekday: 1, ranges: workingDay },
          { weekday: 2, ranges: workingDay },
          { weekday: 3, ranges: workingDay },
          { weekday: 4, ranges: workingDay },
          { weekday: 5, ranges: workingDay },
          { weekday: 6, ranges: [{ opens: '08:00', closes: '12:00' }] },
          { weekday: 7, ranges: [] },
        ],
      },
    });

    // Its edit page: the settings as saved, ready to change.
    await saved.click();
    await page.waitForURL(new RegExp(`#/queues/${service.id}$`));
    await settled(page);
    expect(await textbox(page, /^Awalan nomor/).inputValue()).toBe(NEW_PREFIX);
    expect(await timeInput(page, 'Sabtu', 1, 'Tutup').inputValue()).toBe('12:00');
    await checkAccessibility(page, 'queue edit');
    await screenshot(page, 'queue-edit');

    // A change is a patch with the version read: the quota alone changes.
    await page.getByRole('spinbutton', { name: /^Kuota harian/ }).fill('150');
    await button(page, 'Simpan').click();
    await page.waitForURL(/#\/queues(\?.*)?$/);
    await notification(page, /diperbarui/).first().waitFor();
    const changed = await queueSettings(cms.platform, editor, service.id);
    expect(changed?.dailyQuota).toBe(150);
    expect(changed?.ticketHours.days[5]).toEqual({ weekday: 6, ranges: [{ opens: '08:00', closes: '12:00' }] });
  });

  it('registers a kiosk: its device token is shown once, the kiosk is listed as active and can sign in', async () => {
    const page = await cms.newPage();
    await signIn(page, cms, cms.account('EDITOR'));
    await menuItem(page, 'Kiosk').click();
    await waitForTitle(page, /Kiosk/);
    await settled(page);
    await checkAccessibility(page, 'kiosks list');
    await screenshot(page, 'kiosks-list');

    await page.getByRole('link', { name: /^Tambah/ }).first().click();
    await page.waitForURL(/#\/kiosks\/create/);
    await textbox(page, /^Nama/).fill(KIOSK_NAME);
    await checkAccessibility(page, 'kiosk create');
    await button(page, 'Simpan').click();

    // Shown once, with a copy button and the warning that it will not be shown again.
    const dialog = page.getByRole('dialog', { name: 'Kiosk telah didaftarkan' });
    await dialog.waitFor();
    const deviceToken = (await dialog.getByRole('textbox', { name: 'Token perangkat' }).inputValue()).trim();
    expect(deviceToken.length).toBeGreaterThanOrEqual(32);
    await dialog.getByRole('button', { name: 'Salin token' }).waitFor();
    await dialog.getByText(/hanya ditampilkan sekali/).waitFor();
    await checkAccessibility(page, 'kiosk device token');
    await screenshot(page, 'kiosk-device-token');

    // It is the kiosk's real token: it starts a kiosk session.
    const session = await cms.platform.post('mutation($deviceToken: String!) { startKioskSession(deviceToken: $deviceToken) { token } }', { deviceToken });
    expect(session.errors).toBeUndefined();

    await dialog.getByRole('button', { name: 'Sudah saya catat, tutup' }).click();
    await page.waitForURL(/#\/kiosks(\?.*)?$/);
    await settled(page);
    const row = listRows(page).filter({ hasText: KIOSK_NAME });
    await row.getByText('Aktif').waitFor();
    expect(await page.getByText(deviceToken).count()).toBe(0);
    expect(await page.locator(`input[value="${deviceToken}"]`).count()).toBe(0);

    // Not on the kiosk's own page either.
    await row.click();
    await waitForTitle(page, new RegExp(KIOSK_NAME));
    await settled(page);
    expect(await page.getByText(deviceToken).count()).toBe(0);
    expect(await page.locator(`input[value="${deviceToken}"]`).count()).toBe(0);
    await checkAccessibility(page, 'kiosk edit');
    await screenshot(page, 'kiosk-edit');

    const editor = await cms.platform.loginAs('EDITOR');
    expect(await kioskNamed(cms.platform, editor, KIOSK_NAME)).toEqual(expect.objectContaining({ active: true, lastSessionStartedAt: expect.any(String) }));

    // Revoked after a confirmation: listed as revoked, and its token starts no session any more.
    await button(page, 'Cabut kiosk').click();
    const confirmation = page.getByRole('dialog', { name: `Cabut ${KIOSK_NAME}?` });
    await confirmation.getByText(/tidak dapat dibatalkan/).waitFor();
    await confirmation.getByRole('button', { name: 'Cabut kiosk' }).click();
    await notification(page, /telah dicabut/).first().waitFor();
    await page.getByText('Dicabut', { exact: true }).first().waitFor();
    expect(await kioskNamed(cms.platform, editor, KIOSK_NAME)).toEqual(expect.objectContaining({ active: false }));
    const refused = await cms.platform.post('mutation($deviceToken: String!) { startKioskSession(deviceToken: $deviceToken) { token } }', { deviceToken });
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await screenshot(page, 'kiosk-revoked');
  });

  it("sets up a counter at a booth with its agency's queues; a name already used is marked on the name", async () => {
    const editor = await cms.platform.loginAs('EDITOR');
    const page = await cms.newPage();
    await signIn(page, cms, cms.account('EDITOR'));
    await menuItem(page, 'Loket').click();
    await waitForTitle(page, /Loket/);
    await settled(page);
    await checkAccessibility(page, 'counters list');
    await screenshot(page, 'counters-list');

    await page.getByRole('link', { name: /^Tambah/ }).first().click();
    await page.waitForURL(/#\/counters\/create/);
    await page.getByText(/Pilih gerai lebih dulu/).waitFor();
    await textbox(page, /^Nama/).fill(TAKEN_COUNTER_NAME);
    await page.getByRole('combobox', { name: /^Gerai/ }).fill(COUNTER_BOOTH);
    await page.getByRole('option', { name: new RegExp(`^${COUNTER_BOOTH} — `) }).click();
    // The booth's agency's queues, and only those, to choose from.
    const serviceChoices = page.getByRole('group', { name: /^Layanan/ }).getByRole('checkbox');
    await serviceChoices.first().waitFor();
    const offered = await page.getByRole('group', { name: /^Layanan/ }).locator('label').allInnerTexts();
    expect(offered).toEqual([expect.stringMatching(/\(PLN\)$/)]);
    await serviceChoices.first().check();
    await checkAccessibility(page, 'counter create');

    await button(page, 'Simpan').click();
    await expectFieldError(textbox(page, /^Nama/), /belum dipakai loket lain/);
    await screenshot(page, 'counter-create-name-taken');

    await textbox(page, /^Nama/).fill(NEW_COUNTER_NAME);
    await button(page, 'Simpan').click();
    await page.waitForURL(/#\/counters(\?.*)?$/);
    await settled(page);
    await textbox(page, /Cari/).fill(COUNTER_BOOTH);
    await settled(page);
    const row = listRows(page).filter({ hasText: NEW_COUNTER_NAME });
    await row.getByText(COUNTER_BOOTH, { exact: true }).waitFor();
    await row.getByText('Tutup', { exact: true }).waitFor();
    await screenshot(page, 'counters-list-created');

    const counters = await cms.platform.post('{ counters { name status booth { code } services { id } } }', {}, bearer(editor));
    const pln = await cms.platform.post('query($slug: String!) { service(slug: $slug) { id } }', { slug: 'pln-pasang-baru-tambah-daya' });
    expect((counters.data.counters as { name: string }[]).filter((counter) => counter.name === NEW_COUNTER_NAME)).toEqual([
      { name: NEW_COUNTER_NAME, status: 'CLOSED', booth: { code: COUNTER_BOOTH }, services: [{ id: pln.data.service.id }] },
    ]);
  });

  it("keeps next year's closed dates: rows added, saved as the year's list; a list someone else saved meanwhile is refused, then merged", async () => {
    const editor = await cms.platform.loginAs('EDITOR');
    const year = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Makassar', year: 'numeric' }).format(new Date())) + 1;
    const page = await cms.newPage();
    await signIn(page, cms, cms.account('EDITOR'));
    await menuItem(page, 'Hari libur').click();
    await waitForTitle(page, /Hari libur/);
    await settled(page);
    await checkAccessibility(page, 'closed dates list');
    await screenshot(page, 'closed-dates-list');

    await page.getByRole('combobox', { name: /^Tahun/ }).click();
    await page.getByRole('option', { name: String(year), exact: true }).click();
    await settled(page);
    await page.getByText(new RegExp(`Belum ada hari libur .* ${year}`)).waitFor();
    await page.getByRole('link', { name: `Ubah daftar ${year}` }).click();
    await page.waitForURL(new RegExp(`#/closedDates/${year}$`));
    await settled(page);

    for (const [date, reason] of [[`${year}-08-17`, 'Hari Kemerdekaan Republik Indonesia'], [`${year}-01-01`, `Tahun Baru ${year} Masehi`]]) {
      await button(page, 'Tambah tanggal').click();
      await page.getByLabel(/^Tanggal/).last().fill(date);
      await textbox(page, /^Keterangan/).last().fill(reason);
    }
    await checkAccessibility(page, 'closed dates edit');
    await screenshot(page, 'closed-dates-edit');
    await button(page, 'Simpan').click();
    await page.waitForURL(/#\/closedDates\?/);
    await settled(page);
    await listRows(page).filter({ hasText: 'Hari Kemerdekaan Republik Indonesia' }).waitFor();
    expect(await listRows(page).allInnerTexts()).toEqual([expect.stringContaining(`Tahun Baru ${year} Masehi`), expect.stringContaining('Hari Kemerdekaan')]);
    await screenshot(page, 'closed-dates-list-saved');

    const saved = await cms.platform.post('query($year: Int!) { closedDates(year: $year) { date reason } }', { year }, bearer(editor));
    expect(saved.data.closedDates).toEqual([
      { date: `${year}-01-01`, reason: `Tahun Baru ${year} Masehi` },
      { date: `${year}-08-17`, reason: 'Hari Kemerdekaan Republik Indonesia' },
    ]);

    // The editor opens the year again and adds a date; meanwhile another editor saves the year
    // with another date added.
    const dateInputValues = async () => Promise.all((await page.locator('input[type="date"]').all()).map((input) => input.inputValue()));
    await page.getByRole('link', { name: `Ubah daftar ${year}` }).click();
    await page.waitForURL(new RegExp(`#/closedDates/${year}$`));
    await settled(page);
    const ownDate = { date: `${year}-03-03`, reason: 'Hari Suci Nyepi' };
    await button(page, 'Tambah tanggal').click();
    await page.getByLabel(/^Tanggal/).last().fill(ownDate.date);
    await textbox(page, /^Keterangan/).last().fill(ownDate.reason);
    const read = await cms.platform.post('query($year: Int!) { closedDateYear(year: $year) { version dates { date reason } } }', { year }, bearer(editor));
    const othersDate = { date: `${year}-03-02`, reason: 'Cuti bersama Hari Suci Nyepi' };
    const othersSave = await cms.platform.post(
      'mutation($year: Int!, $version: Int, $dates: [ClosedDateInput!]!) { setClosedDates(year: $year, version: $version, dates: $dates) { version } }',
      { year, version: read.data.closedDateYear.version, dates: [...read.data.closedDateYear.dates, othersDate] },
      bearer(editor),
    );
    expect(othersSave.errors).toBeUndefined();
    // A refresh of the page keeps what the form holds, and the version it is based on.
    await button(page, 'Muat ulang').click();
    await settled(page);
    expect(await dateInputValues()).toEqual([`${year}-01-01`, `${year}-08-17`, ownDate.date]);

    // This editor's save is based on the list read before: refused, what was typed stays, and
    // the other's date is not lost.
    await button(page, 'Simpan').click();
    await notification(page, /sudah diubah orang lain/i).first().waitFor();
    await screenshot(page, 'closed-dates-conflict');
    expect(page.url()).toMatch(new RegExp(`#/closedDates/${year}$`));
    expect(await dateInputValues()).toEqual([`${year}-01-01`, `${year}-08-17`, ownDate.date]);
    const refused = await cms.platform.post('query($year: Int!) { closedDates(year: $year) { date } }', { year }, bearer(editor));
    expect(refused.data.closedDates.map((closed: { date: string }) => closed.date)).toEqual([`${year}-01-01`, othersDate.date, `${year}-08-17`]);

    // Reloading brings the other's date in beside this editor's; saving again keeps both.
    await button(page, 'Muat ulang data terbaru').click();
    // The form takes the reloaded list asynchronously.
    for (let waited = 0; !(await dateInputValues()).includes(othersDate.date) && waited < 10_000; waited += 100) await page.waitForTimeout(100);
    expect(await dateInputValues()).toEqual([`${year}-01-01`, othersDate.date, ownDate.date, `${year}-08-17`]);
    await button(page, 'Simpan').click();
    await page.waitForURL(/#\/closedDates\?/);
    await settled(page);
    const merged = await cms.platform.post('query($year: Int!) { closedDates(year: $year) { date reason } }', { year }, bearer(editor));
    expect(merged.data.closedDates).toEqual([
      { date: `${year}-01-01`, reason: `Tahun Baru ${year} Masehi` },
      othersDate,
      ownDate,
      { date: `${year}-08-17`, reason: 'Hari Kemerdekaan Republik Indonesia' },
    ]);
  });
});
