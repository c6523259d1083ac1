import type { RequestContext } from '@mpp/kit/subgraph';
import type { GraphQLResolveInfo } from 'graphql';

/*
 * Cache hints for what the public reads of facilities and the mall, as the queueing subgraph
 * gives them for its board (subgraphs/queueing/src/board/board.cache-hints.ts): a facility's
 * status and "open now" may be polled by screens and must show a change within a second or two,
 * so answers may be reused for PUBLIC_MAX_AGE_SECONDS, by anyone when the caller is anonymous
 * (the gateway answers a hall of screens with one query a second). Anything read with a token is
 * private to its caller; a staff-only field is never reused. Apollo Server takes a response's
 * Cache-Control from its fields' hints (the smallest wins; an object field without one makes
 * the whole response uncacheable), so every object field on the public paths sets one.
 */

/** The hint Apollo Server's cache-control plugin lets a resolver set (typed here: its types package is not a dependency). */
interface CacheControlledInfo {
  cacheControl?: { setCacheHint(hint: { maxAge?: number; scope?: 'PUBLIC' | 'PRIVATE' }): void };
}

export const PUBLIC_MAX_AGE_SECONDS = 1;

/** A field of public facility or mall data: reusable for a second, by anyone when the caller is anonymous. */
export function publicReadHint(info: GraphQLResolveInfo, context: RequestContext): void {
  (info as GraphQLResolveInfo & CacheControlledInfo).cacheControl?.setCacheHint({
    maxAge: PUBLIC_MAX_AGE_SECONDS,
    scope: context.viewer.kind === 'anonymous' ? 'PUBLIC' : 'PRIVATE',
  });
}

/** A staff-only field: never reused. */
export function noCacheHint(info: GraphQLResolveInfo): void {
  (info as GraphQLResolveInfo & CacheControlledInfo).cacheControl?.setCacheHint({ maxAge: 0, scope: 'PRIVATE' });
}
