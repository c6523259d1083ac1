import { badUserInput, requireText } from '@mpp/kit';
import type { ClosedDateInput } from './closed-date.inputs';

export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

export function requireYear(year: number): number {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) throw badUserInput('year', `year must be from ${MIN_YEAR} to ${MAX_YEAR}.`);
  return year;
}

/** A year's closed dates as given: each in that year, none twice, each with a reason; by date. */
export function requireClosedDates(year: number, dates: readonly ClosedDateInput[]): { date: string; reason: string }[] {
  const seen = new Set<string>();
  const checked = dates.map((input, index) => {
    const field = `dates.${index}`;
    if (!input.date.startsWith(`${year}-`)) throw badUserInput(`${field}.date`, `${field}.date must be in ${year}.`);
    if (seen.has(input.date)) throw badUserInput(`${field}.date`, `${field}.date: ${input.date} is given twice.`);
    seen.add(input.date);
    return { date: input.date, reason: requireText(input.reason, `${field}.reason`, 2, 200) };
  });
  return checked.sort((a, b) => (a.date < b.date ? -1 : 1));
}
