import type { RequestContext } from '@mpp/kit/subgraph';
import type { GraphQLResolveInfo } from 'graphql';

/*
 * Cache hints for what screens poll: the board, Service.queue, a ticket, the counters. Screens
 * poll through the gateway (@apollo/gateway forwards no subscriptions; display boards follow the
 * gateway's /board/events stream, which reads the board the same way once a second), and a call
 * must show within 2 seconds: answers may be reused for POLLING_MAX_AGE_SECONDS, so a
 * gateway or proxy in front can answer a hall of screens with one query a second. Apollo Server
 * computes a response's Cache-Control from its fields' hints (the smallest wins; an object field
 * without one makes the whole response uncacheable), so every object field on these paths sets
 * one. Public only for anonymous callers; anything a signed-in caller reads is private to them,
 * and a staff-only field is never cached.
 */

/** The hint Apollo Server's cache-control plugin lets a resolver set (typed here: its types package is not a dependency). */
interface CacheControlledInfo {
  cacheControl?: { setCacheHint(hint: { maxAge?: number; scope?: 'PUBLIC' | 'PRIVATE' }): void };
}

export const POLLING_MAX_AGE_SECONDS = 1;

/** A field screens poll: reusable for a second, by anyone when the caller is anonymous. */
export function pollingHint(info: GraphQLResolveInfo, context: RequestContext): void {
  (info as GraphQLResolveInfo & CacheControlledInfo).cacheControl?.setCacheHint({
    maxAge: POLLING_MAX_AGE_SECONDS,
    scope: context.viewer.kind === 'anonymous' ? 'PUBLIC' : 'PRIVATE',
  });
}

/** A staff-only field: never reused. */
export function noCacheHint(info: GraphQLResolveInfo): void {
  (info as GraphQLResolveInfo & CacheControlledInfo).cacheControl?.setCacheHint({ maxAge: 0, scope: 'PRIVATE' });
}
