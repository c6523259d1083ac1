import { isUuid, seedId } from './seed-id';

describe('stable seed IDs', () => {
  // Pinned values, computed independently (RFC 4122 UUIDv5 of "kind:slug" in the MPP namespace,
  // e.g. Python's uuid.uuid5): every subgraph's seed, and data already stored, rely on them.
  it.each([
    ['agency', 'bri', 'e1c7c1ff-b177-5b48-b443-9ba91fcb9bd3'],
    ['agency', 'bni', '10e72b91-6427-559d-9c3c-34f528739f38'],
    ['service', 'bri', 'e1ce2d3e-d0f0-53e7-bf33-39e3da662168'],
    ['service', 'perpanjangan-sim', '203816f2-77da-5a1f-bff7-68ab20a18124'],
    ['category', 'kepolisian', 'a0d59116-e871-5dcf-814a-cd28b9429e19'],
  ])('%s:%s is %s', (kind, slug, expected) => {
    expect(seedId(kind, slug)).toBe(expected);
    expect(isUuid(seedId(kind, slug))).toBe(true);
  });
});
