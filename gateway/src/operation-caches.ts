import type { GatewayConfig } from '@apollo/gateway';
import type { DocumentStore } from '@apollo/server';

/**
 * How many operations the gateway keeps parsed and validated (Apollo Server's document store)
 * and planned (the gateway's query-plan cache). The platform's own clients send about a hundred
 * distinct operations (some seventy of the CMS, the public pages', the kiosks' and the
 * display boards'), and planning one costs milliseconds: both caches hold ten times that, so the
 * operations of the set stay planned beside other clients' spellings and variants by operation
 * name, the least recently used going first. Bounded by count, not by an estimate of bytes: an operation is
 * at most MAX_TOKENS tokens long, so its document and plan are small, and a count costs nothing
 * to keep where Apollo's default sizes every entry it stores by serializing it.
 */
export const REMEMBERED_OPERATIONS = 1_000;

type QueryPlanCache = NonNullable<NonNullable<GatewayConfig['queryPlannerConfig']>['cache']>;

/** At most `maxEntries` values, the least recently used going first. */
export class LeastRecentlyUsed<V> {
  /** Least recently used first: a Map keeps insertion order, and a read moves its entry last. */
  private readonly entries = new Map<string, V>();

  constructor(readonly maxEntries: number) {
    if (!Number.isInteger(maxEntries) || maxEntries <= 0) throw new Error(`a cache needs a positive number of entries, got ${maxEntries}`);
  }

  get size(): number {
    return this.entries.size;
  }

  async get(key: string): Promise<V | undefined> {
    const value = this.entries.get(key);
    if (value === undefined) return undefined;
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }

  async set(key: string, value: V): Promise<void> {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
  }

  async delete(key: string): Promise<boolean> {
    return this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }
}

/** Parsed and validated operations, by the hash of their text (Apollo Server's document store). */
export function documentStore(): DocumentStore {
  return new LeastRecentlyUsed(REMEMBERED_OPERATIONS);
}

/** Query plans, by operation (the gateway empties it when the supergraph changes). */
export function queryPlanCache(): QueryPlanCache {
  return new LeastRecentlyUsed(REMEMBERED_OPERATIONS);
}
