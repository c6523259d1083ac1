import { badUserInput } from '../errors/errors';
import { isCalendarDate } from '../schema/scalars';

/*
 * The time of the mall: local calendar dates, weekdays and opening hours in the zone of the
 * deployment (MPP_TIMEZONE; one deployment serves one mall). Every conversion between an
 * instant and a local date or time goes through the zone's own offsets as Intl reports them,
 * never through a UTC date nor a fixed offset, so it holds for WIB, WITA and WIT alike and for
 * zones with daylight saving.
 */

export { isCalendarDate };

/** Paser's zone, WITA: the zone when MPP_TIMEZONE is not set. */
export const DEFAULT_TIME_ZONE = 'Asia/Makassar';

/** Opening hours within one day: `"HH:MM"` local, 24-hour; opens < closes; closes may be `"24:00"`. */
export interface TimeRange {
  opens: string;
  closes: string;
}

/** One weekday's hours: 1 = Monday … 7 = Sunday. */
export interface DayHours {
  weekday: number;
  ranges: TimeRange[];
}

/** The regular week; a weekday absent or with no ranges is closed that day. */
export interface WeeklyHours {
  days: DayHours[];
}

/**
 * A date whose hours differ from its weekday's: no ranges = closed all day (a holiday, cuti
 * bersama); some ranges = special hours that replace the weekday's.
 */
export interface DateException {
  date: string;
  ranges: TimeRange[];
  reason?: string;
}

/** At most this many ranges a day (a day with a lunch break has two). */
export const MAX_RANGES_PER_DAY = 6;

/** How far ahead nextChangeAfter looks. */
const CHANGE_HORIZON_DAYS = 400;

const DAY_MS = 86_400_000;
const TIME_OF_DAY = /^(?:([01]\d|2[0-3]):([0-5]\d)|(24):(00))$/;

/** The IANA name of a zone as Intl spells it ("asia/jakarta" → "Asia/Jakarta"), or null when Intl does not know it. */
export function canonicalTimeZone(timeZone: string): string | null {
  // An offset such as "+08:00" is not a zone: it would keep its offset through daylight saving.
  if (!/^[A-Za-z]/.test(timeZone)) return null;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/** The zone in its canonical spelling; a RangeError naming it when Intl does not know it. */
export function requireTimeZone(timeZone: string): string {
  const canonical = canonicalTimeZone(timeZone);
  if (canonical === null) throw new RangeError(`"${timeZone}" is not an IANA time zone such as Asia/Makassar.`);
  return canonical;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock reading of an instant in a zone, to the second. */
function wallClockOf(instantMs: number, timeZone: string): { year: number; month: number; day: number; hour: number; minute: number; second: number } {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      numberingSystem: 'latn',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  const parts: Record<string, number> = {};
  for (const part of formatter.formatToParts(instantMs)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour, minute: parts.minute, second: parts.second };
}

/** How far the zone's clocks are ahead of UTC at an instant (negative west of Greenwich). */
function offsetMsAt(instantMs: number, timeZone: string): number {
  const wall = wallClockOf(instantMs, timeZone);
  const wallAsUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return wallAsUtc - (instantMs - (((instantMs % 1000) + 1000) % 1000));
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** The local calendar date of an instant in the zone, `YYYY-MM-DD`. */
export function localDateOf(instant: Date, timeZone: string): string {
  const wall = wallClockOf(instant.getTime(), timeZone);
  return `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}`;
}

/** The weekday of a calendar date: 1 = Monday … 7 = Sunday. */
export function localWeekdayOf(date: string): number {
  const [year, month, day] = calendarDateParts(date);
  // A calendar date's weekday is the same everywhere: computed on the date itself, not an instant.
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay() || 7;
}

/** The date `days` after (or before, when negative) a calendar date. */
export function addDays(date: string, days: number): string {
  const [year, month, day] = calendarDateParts(date);
  const moved = new Date(Date.UTC(year, month - 1, day) + days * DAY_MS);
  return `${pad(moved.getUTCFullYear(), 4)}-${pad(moved.getUTCMonth() + 1)}-${pad(moved.getUTCDate())}`;
}

/**
 * The instant at which the zone's clocks read `time` (`"HH:MM"`) on `date`; `"24:00"` is the
 * next day's 00:00. Where daylight saving begins, a time the clocks skip is read with the offset
 * before the change (02:30, when clocks jump from 02:00 to 03:00, is 03:30 after it); where it
 * ends, a time the clocks show twice is the earlier one: Temporal's "compatible" disambiguation.
 */
export function instantOfLocal(date: string, time: string, timeZone: string): Date {
  const [year, month, day] = calendarDateParts(date);
  const [hour, minute] = timeParts(time);
  // Date.UTC carries hour 24 into the next day.
  const wallMs = Date.UTC(year, month - 1, day, hour, minute);
  // A zone changes its offset at most once in a day: the offsets a day either side are the candidates.
  const offsetBefore = offsetMsAt(wallMs - DAY_MS, timeZone);
  const offsetAfter = offsetMsAt(wallMs + DAY_MS, timeZone);
  const candidates = [wallMs - offsetBefore, wallMs - offsetAfter].filter((candidate) => offsetMsAt(candidate, timeZone) === wallMs - candidate);
  if (candidates.length === 0) return new Date(wallMs - offsetBefore);
  return new Date(Math.min(...candidates));
}

function calendarDateParts(date: string): [number, number, number] {
  if (!isCalendarDate(date)) throw new RangeError(`${JSON.stringify(date)} is not a calendar date, YYYY-MM-DD.`);
  return date.split('-').map(Number) as [number, number, number];
}

function timeParts(time: string): [number, number] {
  const match = TIME_OF_DAY.exec(time);
  if (!match) throw new RangeError(`"${time}" is not a time of day, HH:MM from 00:00 to 24:00.`);
  return match[1] !== undefined ? [Number(match[1]), Number(match[2])] : [24, 0];
}

/**
 * Checks and normalises one day's ranges from an input (`field` is their path, e.g.
 * `hours.days.0.ranges`): each a valid `"HH:MM"` pair with opens < closes, none overlapping
 * another (one may close when the next opens), at most MAX_RANGES_PER_DAY. Returns them sorted
 * by opening time; BAD_USER_INPUT names the input path at fault.
 */
export function checkTimeRanges(ranges: readonly TimeRange[], field: string): TimeRange[] {
  if (ranges.length > MAX_RANGES_PER_DAY) {
    throw badUserInput(field, `${field} can have at most ${MAX_RANGES_PER_DAY} ranges a day.`);
  }
  ranges.forEach((range, index) => {
    const path = `${field}.${index}`;
    if (!TIME_OF_DAY.test(range.opens) || range.opens === '24:00') {
      throw badUserInput(`${path}.opens`, `${path}.opens must be a time of day, HH:MM from 00:00 to 23:59.`);
    }
    if (!TIME_OF_DAY.test(range.closes)) {
      throw badUserInput(`${path}.closes`, `${path}.closes must be a time of day, HH:MM from 00:01 to 24:00.`);
    }
    // "HH:MM" of equal width compare as text as they do as times.
    if (range.closes <= range.opens) {
      throw badUserInput(`${path}.closes`, `${path}.closes must be after ${path}.opens.`);
    }
  });
  const sorted = ranges.map((range, index) => ({ range, index })).sort((a, b) => (a.range.opens < b.range.opens ? -1 : a.range.opens > b.range.opens ? 1 : a.index - b.index));
  for (let position = 1; position < sorted.length; position += 1) {
    const earlier = sorted[position - 1];
    const later = sorted[position];
    if (later.range.opens < earlier.range.closes) {
      const path = `${field}.${later.index}.opens`;
      throw badUserInput(path, `${path} (${later.range.opens}) falls within ${field}.${earlier.index} (${earlier.range.opens}–${earlier.range.closes}): ranges of one day may not overlap.`);
    }
  }
  return sorted.map(({ range }) => ({ opens: range.opens, closes: range.closes }));
}

/**
 * Checks and normalises a week's hours from an input (`field` is its path, e.g. `hours`): each
 * weekday 1–7 at most once, each day's ranges as checkTimeRanges wants them. Returns the days
 * sorted by weekday and each day's ranges sorted; BAD_USER_INPUT names the exact input path at
 * fault, e.g. `hours.days.1.ranges.0.closes`.
 */
export function checkWeeklyHours(hours: WeeklyHours, field: string): WeeklyHours {
  const seen = new Set<number>();
  const days = hours.days.map((day, index) => {
    const path = `${field}.days.${index}`;
    if (!Number.isInteger(day.weekday) || day.weekday < 1 || day.weekday > 7) {
      throw badUserInput(`${path}.weekday`, `${path}.weekday must be 1 (Monday) to 7 (Sunday).`);
    }
    if (seen.has(day.weekday)) {
      throw badUserInput(`${path}.weekday`, `${path}.weekday: weekday ${day.weekday} is given twice.`);
    }
    seen.add(day.weekday);
    return { weekday: day.weekday, ranges: checkTimeRanges(day.ranges, `${path}.ranges`) };
  });
  return { days: days.sort((a, b) => a.weekday - b.weekday) };
}

/** An opening range as the instants it starts (inclusive) and ends (exclusive). */
interface OpenInterval {
  start: number;
  end: number;
}

/**
 * A place's calendar: its regular week, the dates that differ from it, and the zone in which
 * both are read. Hours and exceptions are taken as checked (checkWeeklyHours, checkTimeRanges).
 */
export class MallCalendar {
  private readonly weekdays = new Map<number, TimeRange[]>();
  private readonly exceptions = new Map<string, TimeRange[]>();
  private readonly intervalsByDate = new Map<string, readonly OpenInterval[]>();
  readonly timeZone: string;

  constructor(hours: WeeklyHours, exceptions: readonly DateException[], timeZone: string) {
    this.timeZone = requireTimeZone(timeZone);
    for (const day of hours.days) this.weekdays.set(day.weekday, sortedRanges(day.ranges));
    for (const exception of exceptions) this.exceptions.set(exception.date, sortedRanges(exception.ranges));
  }

  /** The hours of a date: its exception's when it has one, else its weekday's (none: closed). */
  rangesOn(date: string): TimeRange[] {
    const ranges = this.exceptions.get(date) ?? this.weekdays.get(localWeekdayOf(date)) ?? [];
    return ranges.map((range) => ({ ...range }));
  }

  /** Whether the date is a closed exception (a holiday): closed all day whatever its weekday. */
  isClosedDate(date: string): boolean {
    return this.exceptions.get(date)?.length === 0;
  }

  /** Whether it is open at the instant: from an opening time inclusive to its closing time exclusive. */
  isOpenAt(instant: Date): boolean {
    const at = instant.getTime();
    // A range ends at 24:00 at the latest: only the instant's own local date can hold it.
    return this.intervalsOn(localDateOf(instant, this.timeZone)).some(({ start, end }) => start <= at && at < end);
  }

  /**
   * The first instant after `instant` at which open turns to closed or closed to open; null
   * when that does not happen within 400 days (closed for good, or open around the clock).
   * Ranges that meet (one closing at 24:00, the next day's opening at 00:00) are one opening.
   */
  nextChangeAfter(instant: Date): Date | null {
    const at = instant.getTime();
    const firstDate = localDateOf(instant, this.timeZone);
    /** While open at `instant`: when the opening it is in ends, so far. */
    let openUntil: number | null = null;
    for (let offset = 0; offset <= CHANGE_HORIZON_DAYS; offset += 1) {
      for (const { start, end } of this.intervalsOn(addDays(firstDate, offset))) {
        if (end <= at) continue;
        if (openUntil !== null) {
          if (start > openUntil) return new Date(openUntil);
          openUntil = Math.max(openUntil, end);
        } else if (start > at) {
          return new Date(start);
        } else {
          openUntil = end;
        }
      }
    }
    const horizon = instantOfLocal(addDays(firstDate, CHANGE_HORIZON_DAYS), '24:00', this.timeZone).getTime();
    return openUntil !== null && openUntil < horizon ? new Date(openUntil) : null;
  }

  private intervalsOn(date: string): readonly OpenInterval[] {
    // Remembered per date: combined with another calendar (AllOpenCalendar) the same days are read again and again.
    let intervals = this.intervalsByDate.get(date);
    if (!intervals) {
      intervals = this.rangesOn(date).map(({ opens, closes }) => ({
        start: instantOfLocal(date, opens, this.timeZone).getTime(),
        end: instantOfLocal(date, closes, this.timeZone).getTime(),
      }));
      this.intervalsByDate.set(date, intervals);
    }
    return intervals;
  }
}

/** What AllOpenCalendar combines: anything that says whether it is open and when that next changes (a MallCalendar). */
export interface OpeningCalendar {
  isOpenAt(instant: Date): boolean;
  nextChangeAfter(instant: Date): Date | null;
}

/**
 * Several calendars that must all be open at once: a place inside the mall, open by its own hours
 * and only while the mall is open. It is open at an instant when every one of them is, and its
 * next change is the first instant at which that answer flips — null when it does not within the
 * 400 days its calendars look ahead.
 */
export class AllOpenCalendar implements OpeningCalendar {
  private readonly calendars: readonly OpeningCalendar[];

  constructor(calendars: readonly OpeningCalendar[]) {
    if (calendars.length === 0) throw new RangeError('AllOpenCalendar needs at least one calendar.');
    this.calendars = [...calendars];
  }

  isOpenAt(instant: Date): boolean {
    return this.calendars.every((calendar) => calendar.isOpenAt(instant));
  }

  nextChangeAfter(instant: Date): Date | null {
    return this.isOpenAt(instant) ? this.nextClosingAfter(instant) : this.nextOpeningAfter(instant);
  }

  /** While all are open, each one's next change is its closing: the first of them closes it. */
  private nextClosingAfter(instant: Date): Date | null {
    const closings = this.calendars.map((calendar) => calendar.nextChangeAfter(instant)).filter((closing): closing is Date => closing !== null);
    return closings.length === 0 ? null : new Date(Math.min(...closings.map((closing) => closing.getTime())));
  }

  /**
   * While one is closed: every closed one must open first, so the earliest candidate is the
   * latest of their openings; if another has closed by then, the search goes on from there. Each
   * step moves to an opening of some calendar, so it ends — at an instant all are open, when a
   * closed one never opens again, or at the horizon.
   */
  private nextOpeningAfter(instant: Date): Date | null {
    const horizon = instant.getTime() + (CHANGE_HORIZON_DAYS + 1) * DAY_MS;
    let candidate = instant.getTime();
    for (;;) {
      let latestOpening = candidate;
      for (const calendar of this.calendars) {
        if (calendar.isOpenAt(new Date(candidate))) continue;
        const opening = calendar.nextChangeAfter(new Date(candidate));
        if (opening === null) return null;
        latestOpening = Math.max(latestOpening, opening.getTime());
      }
      // None was closed at the candidate: all are open there.
      if (latestOpening === candidate) return new Date(candidate);
      if (latestOpening > horizon) return null;
      candidate = latestOpening;
    }
  }
}

function sortedRanges(ranges: readonly TimeRange[]): TimeRange[] {
  return ranges.map((range) => ({ opens: range.opens, closes: range.closes })).sort((a, b) => (a.opens < b.opens ? -1 : a.opens > b.opens ? 1 : 0));
}
