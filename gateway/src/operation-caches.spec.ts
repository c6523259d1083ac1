import { parse } from 'graphql';
import { type ApolloCache, DOCUMENT_STORE_BYTES, documentBytes, documentStore } from './operation-caches';

describe('the caches of parsed operations and query plans', () => {
  it('never hold more than their size, however many large operations anyone sends', async () => {
    const cache = documentStore() as unknown as ApolloCache<ReturnType<typeof parse>>;
    const store = cache.entries;
    // Operations near the token limit, each different: what an anonymous flood could send.
    const large = (i: number) => parse(`query Q${i} { agencies { ${Array.from({ length: 300 }, (_, k) => `a${k}: name`).join(' ')} } }`);
    const perDocument = documentBytes(large(0));
    const fits = Math.floor(DOCUMENT_STORE_BYTES / perDocument);
    for (let i = 0; i < fits + 100; i += 1) await cache.set(`hash ${i}`, large(i));
    expect(store.bytes).toBeLessThanOrEqual(DOCUMENT_STORE_BYTES);
    expect(store.size).toBeLessThan(fits + 1);
    // The most recent are kept, the oldest gone.
    expect(await cache.get(`hash ${fits + 99}`)).toBeDefined();
    expect(await cache.get('hash 0')).toBeUndefined();
  });

  it("estimate a parsed document's memory from its text: at least what it was measured to hold", () => {
    const text = `{ agencies { ${Array.from({ length: 100 }, (_, k) => `a${k}: name`).join(' ')} } }`;
    expect(documentBytes(parse(text))).toBeGreaterThanOrEqual(text.length * 85);
  });
});
