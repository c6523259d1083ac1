import type { Feature } from '../feature';

/** Placeholder until the feature's screens land. */
export const synonymsFeature: Feature = {
  name: 'searchSynonymGroups',
  resource: {},
  data: {},
  messages: { id: {}, en: {} },
};
