import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/knex';
import type { PlatformConfig } from '../config/config';
import type { Viewer } from '../identity/viewer';

/** What every resolver and manager of one request sees: its own EntityManager and loaders. */
export interface RequestContext {
  /** The process's validated configuration (secrets, limits). */
  config: PlatformConfig;
  em: EntityManager;
  viewer: Viewer;
  requestId: string;
  /** The client's address as the gateway saw it (login rate limits); null when unknown. */
  clientAddress: string | null;
  /** Per-request DataLoaders, created on first use (see defineLoader). */
  loaders: Map<symbol, DataLoader<unknown, unknown>>;
  /** Units of work this request ran (inUnitOfWork): every mutation runs in one. */
  unitsOfWork: number;
}

export function createRequestContext(
  config: PlatformConfig,
  em: EntityManager,
  viewer: Viewer,
  requestId: string,
  clientAddress: string | null = null,
): RequestContext {
  return { config, em: em.fork(), viewer, requestId, clientAddress, loaders: new Map(), unitsOfWork: 0 };
}

/**
 * Declares a batched loader once, beside its feature; each request gets a fresh DataLoader,
 * so batches never cross requests or viewers. The batch function answers keys in order.
 */
export function defineLoader<K, V>(
  batch: (keys: readonly K[], context: RequestContext) => Promise<ReadonlyArray<V | Error>>,
): (context: RequestContext) => DataLoader<K, V> {
  const slot = Symbol('loader');
  return (context) => {
    let loader = context.loaders.get(slot) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>((keys) => batch(keys, context));
      context.loaders.set(slot, loader);
    }
    return loader;
  };
}

/** Orders rows to answer a batch: one entry per key, `fallback` where no row matched. */
export function byKeys<K, V, F>(keys: readonly K[], rows: readonly V[], keyOf: (row: V) => K, fallback: F): (V | F)[] {
  const index = new Map<K, V>();
  for (const row of rows) index.set(keyOf(row), row);
  return keys.map((key) => index.get(key) ?? fallback);
}

/** Groups rows to answer a batch of one-to-many lookups: one (possibly empty) list per key. */
export function groupByKeys<K, V>(keys: readonly K[], rows: readonly V[], keyOf: (row: V) => K): V[][] {
  const groups = new Map<K, V[]>();
  for (const key of keys) groups.set(key, []);
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}
