import type { Feature } from '../feature';

/** Placeholder until the feature's screens land. */
export const categoriesFeature: Feature = {
  name: 'serviceCategories',
  resource: {},
  data: {},
  messages: { id: {}, en: {} },
};
