import type { Feature } from '../feature';

/** Placeholder until the feature's screens land. */
export const accountsFeature: Feature = {
  name: 'staffUsers',
  resource: {},
  data: {},
  messages: { id: {}, en: {} },
};
