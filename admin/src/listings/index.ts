import type { Feature } from '../feature';
import { listingsData } from './listings.data';
import { messages } from './listings.messages';

/**
 * Listings: what a shop of the mall sells (the cafeteria's menu, the minimarket's items). No
 * screens of their own, and so no menu entry: they are kept on their facility's page
 * (ListingsPanel), by DPMPTSP and the shop's own partner staff.
 */
export const listingsFeature: Feature = {
  name: 'listings',
  resource: { recordRepresentation: 'name' },
  data: listingsData,
  messages,
};
