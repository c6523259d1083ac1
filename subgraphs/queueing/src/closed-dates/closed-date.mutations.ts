import { fieldChanges, flushOrConflict, inUnitOfWork, recordChange, type RequestContext } from '@mpp/kit/subgraph';
import { ClosedDate } from './closed-date.entity';
import type { ClosedDateInput } from './closed-date.inputs';
import { closedDatePolicy } from './closed-date.policy';
import { closedDatesOf } from './closed-date.queries';
import { requireClosedDates, requireYear } from './closed-date.rules';

/**
 * Replaces a year's closed dates with the given set (editors), in one unit of work: dates no
 * longer given are removed, new ones added, changed reasons updated. The audit trail keeps the
 * year's list before and after (entity `ClosedDates`, id: the year).
 */
export function setClosedDates(context: RequestContext, year: number, dates: readonly ClosedDateInput[]): Promise<ClosedDate[]> {
  return inUnitOfWork(context, async (unit) => {
    closedDatePolicy.require(unit.viewer, 'closedDate.manage', null);
    const wanted = requireClosedDates(requireYear(year), dates);
    const existing = await closedDatesOf(unit, year);
    const before = existing.map(({ date, reason }) => ({ date, reason }));
    const byDate = new Map(existing.map((closed) => [closed.date, closed]));
    const kept: ClosedDate[] = [];
    for (const { date, reason } of wanted) {
      const closed = byDate.get(date);
      if (closed) {
        closed.reason = reason;
        byDate.delete(date);
        kept.push(closed);
      } else {
        kept.push(unit.em.create(ClosedDate, { date, reason }));
      }
    }
    for (const removed of byDate.values()) unit.em.remove(removed);
    const changes = fieldChanges<{ dates: { date: string; reason: string }[] }>({ dates: before }, { dates: wanted }, ['dates']);
    if (changes.length > 0) recordChange(unit, { entityType: 'ClosedDates', entityId: String(year), action: 'SET', ownerAgencyId: null, changes });
    // Two editors setting one year at once: one of them meets the other's dates and gets CONFLICT.
    await flushOrConflict(unit.em, `The closed dates of ${year}`);
    return kept;
  });
}
