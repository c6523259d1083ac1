import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumPath } from './support/chromium';
import { CHROMIUM_ARGS, checkAccessibility, describeInBrowser, transitionsDone } from './support/browser';

/*
 * The browser suite's accessibility check on pages made for it: what it must fail on, and the
 * motion it must wait out rather than measure half way.
 */

/** A page in the CMS's colours: white, and MUI's text colour. */
const page = (body: string, style = '') =>
  `<!doctype html><html lang="id"><head><title>Uji</title><style>body { background: #fff; color: rgba(0, 0, 0, 0.87); font: 16px sans-serif; } ${style}</style></head><body><main><h1>Uji</h1>${body}</main></body></html>`;

describeInBrowser('the accessibility check', () => {
  let browser: Browser;
  let tab: Page;

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: chromiumPath ?? undefined, args: CHROMIUM_ARGS });
  });

  beforeEach(async () => {
    tab = await browser.newPage();
  });

  afterEach(async () => {
    await tab.close();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('fails on text that stays too pale to read, naming the rule', async () => {
    await tab.setContent(page('<p style="color: #ccc">Antrean dibuka pukul 08.00</p>'));
    await expect(checkAccessibility(tab, 'pale text')).rejects.toThrow(/color-contrast \(serious\)/);
  });

  it('fails on a serious finding of another rule at once', async () => {
    await tab.setContent(page('<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">'));
    await expect(checkAccessibility(tab, 'image without text')).rejects.toThrow(/image-alt \(critical\)/);
  });

  it('waits for a notification that fades in, then finds nothing wrong', async () => {
    await tab.setContent(
      page('<p id="note" role="status" hidden>Layanan disimpan</p>', '#note { opacity: 0.3; transition: opacity 2s linear; } #note.shown { opacity: 1; }'),
    );
    await checkAccessibility(tab, 'before the notification');
    // It appears, and its fade starts a moment after the check is asked for, as a notification
    // after a save does; it is too pale to read for most of its two seconds.
    await tab.evaluate('document.getElementById("note").hidden = false; setTimeout(() => document.getElementById("note").classList.add("shown"), 30)');
    await expect(checkAccessibility(tab, 'fading notification')).resolves.toBeUndefined();
  });

  it('does not wait for a progress indicator that spins for ever', async () => {
    await tab.setContent(
      page('<div role="progressbar" aria-label="Memuat"><span class="spin">◌</span></div>', '@keyframes spin { to { transform: rotate(360deg); } } .spin { display: inline-block; animation: spin 1s linear infinite; }'),
    );
    const started = Date.now();
    await transitionsDone(tab);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('gives up on anything else that keeps moving after 5 s, naming it', async () => {
    await tab.setContent(page('<p class="pulse">Memanggil A-012</p>', '@keyframes pulse { to { opacity: 0.5; } } .pulse { animation: pulse 1s infinite alternate; }'));
    await expect(transitionsDone(tab)).rejects.toThrow(/still running after 5 s: .*pulse/);
  });
});
