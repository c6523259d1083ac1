import type { Page } from '@mpp/kit';
import { auditHistory, byKeys, defineLoader, groupByKeys, type AuditRecord, type RequestContext } from '@mpp/kit/subgraph';
import { Booth, type BoothStatus } from './booth.entity';
import { boothPolicy } from './booth.policy';

/** All booths by code (a mall has about fifty), optionally in one status. Public. */
export function listBooths(context: RequestContext, status: BoothStatus | null | undefined): Promise<Booth[]> {
  boothPolicy.require(context.viewer, 'booth.read', null);
  return context.em.find(Booth, status ? { status } : {}, { orderBy: { code: 'asc' } });
}

/** Booths by ID, batched per request. */
export const boothById = defineLoader<string, Booth | null>(async (ids, context) => {
  if (!boothPolicy.allows(context.viewer, 'booth.read', null)) return ids.map(() => null);
  const booths = await context.em.find(Booth, { id: { $in: [...ids] } });
  return byKeys(ids, booths, (booth) => booth.id, null);
});

/** Each agency's booths by code, batched per request. */
export const boothsOfAgency = defineLoader<string, Booth[]>(async (agencyIds, context) => {
  if (!boothPolicy.allows(context.viewer, 'booth.read', null)) return agencyIds.map(() => []);
  const booths = await context.em.find(Booth, { agency: { $in: [...agencyIds] } }, { orderBy: { code: 'asc' } });
  return groupByKeys(agencyIds, booths, (booth) => booth.agency.id);
});

/** The booth's audit trail: DPMPTSP staff, and partners for their own agency's booths. */
export async function boothHistory(context: RequestContext, booth: Booth, limit?: number | null, offset?: number | null): Promise<Page<AuditRecord> | null> {
  if (!boothPolicy.allowsStaffField(context.viewer, 'booth.readHistory', booth.agency.id)) return null;
  return auditHistory(context, 'Booth', booth.id, limit, offset, boothPolicy.ownAgencyOnly(context.viewer, 'booth.readHistory'));
}
