import type { RaRecord } from 'react-admin';
import type { ResourceData } from '../data/resource';
import {
  BoothHistoryDocument,
  BoothListDocument,
  CreateBoothDocument,
  UpdateBoothDocument,
  type BoothFieldsFragment,
  type BoothInput,
  type BoothStatus,
} from '../generated/graphql';
import { currentWorkScope, inWorkScope } from '../auth/workScope';
import { request } from '../graphql/client';
import type { HistoryLoader } from '../history/HistoryPanel';
import { matchesSearch, pageOf, patchOf, requireFound, versionRead } from '../data/records';
import { onInputs, withFieldErrors } from '../data/saveErrors';

/** A booth as the screens use it: its agency flattened (id for inputs and permissions, name to show). */
export interface BoothRecord extends RaRecord {
  id: string;
  version: number;
  updatedAt: string;
  code: string;
  floor: number;
  status: BoothStatus;
  openedOn: string | null;
  agencyId: string;
  agencyName: string;
}

/** The API's booth statuses, in the order a booth goes through them. */
export const BOOTH_STATUSES: readonly BoothStatus[] = ['PLANNED', 'OPEN', 'TEMPORARILY_CLOSED', 'CLOSED'];

/** Details (partners change their own booths') and placement (DPMPTSP's), as in the server's policy. */
export const DETAIL_FIELDS: readonly (keyof BoothInput)[] = ['status', 'openedOn'];
export const PLACEMENT_FIELDS: readonly (keyof BoothInput)[] = ['code', 'floor', 'agencyId'];

interface BoothFilter {
  q?: string;
  status?: BoothStatus;
  agencyId?: string;
}

function toRecord({ agency, ...booth }: BoothFieldsFragment): BoothRecord {
  return { ...booth, agencyId: agency.id, agencyName: agency.shortName ?? agency.name };
}

/**
 * The booths the user works on (all for DPMPTSP staff, a partner's own agency's), searched and
 * filtered here: the API lists every booth of the mall at once.
 */
async function boothsInScope(filter: BoothFilter): Promise<BoothRecord[]> {
  const [{ booths }, scope] = await Promise.all([request(BoothListDocument, {}), currentWorkScope()]);
  return booths
    .map(toRecord)
    .filter(
      (booth) =>
        inWorkScope(scope, booth.agencyId) &&
        (!filter.status || booth.status === filter.status) &&
        (!filter.agencyId || booth.agencyId === filter.agencyId) &&
        matchesSearch(filter.q, [booth.code, booth.agencyName]),
    );
}

/** The booth's input from the create form: every field the API needs to place it. */
function creationInput(data: Partial<BoothRecord>): BoothInput {
  return { code: data.code, floor: data.floor, status: data.status, openedOn: data.openedOn || null, agencyId: data.agencyId };
}

export const boothsData = {
  async getList(_resource, params) {
    return pageOf(await boothsInScope(params.filter as BoothFilter), params);
  },
  /** The API has no lookup of one booth; there are about fifty. */
  async getOne(_resource, params) {
    const booths = await boothsInScope({});
    return { data: requireFound(booths.find((booth) => booth.id === String(params.id))) };
  },
  async getMany(_resource, params) {
    const wanted = new Set(params.ids.map(String));
    return { data: (await boothsInScope({})).filter((booth) => wanted.has(booth.id)) };
  },
  /** An agency's booths (the agency screen), by `agencyId`. */
  async getManyReference(_resource, params) {
    const filter = { ...(params.filter as BoothFilter), [params.target]: String(params.id) };
    return pageOf(await boothsInScope(filter), params);
  },
  async create(_resource, params) {
    const { createBooth } = await withFieldErrors(request(CreateBoothDocument, { input: creationInput(params.data as Partial<BoothRecord>) }), onInputs([...PLACEMENT_FIELDS, ...DETAIL_FIELDS]));
    return { data: toRecord(createBooth) };
  },
  async update(_resource, params) {
    const input = patchOf<BoothInput>(params.data as Record<string, unknown>, params.previousData as Record<string, unknown>, [...PLACEMENT_FIELDS, ...DETAIL_FIELDS]);
    const { updateBooth } = await withFieldErrors(request(UpdateBoothDocument, { id: String(params.id), version: versionRead(params.previousData), input }), onInputs([...PLACEMENT_FIELDS, ...DETAIL_FIELDS]));
    return { data: toRecord(updateBooth) };
  },
} as ResourceData;

/** The booth's audit trail, a page at a time, read through its agency (null when the user may not read it). */
export const boothHistory: HistoryLoader<BoothRecord> = async (booth, { limit, offset }) => {
  const result = await request(BoothHistoryDocument, { agencyId: booth.agencyId, limit, offset });
  return result.agency?.booths.find((candidate) => candidate.id === booth.id)?.history ?? null;
};
