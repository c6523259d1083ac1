import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { TestPlatformRun, type DevAccount } from '../../support/platform';
import { chromiumPath, chromiumRequiredMessage } from './chromium';

/**
 * The CMS in a real browser: the whole platform on free ports (the gateway serves the CMS build
 * at /admin/) and Debian's Chromium driven by playwright-core, at laptop size, in Indonesian,
 * in WITA. Each spec file starts one platform and one browser (`useCmsBrowser()`); each test
 * gets fresh browser contexts, closed after it, and fails when the page loaded anything from
 * outside the platform, logged an error, or broke the Content Security Policy.
 */

/** CI sets MPP_REQUIRE_BROWSER=1 so a missing Chromium fails the run instead of skipping the suite. */
const browserRequired = process.env.MPP_REQUIRE_BROWSER === '1';

/**
 * `describe` for a browser suite: runs when Chromium is there; otherwise skips (the plain
 * message is printed once per run by the global setup) or, when the browser is required,
 * becomes one failing test that says why.
 */
/** Per test, beside each step's own 15 s limit (the context's default timeout). */
const BROWSER_TEST_TIMEOUT_MS = 300_000;

export const describeInBrowser: (name: string, body: () => void) => void = (name, body) => {
  if (chromiumPath) {
    describe(name, () => {
      // A scenario signs in several people and walks many screens: minutes on a busy machine.
      jest.setTimeout(BROWSER_TEST_TIMEOUT_MS);
      body();
    });
  } else if (browserRequired) {
    describe(name, () => {
      it('runs in Chromium', () => {
        throw new Error(chromiumRequiredMessage());
      });
    });
  } else {
    // Skipped on purpose: no Chromium on this machine and none required (CI sets
    // MPP_REQUIRE_BROWSER=1 and fails above instead); the global setup says so once, plainly.
    describe.skip(name, body);
  }
};

/** Laptop size: the CMS must look like a product at 1366×768. */
export const LAPTOP_VIEWPORT = { width: 1366, height: 768 };

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Full-page screenshots land here (ignored by git) for the lead and reviewers to look at. */
export const SCREENSHOT_DIR = resolve(__dirname, '../../../.screenshots');

/** What went wrong on a page that the test itself did not look at. */
interface PageWatch {
  problems: string[];
  /** Bodies of refused API requests being read, for the report of what went wrong. */
  pendingReads: Promise<void>[];
  /** What the API answered to the requests it refused (status and body). */
  apiRefusals: string[];
  /** Console errors a test provokes on purpose (e.g. a failed request it asserts on). */
  allowedConsoleErrors: RegExp[];
}

/**
 * One platform and one browser for a spec file, with fresh contexts per test. The returned
 * object's fields are ready inside tests (beforeAll has run by then).
 */
export class CmsBrowser {
  private runningPlatform: TestPlatformRun | null = null;
  private runningBrowser: Browser | null = null;
  private contexts: BrowserContext[] = [];
  private readonly watches = new Map<Page, PageWatch>();

  get platform(): TestPlatformRun {
    if (!this.runningPlatform) throw new Error('the platform is not running (useCmsBrowser() starts it in beforeAll)');
    return this.runningPlatform;
  }

  /** The gateway's origin, e.g. http://127.0.0.1:41234: the only one the CMS may talk to. */
  get origin(): string {
    return new URL(this.platform.url).origin;
  }

  /** Where the gateway serves the CMS. */
  get cmsUrl(): string {
    return `${this.origin}/admin/`;
  }

  /** A URL inside the CMS, e.g. `#/services` or `#/services/<id>` (react-admin's hash routes). */
  url(route: string): string {
    return `${this.cmsUrl}${route}`;
  }

  /** The seeded development account of a role (PARTNER: BRI's unless `agency` names another). */
  account(role: DevAccount['role'], agency?: string): DevAccount {
    const wantedAgency = agency ?? (role === 'PARTNER' ? 'bri' : undefined);
    const found = this.platform
      .devAccounts()
      .find((candidate) => candidate.role === role && (wantedAgency === undefined || candidate.agency === wantedAgency));
    if (!found) throw new Error(`no development account for ${role} ${wantedAgency ?? ''}`);
    return found;
  }

  async start(): Promise<void> {
    // SQLite only: the browser suite tests the CMS, not the database (every API spec already
    // runs on both SQLite and MariaDB), and one platform per spec file keeps CI within minutes.
    this.runningPlatform = await TestPlatformRun.start(undefined);
    await this.assertCmsServed();
    this.runningBrowser = await chromium.launch({ executablePath: chromiumPath ?? undefined, args: CHROMIUM_ARGS });
  }

  /** A clear failure when the gateway does not serve the CMS build, instead of a blank page. */
  private async assertCmsServed(): Promise<void> {
    const response = await fetch(this.cmsUrl, { headers: { accept: 'text/html' } });
    const body = await response.text();
    if (!response.ok || !body.includes('<div id="root"')) {
      throw new Error(
        `the gateway does not serve the CMS at ${this.cmsUrl} (HTTP ${response.status}); build it first with \`cd admin && npx vite build\``,
      );
    }
  }

  /**
   * A new browser context (its own storage: a separate user) and a page in it, at laptop size,
   * watched for requests leaving the platform, console errors and CSP violations. The browser
   * itself is set to English and UTC, so that the CMS speaking Indonesian and showing WITA times
   * is its own doing, not the test machine's.
   */
  async newPage(): Promise<Page> {
    if (!this.runningBrowser) throw new Error('the browser is not running (useCmsBrowser() starts it in beforeAll)');
    const context = await this.runningBrowser.newContext({
      viewport: LAPTOP_VIEWPORT,
      locale: 'en-US',
      timezoneId: 'UTC',
      serviceWorkers: 'block',
    });
    this.contexts.push(context);
    // Every screen answers within seconds on a local platform: fail fast rather than at jest's timeout.
    context.setDefaultTimeout(15_000);
    const page = await context.newPage();
    const watch: PageWatch = { problems: [], pendingReads: [], apiRefusals: [], allowedConsoleErrors: [] };
    this.watches.set(page, watch);

    const origin = this.origin;
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol === 'data:' || url.protocol === 'blob:' || url.protocol === 'about:') return;
      if (url.origin !== origin) watch.problems.push(`requested ${request.url()} outside the platform (${origin})`);
    });
    // The API's answer to a refused request says why (the console only says "400").
    page.on('response', (response) => {
      if (response.status() < 400 || !response.url().startsWith(this.platform.url)) return;
      watch.pendingReads.push(
        response
          .text()
          .then((body) => void watch.apiRefusals.push(`${response.status()} ${body.slice(0, 500)}`))
          .catch(() => undefined),
      );
    });
    page.on('console', (message) => {
      const text = message.text();
      // Chromium asks for /favicon.ico by itself when a page declares no icon; not the CMS's request.
      if (message.location().url === `${origin}/favicon.ico`) return;
      if (message.type() === 'error' || text.startsWith('Refused to')) {
        // "Failed to load resource" names no URL in its text: the location does.
        const where = message.location().url;
        if (!watch.allowedConsoleErrors.some((pattern) => pattern.test(text))) watch.problems.push(`console ${message.type()}: ${text}${where ? ` (${where})` : ''}`);
      }
    });
    page.on('pageerror', (error) => watch.problems.push(`uncaught error in the page: ${error.message}`));
    // A CSP violation is reported as an event in the page; the binding carries it out (bindings
    // and init scripts come through the DevTools protocol, so the CSP does not block them).
    await page.exposeBinding('mppReportCspViolation', (_source, report: string) => watch.problems.push(`CSP violation: ${report}`));
    await page.addInitScript({
      content: `document.addEventListener('securitypolicyviolation', (event) => {
        window.mppReportCspViolation(event.violatedDirective + ' blocked ' + (event.blockedURI || 'inline code') + ' at ' + event.sourceFile + ':' + event.lineNumber);
      });`,
    });
    return page;
  }

  /** Lets console errors matching `pattern` pass on this page (the test provokes them and asserts on the result). */
  allowConsoleErrors(page: Page, pattern: RegExp): void {
    const watch = this.watches.get(page);
    if (!watch) throw new Error('allowConsoleErrors: not a page of newPage()');
    watch.allowedConsoleErrors.push(pattern);
  }

  /** After each test: closes its contexts, then fails it on what its pages did wrong. */
  async finishTest(): Promise<void> {
    await Promise.all([...this.watches.values()].flatMap((watch) => watch.pendingReads));
    await this.saveEndOfTestScreens();
    const problems = [...this.watches.entries()].flatMap(([page, watch]) => {
      if (watch.problems.length === 0) return [];
      // The API's refusals explain a "failed to load resource" in the console.
      return [...watch.problems, ...watch.apiRefusals.map((refusal) => `(the API answered ${refusal})`)].map((problem) => `${page.url()}: ${problem}`);
    });
    this.watches.clear();
    const contexts = this.contexts;
    this.contexts = [];
    await Promise.allSettled(contexts.map((context) => context.close()));
    if (problems.length > 0) throw new Error(`the CMS misbehaved in the browser:\n- ${problems.join('\n- ')}`);
  }

  /**
   * How each page looked when its test ended, in `end-of-test/` beside the screens: when a test
   * fails, this shows what the user would have seen at that moment.
   */
  private async saveEndOfTestScreens(): Promise<void> {
    const testName = (expect.getState().currentTestName ?? 'test').replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 100);
    let index = 0;
    for (const page of this.watches.keys()) {
      index += 1;
      if (page.isClosed()) continue;
      const path = join(SCREENSHOT_DIR, 'end-of-test', `${testName}-${index}.png`);
      mkdirSync(join(SCREENSHOT_DIR, 'end-of-test'), { recursive: true });
      await page.screenshot({ path, fullPage: true, timeout: 5_000 }).catch(() => undefined);
    }
  }

  async stop(): Promise<void> {
    const browser = this.runningBrowser;
    const platform = this.runningPlatform;
    this.runningBrowser = null;
    this.runningPlatform = null;
    try {
      await browser?.close();
    } finally {
      await platform?.stop();
    }
  }
}

/**
 * The browser harness of a spec file: starts the platform and Chromium before its tests, checks
 * and closes each test's pages after it (even when the test failed), stops everything at the end.
 * Call it at the top of a `describeInBrowser` body.
 */
export function useCmsBrowser(): CmsBrowser {
  const cms = new CmsBrowser();
  beforeAll(async () => {
    await cms.start();
  }, 180_000);
  afterEach(async () => {
    await cms.finishTest();
  });
  afterAll(async () => {
    await cms.stop();
  });
  return cms;
}

/**
 * Signs in through the real login form, finding its inputs by their Indonesian labels, and
 * waits until the sign-in page has gone.
 */
export async function signIn(page: Page, cms: CmsBrowser, account: Pick<DevAccount, 'email' | 'password'>): Promise<void> {
  if (!page.url().startsWith(cms.cmsUrl)) await page.goto(cms.cmsUrl);
  await fillSignInForm(page, account);
  await page.getByRole('textbox', { name: EMAIL_LABEL }).waitFor({ state: 'detached' });
}

/** The email field's label ("Email"; react-admin's default would be "Nama pengguna"). */
export const EMAIL_LABEL = /^(email|surel|alamat email|nama pengguna)/i;
/** The password field's label on the sign-in form. */
export const PASSWORD_LABEL = /^kata sandi(\s*\*)?$/i;

/** Types an account into the sign-in form and presses "Masuk" (without waiting for the result). */
export async function fillSignInForm(page: Page, account: Pick<DevAccount, 'email' | 'password'>): Promise<void> {
  await page.getByRole('textbox', { name: EMAIL_LABEL }).fill(account.email);
  await page.getByLabel(PASSWORD_LABEL).fill(account.password);
  await page.getByRole('button', { name: /^masuk$/i }).click();
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

let axeSource: string | null = null;

/**
 * Runs axe-core on the page as it is (WCAG 2 A and AA) and fails on any serious or critical
 * violation, naming the rule, the elements and the help text. The script is evaluated through
 * the DevTools protocol: the CMS's CSP (rightly) refuses inline scripts.
 */
export async function checkAccessibility(page: Page, screenName: string): Promise<void> {
  axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  const loaded = await page.evaluate<boolean>('typeof window.axe === "object"');
  if (!loaded) await page.evaluate(axeSource);
  let serious = await seriousViolations(page);
  // Colour contrast alone may be a notification caught fading in (measured half transparent)
  // by a transition that started after the wait; it is looked at once more, every other
  // finding stands. A lasting contrast failure is still there the second time.
  if (serious.length > 0 && serious.every((violation) => violation.id === 'color-contrast')) serious = await seriousViolations(page);
  if (serious.length > 0) {
    const lines = serious.map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
          .slice(0, 5)
          .map((node) => JSON.stringify(node.target))
          .join(', ')}${violation.nodes.length > 5 ? ` and ${violation.nodes.length - 5} more` : ''} (${violation.helpUrl})`,
    );
    throw new Error(`accessibility of "${screenName}" (${page.url()}):\n- ${lines.join('\n- ')}`);
  }
}

/** Runs axe once every transition on the page has ended, and returns its serious and critical findings. */
async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  await transitionsDone(page);
  const violations = await page.evaluate<AxeViolation[]>(
    `window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] })
      .then((results) => results.violations)`,
  );
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}

/**
 * Waits until no CSS transition or animation is running (MUI's menus, dialogs and
 * notifications), twice in a row, from two frames on: a transition a render has just asked for
 * is listed only once its frame has started. A progress indicator's endless spin is not waited
 * for; anything else still running after 5 s fails, named.
 */
export async function transitionsDone(page: Page): Promise<void> {
  // Evaluated as expressions through the DevTools protocol: the CMS's CSP refuses eval in the page.
  const running = `document.getAnimations()
    .filter((animation) => animation.playState === 'running')
    .filter((animation) => !(animation.effect?.getComputedTiming().endTime === Infinity && animation.effect.target?.closest?.('[role="progressbar"]')))
    .map((animation) => (animation.effect?.target?.outerHTML ?? '').slice(0, 120))`;
  const nextFrame = 'new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(true))))';
  await page.evaluate(nextFrame);
  const deadline = Date.now() + 5_000;
  let quietPolls = 0;
  while (quietPolls < 2) {
    const stillRunning = await page.evaluate<string[]>(running);
    quietPolls = stillRunning.length === 0 ? quietPolls + 1 : 0;
    if (quietPolls < 2 && Date.now() > deadline) throw new Error(`transitions still running after 5 s: ${stillRunning.join(' | ')}`);
    if (quietPolls < 2) await page.waitForTimeout(50);
  }
}

/** Saves a full-page PNG of the page as `<name>.png` in the screenshots folder. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  // Let fonts and a fading notification settle so the picture shows the screen, not a transition.
  await page.evaluate('document.fonts.ready.then(() => true)');
  await page.screenshot({ path, fullPage: true, animations: 'disabled' });
  return path;
}
