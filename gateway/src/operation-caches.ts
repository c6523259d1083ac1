import type { GatewayConfig } from '@apollo/gateway';
import type { DocumentStore } from '@apollo/server';
import type { DocumentNode } from 'graphql';
import { LeastRecentlyUsed } from './least-recently-used';

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

/** A LeastRecentlyUsed as Apollo's caches are asked (its key-value cache interface is asynchronous). */
export class ApolloCache<V> {
  constructor(readonly entries: LeastRecentlyUsed<V>) {}

  async get(key: string): Promise<V | undefined> {
    return this.entries.get(key);
  }

  async set(key: string, value: V): Promise<void> {
    this.entries.set(key, value);
  }

  async delete(key: string): Promise<boolean> {
    return this.entries.delete(key);
  }

  /** The gateway empties its plans when the supergraph changes. */
  clear(): void {
    this.entries.clear();
  }
}

/** A parsed document's estimated size, from the length of the text it was parsed from. */
export function documentBytes(document: DocumentNode): number {
  const length = document.loc?.source.body.length ?? JSON.stringify(document).length;
  return length * DOCUMENT_BYTES_PER_CHARACTER;
}

/** Parsed and validated operations, by the hash of their text (Apollo Server's document store). */
export function documentStore(): DocumentStore {
  return new ApolloCache(new LeastRecentlyUsed<DocumentNode>(DOCUMENT_STORE_BYTES, documentBytes));
}

/** Query plans, by operation (the gateway empties it when the supergraph changes). */
export function queryPlanCache(): QueryPlanCache {
  return new ApolloCache(new LeastRecentlyUsed<Parameters<QueryPlanCache['set']>[1]>(QUERY_PLAN_CACHE_BYTES, (plan) => JSON.stringify(plan).length * PLAN_BYTES_PER_JSON_CHARACTER));
}
