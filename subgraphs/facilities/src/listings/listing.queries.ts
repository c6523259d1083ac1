import type { Page } from '@mpp/kit';
import { auditHistory, byNameAsRead, defineLoader, groupByKeys, type AuditRecord, type RequestContext } from '@mpp/kit/subgraph';
import { facilityById } from '../facilities/facility.queries';
import { Listing } from './listing.entity';
import { listingPolicy } from './listing.policy';

export const LISTING_ENTITY = 'Listing';

/** One listing; null when none has this id. Public. */
export async function findListing(context: RequestContext, id: string): Promise<Listing | null> {
  listingPolicy.require(context.viewer, 'listing.read', null);
  return context.em.findOne(Listing, { id });
}

/**
 * Each facility's listings, by category (those without one last) and then by name as people read
 * them, batched per request. Public.
 */
export const listingsOfFacility = defineLoader<string, Listing[]>(async (facilityIds, context) => {
  if (!listingPolicy.allows(context.viewer, 'listing.read', null)) return facilityIds.map(() => []);
  const listings = await context.em.find(Listing, { facilityId: { $in: [...facilityIds] } }, { orderBy: byNameAsRead<Listing>(context) });
  return groupByKeys(facilityIds, listings, (listing) => listing.facilityId).map((group) => group.sort(byCategory));
});

/** Stable on the name order it is given: categories as people read them, listings without one after. */
function byCategory(a: Listing, b: Listing): number {
  if (a.category === b.category) return 0;
  if (a.category === null) return 1;
  if (b.category === null) return -1;
  const [left, right] = [a.category.toLowerCase(), b.category.toLowerCase()];
  return left < right ? -1 : left > right ? 1 : 0;
}

/** The listing's audit trail, newest first, for staff who may read it (a partner: what happened while their agency ran the shop). */
export async function listingHistory(context: RequestContext, listing: Listing, limit?: number | null, offset?: number | null): Promise<Page<AuditRecord> | null> {
  // Through the request's loader: a menu's histories read their shop once, not once per listing.
  const facility = await facilityById(context).load(listing.facilityId);
  if (!listingPolicy.allowsStaffField(context.viewer, 'listing.readEditorial', facility?.operatorAgencyId ?? null)) return null;
  return auditHistory(context, LISTING_ENTITY, listing.id, limit, offset, listingPolicy.ownAgencyOnly(context.viewer, 'listing.readEditorial'));
}
