import { isUuid, seedId } from './seed-id';

describe('stable seed IDs', () => {
  it('derives the same UUID from the same kind and slug, in any subgraph', () => {
    expect(seedId('agency', 'bri')).toBe(seedId('agency', 'bri'));
    expect(isUuid(seedId('agency', 'bri'))).toBe(true);
    expect(seedId('agency', 'bri')).not.toBe(seedId('agency', 'bni'));
    expect(seedId('agency', 'bri')).not.toBe(seedId('service', 'bri'));
  });
});
