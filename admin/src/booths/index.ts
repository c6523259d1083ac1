import type { Feature } from '../feature';

/** Placeholder until the feature's screens land. */
export const boothsFeature: Feature = {
  name: 'booths',
  resource: {},
  data: {},
  messages: { id: {}, en: {} },
};
