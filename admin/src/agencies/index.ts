import type { Feature } from '../feature';

/** Placeholder until the feature's screens land. */
export const agenciesFeature: Feature = {
  name: 'agencies',
  resource: {},
  data: {},
  messages: { id: {}, en: {} },
};
