import type { WeeklyHours } from '@mpp/kit';
import { MALL_HOURS, facilitySeeds } from '../seed/facilities.data';
import { wita } from '../spec-support';
import { FacilityStatus } from './facility.entity';
import { mallCalendar, openingAt } from './facility.opening';

/*
 * Whether a facility is open at an instant, and when that next changes: its status, its own
 * hours, and — inside the building — the mall's hours and closed dates, in WITA.
 */

const WITA = 'Asia/Makassar';
const seeded = (slug: string) => facilitySeeds.find((facility) => facility.slug === slug)!;
const operational = (slug: string) => ({ ...seeded(slug), status: FacilityStatus.OPERATIONAL });

/** The mall as seeded (Monday to Friday 07:30–16:00), closed on Christmas Day 2026 and on 8 December (a holiday for these specs). */
const mall = mallCalendar(MALL_HOURS, [{ date: '2026-12-08', ranges: [] }, { date: '2026-12-25', ranges: [] }], WITA);

const cafeteria = operational('kafetaria'); // Monday to Friday 07:30–15:30, inside
const minimarket = operational('minimarket'); // closed for Friday prayers 11:30–13:00, inside
const atm = operational('atm-bri'); // every day 06:00–22:00, reachable from outside
const parking = operational('parkir'); // every day 06:00–22:00, reachable from outside

function at(facility: Parameters<typeof openingAt>[0], local: string): [boolean, string | null] {
  const { isOpenNow, nextChangeAt } = openingAt(facility, mall, wita(local), WITA);
  return [isOpenNow, nextChangeAt?.toISOString() ?? null];
}
const w = (local: string) => wita(local).toISOString();

describe('a facility open now', () => {
  it.each([
    ['on a weekday morning', '2026-12-07T09:00', [true, w('2026-12-07T15:30')]],
    ['just before it opens', '2026-12-07T07:29', [false, w('2026-12-07T07:30')]],
    ['the minute it opens (inclusive)', '2026-12-07T07:30', [true, w('2026-12-07T15:30')]],
    ['the last minute before closing', '2026-12-07T15:29', [true, w('2026-12-07T15:30')]],
    ['the minute it closes (exclusive)', '2026-12-07T15:30', [false, w('2026-12-09T07:30')]],
    ['on a Saturday, when it and the mall are closed', '2026-12-12T10:00', [false, w('2026-12-14T07:30')]],
  ])('the cafeteria %s (%s WITA)', (_label, local, expected) => {
    // 8 December is a closed date: after Monday the cafeteria next opens on Wednesday.
    expect(at(cafeteria, local)).toEqual(expected);
  });

  it('closes for its own lunch break: the minimarket on Friday prayers, and opens again after', () => {
    expect(at(minimarket, '2026-12-11T11:29')).toEqual([true, w('2026-12-11T11:30')]);
    expect(at(minimarket, '2026-12-11T11:30')).toEqual([false, w('2026-12-11T13:00')]);
    expect(at(minimarket, '2026-12-11T12:59')).toEqual([false, w('2026-12-11T13:00')]);
    expect(at(minimarket, '2026-12-11T13:00')).toEqual([true, w('2026-12-11T16:00')]);
  });

  it('is closed all day on a closed date inside the mall, whatever its own hours say', () => {
    expect(at(cafeteria, '2026-12-08T09:00')).toEqual([false, w('2026-12-09T07:30')]);
    expect(at(minimarket, '2026-12-25T10:00')).toEqual([false, w('2026-12-28T07:30')]);
  });

  it('is closed inside the mall while the mall is, though its own hours say open', () => {
    const longHours: WeeklyHours = { days: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, ranges: [{ opens: '06:00', closes: '20:00' }] })) };
    const inside = { ...cafeteria, openingHours: longHours };
    expect(at(inside, '2026-12-07T07:00')).toEqual([false, w('2026-12-07T07:30')]);
    expect(at(inside, '2026-12-07T16:00')).toEqual([false, w('2026-12-09T07:30')]);
    expect(at(inside, '2026-12-13T10:00')).toEqual([false, w('2026-12-14T07:30')]);
  });

  it('keeps its own hours when reachable from outside: the ATM center and parking, on holidays, weekends and after the mall closes', () => {
    for (const outside of [atm, parking]) {
      expect(at(outside, '2026-12-25T10:00')).toEqual([true, w('2026-12-25T22:00')]);
      expect(at(outside, '2026-12-08T21:59')).toEqual([true, w('2026-12-08T22:00')]);
      expect(at(outside, '2026-12-13T05:59')).toEqual([false, w('2026-12-13T06:00')]);
      expect(at(outside, '2026-12-07T17:00')).toEqual([true, w('2026-12-07T22:00')]);
    }
    // The same ATM, were it inside the building, would follow the mall.
    expect(at({ ...atm, reachableFromOutside: false }, '2026-12-25T10:00')).toEqual([false, w('2026-12-28T07:30')]);
  });

  it('reads the local day at local midnight, not UTC midnight', () => {
    // 23:30 UTC on 24 December is 07:30 WITA on Christmas Day: the mall is closed, though UTC still reads the 24th.
    expect(openingAt(cafeteria, mall, new Date('2026-12-24T23:30:00Z'), WITA).isOpenNow).toBe(false);
    // 16:30 UTC on Monday 7 December is 00:30 WITA on the holiday of the 8th: the ATM, reachable from outside, opens at 06:00 WITA (22:00 UTC).
    expect(openingAt(atm, mall, new Date('2026-12-07T16:30:00Z'), WITA)).toEqual({ isOpenNow: false, nextChangeAt: new Date('2026-12-07T22:00:00Z') });
    // 23:45 UTC on Tuesday 8 December is 07:45 WITA on Wednesday the 9th: the cafeteria is open.
    expect(openingAt(cafeteria, mall, new Date('2026-12-08T23:45:00Z'), WITA).isOpenNow).toBe(true);
  });

  it.each([FacilityStatus.OUT_OF_SERVICE, FacilityStatus.CLOSED])('is closed while %s, with no change foreseen', (status) => {
    expect(openingAt({ ...atm, status }, mall, wita('2026-12-07T09:00'), WITA)).toEqual({ isOpenNow: false, nextChangeAt: null });
  });

  it('says null for the next change when it is never open', () => {
    expect(openingAt({ ...cafeteria, openingHours: { days: [] } }, mall, wita('2026-12-07T09:00'), WITA)).toEqual({ isOpenNow: false, nextChangeAt: null });
    const nights: WeeklyHours = { days: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, ranges: [{ opens: '20:00', closes: '23:00' }] })) };
    expect(openingAt({ ...cafeteria, openingHours: nights }, mall, wita('2026-12-07T09:00'), WITA)).toEqual({ isOpenNow: false, nextChangeAt: null });
  });
});
