import { LockMode } from '@mikro-orm/core';
import { conflict, newId } from '@mpp/kit';
import { fieldChanges, flushOrConflict, inUnitOfWork, recordChange, requireVersion, type RequestContext } from '@mpp/kit/subgraph';
import { ClosedDate } from './closed-date.entity';
import { ClosedDateYear } from './closed-date-year.entity';
import type { ClosedDateInput } from './closed-date.inputs';
import { closedDatePolicy } from './closed-date.policy';
import { closedDatesOf } from './closed-date.queries';
import { requireClosedDates, requireYear } from './closed-date.rules';

/**
 * Replaces a year's closed dates with the given set (editors), in one unit of work: dates no
 * longer given are removed, new ones added, changed reasons updated. The caller sends the
 * version of the year it read (none for a year never saved): the list replaces the whole year,
 * so a save based on an older list would silently undo the dates saved since; it is CONFLICT
 * instead, and changes nothing. The audit trail keeps the year's list before and after (entity
 * `ClosedDates`, id: the year).
 */
export function setClosedDates(context: RequestContext, year: number, version: number | null | undefined, dates: readonly ClosedDateInput[]): Promise<ClosedDateYear> {
  return inUnitOfWork(context, async (unit) => {
    closedDatePolicy.require(unit.viewer, 'closedDate.manage', null);
    requireYear(year);
    const stored = await lockedYear(unit, year);
    requireYearVersion(stored, year, version);
    const wanted = requireClosedDates(year, dates);

    const existing = await closedDatesOf(unit, year);
    const before = existing.map(({ date, reason }) => ({ date, reason }));
    const byDate = new Map(existing.map((closed) => [closed.date, closed]));
    for (const { date, reason } of wanted) {
      const closed = byDate.get(date);
      if (closed) {
        closed.reason = reason;
        byDate.delete(date);
      } else {
        unit.em.create(ClosedDate, { date, reason });
      }
    }
    for (const removed of byDate.values()) unit.em.remove(removed);
    // The year's own copy of the list: any change of it raises the year's version.
    if (stored) stored.dates = wanted;
    const record = stored ?? unit.em.create(ClosedDateYear, { id: newId(), year, dates: wanted });

    const changes = fieldChanges<{ dates: { date: string; reason: string }[] }>({ dates: before }, { dates: wanted }, ['dates']);
    if (changes.length > 0) recordChange(unit, { entityType: 'ClosedDates', entityId: String(year), action: 'SET', ownerAgencyId: null, changes });
    // Two editors saving one year at once from the same version (or both saving a new year):
    // one of them meets the other's version, year or dates and gets CONFLICT.
    await flushOrConflict(unit.em, `The closed dates of ${year}`);
    return record;
  });
}

/**
 * The year's record, read as last committed. On MySQL its row is locked first, so a save that
 * waited for another one of the same year finds that one's version and is refused before it
 * writes anything; SQLite runs one writer at a time anyway.
 */
function lockedYear(unit: RequestContext, year: number): Promise<ClosedDateYear | null> {
  const lockMode = unit.config.database.kind === 'mysql' ? LockMode.PESSIMISTIC_WRITE : undefined;
  return unit.em.findOne(ClosedDateYear, { year }, { lockMode });
}

/** No version for a year never saved; afterwards the version the caller read, nothing else. */
function requireYearVersion(stored: ClosedDateYear | null, year: number, version: number | null | undefined): void {
  const sent = version ?? null;
  if (stored === null) {
    if (sent !== null) throw conflict(`The closed dates of ${year} have never been saved, so they have no version ${sent}: reload them and save without a version.`);
    return;
  }
  if (sent === null) {
    throw conflict(`The closed dates of ${year} were saved before (version ${stored.version}): reload them and send the version you read.`);
  }
  requireVersion(stored, sent, `The list of closed dates of ${year}`);
}
