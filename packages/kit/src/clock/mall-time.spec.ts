import { GraphQLError } from 'graphql';
import {
  AllOpenCalendar,
  MallCalendar,
  addDays,
  canonicalTimeZone,
  checkWeeklyHours,
  instantOfLocal,
  isCalendarDate,
  localDateOf,
  localWeekdayOf,
  type DateException,
  type WeeklyHours,
} from './mall-time';

const WITA = 'Asia/Makassar';
const at = (iso: string) => new Date(iso);
/** An instant written in WITA, e.g. wita('2026-12-07T08:00'). */
const wita = (local: string) => new Date(`${local}:00+08:00`);

/** Paser's week: a lunch break Monday to Thursday, Friday prayers, Saturday mornings, Sunday closed. */
const paserWeek: WeeklyHours = {
  days: [
    ...[1, 2, 3, 4].map((weekday) => ({ weekday, ranges: [{ opens: '08:00', closes: '12:00' }, { opens: '13:00', closes: '16:00' }] })),
    { weekday: 5, ranges: [{ opens: '08:00', closes: '11:00' }, { opens: '14:00', closes: '16:00' }] },
    { weekday: 6, ranges: [{ opens: '08:00', closes: '12:00' }] },
  ],
};
const christmas: DateException[] = [
  { date: '2026-12-24', ranges: [{ opens: '08:00', closes: '11:00' }], reason: 'Malam Natal' },
  { date: '2026-12-25', ranges: [], reason: 'Hari Raya Natal' },
];

describe('local dates and times of the mall', () => {
  it('gives local dates through the zone, never through a UTC date', () => {
    // 16:30 UTC on Monday is 00:30 on Tuesday in WITA.
    expect(localDateOf(at('2026-12-07T16:30:00Z'), WITA)).toBe('2026-12-08');
    expect(localWeekdayOf(localDateOf(at('2026-12-07T16:30:00Z'), WITA))).toBe(2);
    expect(localDateOf(at('2026-12-07T15:59:59.999Z'), WITA)).toBe('2026-12-07');
    expect(localDateOf(at('2026-12-07T16:30:00Z'), 'Asia/Jakarta')).toBe('2026-12-07');
    expect(localDateOf(at('2026-12-07T15:30:00Z'), 'Asia/Jayapura')).toBe('2026-12-08');
  });

  it.each([
    ['2026-12-07', 1],
    ['2026-12-08', 2],
    ['2026-12-12', 6],
    ['2026-12-13', 7],
    ['2028-02-29', 2],
  ])('%s is weekday %i (1 = Monday … 7 = Sunday)', (date, weekday) => {
    expect(localWeekdayOf(date)).toBe(weekday);
  });

  it('adds days across months, years and leap days', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(addDays('2026-12-07', 400)).toBe('2028-01-11');
    expect(() => addDays('2026-02-29', 1)).toThrow(RangeError);
  });

  it('knows real calendar dates', () => {
    expect(['2026-12-07', '2028-02-29'].map(isCalendarDate)).toEqual([true, true]);
    expect(['2026-02-29', '2026-13-01', '2026-12-7', '07-12-2026', ''].map(isCalendarDate)).toEqual([false, false, false, false, false]);
  });

  it('finds the instant of a local time, 24:00 being the next midnight', () => {
    expect(instantOfLocal('2026-12-07', '08:00', WITA).toISOString()).toBe('2026-12-07T00:00:00.000Z');
    expect(instantOfLocal('2026-12-07', '24:00', WITA).toISOString()).toBe('2026-12-07T16:00:00.000Z');
    expect(instantOfLocal('2026-12-31', '24:00', WITA).toISOString()).toBe(instantOfLocal('2027-01-01', '00:00', WITA).toISOString());
    expect(instantOfLocal('2026-12-07', '08:00', 'Asia/Jakarta').toISOString()).toBe('2026-12-07T01:00:00.000Z');
    expect(instantOfLocal('2026-12-07', '08:00', 'Asia/Jayapura').toISOString()).toBe('2026-12-06T23:00:00.000Z');
    expect(() => instantOfLocal('2026-12-07', '24:01', WITA)).toThrow(RangeError);
    expect(() => instantOfLocal('2026-12-07', '8:00', WITA)).toThrow(RangeError);
  });

  it('follows daylight saving with the zone\'s own offsets (Europe/Berlin, 2026)', () => {
    const berlin = 'Europe/Berlin';
    expect(instantOfLocal('2026-03-28', '08:00', berlin).toISOString()).toBe('2026-03-28T07:00:00.000Z');
    expect(instantOfLocal('2026-03-30', '08:00', berlin).toISOString()).toBe('2026-03-30T06:00:00.000Z');
    // 02:30 does not exist on 29 March (clocks jump from 02:00 to 03:00): read on the old offset.
    expect(instantOfLocal('2026-03-29', '02:30', berlin).toISOString()).toBe('2026-03-29T01:30:00.000Z');
    // 02:30 happens twice on 25 October: the earlier one.
    expect(instantOfLocal('2026-10-25', '02:30', berlin).toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(localDateOf(at('2026-03-29T22:30:00Z'), berlin)).toBe('2026-03-30');

    const everyDay = new MallCalendar({ days: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, ranges: [{ opens: '08:00', closes: '18:00' }] })) }, [], berlin);
    // Saturday 18:00 CET closes; Sunday 08:00 is already summer time.
    expect(everyDay.nextChangeAfter(at('2026-03-28T17:00:00Z'))?.toISOString()).toBe('2026-03-29T06:00:00.000Z');
    expect(everyDay.isOpenAt(at('2026-03-29T06:30:00Z'))).toBe(true);
    expect(everyDay.isOpenAt(at('2026-03-28T06:30:00Z'))).toBe(false);
  });

  it('knows IANA zones only', () => {
    expect(canonicalTimeZone('asia/jakarta')).toBe('Asia/Jakarta');
    expect(canonicalTimeZone('Asia/Nowhere')).toBeNull();
    expect(canonicalTimeZone('+08:00')).toBeNull();
    expect(() => new MallCalendar(paserWeek, [], 'Mars/Olympus')).toThrow(RangeError);
  });
});

describe('the mall calendar', () => {
  const paser = new MallCalendar(paserWeek, christmas, WITA);

  it.each([
    ['2026-12-07T07:59', false, 'before opening'],
    ['2026-12-07T08:00', true, 'at opening'],
    ['2026-12-07T11:59', true, 'just before the lunch break'],
    ['2026-12-07T12:00', false, 'at the lunch break'],
    ['2026-12-07T12:59', false, 'just before the afternoon'],
    ['2026-12-07T13:00', true, 'at the afternoon opening'],
    ['2026-12-07T16:00', false, 'at closing'],
    ['2026-12-07T16:01', false, 'after closing'],
    ['2026-12-11T13:00', false, 'Friday prayers'],
    ['2026-12-12T09:00', true, 'Saturday morning'],
    ['2026-12-13T09:00', false, 'Sunday'],
    ['2026-12-24T10:00', true, 'the special hours of 24 December'],
    ['2026-12-24T13:30', false, 'after the special hours, on a weekday that is open in the afternoon'],
    ['2026-12-25T09:00', false, 'the Christmas holiday'],
  ])('%s WITA is %s (%s)', (local, open) => {
    expect(paser.isOpenAt(wita(local))).toBe(open);
  });

  it('is open until the last millisecond before closing', () => {
    expect(paser.isOpenAt(new Date(wita('2026-12-07T16:00').getTime() - 1))).toBe(true);
  });

  it('gives each date its exception\'s ranges, else its weekday\'s', () => {
    expect(paser.rangesOn('2026-12-07')).toEqual([{ opens: '08:00', closes: '12:00' }, { opens: '13:00', closes: '16:00' }]);
    expect(paser.rangesOn('2026-12-24')).toEqual([{ opens: '08:00', closes: '11:00' }]);
    expect(paser.rangesOn('2026-12-25')).toEqual([]);
    expect(paser.rangesOn('2026-12-13')).toEqual([]);
    expect([paser.isClosedDate('2026-12-25'), paser.isClosedDate('2026-12-24'), paser.isClosedDate('2026-12-13')]).toEqual([true, false, false]);
  });

  it('reads the local day at local midnight, not UTC midnight', () => {
    // Monday 16:30 UTC is Tuesday 00:30 WITA: Tuesday's hours apply.
    const nightOwl = new MallCalendar({ days: [{ weekday: 2, ranges: [{ opens: '00:00', closes: '02:00' }] }] }, [], WITA);
    expect(nightOwl.isOpenAt(at('2026-12-07T16:30:00Z'))).toBe(true);
    expect(nightOwl.isOpenAt(at('2026-12-07T15:30:00Z'))).toBe(false);
    expect(nightOwl.nextChangeAfter(at('2026-12-07T16:30:00Z'))?.toISOString()).toBe('2026-12-07T18:00:00.000Z');
  });

  it.each([
    ['2026-12-07T07:00', '2026-12-07T08:00', 'closed in the morning: it opens'],
    ['2026-12-07T08:00', '2026-12-07T12:00', 'open at opening: the lunch break'],
    ['2026-12-07T12:30', '2026-12-07T13:00', 'the lunch break ends'],
    ['2026-12-12T11:00', '2026-12-12T12:00', 'Saturday closes at noon'],
    ['2026-12-12T12:00', '2026-12-14T08:00', 'across the weekend, to Monday'],
    ['2026-12-24T11:00', '2026-12-26T08:00', 'across the Christmas holiday, to Saturday'],
    ['2026-12-23T16:30', '2026-12-24T08:00', 'to the special hours'],
  ])('after %s WITA the next change is at %s (%s)', (local, next) => {
    expect(paser.nextChangeAfter(wita(local))?.toISOString()).toBe(wita(next).toISOString());
  });

  it('treats ranges that meet across midnight as one opening, and says null when nothing changes', () => {
    const lateWeekend = new MallCalendar(
      { days: [{ weekday: 5, ranges: [{ opens: '20:00', closes: '24:00' }] }, { weekday: 6, ranges: [{ opens: '00:00', closes: '02:00' }] }] },
      [],
      WITA,
    );
    expect(lateWeekend.nextChangeAfter(wita('2026-12-11T21:00'))?.toISOString()).toBe(wita('2026-12-12T02:00').toISOString());
    expect(lateWeekend.isOpenAt(wita('2026-12-12T00:00'))).toBe(true);

    const neverOpen = new MallCalendar({ days: [] }, [], WITA);
    expect(neverOpen.nextChangeAfter(wita('2026-12-07T09:00'))).toBeNull();
    const aroundTheClock = { days: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, ranges: [{ opens: '00:00', closes: '24:00' }] })) };
    const alwaysOpen = new MallCalendar(aroundTheClock, [], WITA);
    expect(alwaysOpen.isOpenAt(wita('2026-12-07T23:59'))).toBe(true);
    expect(alwaysOpen.nextChangeAfter(wita('2026-12-07T09:00'))).toBeNull();
    // Open around the clock but for one holiday: it closes that midnight.
    const withHoliday = new MallCalendar(aroundTheClock, christmas.slice(1), WITA);
    expect(withHoliday.nextChangeAfter(wita('2026-12-20T09:00'))?.toISOString()).toBe(wita('2026-12-25T00:00').toISOString());
  });

  it('reads the same hours in another zone', () => {
    const week = { days: [{ weekday: 1, ranges: [{ opens: '08:00', closes: '16:00' }] }] };
    const jakarta = new MallCalendar(week, [], 'Asia/Jakarta');
    const jayapura = new MallCalendar(week, [], 'Asia/Jayapura');
    // Monday 00:30 UTC: 07:30 WIB, 08:30 WITA, 09:30 WIT.
    expect([jakarta, paser, jayapura].map((calendar) => calendar.isOpenAt(at('2026-12-07T00:30:00Z')))).toEqual([false, true, true]);
    // Monday 07:30 UTC: 14:30 WIB, 15:30 WITA, 16:30 WIT.
    expect([jakarta, paser, jayapura].map((calendar) => calendar.isOpenAt(at('2026-12-07T07:30:00Z')))).toEqual([true, true, false]);
    expect(jakarta.nextChangeAfter(at('2026-12-07T00:30:00Z'))?.toISOString()).toBe('2026-12-07T01:00:00.000Z');
    expect(jayapura.nextChangeAfter(at('2026-12-07T00:30:00Z'))?.toISOString()).toBe('2026-12-07T07:00:00.000Z');
  });
});

describe('calendars that must all be open at once', () => {
  const paser = new MallCalendar(paserWeek, christmas, WITA);
  /** A cafeteria inside the mall: 07:00–14:00 every weekday, no break of its own. */
  const cafeteria = new MallCalendar({ days: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, ranges: [{ opens: '07:00', closes: '14:00' }] })) }, [], WITA);
  const inside = new AllOpenCalendar([cafeteria, paser]);

  it.each([
    ['2026-12-07T07:30', false, '2026-12-07T08:00', 'the cafeteria is open, the mall not yet'],
    ['2026-12-07T09:00', true, '2026-12-07T12:00', "both open: the mall's lunch break closes it"],
    ['2026-12-07T12:30', false, '2026-12-07T13:00', 'the lunch break ends'],
    ['2026-12-07T13:30', true, '2026-12-07T14:00', 'the cafeteria closes before the mall'],
    ['2026-12-07T14:00', false, '2026-12-08T08:00', 'closed until both open the next morning'],
    ['2026-12-12T11:59', true, '2026-12-12T12:00', 'Saturday, just before the mall closes'],
    ['2026-12-12T12:00', false, '2026-12-14T08:00', 'across the weekend: the cafeteria opens on Sunday, the mall does not'],
    ['2026-12-24T10:00', true, '2026-12-24T11:00', "Christmas Eve's special hours"],
    ['2026-12-24T11:00', false, '2026-12-26T08:00', 'across the holiday'],
  ])('at %s WITA open is %s, and it next changes at %s (%s)', (local, open, next) => {
    expect(inside.isOpenAt(wita(local))).toBe(open);
    expect(inside.nextChangeAfter(wita(local))?.toISOString()).toBe(wita(next).toISOString());
  });

  it('answers as its one calendar when given one', () => {
    const alone = new AllOpenCalendar([paser]);
    for (const local of ['2026-12-07T07:00', '2026-12-07T12:15', '2026-12-11T15:59', '2026-12-24T12:00']) {
      expect([alone.isOpenAt(wita(local)), alone.nextChangeAfter(wita(local))?.toISOString()]).toEqual([paser.isOpenAt(wita(local)), paser.nextChangeAfter(wita(local))?.toISOString()]);
    }
  });

  it('says null when they are never open together, or when one never closes nor the other', () => {
    const mornings = new MallCalendar({ days: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, ranges: [{ opens: '06:00', closes: '07:30' }] })) }, [], WITA);
    expect(new AllOpenCalendar([mornings, paser]).nextChangeAfter(wita('2026-12-07T09:00'))).toBeNull();
    expect(new AllOpenCalendar([cafeteria, new MallCalendar({ days: [] }, [], WITA)]).nextChangeAfter(wita('2026-12-07T09:00'))).toBeNull();
    const aroundTheClock = new MallCalendar({ days: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, ranges: [{ opens: '00:00', closes: '24:00' }] })) }, [], WITA);
    const bothAlways = new AllOpenCalendar([aroundTheClock, aroundTheClock]);
    expect([bothAlways.isOpenAt(wita('2026-12-25T03:00')), bothAlways.nextChangeAfter(wita('2026-12-25T03:00'))]).toEqual([true, null]);
  });

  it('reads the local day at local midnight, not UTC midnight', () => {
    const aroundTheClock = new MallCalendar({ days: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, ranges: [{ opens: '00:00', closes: '24:00' }] })) }, christmas.slice(1), WITA);
    const open = new AllOpenCalendar([aroundTheClock, cafeteria]);
    // 23:30 UTC on the 24th is 07:30 WITA on Christmas Day: closed, though UTC still reads the 24th.
    expect(open.isOpenAt(at('2026-12-24T23:30:00Z'))).toBe(false);
    expect(open.nextChangeAfter(at('2026-12-24T23:30:00Z'))?.toISOString()).toBe(wita('2026-12-26T07:00').toISOString());
    // 13:30 WITA on the 24th (05:30 UTC): open until the cafeteria closes at 14:00.
    expect(open.nextChangeAfter(wita('2026-12-24T13:30'))?.toISOString()).toBe('2026-12-24T06:00:00.000Z');
  });

  it('needs at least one calendar', () => {
    expect(() => new AllOpenCalendar([])).toThrow(RangeError);
  });
});

describe('checking opening hours from an input', () => {
  const refusal = (hours: WeeklyHours): { field: unknown; code: unknown; message: string } => {
    try {
      checkWeeklyHours(hours, 'hours');
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error;
      return { field: error.extensions.field, code: error.extensions.code, message: error.message };
    }
    throw new Error('accepted');
  };
  const day = (weekday: number, ...ranges: [string, string][]) => ({ weekday, ranges: ranges.map(([opens, closes]) => ({ opens, closes })) });

  it('sorts days by weekday and each day\'s ranges, and accepts ranges that meet', () => {
    expect(checkWeeklyHours({ days: [day(3, ['13:00', '16:00'], ['08:00', '12:00']), day(1, ['12:00', '24:00'], ['00:00', '12:00']), day(7)] }, 'hours')).toEqual({
      days: [day(1, ['00:00', '12:00'], ['12:00', '24:00']), day(3, ['08:00', '12:00'], ['13:00', '16:00']), day(7)],
    });
  });

  it.each([
    ['a time that is not HH:MM', { days: [day(1, ['08:00', '12:00']), day(2, ['08:00', '25:00'])] }, 'hours.days.1.ranges.0.closes'],
    ['an hour written with one digit', { days: [day(1, ['8:00', '12:00'])] }, 'hours.days.0.ranges.0.opens'],
    ['opening at 24:00', { days: [day(1, ['24:00', '24:00'])] }, 'hours.days.0.ranges.0.opens'],
    ['closing when it opens', { days: [day(1, ['12:00', '12:00'])] }, 'hours.days.0.ranges.0.closes'],
    ['closing before it opens', { days: [day(2, ['08:00', '12:00'], ['16:00', '13:00'])] }, 'hours.days.0.ranges.1.closes'],
    ['overlapping ranges', { days: [day(1, ['08:00', '12:00'], ['11:00', '13:00'])] }, 'hours.days.0.ranges.1.opens'],
    ['overlapping ranges given out of order', { days: [day(1, ['11:00', '13:00'], ['08:00', '12:00'])] }, 'hours.days.0.ranges.0.opens'],
    ['a range inside another', { days: [day(4, ['08:00', '16:00'], ['09:00', '10:00'])] }, 'hours.days.0.ranges.1.opens'],
    ['weekday 0', { days: [day(0, ['08:00', '12:00'])] }, 'hours.days.0.weekday'],
    ['weekday 8', { days: [day(1), day(8)] }, 'hours.days.1.weekday'],
    ['a weekday that is not whole', { days: [day(1.5)] }, 'hours.days.0.weekday'],
    ['a weekday given twice', { days: [day(5, ['08:00', '11:00']), day(6), day(5, ['14:00', '16:00'])] }, 'hours.days.2.weekday'],
    ['seven ranges in a day', { days: [day(1, ...Array.from({ length: 7 }, (_, hour) => [`0${hour}:00`, `0${hour}:30`] as [string, string]))] }, 'hours.days.0.ranges'],
  ])('refuses %s, naming the input path', (_label, hours, field) => {
    const { code, field: named, message } = refusal(hours);
    expect({ code, field: named }).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(message).toContain(field);
  });
});
