import type { RaRecord } from 'react-admin';
import type { ResourceData } from '../data/resource';
import {
  AgencyHistoryDocument,
  AgencyListDocument,
  AgencyOneDocument,
  UpdateAgencyDocument,
  type AgencyFieldsFragment,
  type AgencyInput,
  type AgencyKind,
} from '../generated/graphql';
import { currentWorkScope, inWorkScope } from '../auth/workScope';
import { request } from '../graphql/client';
import type { HistoryLoader } from '../history/HistoryPanel';
import { matchesSearch, pageOf, patchOf, requireFound, versionRead } from '../data/records';
import { onInputs, withFieldErrors } from '../data/saveErrors';

/** An agency as the screens use it: the API's fields. */
export type AgencyRecord = AgencyFieldsFragment & RaRecord;

/** The API's kinds of agency, in the order the filter offers them. */
export const AGENCY_KINDS: readonly AgencyKind[] = ['REGIONAL_GOVERNMENT', 'CENTRAL_GOVERNMENT', 'SOCIAL_SECURITY', 'BANK', 'STATE_ENTERPRISE', 'OTHER'];

/** Contact details (partners keep their own agency's true) and identity (DPMPTSP's), as in the server's policy. */
export const CONTACT_FIELDS: readonly (keyof AgencyInput)[] = ['description', 'website', 'phone', 'email'];
export const IDENTITY_FIELDS: readonly (keyof AgencyInput)[] = ['name', 'shortName', 'slug', 'kind'];

interface AgencyFilter {
  q?: string;
  kind?: AgencyKind;
}

/** The agencies the user works on: all for DPMPTSP staff, their own for a partner. Searched and filtered here. */
async function agenciesInScope(filter: AgencyFilter): Promise<AgencyRecord[]> {
  const [{ agencies }, scope] = await Promise.all([request(AgencyListDocument, {}), currentWorkScope()]);
  return agencies.filter(
    (agency) =>
      inWorkScope(scope, agency.id) && (!filter.kind || agency.kind === filter.kind) && matchesSearch(filter.q, [agency.name, agency.shortName, agency.slug]),
  );
}

export const agenciesData = {
  async getList(_resource, params) {
    return pageOf(await agenciesInScope(params.filter as AgencyFilter), params);
  },
  async getOne(_resource, params) {
    const [{ agency }, scope] = await Promise.all([request(AgencyOneDocument, { id: String(params.id) }), currentWorkScope()]);
    return { data: requireFound(agency && inWorkScope(scope, agency.id) ? agency : null) };
  },
  /** Names of agencies other records point to (a service's, a booth's): public, so not narrowed. */
  async getMany(_resource, params) {
    const wanted = new Set(params.ids.map(String));
    const { agencies } = await request(AgencyListDocument, {});
    return { data: agencies.filter((agency) => wanted.has(agency.id)) };
  },
  async update(_resource, params) {
    const input = patchOf<AgencyInput>(params.data as Record<string, unknown>, params.previousData as Record<string, unknown>, [...IDENTITY_FIELDS, ...CONTACT_FIELDS]);
    const { updateAgency } = await withFieldErrors(request(UpdateAgencyDocument, { id: String(params.id), version: versionRead(params.previousData), input }), onInputs([...IDENTITY_FIELDS, ...CONTACT_FIELDS]));
    return { data: updateAgency };
  },
} as ResourceData;

/** The agency's audit trail, a page at a time (null when the user may not read it). */
export const agencyHistory: HistoryLoader<AgencyRecord> = async (agency, { limit, offset }) => {
  const result = await request(AgencyHistoryDocument, { id: agency.id, limit, offset });
  return result.agency?.history ?? null;
};
