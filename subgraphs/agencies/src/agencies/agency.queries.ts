import { idOrSlug, type Page } from '@mpp/kit';
import { auditHistory, type AuditRecord, byKeys, byNameAsRead, defineLoader, findRecords, type RequestContext } from '@mpp/kit/subgraph';
import { Agency, type AgencyKind, type AgencyRecord } from './agency.entity';
import { agencyPolicy } from './agency.policy';

/** Agencies are public (the table lets everyone read them); asked anyway, so a change there holds. */
export function listAgencies(context: RequestContext, kind: AgencyKind | null | undefined): Promise<AgencyRecord[]> {
  agencyPolicy.require(context.viewer, 'agency.read', null);
  return findRecords(context.em, Agency, kind ? { kind } : {}, { orderBy: byNameAsRead<Agency>(context) });
}

/** One agency by ID or slug (exactly one of them); null when there is none. */
export async function findAgency(context: RequestContext, lookup: { id?: string | null; slug?: string | null }): Promise<AgencyRecord | null> {
  const by = idOrSlug(lookup);
  if (!agencyPolicy.allows(context.viewer, 'agency.read', null)) return null;
  if (by.by === 'id') return agencyById(context).load(by.id);
  const [agency] = await findRecords(context.em, Agency, { slug: by.slug });
  return agency ?? null;
}

/** Agencies by ID, batched per request (booth → agency, account → agency, `_entities` from the gateway). */
export const agencyById = defineLoader<string, AgencyRecord | null>(async (ids, context) => {
  if (!agencyPolicy.allows(context.viewer, 'agency.read', null)) return ids.map(() => null);
  const agencies = await findRecords(context.em, Agency, { id: { $in: [...ids] } });
  return byKeys(ids, agencies, (agency) => agency.id, null);
});

/** The agency's audit trail: DPMPTSP staff, and partners for their own agency. */
export async function agencyHistory(context: RequestContext, agency: AgencyRecord, limit?: number | null, offset?: number | null): Promise<Page<AuditRecord> | null> {
  if (!agencyPolicy.allowsStaffField(context.viewer, 'agency.readHistory', agency.id)) return null;
  return auditHistory(context, 'Agency', agency.id, limit, offset, agencyPolicy.ownAgencyOnly(context.viewer, 'agency.readHistory'));
}
