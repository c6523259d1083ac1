import type { Feature } from '../feature';

/** Placeholder until the feature's screens land. */
export const servicesFeature: Feature = {
  name: 'services',
  resource: {},
  data: {},
  messages: { id: {}, en: {} },
};
