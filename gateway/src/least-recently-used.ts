/**
 * Values whose sizes add up to at most `maxBytes` (the UTF-8 bytes of each key plus its value's
 * size, computed once when it is stored), the least recently used going first. The gateway's
 * caches of answers, parsed operations and query plans are all this, each with its own sizes.
 */
export class LeastRecentlyUsed<V> {
  /** Least recently used first: a Map keeps insertion order, and a read moves its entry last. */
  private readonly entries = new Map<string, { value: V; bytes: number }>();
  private heldBytes = 0;

  constructor(
    readonly maxBytes: number,
    /** A value's size in bytes, as counted against maxBytes beside its key. */
    private readonly sizeOf: (value: V) => number,
  ) {
    if (!Number.isInteger(maxBytes) || maxBytes <= 0) throw new Error(`a cache needs a positive size in bytes, got ${maxBytes}`);
  }

  /** Entries held now. */
  get size(): number {
    return this.entries.size;
  }

  /** Bytes held now, as counted against maxBytes. */
  get bytes(): number {
    return this.heldBytes;
  }

  /** The value, which counts as used now. */
  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  /** Stores it as the most recently used, replacing what the key held; one larger than the whole cache is not kept. */
  set(key: string, value: V): void {
    this.delete(key);
    const bytes = Buffer.byteLength(key) + this.sizeOf(value);
    if (bytes > this.maxBytes) return;
    this.entries.set(key, { value, bytes });
    this.heldBytes += bytes;
    for (const [oldest, entry] of this.entries) {
      if (this.heldBytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.heldBytes -= entry.bytes;
    }
  }

  delete(key: string): boolean {
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
