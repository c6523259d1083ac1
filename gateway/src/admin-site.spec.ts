import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, testPlatformConfig, type TestPlatform } from '@mpp/kit/testing';
import { ADMIN_DIST_DIR, NOT_BUILT_MESSAGE } from './admin-site';
import { startGateway, type RunningGateway } from './gateway';

// These tests serve the real build of the CMS: `npm test` builds every workspace first, and the
// gateway's devDependency on @mpp/admin makes turbo build the admin before the gateway's tests.
const INDEX_HTML = join(ADMIN_DIST_DIR, 'index.html');
const EXPLORER_HTML = join(ADMIN_DIST_DIR, 'explorer.html');
const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

beforeAll(() => {
  if (!existsSync(INDEX_HTML) || !existsSync(EXPLORER_HTML)) {
    throw new Error('admin/dist is missing: run `npm run build` at the repository root (npm test does) before these tests');
  }
});

/** A gateway whose subgraphs are unreachable: pages and GraphQL's own fields need none. */
async function gatewayFor(platform: TestPlatform, options: { production?: boolean; adminDistDir?: string } = {}): Promise<RunningGateway> {
  const closed = `http://127.0.0.1:${await freePort()}/graphql`;
  const config = options.production ? { ...platform.config, mode: 'production' as const } : platform.config;
  return startGateway(config, { port: 0, subgraphUrls: { agencies: closed, catalog: closed }, adminDistDir: options.adminDistDir });
}

function expectSecurityHeaders(response: Response): void {
  const policy = response.headers.get('content-security-policy') ?? '';
  const directives = new Map(policy.split(';').map((directive) => {
    const [name, ...sources] = directive.trim().split(/\s+/);
    return [name, sources] as const;
  }));
  expect(directives.get('default-src')).toEqual(["'self'"]);
  // The point of the policy: an injected <script> or onclick= does not run.
  expect(directives.get('script-src')).toEqual(["'self'"]);
  expect(directives.get('connect-src')).toEqual(["'self'"]);
  expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
  expect(directives.get('object-src')).toEqual(["'none'"]);
  expect(directives.get('base-uri')).toEqual(["'none'"]);
  expect(directives.get('form-action')).toEqual(["'self'"]);
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  expect(response.headers.get('x-frame-options')).toBe('DENY');
  expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
}

describe('the CMS at /admin/', () => {
  let platform: TestPlatform;
  let gateway: RunningGateway;
  let origin: string;

  beforeAll(async () => {
    platform = testPlatformConfig(undefined, { MPP_LOG_LEVEL: 'silent' });
    gateway = await gatewayFor(platform);
    origin = new URL(gateway.url).origin;
  });

  afterAll(async () => {
    await gateway?.stop();
    await platform?.cleanup([]);
  });

  it('serves index.html, revalidated on every visit, with the security headers', async () => {
    const response = await fetch(`${origin}/admin/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expectSecurityHeaders(response);
    expect(await response.text()).toBe(readFileSync(INDEX_HTML, 'utf8'));
  });

  it('redirects /admin to /admin/, keeping the query', async () => {
    const response = await fetch(`${origin}/admin?lang=en`, { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/admin/?lang=en');
    expectSecurityHeaders(response);
  });

  it("answers a deep link (react-admin's own route) with index.html", async () => {
    for (const route of ['/admin/services/123', '/admin/services/123/show', '/admin/login']) {
      const response = await fetch(`${origin}${route}`);
      expect(response.status).toBe(200);
      expectSecurityHeaders(response);
      expect(await response.text()).toBe(readFileSync(INDEX_HTML, 'utf8'));
    }
  });

  it('serves the hashed assets with a cache that never revalidates', async () => {
    const asset = readdirSync(join(ADMIN_DIST_DIR, 'assets')).find((name) => name.endsWith('.js'))!;
    const response = await fetch(`${origin}/admin/assets/${asset}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/javascript/);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expectSecurityHeaders(response);
  });

  it('serves the other files of the build (its icon), revalidated since their names carry no hash', async () => {
    const rootFiles = readdirSync(ADMIN_DIST_DIR, { withFileTypes: true }).filter((entry) => entry.isFile() && !entry.name.endsWith('.html'));
    for (const { name } of rootFiles) {
      const response = await fetch(`${origin}/admin/${name}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expectSecurityHeaders(response);
    }
  });

  it('answers a missing asset with 404, not the page a script tag would choke on', async () => {
    const response = await fetch(`${origin}/admin/assets/admin-00000000.js`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    expectSecurityHeaders(response);
  });

  it.each(['explorer.html', 'explorer%2ehtml', 'explorer%2EHTML', 'assets/../explorer.html', 'assets/..%2fexplorer.html'])(
    'never serves the explorer page as a file of the CMS (/admin/%s)',
    async (path) => {
      const response = await fetch(`${origin}/admin/${path}`);
      const body = await response.text();
      expect(body).not.toBe(readFileSync(EXPLORER_HTML, 'utf8'));
      expect(body).not.toMatch(/explorer/i);
    },
  );
});

describe('a gateway started from a checkout whose CMS is not built', () => {
  let platform: TestPlatform;
  let gateway: RunningGateway;
  let emptyDir: string;

  beforeAll(async () => {
    platform = testPlatformConfig(undefined, { MPP_LOG_LEVEL: 'silent' });
    emptyDir = mkdtempSync(join(tmpdir(), 'mpp-admin-unbuilt-'));
    gateway = await gatewayFor(platform, { adminDistDir: emptyDir });
  });

  afterAll(async () => {
    await gateway?.stop();
    await platform?.cleanup([]);
    rmSync(emptyDir, { recursive: true, force: true });
  });

  it('still serves the API, and /admin/ says how to build the CMS', async () => {
    const origin = new URL(gateway.url).origin;
    expect((await fetch(`${origin}/health`)).status).toBe(200);
    for (const route of ['/admin/', '/admin/services/123']) {
      const response = await fetch(`${origin}${route}`);
      expect(response.status).toBe(503);
      expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
      expectSecurityHeaders(response);
      expect(await response.text()).toBe(NOT_BUILT_MESSAGE);
    }
  });
});

describe('the API explorer at GET /graphql, outside production', () => {
  let platform: TestPlatform;
  let gateway: RunningGateway;

  beforeAll(async () => {
    platform = testPlatformConfig(undefined, { MPP_LOG_LEVEL: 'silent' });
    gateway = await gatewayFor(platform);
  });

  afterAll(async () => {
    await gateway?.stop();
    await platform?.cleanup([]);
  });

  it("answers a browser with the bundled GraphiQL page, whose assets the gateway serves", async () => {
    const response = await fetch(gateway.url, { headers: { accept: BROWSER_ACCEPT } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('vary')).toMatch(/accept/i);
    expectSecurityHeaders(response);
    const html = await response.text();
    expect(html).toBe(readFileSync(EXPLORER_HTML, 'utf8'));
    // Absolute /admin/ URLs: the page is served at /graphql, not beside its assets.
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map(([, url]) => url);
    expect(assets.some((asset) => asset.startsWith('/admin/assets/'))).toBe(true);
    for (const asset of assets) {
      expect(asset).toMatch(/^\/admin\/[^/]/);
      expect((await fetch(new URL(asset, gateway.url))).status).toBe(200);
    }
  });

  it('leaves GraphQL over GET to Apollo, CSRF prevention included', async () => {
    const url = `${gateway.url}?query=${encodeURIComponent('{ __typename }')}`;
    const answered = await fetch(url, { headers: { accept: 'application/json', 'apollo-require-preflight': 'true' } });
    expect(answered.status).toBe(200);
    expect(await answered.json()).toEqual({ data: { __typename: 'Query' } });
    // A GET a page of another site could make (no preflight header) stays refused.
    const simple = await fetch(url, { headers: { accept: 'application/json' } });
    expect(simple.status).toBe(400);
    // curl's */* is no browser: it gets GraphQL's answer, not a page.
    const curl = await fetch(url, { headers: { accept: '*/*', 'apollo-require-preflight': 'true' } });
    expect(curl.headers.get('content-type')).toMatch(/json/);
  });
});

describe('a production gateway', () => {
  let platform: TestPlatform;
  let gateway: RunningGateway;

  beforeAll(async () => {
    platform = testPlatformConfig(undefined, { MPP_LOG_LEVEL: 'silent' });
    gateway = await gatewayFor(platform, { production: true });
  });

  afterAll(async () => {
    await gateway?.stop();
    await platform?.cleanup([]);
  });

  it("shows a browser no explorer and no Apollo landing page at /graphql", async () => {
    const response = await fetch(gateway.url, { headers: { accept: BROWSER_ACCEPT } });
    expect(response.headers.get('content-type') ?? '').not.toMatch(/html/);
    const body = await response.text();
    expect(body).not.toMatch(/<html|graphiql|apollographql|sandbox/i);
  });

  it('still serves the CMS', async () => {
    const response = await fetch(new URL('/admin/', gateway.url));
    expect(response.status).toBe(200);
    expectSecurityHeaders(response);
  });
});

describe('the built CMS and explorer', () => {
  /** Hosts that serve scripts, styles or fonts to other sites: unreachable on a closed network. */
  const CDN_HOST = /(^|\.)(unpkg\.com|jsdelivr\.net|esm\.sh|cdnjs\.cloudflare\.com|skypack\.dev|jspm\.io|fonts\.googleapis\.com|fonts\.gstatic\.com|apollographql\.com)$|^cdn\.|\.cdn\./;

  function builtFiles(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? builtFiles(join(dir, entry.name)) : /\.(js|css|html)$/.test(entry.name) ? [join(dir, entry.name)] : [],
    );
  }

  it('load nothing from a CDN', () => {
    const fetchedFromCdn = builtFiles(ADMIN_DIST_DIR).flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return [...text.matchAll(/https?:\/\/([a-z0-9.-]+)/gi)]
        .filter(([, host]) => CDN_HOST.test(host.toLowerCase()))
        .map(([url]) => `${file.slice(ADMIN_DIST_DIR.length + 1)}: ${url}`);
    });
    expect(fetchedFromCdn).toEqual([]);
  });

  it('load their styles and fonts from the bundle, and the pages only files of the build', () => {
    for (const file of builtFiles(ADMIN_DIST_DIR)) {
      const text = readFileSync(file, 'utf8');
      if (file.endsWith('.css')) expect(text).not.toMatch(/(url\(|@import)\s*["']?(https?:)?\/\//i);
      if (file.endsWith('.html')) {
        for (const [, url] of text.matchAll(/(?:src|href)="([^"]+)"/g)) expect(url).toMatch(/^\/admin\/[^/]/);
      }
    }
  });
});
