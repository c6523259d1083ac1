import { AllOpenCalendar, MallCalendar, type DateException, type OpeningCalendar, type WeeklyHours } from '@mpp/kit';
import { FacilityStatus, type Facility } from './facility.entity';

/*
 * Whether a facility is open at an instant, and when that next changes, in the mall's zone:
 * - not OPERATIONAL (out of service, closed until further notice): closed, and no change is
 *   foreseen (the next change is whenever someone sets the status);
 * - reachable from outside the building (the ATM center, parking): its own weekly hours alone,
 *   holidays included;
 * - inside the building: its own weekly hours, and only while the mall is open — the mall's
 *   weekly hours, except its closed dates (holidays, cuti bersama).
 */

export interface OpenNow {
  isOpenNow: boolean;
  /** The next instant the answer flips; null when it never does within the calendars' horizon or the status is not OPERATIONAL. */
  nextChangeAt: Date | null;
}

/** The mall's calendar: its weekly hours, closed on its closed dates. */
export function mallCalendar(openingHours: WeeklyHours, closedDates: readonly DateException[], timeZone: string): MallCalendar {
  return new MallCalendar(openingHours, closedDates, timeZone);
}

/** The calendar a facility is open by (see above), given the mall's. */
export function facilityCalendar(facility: Pick<Facility, 'openingHours' | 'reachableFromOutside'>, mall: OpeningCalendar, timeZone: string): OpeningCalendar {
  const own = new MallCalendar(facility.openingHours, [], timeZone);
  return facility.reachableFromOutside ? own : new AllOpenCalendar([own, mall]);
}

export function openingAt(facility: Pick<Facility, 'status' | 'openingHours' | 'reachableFromOutside'>, mall: OpeningCalendar, instant: Date, timeZone: string): OpenNow {
  if (facility.status !== FacilityStatus.OPERATIONAL) return { isOpenNow: false, nextChangeAt: null };
  const calendar = facilityCalendar(facility, mall, timeZone);
  return { isOpenNow: calendar.isOpenAt(instant), nextChangeAt: calendar.nextChangeAfter(instant) };
}
