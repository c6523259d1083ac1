import type { WeeklyHoursInput } from '../generated/graphql';

/*
 * Ticket hours as the form holds them: always the seven weekdays, Monday first, each with its
 * ranges (none: no tickets that day). The form sends all seven, so the API's path of a refused
 * range (`ticketHours.days.1.ranges.0.closes`: Tuesday's first range) is the form's own name of
 * that input, with nothing to translate between them.
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
export function ticketHoursInput(hours: WeeklyHoursValue): WeeklyHoursInput {
  return {
    days: weekOf(hours).days.map((day) => ({
      weekday: day.weekday,
      ranges: day.ranges.map((range) => ({ opens: range.opens.trim(), closes: range.closes.trim() })),
    })),
  };
}

/**
 * Where a new queue starts: the mall's usual service hours (Monday to Thursday 08:00–15:00,
 * Friday with the break for Friday prayers), which the editor adjusts.
 */
export const USUAL_TICKET_HOURS: WeeklyHoursValue = weekOf({
  days: [
    ...[1, 2, 3, 4].map((weekday) => ({ weekday, ranges: [{ opens: '08:00', closes: '15:00' }] })),
    { weekday: 5, ranges: [{ opens: '08:00', closes: '11:30' }, { opens: '13:30', closes: '15:00' }] },
  ],
});
