import { LockMode } from '@mikro-orm/core';
import { badUserInput, clock, conflict, newId, notFound, slugFromName } from '@mpp/kit';
import { fieldChanges, flushOrConflict, inUnitOfWork, recordChange, requireVersion, UNIT_OF_WORK_ATTEMPTS, type RequestContext } from '@mpp/kit/subgraph';
import { GraphQLError } from 'graphql';
import { Listing } from '../listings/listing.entity';
import { SELLING_KINDS } from '../listings/listing.mutations';
import { agencyExists } from '../public-api/public-directory';
import { Facility, FacilityKind, FacilityStatus } from './facility.entity';
import { requireFeatures } from './facility.features';
import type { FacilityInput } from './facility.inputs';
import { facilityPolicy, type FacilityAction } from './facility.policy';
import { FACILITY_ENTITY } from './facility.queries';
import {
  optionalDescription,
  optionalLocation,
  optionalStatusNote,
  requireBoolean,
  requireFacilityName,
  requireFacilitySlug,
  requireFloor,
  requireKind,
  requireOpeningHours,
  requirePhotoUrls,
  requireStatus,
} from './facility.rules';

const FACILITY = 'This facility';

/** What the audit trail records of a facility. */
type FacilityFacts = Pick<
  Facility,
  | 'slug'
  | 'name'
  | 'kind'
  | 'floor'
  | 'location'
  | 'description'
  | 'operatorAgencyId'
  | 'features'
  | 'photoUrls'
  | 'openingHours'
  | 'reachableFromOutside'
  | 'status'
  | 'statusNote'
  | 'statusSince'
>;
const AUDITED: readonly (keyof FacilityFacts)[] = [
  'slug',
  'name',
  'kind',
  'floor',
  'location',
  'description',
  'operatorAgencyId',
  'features',
  'photoUrls',
  'openingHours',
  'reachableFromOutside',
  'status',
  'statusNote',
  'statusSince',
];

/**
 * A new facility (EDITOR, ADMIN), OPERATIONAL from now. Its operator, when given, is checked to
 * exist through the public API before the unit of work (no transaction waits on the network);
 * who may create none is refused before anything is asked. A slug made from the name that
 * another facility took at the same moment is made again, the next free one; a slug given is
 * the caller's to change.
 */
export async function createFacility(context: RequestContext, input: FacilityInput): Promise<Facility> {
  requireSome(context, 'facility.manage');
  const operatorAgencyId = await existingOperator(context, input.operatorAgencyId);
  const slugGiven = input.slug !== undefined && input.slug !== null;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await inUnitOfWork(context, (unit) => insertFacility(unit, input, operatorAgencyId ?? null));
    } catch (error) {
      if (slugGiven || !isSlugTaken(error)) throw error;
      // The slug was read free, and another facility took it before this one was written.
      if (attempt >= UNIT_OF_WORK_ATTEMPTS) throw conflict('Other facilities were given the slug made from this name at the same moment; try again.');
    }
  }
}

/** One try at creating a facility, its slug the one given or the first free one made from its name. */
async function insertFacility(unit: RequestContext, input: FacilityInput, operatorAgencyId: string | null): Promise<Facility> {
  facilityPolicy.require(unit.viewer, 'facility.manage', null);
  const name = requireFacilityName(input.name);
  const kind = requireKind(input.kind);
  const facility = unit.em.create(Facility, {
    id: newId(),
    slug: input.slug === undefined || input.slug === null ? await freeSlugFrom(unit, name) : await requireFreeSlug(unit, requireFacilitySlug(input.slug), null),
    name,
    kind,
    floor: requireFloor(input.floor),
    location: optionalLocation(input.location),
    description: optionalDescription(input.description),
    operatorAgencyId,
    features: requireFeatures(kind, input.features ?? []),
    photoUrls: requirePhotoUrls(input.photoUrls ?? []),
    openingHours: requireOpeningHours(input.openingHours),
    reachableFromOutside: input.reachableFromOutside === undefined ? false : requireBoolean(input.reachableFromOutside, 'reachableFromOutside'),
    status: FacilityStatus.OPERATIONAL,
    statusNote: null,
    statusSince: clock.now(),
  });
  recordChange(unit, { entityType: FACILITY_ENTITY, entityId: facility.id, action: 'CREATE', ownerAgencyId: facility.operatorAgencyId, changes: fieldChanges<FacilityFacts>(null, facility, AUDITED) });
  // Two facilities given one slug at the same moment: the unique index decides.
  await flushOrConflict(unit.em, FACILITY, 'slug');
  return facility;
}

/** The unique index on the slug refused the facility (flushOrConflict names the field). */
function isSlugTaken(error: unknown): boolean {
  return error instanceof GraphQLError && error.extensions.code === 'BAD_USER_INPUT' && error.extensions.field === 'slug';
}

/**
 * A patch of a facility (EDITOR, ADMIN); send the version you read. Refusals in order: NOT_FOUND,
 * FORBIDDEN, CONFLICT, field rules. They are decided on the facility as it is before anything is
 * asked of the network: the agency directory is asked only about an operator that changes (so a
 * facility saved with its operator unchanged never waits for, nor fails with, the gateway), and
 * outside the transaction (none waits on the network). The unit of work checks the version
 * again: whatever changed the facility meanwhile makes it CONFLICT.
 */
export async function updateFacility(context: RequestContext, id: string, version: number, input: FacilityInput): Promise<Facility> {
  requireSome(context, 'facility.manage');
  const current = await context.em.findOne(Facility, { id });
  requireEditable(context, current, version);
  const newOperator = input.operatorAgencyId !== undefined && input.operatorAgencyId !== current.operatorAgencyId;
  const operatorAgencyId = newOperator ? await existingOperator(context, input.operatorAgencyId) : undefined;
  return inUnitOfWork(context, async (unit) => {
    const facility = await lockedFacility(unit, id);
    requireEditable(unit, facility, version);

    const before: FacilityFacts = { ...facility };
    if (input.slug !== undefined) facility.slug = await requireFreeSlug(unit, requireFacilitySlug(input.slug), facility.id);
    if (input.name !== undefined) facility.name = requireFacilityName(input.name);
    if (input.kind !== undefined) facility.kind = await requireKindFitsListings(unit, facility, requireKind(input.kind));
    if (input.floor !== undefined) facility.floor = requireFloor(input.floor);
    if (input.location !== undefined) facility.location = optionalLocation(input.location);
    if (input.description !== undefined) facility.description = optionalDescription(input.description);
    if (operatorAgencyId !== undefined) facility.operatorAgencyId = operatorAgencyId;
    // A new kind keeps only features of its own set: the features (given or kept) are checked against it.
    if (input.features !== undefined || input.kind !== undefined) facility.features = requireFeatures(facility.kind, input.features === undefined ? facility.features : (input.features ?? []));
    if (input.photoUrls !== undefined) facility.photoUrls = requirePhotoUrls(input.photoUrls ?? []);
    if (input.openingHours !== undefined) facility.openingHours = requireOpeningHours(input.openingHours);
    if (input.reachableFromOutside !== undefined) facility.reachableFromOutside = requireBoolean(input.reachableFromOutside, 'reachableFromOutside');

    const changes = fieldChanges<FacilityFacts>(before, facility, AUDITED);
    if (changes.length > 0) recordChange(unit, { entityType: FACILITY_ENTITY, entityId: facility.id, action: 'UPDATE', ownerAgencyId: facility.operatorAgencyId, changes });
    await flushOrConflict(unit.em, FACILITY, 'slug');
    return facility;
  });
}

/** NOT_FOUND, FORBIDDEN, CONFLICT, in this order, for a facility about to be changed. */
function requireEditable(context: RequestContext, facility: Facility | null, version: number): asserts facility is Facility {
  if (!facility) throw notFound('Facility');
  facilityPolicy.require(context.viewer, 'facility.manage', facility.operatorAgencyId);
  requireVersion(facility, version, FACILITY);
}

/**
 * The facility, read as last committed and, on MySQL, locked until the unit of work ends. Its
 * listings are counted (a new kind) and its operator changed under this lock; listing writes
 * hold a shared lock on the same row (listing.mutations.ts), so none of them commits a listing
 * of a facility that is meanwhile becoming a toilet or passing to another agency. SQLite runs
 * one writer at a time.
 */
function lockedFacility(unit: RequestContext, id: string): Promise<Facility | null> {
  const lockMode = unit.config.database.kind === 'mysql' ? LockMode.PESSIMISTIC_WRITE : undefined;
  return unit.em.findOne(Facility, { id }, { lockMode });
}

/** A kind that sells nothing only for a facility without listings: they would stay on its page. */
async function requireKindFitsListings(unit: RequestContext, facility: Facility, kind: FacilityKind): Promise<FacilityKind> {
  if (kind === facility.kind || SELLING_KINDS.includes(kind)) return kind;
  const listings = await unit.em.count(Listing, { facilityId: facility.id });
  if (listings > 0) {
    throw badUserInput(
      'kind',
      `A facility of kind ${kind} sells nothing, and ${facility.name} still has ${listings === 1 ? 'a listing' : `${listings} listings`}: delete ${listings === 1 ? 'it' : 'them'} first, then change its kind.`,
    );
  }
  return kind;
}

/**
 * Sets a facility's status directly, without review (EDITOR, ADMIN; PARTNER of its operator),
 * with a note for visitors, from now: setting it again, even unchanged, confirms it (its
 * `statusSince` moves, so it is no longer stale). Audited with the note. Refusals in order:
 * NOT_FOUND, FORBIDDEN, CONFLICT, field rules.
 */
export async function setFacilityStatus(context: RequestContext, id: string, version: number, status: FacilityStatus, note: string | null | undefined): Promise<Facility> {
  requireSome(context, 'facility.setStatus');
  return inUnitOfWork(context, async (unit) => {
    const facility = await unit.em.findOne(Facility, { id });
    if (!facility) throw notFound('Facility');
    facilityPolicy.require(unit.viewer, 'facility.setStatus', facility.operatorAgencyId);
    requireVersion(facility, version, FACILITY);
    const before: FacilityFacts = { ...facility };
    facility.status = requireStatus(status);
    facility.statusNote = optionalStatusNote(note);
    facility.statusSince = clock.now();
    recordChange(unit, {
      entityType: FACILITY_ENTITY,
      entityId: facility.id,
      action: 'SET_STATUS',
      ownerAgencyId: facility.operatorAgencyId,
      changes: fieldChanges<FacilityFacts>(before, facility, ['status', 'statusNote', 'statusSince']),
    });
    await flushOrConflict(unit.em, FACILITY);
    return facility;
  });
}

/** Refuses whoever may do this to no facility at all, before anything is read or asked. */
function requireSome(context: RequestContext, action: FacilityAction): void {
  if (facilityPolicy.reach(context.viewer, action) === 'none') facilityPolicy.require(context.viewer, action, null);
}

/**
 * The operator as given, checked to be an agency of the platform through the public API:
 * undefined (left out) and null (none) as they are; an unknown agency is BAD_USER_INPUT, an
 * unreachable directory SERVICE_UNAVAILABLE.
 */
async function existingOperator(context: RequestContext, agencyId: string | null | undefined): Promise<string | null | undefined> {
  if (agencyId === undefined || agencyId === null) return agencyId;
  if (!(await agencyExists(context.config, agencyId))) throw badUserInput('operatorAgencyId', 'No agency has this id.');
  return agencyId;
}

async function requireFreeSlug(unit: RequestContext, slug: string, facilityId: string | null): Promise<string> {
  const taken = await unit.em.findOne(Facility, { slug }, { fields: ['id'] });
  if (taken && taken.id !== facilityId) throw badUserInput('slug', `Another facility already has the slug "${slug}".`);
  return slug;
}

/** A slug made from the name, with "-2", "-3" … when another facility has it. */
async function freeSlugFrom(unit: RequestContext, name: string): Promise<string> {
  const base = slugFromName(name, 60, 'fasilitas');
  const taken = new Set((await unit.em.find(Facility, { slug: { $like: `${base}%` } }, { fields: ['slug'] })).map((facility) => facility.slug));
  if (!taken.has(base)) return base;
  for (let suffix = 2; ; suffix += 1) if (!taken.has(`${base}-${suffix}`)) return `${base}-${suffix}`;
}
