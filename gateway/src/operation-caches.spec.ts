import { LeastRecentlyUsed, REMEMBERED_OPERATIONS, documentStore, queryPlanCache } from './operation-caches';

describe('the caches of parsed operations and query plans', () => {
  it('hold at most their number of entries, forgetting the least recently used first', async () => {
    const cache = new LeastRecentlyUsed<string>(3);
    for (const key of ['a', 'b', 'c']) await cache.set(key, key.toUpperCase());
    // A read is a use: 'a' is now the most recent, 'b' the least.
    expect(await cache.get('a')).toBe('A');
    await cache.set('d', 'D');
    expect(cache.size).toBe(3);
    expect(await cache.get('b')).toBeUndefined();
    expect(await Promise.all(['a', 'c', 'd'].map((key) => cache.get(key)))).toEqual(['A', 'C', 'D']);
    // Storing a key again replaces it, counted once.
    await cache.set('d', 'D2');
    expect(cache.size).toBe(3);
    expect(await cache.get('d')).toBe('D2');
    expect(await cache.delete('d')).toBe(true);
    cache.clear();
    expect(cache.size).toBe(0);
  });

  it('are sized for the operation set, never unbounded', async () => {
    for (const cache of [documentStore(), queryPlanCache()] as unknown as LeastRecentlyUsed<unknown>[]) {
      expect(cache.maxEntries).toBe(REMEMBERED_OPERATIONS);
      for (let i = 0; i < REMEMBERED_OPERATIONS + 50; i += 1) await cache.set(`operation ${i}`, {});
      expect(cache.size).toBe(REMEMBERED_OPERATIONS);
    }
  });
});
