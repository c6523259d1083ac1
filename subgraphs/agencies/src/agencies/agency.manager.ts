import { byKeys, idOrSlug, defineLoader, groupByKeys, type RequestContext } from '@mpp/kit';
import { Booth } from '../booths/booth.entity';
import { Agency, AgencyKind } from './agency.entity';

/** Agencies are public: everyone reads them. Edits come with the identity and permission work. */
export async function listAgencies(context: RequestContext, kind: AgencyKind | null | undefined): Promise<Agency[]> {
  return context.em.find(Agency, kind ? { kind } : {}, { orderBy: { name: 'asc', id: 'asc' } });
}

/** One agency by ID or slug (exactly one of them); null when there is none. */
export async function findAgency(
  context: RequestContext,
  lookup: { id?: string | null; slug?: string | null },
): Promise<Agency | null> {
  const by = idOrSlug(lookup);
  if (by.by === 'id') return agencyById(context).load(by.id);
  return context.em.findOne(Agency, { slug: by.slug });
}

/** Agencies by ID, batched per request (booth → agency, `_entities` from the gateway). */
export const agencyById = defineLoader<string, Agency | null>(async (ids, context) => {
  const agencies = await context.em.find(Agency, { id: { $in: [...ids] } });
  return byKeys(ids, agencies, (agency) => agency.id, null);
});

/** Each agency's booths by code, batched per request. */
export const boothsOfAgency = defineLoader<string, Booth[]>(async (agencyIds, context) => {
  const booths = await context.em.find(
    Booth,
    { agency: { $in: [...agencyIds] } },
    { orderBy: { code: 'asc' } },
  );
  return groupByKeys(agencyIds, booths, (booth) => booth.agency.id);
});
