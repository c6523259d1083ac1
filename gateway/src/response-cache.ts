import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import responseCachePlugin, { type ApolloServerPluginResponseCacheOptions } from '@apollo/server-plugin-response-cache';
import type { GatewayContext } from './gateway';

/**
 * Whole answers to anonymous queries, reused for as long as the subgraphs' cache hints allow.
 * The screens of the mall hall poll the queue board through the gateway every second
 * (@apollo/gateway forwards no subscriptions) and the queueing subgraph marks what they read
 * public for a second when the caller is anonymous: with this, a hall of screens costs about
 * one subgraph query a second (a few more from screens asking while the stored answer is being
 * renewed; concurrent misses are not merged) instead of one per screen.
 *
 * Apollo's response-cache plugin does the work; what it is given here decides what is shared:
 * - Only anonymous requests read or write it: a request that sent an Authorization header
 *   (the only credential the gateway accepts), even an empty one, or carries a staff or kiosk
 *   identity, is never answered from it and its answer is never stored.
 * - Only answers whose overall policy is PUBLIC with a max-age above 0 are stored, for at most
 *   that max-age. @apollo/gateway builds that policy from the subgraphs' Cache-Control headers,
 *   the smallest winning; a subgraph answering without one (the catalog today) makes the whole
 *   answer uncacheable.
 * - Never an answer with errors: the plugin stores only answers without them. That matters for
 *   partial answers: a subgraph that could not be reached sent no header, so the rest of the
 *   answer can still be PUBLIC.
 * - The plugin keys an answer by a SHA-256 of the operation's text, its operation name and its
 *   variables, and of nothing about the caller (address, request id): public data is the same
 *   for every anonymous caller.
 * - A stored answer keeps its policy, so it goes out with the same `cache-control` header, and
 *   with an `age` header.
 *
 * The plugin answers at responseForOperation, after parsing, the operation limits (validation)
 * and didResolveOperation, and every plugin's willSendResponse still sees a stored answer: each
 * one still gets its request id and its line in the request log. An answer from the cache calls
 * no subgraph, so it needs no internal token.
 */
export function anonymousResponseCache(store: ResponseCacheStore): ApolloServerPlugin<GatewayContext> {
  return responseCachePlugin<GatewayContext>({
    cache: store,
    shouldReadFromCache: async (request) => isAnonymous(request),
    // The plugin would refuse a PRIVATE answer too, but with a warning for each: anonymous
    // callers are only ever given public hints, so a private one here is just not shared.
    shouldWriteToCache: async (request) => isAnonymous(request) && request.overallCachePolicy.policyIfCacheable()?.scope === 'PUBLIC',
  });
}

function isAnonymous({ request, contextValue }: GraphQLRequestContext<GatewayContext>): boolean {
  // The header itself, not only what it resolved to: whoever sent one shares nothing.
  return !request.http?.headers.has('authorization') && contextValue.identity === null && contextValue.kiosk === null;
}

/** The plugin's key-value cache interface (from @apollo/utils.keyvaluecache, which the gateway does not depend on). */
type KeyValueCache = NonNullable<ApolloServerPluginResponseCacheOptions<GatewayContext>['cache']>;

/**
 * What an entry costs beyond its key and value (its map slot and bookkeeping), so that a flood
 * of distinct tiny answers is bounded too.
 */
const ENTRY_OVERHEAD_BYTES = 100;

interface StoredAnswer {
  value: string;
  bytes: number;
  /** performance.now() from which it is gone. */
  expiresAt: number;
}

/**
 * The stored answers, at most `maxBytes` of them (UTF-8 bytes of keys and values plus
 * ENTRY_OVERHEAD_BYTES each), the least recently used going first; each one only until its
 * time-to-live is over. An answer larger than the whole cache is not stored.
 */
export class ResponseCacheStore implements KeyValueCache {
  /** Least recently used first: a Map keeps insertion order, and a read moves its entry last. */
  private readonly entries = new Map<string, StoredAnswer>();
  private heldBytes = 0;

  constructor(readonly maxBytes: number) {
    if (!Number.isInteger(maxBytes) || maxBytes <= 0) throw new Error(`a response cache needs a positive size in bytes, got ${maxBytes}`);
  }

  /** Bytes held now, as counted against maxBytes. */
  get bytes(): number {
    return this.heldBytes;
  }

  /** Answers held now (some may have expired and not been read since). */
  get size(): number {
    return this.entries.size;
  }

  async get(key: string): Promise<string | undefined> {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= performance.now()) {
      this.remove(key, entry);
      return undefined;
    }
    // Used now: last in the order of eviction.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  /** `ttl` in seconds, as the plugin gives its max-age; without one nothing is stored. */
  async set(key: string, value: string, options?: { ttl?: number | null }): Promise<void> {
    const existing = this.entries.get(key);
    if (existing) this.remove(key, existing);
    const ttlSeconds = options?.ttl ?? 0;
    if (!(ttlSeconds > 0)) return;
    const bytes = Buffer.byteLength(key) + Buffer.byteLength(value) + ENTRY_OVERHEAD_BYTES;
    if (bytes > this.maxBytes) return;
    this.entries.set(key, { value, bytes, expiresAt: performance.now() + ttlSeconds * 1000 });
    this.heldBytes += bytes;
    for (const [oldest, entry] of this.entries) {
      if (this.heldBytes <= this.maxBytes) break;
      this.remove(oldest, entry);
    }
  }

  async delete(key: string): Promise<boolean> {
    const entry = this.entries.get(key);
    if (!entry) return false;
    this.remove(key, entry);
    return true;
  }

  private remove(key: string, entry: StoredAnswer): void {
    this.entries.delete(key);
    this.heldBytes -= entry.bytes;
  }
}
