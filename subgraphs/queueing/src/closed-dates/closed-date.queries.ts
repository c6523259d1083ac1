import type { RequestContext } from '@mpp/kit/subgraph';
import { ClosedDate } from './closed-date.entity';
import { ClosedDateYear } from './closed-date-year.entity';
import { closedDatePolicy } from './closed-date.policy';
import { requireYear } from './closed-date.rules';

/** A year's closed dates, by date. Public. */
export function listClosedDates(context: RequestContext, year: number): Promise<ClosedDate[]> {
  closedDatePolicy.require(context.viewer, 'closedDate.read', null);
  return closedDatesOf(context, requireYear(year));
}

/** A year's list with its version, to save it from; null while the year has never been saved. Public. */
export function findClosedDateYear(context: RequestContext, year: number): Promise<ClosedDateYear | null> {
  closedDatePolicy.require(context.viewer, 'closedDate.read', null);
  return context.em.findOne(ClosedDateYear, { year: requireYear(year) });
}

/** A year's closed dates by date, through the primary key (dates as text sort and compare as dates). */
export function closedDatesOf(context: RequestContext, year: number): Promise<ClosedDate[]> {
  return context.em.find(ClosedDate, { date: { $gte: `${year}-01-01`, $lte: `${year}-12-31` } }, { orderBy: { date: 'asc' } });
}
