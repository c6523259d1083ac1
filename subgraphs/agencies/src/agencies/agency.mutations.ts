import { badUserInput, notFound, optionalEmail, optionalPhone, optionalText, optionalUrl, requireSlug, requireText } from '@mpp/kit';
import { fieldChanges, flushOrConflict, inUnitOfWork, recordChange, requireVersion, type RequestContext } from '@mpp/kit/subgraph';
import { Agency } from './agency.entity';
import type { AgencyInput } from './agency.inputs';
import { agencyPolicy } from './agency.policy';

const AGENCY = 'This agency';
const CONTACT_FIELDS = ['description', 'website', 'phone', 'email'] as const;
const IDENTITY_FIELDS = ['name', 'shortName', 'slug', 'kind'] as const;
const AUDITED = [...IDENTITY_FIELDS, ...CONTACT_FIELDS] as const;

/**
 * A patch of an agency, as one unit of work. Contact details and identity are separate
 * permissions (a partner may keep its own contact data true, but not rename itself); both are
 * checked before the version and any field rule, so a caller learns nothing about a record they
 * may not change. Refusals in order: NOT_FOUND, FORBIDDEN, CONFLICT, then field rules.
 */
export function updateAgency(context: RequestContext, id: string, version: number, input: AgencyInput): Promise<Agency> {
  return inUnitOfWork(context, async (unit) => {
    const agency = await unit.em.findOne(Agency, { id });
    if (!agency || !agencyPolicy.allows(unit.viewer, 'agency.read', agency.id)) throw notFound('Agency');
    if (CONTACT_FIELDS.some((field) => input[field] !== undefined)) agencyPolicy.require(unit.viewer, 'agency.updateContact', agency.id);
    if (IDENTITY_FIELDS.some((field) => input[field] !== undefined)) agencyPolicy.require(unit.viewer, 'agency.updateIdentity', agency.id);
    // An empty patch still needs one of the two rights.
    if (!agencyPolicy.allows(unit.viewer, 'agency.updateContact', agency.id)) agencyPolicy.require(unit.viewer, 'agency.updateIdentity', agency.id);
    requireVersion(agency, version, AGENCY);

    const before = { ...agency };
    if (input.name !== undefined) agency.name = requireText(input.name, 'name', 2, 200);
    if (input.shortName !== undefined) agency.shortName = optionalText(input.shortName, 'shortName', 60);
    if (input.slug !== undefined) agency.slug = await freeSlug(unit, input.slug, agency.id);
    if (input.kind !== undefined) {
      if (input.kind === null) throw badUserInput('kind', 'kind cannot be empty.');
      agency.kind = input.kind;
    }
    if (input.description !== undefined) agency.description = optionalText(input.description, 'description', 2000);
    if (input.website !== undefined) agency.website = optionalUrl(input.website, 'website', 300);
    if (input.phone !== undefined) agency.phone = optionalPhone(input.phone, 'phone');
    if (input.email !== undefined) agency.email = optionalEmail(input.email, 'email');

    const changes = fieldChanges<Agency>(before, agency, AUDITED);
    if (changes.length > 0) recordChange(unit, { entityType: 'Agency', entityId: agency.id, action: 'UPDATE', ownerAgencyId: agency.id, changes });
    // Two agencies given one slug at the same moment: the unique index decides.
    await flushOrConflict(unit.em, AGENCY, 'slug');
    return agency;
  });
}

/** A well-formed slug no other agency has. */
async function freeSlug(unit: RequestContext, value: string | null, agencyId: string): Promise<string> {
  const slug = requireSlug(value);
  const taken = await unit.em.findOne(Agency, { slug, id: { $ne: agencyId } }, { fields: ['id'] });
  if (taken) throw badUserInput('slug', 'Another agency already has this slug.');
  return slug;
}
