import { LeastRecentlyUsed } from './least-recently-used';

describe('a least-recently-used cache bounded by bytes', () => {
  it('holds at most its size in bytes, forgetting the least recently used first', () => {
    const cache = new LeastRecentlyUsed<string>(30, (value) => value.length);
    // Each entry: a one-character key and a nine-character value, 10 bytes.
    for (const key of ['a', 'b', 'c']) cache.set(key, key.repeat(9));
    expect(cache.bytes).toBe(30);
    // A read is a use: 'a' is now the most recent, 'b' the least.
    expect(cache.get('a')).toBe('aaaaaaaaa');
    cache.set('d', 'ddddddddd');
    expect(cache.size).toBe(3);
    expect(cache.get('b')).toBeUndefined();
    expect(['a', 'c', 'd'].map((key) => cache.get(key))).toEqual(['aaaaaaaaa', 'ccccccccc', 'ddddddddd']);
    // Storing a key again replaces it, counted once; a larger value pushes out the least recently used ('a', read before 'c' and 'd').
    cache.set('d', 'd'.repeat(19));
    expect([cache.size, cache.bytes]).toEqual([2, 30]);
    expect(cache.get('a')).toBeUndefined();
    expect(cache.get('c')).toBe('ccccccccc');
    // One larger than the whole cache is not kept.
    cache.set('e', 'e'.repeat(40));
    expect(cache.get('e')).toBeUndefined();
    expect(cache.delete('d')).toBe(true);
    cache.clear();
    expect([cache.size, cache.bytes]).toEqual([0, 0]);
  });
});
