import { join } from 'node:path';
import type { RequestHandler } from 'express';
import { ADMIN_DIST_DIR, securityHeaders, sendPage } from './admin-site';

/**
 * GET /graphql from a browser (one that prefers HTML to JSON) gets the API explorer: GraphiQL
 * built with the CMS (admin/explorer.html), whose scripts, styles, fonts and workers all come
 * from /admin/assets/, so it works on a network that reaches nothing outside. Everything else —
 * a GraphQL GET asking for JSON, any POST — goes on to Apollo. Mount it only outside production.
 */
export function apiExplorer(distDir: string = ADMIN_DIST_DIR): RequestHandler {
  const page = join(distDir, 'explorer.html');
  return (req, res, next) => {
    if (req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) !== 'text/html') return next();
    // The same URL answers JSON to a client: caches must keep the two apart.
    res.vary('Accept');
    securityHeaders(req, res, () => sendPage(res, next, page));
  };
}
