import { clock, type MallCalendar, type Page } from '@mpp/kit';
import { auditHistory, defineLoader, type AuditRecord, type RequestContext } from '@mpp/kit/subgraph';
import { closedDatesAhead } from '../closed-dates/mall-closed-date.queries';
import { mallCalendar, type OpenNow } from '../facilities/facility.opening';
import { Mall } from './mall.entity';
import { mallPolicy } from './mall.policy';

export const MALL_ENTITY = 'Mall';

/** The mall's profile (one record, seeded). Public. */
export async function findMall(context: RequestContext): Promise<Mall> {
  mallPolicy.require(context.viewer, 'mall.read', null);
  return theMall(context).load('mall');
}

/** The one record, read once per request. */
const theMall = defineLoader<'mall', Mall>(async (keys, context) => {
  const mall = await mallRecord(context);
  return keys.map(() => mall);
});

/** The mall's one record (the first made, should there ever be another). */
export async function mallRecord(context: RequestContext): Promise<Mall> {
  const [mall] = await context.em.find(Mall, {}, { orderBy: { createdAt: 'asc', id: 'asc' }, limit: 1 });
  // The seed of an empty database makes it; without it nothing here can say when the mall is open.
  if (!mall) throw new Error("The mall's profile is missing from the facilities database: its seed has not run.");
  return mall;
}

/**
 * The mall's calendar as of this request: its weekly hours, closed on the closed dates of this
 * subgraph's copy. Read once per request, whatever number of facilities asks.
 */
export const mallCalendarOf = defineLoader<'mall', MallCalendar>(async (keys, context) => {
  const [mall, closedDates] = await Promise.all([theMall(context).load('mall'), closedDatesAhead(context).load('ahead')]);
  const calendar = mallCalendar(mall.openingHours, closedDates, context.config.timeZone);
  return keys.map(() => calendar);
});

/** Whether the mall is open now (weekly hours, not a closed date), and when that next changes. */
export async function mallOpenNow(context: RequestContext): Promise<OpenNow> {
  const calendar = await mallCalendarOf(context).load('mall');
  const now = clock.now();
  return { isOpenNow: calendar.isOpenAt(now), nextChangeAt: calendar.nextChangeAfter(now) };
}

/** Every change of the mall's profile, newest first (DPMPTSP staff; anonymous callers UNAUTHENTICATED, other staff null). */
export async function mallHistory(context: RequestContext, mall: Mall, limit?: number | null, offset?: number | null): Promise<Page<AuditRecord> | null> {
  if (!mallPolicy.allowsStaffField(context.viewer, 'mall.readEditorial', null)) return null;
  return auditHistory(context, MALL_ENTITY, mall.id, limit, offset);
}
