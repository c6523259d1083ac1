import { badUserInput, newId, notFound } from '@mpp/kit';
import { fieldChanges, flushOrConflict, inUnitOfWork, recordChange, requireVersion, type RequestContext } from '@mpp/kit/subgraph';
import { Facility, FacilityKind } from '../facilities/facility.entity';
import { Listing } from './listing.entity';
import type { ListingInput } from './listing.inputs';
import { listingPolicy } from './listing.policy';
import { LISTING_ENTITY } from './listing.queries';
import { optionalCategory, requireAvailable, requireListingName, requirePrice } from './listing.rules';

const LISTING = 'This listing';
const AUDITED = ['facilityId', 'name', 'category', 'price', 'available'] as const;

/** The kinds of facility that sell things, and so have listings. */
export const SELLING_KINDS: readonly FacilityKind[] = [FacilityKind.CAFETERIA, FacilityKind.MINIMARKET, FacilityKind.OTHER];

/**
 * A new listing of a shop (EDITOR, ADMIN; PARTNER of the shop's operator), available unless told
 * otherwise. Refusals in order: NOT_FOUND, FORBIDDEN, field rules.
 */
export function createListing(context: RequestContext, facilityId: string, input: ListingInput): Promise<Listing> {
  requireSomeListingManagement(context);
  return inUnitOfWork(context, async (unit) => {
    const facility = await unit.em.findOne(Facility, { id: facilityId });
    if (!facility) throw notFound('Facility');
    listingPolicy.require(unit.viewer, 'listing.manage', facility.operatorAgencyId);
    if (!SELLING_KINDS.includes(facility.kind)) {
      throw badUserInput('facilityId', `${facility.name} sells nothing: only a cafeteria, a minimarket or another shop (kind OTHER) has listings.`);
    }
    const listing = unit.em.create(Listing, {
      id: newId(),
      facilityId: facility.id,
      name: requireListingName(input.name),
      category: optionalCategory(input.category),
      price: requirePrice(input.price),
      available: input.available === undefined ? true : requireAvailable(input.available),
    });
    recordChange(unit, { entityType: LISTING_ENTITY, entityId: listing.id, action: 'CREATE', ownerAgencyId: facility.operatorAgencyId, changes: fieldChanges<Listing>(null, listing, AUDITED) });
    await flushOrConflict(unit.em, LISTING);
    return listing;
  });
}

/** A patch of a listing; send the version you read. Refusals in order: NOT_FOUND, FORBIDDEN, CONFLICT, field rules. */
export function updateListing(context: RequestContext, id: string, version: number, input: ListingInput): Promise<Listing> {
  requireSomeListingManagement(context);
  return inUnitOfWork(context, async (unit) => {
    const { listing, facility } = await managedListing(unit, id);
    requireVersion(listing, version, LISTING);
    const before = { ...listing };
    if (input.name !== undefined) listing.name = requireListingName(input.name);
    if (input.category !== undefined) listing.category = optionalCategory(input.category);
    if (input.price !== undefined) listing.price = requirePrice(input.price);
    if (input.available !== undefined) listing.available = requireAvailable(input.available);
    const changes = fieldChanges<Listing>(before, listing, AUDITED);
    if (changes.length > 0) recordChange(unit, { entityType: LISTING_ENTITY, entityId: listing.id, action: 'UPDATE', ownerAgencyId: facility.operatorAgencyId, changes });
    await flushOrConflict(unit.em, LISTING);
    return listing;
  });
}

/**
 * Removes a listing (send the version you read) and returns it as it was; its history stays.
 * Refusals in order: NOT_FOUND, FORBIDDEN, CONFLICT.
 */
export function deleteListing(context: RequestContext, id: string, version: number): Promise<Listing> {
  requireSomeListingManagement(context);
  return inUnitOfWork(context, async (unit) => {
    const { listing, facility } = await managedListing(unit, id);
    requireVersion(listing, version, LISTING);
    recordChange(unit, { entityType: LISTING_ENTITY, entityId: listing.id, action: 'DELETE', ownerAgencyId: facility.operatorAgencyId, changes: fieldChanges<Listing>(listing, {}, AUDITED) });
    unit.em.remove(listing);
    await flushOrConflict(unit.em, LISTING);
    return listing;
  });
}

/** The listing and its shop, once the caller may manage the shop's listings. */
async function managedListing(unit: RequestContext, id: string): Promise<{ listing: Listing; facility: Facility }> {
  const listing = await unit.em.findOne(Listing, { id });
  if (!listing) throw notFound('Listing');
  const facility = await unit.em.findOneOrFail(Facility, { id: listing.facilityId });
  listingPolicy.require(unit.viewer, 'listing.manage', facility.operatorAgencyId);
  return { listing, facility };
}

/** Refuses whoever may manage no listing at all, before anything is read. */
function requireSomeListingManagement(context: RequestContext): void {
  if (listingPolicy.reach(context.viewer, 'listing.manage') === 'none') listingPolicy.require(context.viewer, 'listing.manage', null);
}
