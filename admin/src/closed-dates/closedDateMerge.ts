import type { ClosedDateInput } from '../generated/graphql';

/** A row of the form: a row still being typed may have no date or reason yet. */
export interface ClosedDateRowValue {
  date?: string | null;
  reason?: string | null;
}

/**
 * The list a user meets after someone else saved the year first (CONFLICT): the latest list,
 * with what this user changed in the list they read applied to it by date — the dates they
 * added, the reasons they changed, the dates they removed. Rows by index would not do: a date
 * the other editor added shifts every row after it. Rows without a date yet stay at the end.
 */
export function mergeClosedDates(read: readonly ClosedDateInput[], typed: readonly ClosedDateRowValue[], latest: readonly ClosedDateInput[]): ClosedDateRowValue[] {
  const merged = new Map<string, string | null | undefined>(latest.map(({ date, reason }) => [date, reason]));
  const readReasons = new Map(read.map(({ date, reason }) => [date, reason]));
  const typedDates = new Set(typed.flatMap((row) => (row.date ? [row.date] : [])));
  for (const date of readReasons.keys()) if (!typedDates.has(date)) merged.delete(date);
  for (const row of typed) {
    if (row.date && readReasons.get(row.date) !== row.reason) merged.set(row.date, row.reason);
  }
  const dated = [...merged].sort(([a], [b]) => a.localeCompare(b)).map(([date, reason]) => ({ date, reason }));
  return [...dated, ...typed.filter((row) => !row.date)];
}
