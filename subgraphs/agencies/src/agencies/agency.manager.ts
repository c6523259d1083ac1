
import { badUserInput, type Page, idOrSlug, notFound, optionalEmail, optionalPhone, optionalText, optionalUrl, requireSlug, requireText } from '@mpp/kit';
import { auditHistory, byKeys, type AuditRecord, fieldChanges, recordChange, defineLoader, flushOrConflict, groupByKeys, requireVersion, type RequestContext } from '@mpp/kit/subgraph';
import { agenciesPermissions } from '../access/permissions';
import { Booth } from '../booths/booth.entity';
import { Agency, AgencyKind } from './agency.entity';
import type { AgencyInput } from './agency.inputs';

/** Agencies are public (the table lets everyone read them); asked anyway, so a change there holds. */
export async function listAgencies(context: RequestContext, kind: AgencyKind | null | undefined): Promise<Agency[]> {
  agenciesPermissions.require(context.viewer, 'agency.read', null);
  return context.em.find(Agency, kind ? { kind } : {}, { orderBy: { name: 'asc', id: 'asc' } });
}

/** One agency by ID or slug (exactly one of them); null when there is none. */
export async function findAgency(
  context: RequestContext,
  lookup: { id?: string | null; slug?: string | null },
): Promise<Agency | null> {
  const by = idOrSlug(lookup);
  if (!agenciesPermissions.allows(context.viewer, 'agency.read', null)) return null;
  if (by.by === 'id') return agencyById(context).load(by.id);
  return context.em.findOne(Agency, { slug: by.slug });
}

/** Agencies by ID, batched per request (booth → agency, `_entities` from the gateway). */
export const agencyById = defineLoader<string, Agency | null>(async (ids, context) => {
  if (!agenciesPermissions.allows(context.viewer, 'agency.read', null)) return ids.map(() => null);
  const agencies = await context.em.find(Agency, { id: { $in: [...ids] } });
  return byKeys(ids, agencies, (agency) => agency.id, null);
});

/** Each agency's booths by code, batched per request. */
export const boothsOfAgency = defineLoader<string, Booth[]>(async (agencyIds, context) => {
  if (!agenciesPermissions.allows(context.viewer, 'booth.read', null)) return agencyIds.map(() => []);
  const booths = await context.em.find(
    Booth,
    { agency: { $in: [...agencyIds] } },
    { orderBy: { code: 'asc' } },
  );
  return groupByKeys(agencyIds, booths, (booth) => booth.agency.id);
});

const CONTACT_FIELDS = ['description', 'website', 'phone', 'email'] as const;
const AUDITED_AGENCY_FIELDS = ['name', 'shortName', 'slug', 'kind', 'description', 'website', 'phone', 'email'] as const;
const IDENTITY_FIELDS = ['name', 'shortName', 'slug', 'kind'] as const;

/**
 * A patch of an agency. Contact details and identity are separate permissions (a partner may
 * keep its own contact data true, but not rename itself); both are checked before any field
 * rule, so a caller learns nothing about a record they may not change.
 */
export async function updateAgency(context: RequestContext, id: string, version: number, input: AgencyInput): Promise<Agency> {
  const agency = await context.em.findOne(Agency, { id });
  if (!agency) throw notFound('Agency');
  if (CONTACT_FIELDS.some((field) => input[field] !== undefined)) {
    agenciesPermissions.require(context.viewer, 'agency.updateContact', agency.id);
  }
  if (IDENTITY_FIELDS.some((field) => input[field] !== undefined)) {
    agenciesPermissions.require(context.viewer, 'agency.updateIdentity', agency.id);
  }
  if (!agenciesPermissions.allows(context.viewer, 'agency.updateContact', agency.id)) {
    agenciesPermissions.require(context.viewer, 'agency.updateIdentity', agency.id);
  }
  requireVersion(agency, version, 'This agency');
  const before = { ...agency };

  if (input.name !== undefined) agency.name = requireText(input.name, 'name', 2, 200);
  if (input.shortName !== undefined) agency.shortName = optionalText(input.shortName, 'shortName', 60);
  if (input.slug !== undefined) {
    const slug = requireSlug(input.slug);
    const taken = await context.em.findOne(Agency, { slug, id: { $ne: agency.id } }, { fields: ['id'] });
    if (taken) throw badUserInput('slug', 'Another agency already has this slug.');
    agency.slug = slug;
  }
  if (input.kind !== undefined) {
    if (input.kind === null) throw badUserInput('kind', 'kind cannot be empty.');
    agency.kind = input.kind;
  }
  if (input.description !== undefined) agency.description = optionalText(input.description, 'description', 2000);
  if (input.website !== undefined) agency.website = optionalUrl(input.website, 'website', 300);
  if (input.phone !== undefined) agency.phone = optionalPhone(input.phone, 'phone');
  if (input.email !== undefined) agency.email = optionalEmail(input.email, 'email');
  const changes = fieldChanges<Agency>(before, agency, AUDITED_AGENCY_FIELDS);
  if (changes.length > 0) recordChange(context, { entityType: 'Agency', entityId: agency.id, action: 'UPDATE', ownerAgencyId: agency.id, changes });
  await flushOrConflict(context.em, 'This agency', 'slug');
  return agency;
}

/** The agency's audit trail: DPMPTSP staff, and partners for their own agency. */
export async function agencyHistory(context: RequestContext, agency: Agency, limit?: number | null, offset?: number | null): Promise<Page<AuditRecord> | null> {
  if (!agenciesPermissions.allowsStaffField(context.viewer, 'history.read', agency.id)) return null;
  return auditHistory(context, 'Agency', agency.id, limit, offset, agenciesPermissions.ownAgencyOnly(context.viewer, 'history.read'));
}
