import type { RaRecord } from 'react-admin';
import type { ResourceData } from '../data/resource';
import { pageOf } from '../data/records';
import { withFieldErrors, type FieldErrorOptions } from '../data/saveErrors';
import { MALL_TIME_ZONE } from '../format/format';
import { ClosedDateListDocument, SetClosedDatesDocument, type ClosedDateInput } from '../generated/graphql';
import { ApiError, request } from '../graphql/client';

/*
 * The mall's closed dates are kept a year at a time: the list shows one year's dates (a row
 * each, `id` the date), and a year is the record its form edits and saves whole
 * (`id` the year), since the API replaces a year's list with the one it is given.
 */

/** One closed date in the list. */
export interface ClosedDateRow extends RaRecord {
  id: string;
  date: string;
  reason: string;
  year: number;
}

/** A year's closed dates, as the form edits them. */
export interface ClosedYearRecord extends RaRecord {
  id: string;
  year: number;
  dates: ClosedDateInput[];
}

/** The API's years. */
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

/** The year now in the mall's zone. */
export function currentYear(): number {
  return Number(new Intl.DateTimeFormat('en-CA', { timeZone: MALL_TIME_ZONE, year: 'numeric' }).format(new Date()));
}

/** A year from a route or filter; an unknown one is "not found" rather than a request the API refuses. */
export function yearOf(value: unknown): number {
  const year = Number(value);
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) throw new ApiError('not found', 'NOT_FOUND');
  return year;
}

async function datesOf(year: number): Promise<ClosedDateInput[]> {
  return (await request(ClosedDateListDocument, { year })).closedDates.map(({ date, reason }) => ({ date, reason }));
}

/** A refused date or reason (`dates.3.reason`) goes on its row's input, which has that very name. */
const CLOSED_DATE_FIELD_ERRORS: FieldErrorOptions = {
  formField: (apiField) => (/^dates\.\d+\.(date|reason)$/.test(apiField) ? apiField : null),
  message: (_error, formField) => (formField.endsWith('.date') ? 'mpp.closedDates.invalid.date' : 'mpp.closedDates.invalid.reason'),
};

export const closedDatesData = {
  /** One year's dates (the `year` filter; this year when none), by date. */
  async getList(_resource, params) {
    const year = yearOf((params.filter as { year?: unknown }).year ?? currentYear());
    const rows: ClosedDateRow[] = (await datesOf(year)).map((closed) => ({ id: closed.date, ...closed, year }));
    return pageOf(rows, params);
  },
  async getOne(_resource, params) {
    const year = yearOf(params.id);
    const record: ClosedYearRecord = { id: String(year), year, dates: await datesOf(year) };
    return { data: record };
  },
  /** Saves the year's whole list: dates left out are no longer closed. */
  async update(_resource, params) {
    const year = yearOf(params.id);
    const dates = ((params.data as Partial<ClosedYearRecord>).dates ?? []).map((closed) => ({ date: closed.date, reason: (closed.reason ?? '').trim() }));
    const { setClosedDates } = await withFieldErrors(request(SetClosedDatesDocument, { year, dates }), CLOSED_DATE_FIELD_ERRORS);
    const record: ClosedYearRecord = { id: String(year), year, dates: setClosedDates.map(({ date, reason }) => ({ date, reason })) };
    return { data: record };
  },
} as ResourceData;
