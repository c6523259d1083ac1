import type { Locator, Page } from 'playwright-core';

/**
 * Ways to read the CMS's screens the way a user does: by role and visible (Indonesian) name.
 * react-admin's sidebar is a menu of `menuitem` links; the page title is `#react-admin-title`.
 */

/** Waits for the services list ("Layanan"), the first screen of editors and partners. */
export async function landsOnServices(page: Page): Promise<void> {
  await page.waitForURL(/#\/services(\?.*)?$/);
  await menuItem(page, 'Layanan').waitFor();
  await waitForTitle(page, /Layanan/);
}

/** A link of the sidebar menu by its exact visible name. */
export function menuItem(page: Page, name: string | RegExp): Locator {
  return page.getByRole('menuitem', { name, exact: typeof name === 'string' ? true : undefined });
}

/** The names of the sidebar menu's items, in order. */
export async function menuItemNames(page: Page): Promise<string[]> {
  await page.getByRole('menuitem').first().waitFor();
  return (await page.getByRole('menuitem').allInnerTexts()).map((text) => text.trim());
}

/** The screen's title in the app bar. */
export function title(page: Page): Locator {
  return page.locator('#react-admin-title');
}

/** Waits until the app bar's title matches (a string: contains it). */
export async function waitForTitle(page: Page, expected: string | RegExp): Promise<void> {
  await title(page).filter({ hasText: expected }).first().waitFor();
}

/**
 * Waits until react-admin has finished loading: no request in flight, no progress indicator.
 * A spinner still there after 15 s fails the test: the screen never finished loading.
 */
export async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.locator('[role="progressbar"]').first().waitFor({ state: 'detached', timeout: 15_000 });
}

/** A react-admin notification (MUI Snackbar: role alert) whose text matches. */
export function notification(page: Page, text: RegExp): Locator {
  return page.getByRole('alert').filter({ hasText: text });
}

/** The rows of the list on screen (react-admin's Datagrid renders a table). */
export function listRows(page: Page): Locator {
  return page.locator('table tbody tr');
}

/** The edit screen of a record (react-admin's hash routes under /admin/). */
export function editRoute(resource: string, id: string): string {
  return `#/${resource}/${encodeURIComponent(id)}`;
}

/** A text field by its exact (Indonesian) label, e.g. "Persyaratan 2". */
export function textbox(page: Page, label: string | RegExp): Locator {
  return page.getByRole('textbox', { name: label, exact: typeof label === 'string' ? true : undefined });
}

/** A button by its visible or accessible name (a string matches the whole name). */
export function button(page: Page, name: string | RegExp): Locator {
  return page.getByRole('button', { name, exact: typeof name === 'string' ? true : undefined });
}

/** Saves the form with react-admin's "Simpan" button and waits for the "saved" notification. */
export async function saveForm(page: Page): Promise<void> {
  await button(page, 'Simpan').click();
  await notification(page, /disimpan|diperbarui/i).first().waitFor();
}

/**
 * The workflow steps the service form asks to confirm (publish, return with a comment, discard
 * the pending change, archive); submitting for review and unarchiving run at once.
 */
const CONFIRMED_STEP = /^(Terbitkan|Kembalikan|Buang perubahan|Arsipkan)/;

/**
 * Presses a workflow button of the service form ("Terbitkan", "Ajukan …") and confirms its
 * dialog: a step that asks must show the dialog (the test fails when it does not), one that
 * does not ask must not.
 */
export async function runServiceStep(page: Page, name: RegExp, confirmation?: { comment?: string }): Promise<void> {
  const step = page.getByRole('button', { name }).first();
  const label = ((await step.textContent()) ?? '').trim();
  await step.click();
  const dialog = page.getByRole('dialog');
  if (!CONFIRMED_STEP.test(label)) {
    if (confirmation?.comment !== undefined) throw new Error(`the step "${label}" takes no comment`);
    if ((await dialog.count()) > 0) throw new Error(`the step "${label}" asked for a confirmation it should not need`);
    return;
  }
  await dialog.waitFor();
  if (confirmation?.comment !== undefined) await dialog.getByRole('textbox').first().fill(confirmation.comment);
  await dialog.getByRole('button', { name }).last().click();
  await dialog.waitFor({ state: 'detached' });
}

/** Opens a tab of a tabbed form (the service form keeps requirements under "Persyaratan & prosedur"). */
export async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name, exact: true }).click();
}

/** The service form's tab holding requirements and procedure steps. */
export const REQUIREMENTS_TAB = 'Persyaratan & prosedur';
