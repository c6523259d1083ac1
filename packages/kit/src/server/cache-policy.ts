import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import { OperationTypeNode, type GraphQLResolveInfo } from 'graphql';
import type { RequestContext } from '../context/request-context';

/*
 * How long an answer of a subgraph may be reused, one rule for every subgraph. Apollo Server
 * turns its fields' cache hints into the answer's Cache-Control header (the smallest max-age
 * wins; an answer with errors is `no-store`), and the gateway keeps an anonymous answer only
 * when every subgraph it asked marked its part public (gateway/src/response-cache.ts).
 *
 * - An anonymous caller reads only what is public by construction (published services, agencies,
 *   booths, facilities, the board): every field without a hint of its own may be reused by
 *   anyone for PUBLIC_MAX_AGE_SECONDS. A second is the staleness every screen accepts (a publish
 *   or a call shows within it), and it is what lets the gateway answer a hall of screens, or a
 *   busy catalog page, with one subgraph query a second.
 * - Whatever a signed-in caller (staff, a kiosk) reads is never reused, whatever its fields say:
 *   drafts, pending edits and staff-only fields must never reach anyone else, and staff act on
 *   what they just changed.
 * - A mutation's answer is never reused.
 * - A field whose value must be fresh even for the public (a citizen's own ticket, read right
 *   after they cancel it) says so with noCacheHint, which makes the whole answer `no-store`.
 */

/** How long an answer to an anonymous query may be reused unless a field says less. */
export const PUBLIC_MAX_AGE_SECONDS = 1;

/**
 * What a subgraph's server computes its Cache-Control header with: Apollo's cache-control
 * plugin, every root field and every field returning an object (`_entities` included, so the
 * gateway's reference lookups too) counting as public for PUBLIC_MAX_AGE_SECONDS unless hinted
 * otherwise (fields of scalars take their parent's), and no reuse at all for a signed-in caller
 * or a mutation.
 */
export function subgraphCachePolicy(): ApolloServerPlugin<RequestContext>[] {
  return [
    ApolloServerPluginCacheControl({ defaultMaxAge: PUBLIC_MAX_AGE_SECONDS }),
    {
      async requestDidStart() {
        return {
          // Before execution: once the overall policy is restricted, the cache-control plugin
          // ignores every field's hint, so nothing a resolver says can make this answer reusable.
          async didResolveOperation({ contextValue, operation, overallCachePolicy }) {
            if (contextValue.viewer.kind !== 'anonymous' || operation?.operation !== OperationTypeNode.QUERY) {
              overallCachePolicy.restrict({ maxAge: 0, scope: 'PRIVATE' });
            }
          },
        };
      },
    },
  ];
}

/** The hint Apollo Server's cache-control plugin lets a resolver set (typed here: its types package is not a dependency). */
interface CacheControlledInfo {
  cacheControl?: { setCacheHint(hint: { maxAge?: number; scope?: 'PUBLIC' | 'PRIVATE' }): void };
}

/** A field whose value must not be reused, even for a second: the whole answer becomes `no-store`. */
export function noCacheHint(info: GraphQLResolveInfo): void {
  (info as GraphQLResolveInfo & CacheControlledInfo).cacheControl?.setCacheHint({ maxAge: 0, scope: 'PRIVATE' });
}
