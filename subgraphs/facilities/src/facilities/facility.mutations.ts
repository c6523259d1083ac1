import { badUserInput, clock, newId, notFound, slugFromName } from '@mpp/kit';
import { fieldChanges, flushOrConflict, inUnitOfWork, recordChange, requireVersion, type RequestContext } from '@mpp/kit/subgraph';
import { agencyExists } from '../public-api/public-directory';
import { Facility, FacilityStatus } from './facility.entity';
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
 * who may create none is refused before anything is asked.
 */
export async function createFacility(context: RequestContext, input: FacilityInput): Promise<Facility> {
  requireSome(context, 'facility.manage');
  const operatorAgencyId = await existingOperator(context, input.operatorAgencyId);
  return inUnitOfWork(context, async (unit) => {
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
      operatorAgencyId: operatorAgencyId ?? null,
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
  });
}

/**
 * A patch of a facility (EDITOR, ADMIN); send the version you read. A new operator is checked to
 * exist first, as at creation. Refusals in order: NOT_FOUND, FORBIDDEN, CONFLICT, field rules.
 */
export async function updateFacility(context: RequestContext, id: string, version: number, input: FacilityInput): Promise<Facility> {
  requireSome(context, 'facility.manage');
  const operatorAgencyId = await existingOperator(context, input.operatorAgencyId);
  return inUnitOfWork(context, async (unit) => {
    const facility = await unit.em.findOne(Facility, { id });
    if (!facility) throw notFound('Facility');
    facilityPolicy.require(unit.viewer, 'facility.manage', facility.operatorAgencyId);
    requireVersion(facility, version, FACILITY);

    const before: FacilityFacts = { ...facility };
    if (input.slug !== undefined) facility.slug = await requireFreeSlug(unit, requireFacilitySlug(input.slug), facility.id);
    if (input.name !== undefined) facility.name = requireFacilityName(input.name);
    if (input.kind !== undefined) facility.kind = requireKind(input.kind);
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
