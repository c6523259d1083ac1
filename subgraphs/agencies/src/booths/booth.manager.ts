import { badUserInput, type Page, newId, notFound, optionalCalendarDate, requireInteger } from '@mpp/kit';
import { auditHistory, byKeys, type AuditRecord, fieldChanges, recordChange, defineLoader, flushOrConflict, requireVersion, type RequestContext } from '@mpp/kit/subgraph';
import { agenciesPermissions } from '../access/permissions';
import { Agency } from '../agencies/agency.entity';
import { Booth, BoothStatus } from './booth.entity';
import type { BoothInput } from './booth.inputs';

/** All booths by code (a mall has about fifty), optionally in one status. Public. */
export function listBooths(context: RequestContext, status: BoothStatus | null | undefined): Promise<Booth[]> {
  agenciesPermissions.require(context.viewer, 'booth.read', null);
  return context.em.find(Booth, status ? { status } : {}, { orderBy: { code: 'asc' } });
}

/** Booths by ID, batched per request. */
export const boothById = defineLoader<string, Booth | null>(async (ids, context) => {
  if (!agenciesPermissions.allows(context.viewer, 'booth.read', null)) return ids.map(() => null);
  const booths = await context.em.find(Booth, { id: { $in: [...ids] } });
  return byKeys(ids, booths, (booth) => booth.id, null);
});

const DETAIL_FIELDS = ['status', 'openedOn'] as const;
const PLACEMENT_FIELDS = ['code', 'floor', 'agencyId'] as const;

/** A new booth: DPMPTSP decides where agencies sit. */
export async function createBooth(context: RequestContext, input: BoothInput): Promise<Booth> {
  agenciesPermissions.require(context.viewer, 'booth.create', input.agencyId ?? null);
  const booth = context.em.create(Booth, {
    id: newId(),
    code: await uniqueCode(context, input.code, null),
    floor: requireInteger(input.floor, 'floor', MIN_FLOOR, MAX_FLOOR),
    status: requireStatus(input.status),
    openedOn: optionalCalendarDate(input.openedOn, 'openedOn'),
    agency: await existingAgency(context, input.agencyId),
  });
  requireOpeningDate(booth);
  recordChange(context, {
    entityType: 'Booth',
    entityId: booth.id,
    action: 'CREATE',
    ownerAgencyId: booth.agency.id,
    changes: fieldChanges<BoothFacts>(null, boothFacts(booth), AUDITED_BOOTH_FIELDS),
  });
  await flushOrConflict(context.em, 'This booth', 'code');
  return booth;
}

/**
 * A patch of a booth. Its details (status, opening date) and its placement (code, floor,
 * agency) are separate permissions: a partner may close its own booth for the day, not move it.
 */
export async function updateBooth(context: RequestContext, id: string, version: number, input: BoothInput): Promise<Booth> {
  const booth = await context.em.findOne(Booth, { id });
  if (!booth) throw notFound('Booth');
  const owner = booth.agency.id;
  if (DETAIL_FIELDS.some((field) => input[field] !== undefined)) {
    agenciesPermissions.require(context.viewer, 'booth.updateDetails', owner);
  }
  if (PLACEMENT_FIELDS.some((field) => input[field] !== undefined)) {
    agenciesPermissions.require(context.viewer, 'booth.updatePlacement', owner);
  }
  if (!agenciesPermissions.allows(context.viewer, 'booth.updateDetails', owner)) {
    agenciesPermissions.require(context.viewer, 'booth.updatePlacement', owner);
  }
  requireVersion(booth, version, 'This booth');
  const before = boothFacts(booth);

  if (input.code !== undefined) booth.code = await uniqueCode(context, input.code, booth.id);
  if (input.floor !== undefined) booth.floor = requireInteger(input.floor, 'floor', MIN_FLOOR, MAX_FLOOR);
  if (input.status !== undefined) booth.status = requireStatus(input.status);
  if (input.openedOn !== undefined) booth.openedOn = optionalCalendarDate(input.openedOn, 'openedOn');
  if (input.agencyId !== undefined) booth.agency = await existingAgency(context, input.agencyId);
  requireOpeningDate(booth);
  const changes = fieldChanges<BoothFacts>(before, boothFacts(booth), AUDITED_BOOTH_FIELDS);
  if (changes.length > 0) recordChange(context, { entityType: 'Booth', entityId: booth.id, action: 'UPDATE', ownerAgencyId: booth.agency.id, changes });
  await flushOrConflict(context.em, 'This booth', 'code');
  return booth;
}

type BoothFacts = { code: string; floor: number; status: BoothStatus; openedOn: string | null; agencyId: string };
const AUDITED_BOOTH_FIELDS = ['code', 'floor', 'status', 'openedOn', 'agencyId'] as const;
function boothFacts(booth: Booth): BoothFacts {
  return { code: booth.code, floor: booth.floor, status: booth.status, openedOn: booth.openedOn, agencyId: booth.agency.id };
}

const MIN_FLOOR = -2;
const MAX_FLOOR = 10;
const BOOTH_CODE = /^[A-Z0-9]+(?:-[A-Z0-9]+)*$/;

async function uniqueCode(context: RequestContext, value: string | null | undefined, exceptId: string | null): Promise<string> {
  const code = (value ?? '').trim().toUpperCase();
  if (!BOOTH_CODE.test(code) || code.length > 16) {
    throw badUserInput('code', 'code must be letters and digits joined by hyphens, e.g. "G-07" (at most 16).');
  }
  const taken = await context.em.findOne(Booth, { code }, { fields: ['id'] });
  if (taken && taken.id !== exceptId) throw badUserInput('code', 'Another booth already has this code.');
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

async function existingAgency(context: RequestContext, agencyId: string | null | undefined) {
  if (!agencyId) throw badUserInput('agencyId', 'agencyId is required.');
  const agency = await context.em.findOne(Agency, { id: agencyId }, { fields: ['id'] });
  if (!agency) throw badUserInput('agencyId', 'No agency has this id.');
  return context.em.getReference(Agency, agencyId, { wrapped: true });
}

/** The booth's audit trail: DPMPTSP staff, and partners for their own agency's booths. */
export async function boothHistory(context: RequestContext, booth: Booth, limit?: number | null, offset?: number | null): Promise<Page<AuditRecord> | null> {
  if (!agenciesPermissions.allowsStaffField(context.viewer, 'history.read', booth.agency.id)) return null;
  return auditHistory(context, 'Booth', booth.id, limit, offset, agenciesPermissions.ownAgencyOnly(context.viewer, 'history.read'));
}
