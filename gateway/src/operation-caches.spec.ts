import { parse } from 'graphql';
import { DOCUMENT_STORE_BYTES, LeastRecentlyUsed, documentBytes, documentStore } from './operation-caches';

describe('the caches of parsed operations and query plans', () => {
  it('hold at most their size in bytes, forgetting the least recently used first', async () => {
    const cache = new LeastRecentlyUsed<string>(30, (value) => value.length);
    // Each entry: a one-character key and a nine-character value, 10 bytes.
    for (const key of ['a', 'b', 'c']) await cache.set(key, key.repeat(9));
    expect(cache.bytes).toBe(30);
    // A read is a use: 'a' is now the most recent, 'b' the least.
    expect(await cache.get('a')).toBe('aaaaaaaaa');
    await cache.set('d', 'ddddddddd');
    expect(cache.size).toBe(3);
    expect(await cache.get('b')).toBeUndefined();
    expect(await Promise.all(['a', 'c', 'd'].map((key) => cache.get(key)))).toEqual(['aaaaaaaaa', 'ccccccccc', 'ddddddddd']);
    // Storing a key again replaces it, counted once; a larger value pushes out the least recently used ('a', read before 'c' and 'd').
    await cache.set('d', 'd'.repeat(19));
    expect([cache.size, cache.bytes]).toEqual([2, 30]);
    expect(await cache.get('a')).toBeUndefined();
    expect(await cache.get('c')).toBe('ccccccccc');
    // One larger than the whole cache is not kept.
    await cache.set('e', 'e'.repeat(40));
    expect(await cache.get('e')).toBeUndefined();
    expect(await cache.delete('d')).toBe(true);
    cache.clear();
    expect([cache.size, cache.bytes]).toEqual([0, 0]);
  });

  it('never hold more than their size, however many large operations anyone sends', async () => {
    const store = documentStore() as unknown as LeastRecentlyUsed<ReturnType<typeof parse>>;
    // Operations near the token limit, each different: what an anonymous flood could send.
    const large = (i: number) => parse(`query Q${i} { agencies { ${Array.from({ length: 300 }, (_, k) => `a${k}: name`).join(' ')} } }`);
    const perDocument = documentBytes(large(0));
    const fits = Math.floor(DOCUMENT_STORE_BYTES / perDocument);
    for (let i = 0; i < fits + 100; i += 1) await store.set(`hash ${i}`, large(i));
    expect(store.bytes).toBeLessThanOrEqual(DOCUMENT_STORE_BYTES);
    expect(store.size).toBeLessThan(fits + 1);
    // The most recent are kept, the oldest gone.
    expect(await store.get(`hash ${fits + 99}`)).toBeDefined();
    expect(await store.get('hash 0')).toBeUndefined();
  });

  it("estimate a parsed document's memory from its text: at least what it was measured to hold", () => {
    const text = `{ agencies { ${Array.from({ length: 100 }, (_, k) => `a${k}: name`).join(' ')} } }`;
    expect(documentBytes(parse(text))).toBeGreaterThanOrEqual(text.length * 85);
  });
});
