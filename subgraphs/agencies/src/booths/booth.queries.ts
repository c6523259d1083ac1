import type { Page } from '@mpp/kit';
import { auditHistory, byKeys, defineLoader, findRecords, groupByKeys, type AuditRecord, type RequestContext } from '@mpp/kit/subgraph';
import { Booth, type BoothRecord, type BoothStatus } from './booth.entity';
import { boothPolicy } from './booth.policy';

/** All booths by code (a mall has about fifty), optionally in one status. Public. */
export function listBooths(context: RequestContext, status: BoothStatus | null | undefined): Promise<BoothRecord[]> {
  boothPolicy.require(context.viewer, 'booth.read', null);
  return findRecords(context.em, Booth, status ? { status } : {}, { orderBy: { code: 'asc' } });
}

/** Booths by ID, batched per request. */
export const boothById = defineLoader<string, BoothRecord | null>(async (ids, context) => {
  if (!boothPolicy.allows(context.viewer, 'booth.read', null)) return ids.map(() => null);
  const booths = await findRecords(context.em, Booth, { id: { $in: [...ids] } });
  return byKeys(ids, booths, (booth) => booth.id, null);
});

/** Each agency's booths by code, batched per request. */
export const boothsOfAgency = defineLoader<string, BoothRecord[]>(async (agencyIds, context) => {
  if (!boothPolicy.allows(context.viewer, 'booth.read', null)) return agencyIds.map(() => []);
  const booths = await findRecords(context.em, Booth, { agency: { $in: [...agencyIds] } }, { orderBy: { code: 'asc' } });
  return groupByKeys(agencyIds, booths, (booth) => booth.agency.id);
});

/** The booth's audit trail: DPMPTSP staff, and partners for their own agency's booths. */
export async function boothHistory(context: RequestContext, booth: BoothRecord, limit?: number | null, offset?: number | null): Promise<Page<AuditRecord> | null> {
  if (!boothPolicy.allowsStaffField(context.viewer, 'booth.readHistory', booth.agency.id)) return null;
  return auditHistory(context, 'Booth', booth.id, limit, offset, boothPolicy.ownAgencyOnly(context.viewer, 'booth.readHistory'));
}
