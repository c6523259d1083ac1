import type { WeeklyHoursInput } from '../generated/graphql';

/*
 * Weekly hours as the forms hold them — a queue's ticket hours, the mall's and each facility's
 * opening hours: always the seven weekdays, Monday first, each with its ranges (none: closed, or
 * no tickets, that day). The forms send all seven, so the API's path of a refused range
 * (`openingHours.days.1.ranges.0.closes`: Tuesday's first range) is the form's own name of that
 * input, with nothing to translate between them.
 */

export interface TimeRangeValue {
  opens: string;
  closes: string;
}

export interface DayHoursValue {
  weekday: number;
  ranges: TimeRangeValue[];
}

export interface WeeklyHoursValue {
  days: DayHoursValue[];
}

/** 1 = Monday … 7 = Sunday, as the API numbers them. */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** The API's limit of ranges in one day. */
export const MAX_RANGES_PER_DAY = 6;

/** "HH:MM", 24-hour; "24:00" closes at midnight (the API's format). */
const TIME_OF_DAY = /^(?:([01]\d|2[0-3]):([0-5]\d)|24:00)$/;

export function isTimeOfDay(value: unknown): value is string {
  return typeof value === 'string' && TIME_OF_DAY.test(value);
}

/** The API's hours as the form holds them: every weekday in order, a missing one without ranges. */
export function weekOf(hours: { days: readonly { weekday: number; ranges: readonly TimeRangeValue[] }[] } | null | undefined): WeeklyHoursValue {
  return {
    days: WEEKDAYS.map((weekday) => ({
      weekday,
      ranges: (hours?.days.find((day) => day.weekday === weekday)?.ranges ?? []).map(({ opens, closes }) => ({ opens, closes })),
    })),
  };
}

/** The form's hours as the API takes them: the seven days in order, times trimmed. */
export function hoursInput(hours: WeeklyHoursValue): WeeklyHoursInput {
  return {
    days: weekOf(hours).days.map((day) => ({
      weekday: day.weekday,
      ranges: day.ranges.map((range) => ({ opens: range.opens.trim(), closes: range.closes.trim() })),
    })),
  };
}

/** A week without any range: closed every day (a start when no better one is known). */
export const CLOSED_WEEK: WeeklyHoursValue = weekOf(null);

/** The API's path of a time in a week (`openingHours.days.1.ranges.0.closes`): its source, weekday and range. */
const HOURS_PATH = /^(\w+)\.days\.([0-6])\.ranges\.(\d+)(?:\.(opens|closes))?$/;

export interface HoursPath {
  source: string;
  /** 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** 1 for a day's first range. */
  range: number;
}

/** Where a path of the API's hours input points, or null when it names no single range. */
export function hoursPathOf(apiField: string): HoursPath | null {
  const match = HOURS_PATH.exec(apiField);
  if (!match) return null;
  return { source: match[1], weekday: Number(match[2]) + 1, range: Number(match[3]) + 1 };
}

/** Is this API path one of the form's time inputs under `source` (`ticketHours.days.1.ranges.0.opens`)? */
export function isTimeInputPath(apiField: string, source: string): boolean {
  const match = HOURS_PATH.exec(apiField);
  return match !== null && match[1] === source && match[4] !== undefined;
}
