import { fieldChanges, flushOrConflict, inUnitOfWork, recordChange, requireVersion, type RequestContext } from '@mpp/kit/subgraph';
import type { Mall } from './mall.entity';
import type { MallInput } from './mall.inputs';
import { mallPolicy } from './mall.policy';
import { MALL_ENTITY, mallRecord } from './mall.queries';
import { optionalMallEmail, optionalMallPhone, optionalWebsite, requireAddress, requireMallHours, requireMallName } from './mall.rules';

const MALL = "The mall's profile";
const AUDITED = ['name', 'address', 'phone', 'email', 'website', 'openingHours'] as const;

/**
 * A patch of the mall's profile and weekly hours (EDITOR, ADMIN); send the version you read.
 * Refusals in order: FORBIDDEN (UNAUTHENTICATED anonymously), CONFLICT, field rules.
 */
export function updateMall(context: RequestContext, version: number, input: MallInput): Promise<Mall> {
  mallPolicy.require(context.viewer, 'mall.manage', null);
  return inUnitOfWork(context, async (unit) => {
    const mall = await mallRecord(unit);
    requireVersion(mall, version, MALL);
    const before = { ...mall };
    if (input.name !== undefined) mall.name = requireMallName(input.name);
    if (input.address !== undefined) mall.address = requireAddress(input.address);
    if (input.phone !== undefined) mall.phone = optionalMallPhone(input.phone);
    if (input.email !== undefined) mall.email = optionalMallEmail(input.email);
    if (input.website !== undefined) mall.website = optionalWebsite(input.website);
    if (input.openingHours !== undefined) mall.openingHours = requireMallHours(input.openingHours);

    const changes = fieldChanges<Mall>(before, mall, AUDITED);
    if (changes.length > 0) recordChange(unit, { entityType: MALL_ENTITY, entityId: mall.id, action: 'UPDATE', ownerAgencyId: null, changes });
    await flushOrConflict(unit.em, MALL);
    return mall;
  });
}
