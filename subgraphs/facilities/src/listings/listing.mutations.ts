import { LockMode } from '@mikro-orm/core';
import { badUserInput, conflict, newId, notFound } from '@mpp/kit';
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
    const facility = await lockedShop(unit, facilityId);
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
    // Deleted only as read: MikroORM would delete by id alone, so an update committed since the
    // read (a new price, sold out) would vanish with the row unnoticed. The version in the
    // condition makes it CONFLICT instead (on MySQL the delete waits for that update's commit
    // and then finds no row of this version).
    const deleted = await unit.em.nativeDelete(Listing, { id: listing.id, version: listing.version });
    if (deleted === 0) throw conflict(`${LISTING} was changed by someone else at the same time. Reload and try again.`);
    recordChange(unit, { entityType: LISTING_ENTITY, entityId: listing.id, action: 'DELETE', ownerAgencyId: facility.operatorAgencyId, changes: fieldChanges<Listing>(listing, {}, AUDITED) });
    await flushOrConflict(unit.em, LISTING);
    return listing;
  });
}

/** The listing and its shop (locked, see lockedShop), once the caller may manage the shop's listings. */
async function managedListing(unit: RequestContext, id: string): Promise<{ listing: Listing; facility: Facility }> {
  const listing = await unit.em.findOne(Listing, { id });
  if (!listing) throw notFound('Listing');
  const facility = await lockedShop(unit, listing.facilityId);
  if (!facility) throw notFound('Facility');
  listingPolicy.require(unit.viewer, 'listing.manage', facility.operatorAgencyId);
  return { listing, facility };
}

/**
 * The shop whose listings are about to change, read as last committed and held until this unit
 * of work ends. A listing write never changes its facility's row, so without the lock a partner
 * of the former operator could check the operator, then let an editor's updateFacility commit a
 * new operator (or a kind that sells nothing), and still commit the listing change afterwards.
 * On MySQL a shared lock (several listing writes of one shop go on side by side) makes
 * updateFacility, which writes the row, wait for this unit's commit, and makes this unit wait for
 * an update already under way and then read its operator and kind. SQLite runs one writer at a
 * time and a transaction that read before another's commit cannot write, so it needs no lock.
 */
function lockedShop(unit: RequestContext, facilityId: string): Promise<Facility | null> {
  const lockMode = unit.config.database.kind === 'mysql' ? LockMode.PESSIMISTIC_READ : undefined;
  return unit.em.findOne(Facility, { id: facilityId }, { lockMode });
}

/** Refuses whoever may manage no listing at all, before anything is read. */
function requireSomeListingManagement(context: RequestContext): void {
  if (listingPolicy.reach(context.viewer, 'listing.manage') === 'none') listingPolicy.require(context.viewer, 'listing.manage', null);
}
