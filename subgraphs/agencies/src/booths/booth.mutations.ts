import { badUserInput, newId, notFound, optionalCalendarDate, requireInteger } from '@mpp/kit';
import { fieldChanges, flushOrConflict, inUnitOfWork, recordChange, requireVersion, type RequestContext } from '@mpp/kit/subgraph';
import { Agency } from '../agencies/agency.entity';
import { Booth, BoothStatus } from './booth.entity';
import type { BoothInput } from './booth.inputs';
import { boothPolicy } from './booth.policy';

const BOOTH = 'This booth';
const DETAIL_FIELDS = ['status', 'openedOn'] as const;
const PLACEMENT_FIELDS = ['code', 'floor', 'agencyId'] as const;
const MIN_FLOOR = -2;
const MAX_FLOOR = 10;
const BOOTH_CODE = /^[A-Z0-9]+(?:-[A-Z0-9]+)*$/;

/** What the audit trail records of a booth: its agency by id. */
type BoothFacts = { code: string; floor: number; status: BoothStatus; openedOn: string | null; agencyId: string };
const AUDITED: readonly (keyof BoothFacts)[] = ['code', 'floor', 'status', 'openedOn', 'agencyId'];

/** A new booth, as one unit of work: DPMPTSP decides where agencies sit. */
export function createBooth(context: RequestContext, input: BoothInput): Promise<Booth> {
  return inUnitOfWork(context, async (unit) => {
    boothPolicy.require(unit.viewer, 'booth.create', input.agencyId ?? null);
    const booth = unit.em.create(Booth, {
      id: newId(),
      code: await freeCode(unit, input.code, null),
      floor: requireInteger(input.floor, 'floor', MIN_FLOOR, MAX_FLOOR),
      status: requireStatus(input.status),
      openedOn: optionalCalendarDate(input.openedOn, 'openedOn'),
      agency: await existingAgency(unit, input.agencyId),
    });
    requireOpeningDate(booth);
    recordChange(unit, { entityType: 'Booth', entityId: booth.id, action: 'CREATE', ownerAgencyId: booth.agency.id, changes: fieldChanges<BoothFacts>(null, factsOf(booth), AUDITED) });
    // Two booths given one code at the same moment: the unique index decides.
    await flushOrConflict(unit.em, BOOTH, 'code');
    return booth;
  });
}

/**
 * A patch of a booth, as one unit of work. Its details (status, opening date) and its placement
 * (code, floor, agency) are separate permissions: a partner may close its own booth for the
 * day, not move it. Refusals in order: NOT_FOUND, FORBIDDEN, CONFLICT, then field rules.
 */
export function updateBooth(context: RequestContext, id: string, version: number, input: BoothInput): Promise<Booth> {
  return inUnitOfWork(context, async (unit) => {
    const booth = await unit.em.findOne(Booth, { id });
    if (!booth || !boothPolicy.allows(unit.viewer, 'booth.read', booth.agency.id)) throw notFound('Booth');
    const owner = booth.agency.id;
    if (DETAIL_FIELDS.some((field) => input[field] !== undefined)) boothPolicy.require(unit.viewer, 'booth.updateDetails', owner);
    if (PLACEMENT_FIELDS.some((field) => input[field] !== undefined)) boothPolicy.require(unit.viewer, 'booth.updatePlacement', owner);
    // An empty patch still needs one of the two rights.
    if (!boothPolicy.allows(unit.viewer, 'booth.updateDetails', owner)) boothPolicy.require(unit.viewer, 'booth.updatePlacement', owner);
    requireVersion(booth, version, BOOTH);

    const before = factsOf(booth);
    if (input.code !== undefined) booth.code = await freeCode(unit, input.code, booth.id);
    if (input.floor !== undefined) booth.floor = requireInteger(input.floor, 'floor', MIN_FLOOR, MAX_FLOOR);
    if (input.status !== undefined) booth.status = requireStatus(input.status);
    if (input.openedOn !== undefined) booth.openedOn = optionalCalendarDate(input.openedOn, 'openedOn');
    if (input.agencyId !== undefined) booth.agency = await existingAgency(unit, input.agencyId);
    requireOpeningDate(booth);

    const changes = fieldChanges<BoothFacts>(before, factsOf(booth), AUDITED);
    if (changes.length > 0) recordChange(unit, { entityType: 'Booth', entityId: booth.id, action: 'UPDATE', ownerAgencyId: booth.agency.id, changes });
    await flushOrConflict(unit.em, BOOTH, 'code');
    return booth;
  });
}

function factsOf(booth: Booth): BoothFacts {
  return { code: booth.code, floor: booth.floor, status: booth.status, openedOn: booth.openedOn, agencyId: booth.agency.id };
}

/** A well-formed code ("G-07") no other booth has. */
async function freeCode(unit: RequestContext, value: string | null | undefined, boothId: string | null): Promise<string> {
  const code = (value ?? '').trim().toUpperCase();
  if (!BOOTH_CODE.test(code) || code.length > 16) {
    throw badUserInput('code', 'code must be letters and digits joined by hyphens, e.g. "G-07" (at most 16).');
  }
  const taken = await unit.em.findOne(Booth, { code }, { fields: ['id'] });
  if (taken && taken.id !== boothId) throw badUserInput('code', 'Another booth already has this code.');
  return code;
}

function requireStatus(status: BoothStatus | null | undefined): BoothStatus {
  if (!status) throw badUserInput('status', 'status is required.');
  return status;
}

/** A booth that has opened (open, closed for now, or closed) says when it opened. */
function requireOpeningDate(booth: Booth): void {
  if (booth.status !== BoothStatus.PLANNED && booth.openedOn === null) {
    throw badUserInput('openedOn', 'openedOn is required once a booth is no longer PLANNED.');
  }
}

async function existingAgency(unit: RequestContext, agencyId: string | null | undefined) {
  if (!agencyId) throw badUserInput('agencyId', 'agencyId is required.');
  const agency = await unit.em.findOne(Agency, { id: agencyId }, { fields: ['id'] });
  if (!agency) throw badUserInput('agencyId', 'No agency has this id.');
  return unit.em.getReference(Agency, agencyId, { wrapped: true });
}
