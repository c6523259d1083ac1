import type { RaRecord } from 'react-admin';
import { currentWorkScope, inWorkScope } from '../auth/workScope';
import type { ResourceData } from '../data/resource';
import { matchesSearch, pageOf, patchOf, requireFound, versionRead } from '../data/records';
import { withFieldErrors, type FieldErrorOptions } from '../data/saveErrors';
import {
  CreateFacilityDocument,
  FacilityFeatureOptionsDocument,
  FacilityHistoryDocument,
  FacilityListDocument,
  FacilityOneDocument,
  SetFacilityStatusDocument,
  UpdateFacilityDocument,
  type FacilityFieldsFragment,
  type FacilityInput,
  type FacilityKind,
  type FacilityStatus,
} from '../generated/graphql';
import { request } from '../graphql/client';
import type { HistoryLoader } from '../history/HistoryPanel';
import { hoursInput, isTimeInputPath, weekOf, type WeeklyHoursValue } from '../hours/weeklyHours';

/**
 * A facility as the screens use it: the API's fields, its operator flattened (id for inputs,
 * name to show) and its hours as the hours editor holds them. `agencyId` is the operator too:
 * the agency whose partners may set the status, which the CMS's permission mirror reads.
 */
export interface FacilityRecord extends RaRecord {
  id: string;
  version: number;
  updatedAt: string;
  slug: string;
  name: string;
  kind: FacilityKind;
  floor: number;
  location: string | null;
  description: string | null;
  operatorAgencyId: string | null;
  agencyId: string | null;
  /** Empty when DPMPTSP runs it (or the agencies subgraph could not be asked). */
  operatorName: string;
  features: string[];
  photoUrls: string[];
  status: FacilityStatus;
  statusNote: string | null;
  statusSince: string;
  /** Staff who may read its editorial side: its status was set longer ago than the platform's stale age; null for others. */
  statusStale: boolean | null;
  reachableFromOutside: boolean;
  openingHours: WeeklyHoursValue;
  isOpenNow: boolean;
  nextChangeAt: string | null;
}

/** The API's kinds, in the order the filter and the form offer them (the public's most asked first). */
export const FACILITY_KINDS: readonly FacilityKind[] = [
  'ATM',
  'CAFETERIA',
  'MINIMARKET',
  'PRAYER_ROOM',
  'TOILET',
  'PARKING',
  'WAITING_AREA',
  'LACTATION_ROOM',
  'CHILDREN_AREA',
  'SMOKING_AREA',
  'ACCESSIBILITY',
  'OTHER',
];

/** The API's statuses, the working one first. */
export const FACILITY_STATUSES: readonly FacilityStatus[] = ['OPERATIONAL', 'OUT_OF_SERVICE', 'CLOSED'];

/** The kinds that sell things, and so have listings (the API's rule). */
export const SELLING_KINDS: readonly FacilityKind[] = ['CAFETERIA', 'MINIMARKET', 'OTHER'];

/** The API's floors. */
export const MIN_FLOOR = -2;
export const MAX_FLOOR = 10;

/** What the form sets: the API's input fields (the status has its own mutation). */
export const FACILITY_FIELDS: readonly (keyof FacilityInput)[] = [
  'name',
  'slug',
  'kind',
  'floor',
  'location',
  'description',
  'operatorAgencyId',
  'features',
  'photoUrls',
  'reachableFromOutside',
  'openingHours',
];

export interface FacilityFilter {
  q?: string;
  kind?: FacilityKind;
  floor?: number | string;
  status?: FacilityStatus;
  /** 'stale' or 'confirmed': whether the status was set longer ago than the platform's stale age. */
  confirmation?: 'stale' | 'confirmed';
}

function toRecord(facility: FacilityFieldsFragment): FacilityRecord {
  const { operator, openingHours, ...fields } = facility;
  return {
    ...fields,
    agencyId: facility.operatorAgencyId,
    operatorName: operator?.shortName ?? operator?.name ?? '',
    openingHours: weekOf(openingHours),
  };
}

function floorOf(value: unknown): number | null {
  if (value === undefined || value === null || value === '') return null;
  const floor = Number(value);
  return Number.isInteger(floor) ? floor : null;
}

/**
 * The facilities the user works on (every one for DPMPTSP staff, those a partner's agency
 * operates), filtered here beside the API's kind and floor: the mall has a few dozen.
 */
async function facilitiesInScope(filter: FacilityFilter): Promise<FacilityRecord[]> {
  const [{ facilities }, scope] = await Promise.all([request(FacilityListDocument, { kind: filter.kind ?? null, floor: floorOf(filter.floor) }), currentWorkScope()]);
  return facilities
    .map(toRecord)
    .filter(
      (facility) =>
        inWorkScope(scope, facility.operatorAgencyId) &&
        (!filter.status || facility.status === filter.status) &&
        (!filter.confirmation || facility.statusStale === (filter.confirmation === 'stale')) &&
        matchesSearch(filter.q, [facility.name, facility.slug, facility.location, facility.operatorName]),
    );
}

/** The form's values as the API's input: trimmed texts, hours as the API takes them, empty photo rows dropped. */
function facilityInput(values: Partial<Record<keyof FacilityInput, unknown>>): FacilityInput {
  const input = { ...values } as FacilityInput;
  for (const field of ['name', 'slug', 'location', 'description'] as const) {
    const value = values[field];
    if (typeof value === 'string') input[field] = value.trim() === '' && field !== 'name' ? null : value.trim();
  }
  if (Array.isArray(values.photoUrls)) input.photoUrls = (values.photoUrls as unknown[]).map((url) => (typeof url === 'string' ? url.trim() : '')).filter((url) => url !== '');
  if (Array.isArray(values.features)) input.features = (values.features as unknown[]).map((feature) => String(feature).trim().toUpperCase());
  if (values.openingHours) input.openingHours = hoursInput(values.openingHours as WeeklyHoursValue);
  if (values.slug === '' || values.slug === null) delete input.slug;
  return input;
}

/**
 * A refused field goes on its input: a feature (`features.2`) on the features input, a photo
 * (`photoUrls.1`) on its own row, a time of the opening hours on its own input; each with the
 * screens' own sentence (the notification adds the API's precise reason).
 */
export const FACILITY_FIELD_ERRORS: FieldErrorOptions = {
  formField: (apiField) => {
    const root = apiField.split('.')[0];
    if (root === 'features') return 'features';
    if (root === 'photoUrls') return /^photoUrls\.\d+$/.test(apiField) ? apiField : null;
    if (root === 'openingHours') return isTimeInputPath(apiField, 'openingHours') ? apiField : null;
    return (FACILITY_FIELDS as readonly string[]).includes(root) ? root : null;
  },
  message: (_error, formField) => `mpp.facilities.invalid.${formField.split('.')[0]}`,
};

export const facilitiesData = {
  async getList(_resource, params) {
    return pageOf(await facilitiesInScope(params.filter as FacilityFilter), params);
  },
  async getOne(_resource, params) {
    const [{ facility }, scope] = await Promise.all([request(FacilityOneDocument, { id: String(params.id) }), currentWorkScope()]);
    const record = facility ? toRecord(facility) : null;
    // Another agency's facility: "not found" for a partner, as for its other records.
    return { data: requireFound(record && inWorkScope(scope, record.operatorAgencyId) ? record : null) };
  },
  async getMany(_resource, params) {
    const wanted = new Set(params.ids.map(String));
    return { data: (await facilitiesInScope({})).filter((facility) => wanted.has(facility.id)) };
  },
  /** Every field the form holds; the API makes the slug from the name when none is given. */
  async create(_resource, params) {
    const input = facilityInput(params.data as Partial<Record<keyof FacilityInput, unknown>>);
    const { createFacility } = await withFieldErrors(request(CreateFacilityDocument, { input }), FACILITY_FIELD_ERRORS);
    return { data: toRecord(createFacility) };
  },
  /** A patch of what the form changed, with the version read. */
  async update(_resource, params) {
    const patch = patchOf<FacilityInput>(params.data as Record<string, unknown>, params.previousData as Record<string, unknown>, FACILITY_FIELDS);
    const input = facilityInput(patch);
    const { updateFacility } = await withFieldErrors(request(UpdateFacilityDocument, { id: String(params.id), version: versionRead(params.previousData), input }), FACILITY_FIELD_ERRORS);
    return { data: toRecord(updateFacility) };
  },
} as ResourceData;

/**
 * Sets the facility's status from now, with a note for visitors (blank: none), sending the
 * version read: someone else's change meanwhile is CONFLICT.
 */
export async function setFacilityStatus(facility: Pick<FacilityRecord, 'id' | 'version'>, status: FacilityStatus, note: string): Promise<FacilityRecord> {
  const trimmed = note.trim();
  const { setFacilityStatus: saved } = await request(SetFacilityStatusDocument, { id: facility.id, version: facility.version, status, note: trimmed === '' ? null : trimmed });
  return toRecord(saved);
}

/** The features a facility of this kind may list; empty: any code (a kind without a set of its own). */
export async function featureOptionsOf(kind: FacilityKind): Promise<string[]> {
  return (await request(FacilityFeatureOptionsDocument, { kind })).facilityFeatureOptions;
}

/** The facility's audit trail, a page at a time (null when the user may not read it). */
export const facilityHistory: HistoryLoader<FacilityRecord> = async (facility, { limit, offset }) => {
  const result = await request(FacilityHistoryDocument, { id: facility.id, limit, offset });
  return result.facility?.history ?? null;
};
