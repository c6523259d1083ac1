import type { FilterQuery } from '@mikro-orm/core';
import { clock, idOrSlug, type Page } from '@mpp/kit';
import { auditHistory, byKeys, byNameAsRead, defineLoader, groupByKeys, type AuditRecord, type RequestContext } from '@mpp/kit/subgraph';
import { mallCalendarOf } from '../mall/mall.queries';
import { Facility, type FacilityKind } from './facility.entity';
import { featureOptionsOf } from './facility.features';
import { openingAt, type OpenNow } from './facility.opening';
import { facilityPolicy } from './facility.policy';

export const FACILITY_ENTITY = 'Facility';

export interface FacilityFilter {
  kind?: FacilityKind | null;
  floor?: number | null;
  /** Only facilities whose status is (true) or is not (false) stale: editorial staff only. */
  stale?: boolean | null;
}

/**
 * Facilities by name as people read it, of one kind or floor when asked. Public — except the
 * `stale` filter, which is the staff's view (facility.readEditorial): anonymous callers get
 * UNAUTHENTICATED, staff without it FORBIDDEN, a partner their own agency's facilities only.
 */
export async function listFacilities(context: RequestContext, filter: FacilityFilter): Promise<Facility[]> {
  facilityPolicy.require(context.viewer, 'facility.read', null);
  const conditions: FilterQuery<Facility>[] = [];
  if (filter.kind) conditions.push({ kind: filter.kind });
  if (typeof filter.floor === 'number') conditions.push({ floor: filter.floor });
  if (typeof filter.stale === 'boolean') {
    const reach = facilityPolicy.reach(context.viewer, 'facility.readEditorial');
    if (reach === 'none') facilityPolicy.require(context.viewer, 'facility.readEditorial', null);
    if (reach === 'own') {
      // A partner's view: the facilities their own agency operates.
      const agencyId = facilityPolicy.ownAgencyOnly(context.viewer, 'facility.readEditorial');
      if (!agencyId) return [];
      conditions.push({ operatorAgencyId: agencyId });
    }
    const staleBefore = staleBeforeOf(context);
    conditions.push(filter.stale ? { statusSince: { $lt: staleBefore } } : { statusSince: { $gte: staleBefore } });
  }
  return context.em.find(Facility, conditions.length > 0 ? { $and: conditions } : {}, { orderBy: byNameAsRead<Facility>(context) });
}

/** One facility by id or slug (exactly one); null when none. Public. */
export async function findFacility(context: RequestContext, lookup: { id?: string | null; slug?: string | null }): Promise<Facility | null> {
  facilityPolicy.require(context.viewer, 'facility.read', null);
  const by = idOrSlug(lookup);
  if (by.by === 'id') return facilityById(context).load(by.id);
  return context.em.findOne(Facility, { slug: by.slug });
}

/** Facilities by id, batched per request (public; null for whoever may not read them). */
export const facilityById = defineLoader<string, Facility | null>(async (ids, context) => {
  if (!facilityPolicy.allows(context.viewer, 'facility.read', null)) return ids.map(() => null);
  const facilities = await context.em.find(Facility, { id: { $in: [...ids] } });
  return byKeys(ids, facilities, (facility) => facility.id, null);
});

/** Each agency's facilities (those it operates), by name, batched per request. Public. */
export const facilitiesOfOperator = defineLoader<string, Facility[]>(async (agencyIds, context) => {
  if (!facilityPolicy.allows(context.viewer, 'facility.read', null)) return agencyIds.map(() => []);
  const facilities = await context.em.find(Facility, { operatorAgencyId: { $in: [...agencyIds] } }, { orderBy: byNameAsRead<Facility>(context) });
  return groupByKeys(agencyIds, facilities, (facility) => facility.operatorAgencyId!);
});

/**
 * Whether each facility is open now and when that next changes (facility.opening.ts), batched per
 * request: the mall's calendar and the closed dates are read once for all of them.
 */
export const openNowOf = defineLoader<Facility, OpenNow>(async (facilities, context) => {
  const mall = await mallCalendarOf(context).load('mall');
  const now = clock.now();
  return facilities.map((facility) => openingAt(facility, mall, now, context.config.timeZone));
});

/** The instant before which a status counts as stale (MPP_FACILITY_STATUS_STALE_HOURS). */
function staleBeforeOf(context: RequestContext): Date {
  return new Date(clock.now().getTime() - context.config.facilityStatusStaleHours * 3_600_000);
}

/**
 * Whether the facility's status was set longer ago than MPP_FACILITY_STATUS_STALE_HOURS, for
 * staff who may read its editorial side (anonymous callers: UNAUTHENTICATED on the field; other
 * staff and kiosks: null).
 */
export function statusStaleOf(context: RequestContext, facility: Facility): boolean | null {
  if (!facilityPolicy.allowsStaffField(context.viewer, 'facility.readEditorial', facility.operatorAgencyId)) return null;
  return facility.statusSince.getTime() < staleBeforeOf(context).getTime();
}

/** The facility's audit trail, newest first, for staff who may read its editorial side (a partner: what happened while their agency ran it). */
export async function facilityHistory(context: RequestContext, facility: Facility, limit?: number | null, offset?: number | null): Promise<Page<AuditRecord> | null> {
  if (!facilityPolicy.allowsStaffField(context.viewer, 'facility.readEditorial', facility.operatorAgencyId)) return null;
  return auditHistory(context, FACILITY_ENTITY, facility.id, limit, offset, facilityPolicy.ownAgencyOnly(context.viewer, 'facility.readEditorial'));
}

/** The features a facility of this kind takes (a CMS's choices); empty for a kind that takes any code (OTHER). Public. */
export function listFeatureOptions(context: RequestContext, kind: FacilityKind): string[] {
  facilityPolicy.require(context.viewer, 'facility.read', null);
  return [...(featureOptionsOf(kind) ?? [])];
}
