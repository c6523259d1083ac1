import { clock, type DateException } from '@mpp/kit';
import { defineLoader, type RequestContext } from '@mpp/kit/subgraph';
import { mallPolicy } from '../mall/mall.policy';
import { requireYear } from '../mall/mall.rules';
import { MallClosedDate } from './mall-closed-date.entity';

/** A year's closed dates from this subgraph's copy, by date; this year's when no year is given. Public. */
export function listClosedDates(context: RequestContext, year: number | null | undefined): Promise<MallClosedDate[]> {
  mallPolicy.require(context.viewer, 'mall.read', null);
  const chosen = year === null || year === undefined ? Number(clock.today().slice(0, 4)) : requireYear(year);
  return context.em.find(MallClosedDate, { date: { $gte: `${chosen}-01-01`, $lte: `${chosen}-12-31` } }, { orderBy: { date: 'asc' } });
}

/**
 * The closed dates from today on (a calendar looks ahead from today, the mall's local date), as
 * calendar exceptions: closed all day. Read once per request, whatever number of facilities asks.
 */
export const closedDatesAhead = defineLoader<'ahead', DateException[]>(async (keys, context) => {
  const dates = await context.em.find(MallClosedDate, { date: { $gte: clock.today() } }, { orderBy: { date: 'asc' } });
  const exceptions = dates.map(({ date, reason }) => ({ date, ranges: [], reason }));
  return keys.map(() => exceptions);
});
