import type { GatewayConfig } from '@apollo/gateway';
import type { DocumentStore } from '@apollo/server';
import type { DocumentNode } from 'graphql';

/*
 * The operations the gateway keeps parsed and validated (Apollo Server's document store) and
 * planned (the gateway's query-plan cache), the least recently used going first. The platform's
 * own clients send about a hundred distinct operations (some seventy of the CMS, the public
 * pages', the kiosks' and the display boards'), mostly under 2 KB of text each, and planning one
 * costs milliseconds: each cache has room for them many times over, beside other clients'
 * spellings. Bounded by bytes, not by count: anyone may send operations (up to MAX_TOKENS tokens
 * each), and a parsed document keeps every token with its location, about 85 bytes of memory
 * per character of its text (measured: 1.7 KB of text held 142 KB), so a thousand large ones
 * would hold half a gigabyte.
 */

/** Memory for parsed documents. */
export const DOCUMENT_STORE_BYTES = 32 * 1024 * 1024;
/** Memory for query plans. */
export const QUERY_PLAN_CACHE_BYTES = 16 * 1024 * 1024;
/** What a parsed document holds per character of its text, rounded up from the measured 85. */
const DOCUMENT_BYTES_PER_CHARACTER = 100;
/** What a plan holds per character of its JSON form (objects, arrays and strings beside the text). */
const PLAN_BYTES_PER_JSON_CHARACTER = 4;

type QueryPlanCache = NonNullable<NonNullable<GatewayConfig['queryPlannerConfig']>['cache']>;

/** Values whose estimated sizes add up to at most `maxBytes`, the least recently used going first. */
export class LeastRecentlyUsed<V> {
  /** Least recently used first: a Map keeps insertion order, and a read moves its entry last. */
  private readonly entries = new Map<string, { value: V; bytes: number }>();
  private heldBytes = 0;

  constructor(
    readonly maxBytes: number,
    /** A value's estimated size in bytes (computed once, when it is stored). */
    private readonly sizeOf: (value: V) => number,
  ) {
    if (!Number.isInteger(maxBytes) || maxBytes <= 0) throw new Error(`a cache needs a positive size in bytes, got ${maxBytes}`);
  }

  get size(): number {
    return this.entries.size;
  }

  /** Bytes held now, as estimated. */
  get bytes(): number {
    return this.heldBytes;
  }

  async get(key: string): Promise<V | undefined> {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  async set(key: string, value: V): Promise<void> {
    await this.delete(key);
    const bytes = key.length + this.sizeOf(value);
    // One larger than the whole cache is not kept: it would only push everything else out.
    if (bytes > this.maxBytes) return;
    this.entries.set(key, { value, bytes });
    this.heldBytes += bytes;
    for (const [oldest, entry] of this.entries) {
      if (this.heldBytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.heldBytes -= entry.bytes;
    }
  }

  async delete(key: string): Promise<boolean> {
    const entry = this.entries.get(key);
    if (!entry) return false;
    this.entries.delete(key);
    this.heldBytes -= entry.bytes;
    return true;
  }

  clear(): void {
    this.entries.clear();
    this.heldBytes = 0;
  }
}

/** A parsed document's estimated size, from the length of the text it was parsed from. */
export function documentBytes(document: DocumentNode): number {
  const length = document.loc?.source.body.length ?? JSON.stringify(document).length;
  return length * DOCUMENT_BYTES_PER_CHARACTER;
}

/** Parsed and validated operations, by the hash of their text (Apollo Server's document store). */
export function documentStore(): DocumentStore {
  return new LeastRecentlyUsed<DocumentNode>(DOCUMENT_STORE_BYTES, documentBytes);
}

/** Query plans, by operation (the gateway empties it when the supergraph changes). */
export function queryPlanCache(): QueryPlanCache {
  return new LeastRecentlyUsed<Parameters<QueryPlanCache['set']>[1]>(QUERY_PLAN_CACHE_BYTES, (plan) => JSON.stringify(plan).length * PLAN_BYTES_PER_JSON_CHARACTER);
}
