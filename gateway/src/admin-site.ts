import { join } from 'node:path';
import express, { type NextFunction, type Request, type RequestHandler, type Response, Router } from 'express';
import { repositoryRoot } from './compose';

/** Where `npm run build` (vite, in the admin workspace) writes the CMS: beside the gateway in every checkout and image. */
export const ADMIN_DIST_DIR = join(repositoryRoot, 'admin', 'dist');

/** The path the CMS is built for (admin/vite.config.ts `base`) and served at. */
export const ADMIN_PATH = '/admin';

/**
 * Every page of ours (the CMS and the API explorer) runs only scripts, styles, fonts and workers
 * from the platform itself and talks to no one else:
 * - no inline or third-party script: the builds put every script in a file under /admin/assets/;
 * - styles may be inline: MUI (emotion) and Monaco write <style> elements at run time;
 * - workers from 'self': GraphiQL's Monaco starts its editor, JSON and GraphQL workers from
 *   bundled files (`?worker` imports), never from blob: URLs or a CDN;
 * - images and fonts may be data: URLs (MUI's and Monaco's small icons);
 * - nothing may frame a page (clickjacking), change the base URL, or post a form elsewhere.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  // A link out of the CMS must not carry a record's URL (ids, search terms) to another site.
  'Referrer-Policy': 'no-referrer',
  // For browsers older than CSP's frame-ancestors.
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** Sets the security headers of our pages on every response, errors and redirects included. */
export const securityHeaders: RequestHandler = (_req, res, next) => {
  res.set(SECURITY_HEADERS);
  next();
};

/** A year, the longest cache browsers honour: asset names carry a hash of their content. */
const ASSET_MAX_AGE_MS = 365 * 24 * 60 * 60 * 1000;

/** What an operator reads in the browser when the gateway runs from a checkout that was not built. */
export const NOT_BUILT_MESSAGE = 'The CMS is not built: run `npm run build` at the repository root, then reload this page.';

/**
 * Sends one of the built HTML pages, revalidated on every visit (`no-cache`, with its ETag) so a
 * new build's asset names reach browsers at once; 503 with the build command when it is missing.
 */
export function sendPage(res: Response, next: NextFunction, file: string): void {
  res.sendFile(file, { cacheControl: false, dotfiles: 'deny', headers: { 'Cache-Control': 'no-cache' } }, (error?: Error & { code?: string }) => {
    if (!error) return;
    if (res.headersSent) return next(error);
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR') {
      res.status(503).set('Cache-Control', 'no-store').type('text/plain').send(NOT_BUILT_MESSAGE);
      return;
    }
    next(error);
  });
}

/** "/admin?lang=en" → ["/admin", "?lang=en"]. */
function splitUrl(url: string): [pathname: string, query: string] {
  const queryStart = url.indexOf('?');
  return queryStart < 0 ? [url, ''] : [url.slice(0, queryStart), url.slice(queryStart)];
}

function notFound(_req: Request, res: Response): void {
  res.status(404).set('Cache-Control', 'no-store').type('text/plain').send('Not found.');
}

/**
 * The built CMS, mounted at /admin: hashed assets cached for good, index.html for every other
 * GET (react-admin's routes are hash routes, so any other path under /admin/ opens the CMS at
 * its home rather than a dead end), a missing asset a
 * plain 404 rather than a page a script tag would choke on. The folder is read per request, so
 * a build made while the gateway runs is served at once.
 */
export function adminSite(distDir: string = ADMIN_DIST_DIR): Router {
  const site = Router({ strict: true });
  site.use(securityHeaders);
  site.get('/', (req, res, next) => {
    // Mounted at /admin, "/admin" and "/admin/" both arrive here as "/": only the second is the
    // page, so that its relative links and react-admin's router resolve under /admin/.
    const [pathname, query] = splitUrl(req.originalUrl);
    if (!pathname.endsWith('/')) {
      res.redirect(301, `${ADMIN_PATH}/${query}`);
      return;
    }
    sendPage(res, next, join(distDir, 'index.html'));
  });
  site.use(
    '/assets',
    express.static(join(distDir, 'assets'), { index: false, redirect: false, maxAge: ASSET_MAX_AGE_MS, immutable: true }),
    notFound,
  );
  // Other files at the root of the build (an icon from the CMS's public folder) may change under
  // the same name: revalidated each time. The HTML pages are served only as pages, by the routes
  // here and the explorer's, never as files.
  const rootFiles = express.static(distDir, { index: false, redirect: false, cacheControl: false, setHeaders: (res) => res.setHeader('Cache-Control', 'no-cache') });
  site.use((req, res, next) => {
    // Judged on the decoded path, as the file server will read it: "/explorer%2ehtml" is an HTML page too.
    let path: string;
    try {
      path = decodeURIComponent(req.path);
    } catch {
      return notFound(req, res);
    }
    return /^\/[^/\\]+$/.test(path) && !path.toLowerCase().endsWith('.html') ? rootFiles(req, res, next) : next();
  });
  site.get('/{*route}', (_req, res, next) => sendPage(res, next, join(distDir, 'index.html')));
  site.use(notFound);
  return site;
}
