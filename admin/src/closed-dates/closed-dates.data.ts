import type { RaRecord } from 'react-admin';
import type { ResourceData } from '../data/resource';
import { pageOf } from '../data/records';
import { withFieldErrors, type FieldErrorOptions } from '../data/saveErrors';
import { MALL_TIME_ZONE } from '../format/format';
import { ClosedDateListDocument, ClosedDateYearDocument, SetClosedDatesDocument, type ClosedDateInput, type ClosedDateYearFieldsFragment } from '../generated/graphql';
import { ApiError, request } from '../graphql/client';

/*
 * The mall's closed dates are kept a year at a time: the list shows one year's dates (a row
 * each, `id` the date), and a year is the record its form edits and saves whole
 * (`id` the year), since the API replaces a year's list with the one it is given. The year's
 * record has a version: a save sends the one the form read, so that a list read before someone
 * else saved theirs is refused (CONFLICT) instead of silently dropping their dates.
 */

/** One closed date in the list. */
export interface ClosedDateRow extends RaRecord {
  id: string;
  date: string;
  reason: string;
  year: number;
}

/**
 * A year's closed dates, as the form edits them. `version` and `savedDates` are the saved list
 * the form's `dates` are edited from (version null: the year was never saved); the form keeps
 * them with what the user typed, and replaces them together only when it takes a newer saved
 * list (ClosedDateEdit), so a save always sends the version its list is based on.
 */
export interface ClosedYearRecord extends RaRecord {
  id: string;
  year: number;
  version: number | null;
  dates: ClosedDateInput[];
  /** The list as saved at `version`; the form never edits it. */
  savedDates: ClosedDateInput[];
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

/** The year as its form edits it; a year never saved has no version and no dates. */
function toRecord(year: number, saved: ClosedDateYearFieldsFragment | null): ClosedYearRecord {
  const dates = (saved?.dates ?? []).map(({ date, reason }) => ({ date, reason }));
  return { id: String(year), year, version: saved?.version ?? null, dates, savedDates: dates };
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
    return { data: toRecord(year, (await request(ClosedDateYearDocument, { year })).closedDateYear ?? null) };
  },
  /** Saves the year's whole list with the version the form's list is based on: dates left out are no longer closed. */
  async update(_resource, params) {
    const year = yearOf(params.id);
    const values = params.data as Partial<ClosedYearRecord>;
    const dates = (values.dates ?? []).map((closed) => ({ date: closed.date, reason: (closed.reason ?? '').trim() }));
    const version = values.version ?? null;
    const { setClosedDates } = await withFieldErrors(request(SetClosedDatesDocument, { year, version, dates }), CLOSED_DATE_FIELD_ERRORS);
    return { data: toRecord(year, setClosedDates) };
  },
} as ResourceData;
