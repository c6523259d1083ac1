import type { RaRecord } from 'react-admin';
import { currentWorkScope, inWorkScope } from '../auth/workScope';
import type { ResourceData } from '../data/resource';
import { pageOf, patchOf, requireFound, versionRead } from '../data/records';
import { onInputs, withFieldErrors } from '../data/saveErrors';
import {
  CreateListingDocument,
  DeleteListingDocument,
  FacilityListingsDocument,
  ListingOneDocument,
  UpdateListingDocument,
  type ListingFieldsFragment,
  type ListingInput,
} from '../generated/graphql';
import { request } from '../graphql/client';

/**
 * A listing (a dish of the cafeteria, an item of the minimarket) as the screens use it: the
 * API's fields, and `agencyId`, its shop's operator, whose partners may change it (the CMS's
 * permission mirror reads it).
 */
export interface ListingRecord extends RaRecord {
  id: string;
  version: number;
  updatedAt: string;
  facilityId: string;
  name: string;
  category: string | null;
  price: number;
  available: boolean;
  agencyId: string | null;
}

/** What the form sets: the API's input fields. */
const LISTING_FIELDS: readonly (keyof ListingInput)[] = ['name', 'category', 'price', 'available'];

/** The API's dearest price (a typo guard): Rp 10 million. */
export const MAX_PRICE = 10_000_000;

function toRecord(listing: ListingFieldsFragment, agencyId: string | null): ListingRecord {
  return { ...listing, agencyId };
}

/** The shop's listings with its operator, or nothing when the shop is outside the user's scope (another agency's, for a partner). */
async function listingsOfFacility(facilityId: string): Promise<ListingRecord[] | null> {
  const [{ facility }, scope] = await Promise.all([request(FacilityListingsDocument, { facilityId }), currentWorkScope()]);
  if (!facility || !inWorkScope(scope, facility.operatorAgencyId)) return null;
  return facility.listings.map((listing) => toRecord(listing, facility.operatorAgencyId));
}

/** The form's values as the API's input: the name and category trimmed (a blank category is none). */
function listingInput(values: Partial<Record<keyof ListingInput, unknown>>): ListingInput {
  const input = { ...values } as ListingInput;
  if (typeof values.name === 'string') input.name = values.name.trim();
  if (typeof values.category === 'string') input.category = values.category.trim() === '' ? null : values.category.trim();
  return input;
}

/** A refused field goes on its input, with the screens' own sentence (the notification adds the API's). */
const LISTING_FIELD_ERRORS = onInputs(LISTING_FIELDS, (_error, field) => `mpp.listings.invalid.${field}`);

export const listingsData = {
  /** A shop's listings (its facility's page), in the API's order: by category, then name. */
  async getManyReference(_resource, params) {
    const records = (await listingsOfFacility(String(params.id))) ?? [];
    return pageOf(records, params);
  },
  async getOne(_resource, params) {
    const { listing } = await request(ListingOneDocument, { id: String(params.id) });
    const found = requireFound(listing);
    // Read through its shop: the operator decides who may change it, and a partner sees only their own shops'.
    const listings = await listingsOfFacility(found.facilityId);
    return { data: requireFound(listings?.find((candidate) => candidate.id === found.id)) };
  },
  async create(_resource, params) {
    const data = params.data as Partial<ListingRecord>;
    const input = listingInput({ name: data.name, category: data.category ?? null, price: data.price, available: data.available ?? true });
    const { createListing } = await withFieldErrors(request(CreateListingDocument, { facilityId: String(data.facilityId), input }), LISTING_FIELD_ERRORS);
    return { data: toRecord(createListing, data.agencyId ?? null) };
  },
  async update(_resource, params) {
    const previous = params.previousData as ListingRecord;
    const input = listingInput(patchOf<ListingInput>(params.data as Record<string, unknown>, previous, LISTING_FIELDS));
    const { updateListing } = await withFieldErrors(request(UpdateListingDocument, { id: String(params.id), version: versionRead(previous), input }), LISTING_FIELD_ERRORS);
    return { data: toRecord(updateListing, previous.agencyId) };
  },
  /** Removes the listing with the version read (someone else's change meanwhile is CONFLICT). */
  async delete(_resource, params) {
    const { deleteListing } = await request(DeleteListingDocument, { id: String(params.id), version: versionRead(params.previousData) });
    return { data: toRecord(deleteListing, (params.previousData as Partial<ListingRecord> | undefined)?.agencyId ?? null) };
  },
} as ResourceData;
