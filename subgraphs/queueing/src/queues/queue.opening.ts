import { MallCalendar, type DateException } from '@mpp/kit';
import type { ClosedDate } from '../closed-dates/closed-date.entity';
import type { Queue } from './queue.entity';

/*
 * Whether a queue gives out a ticket at an instant: it is enabled, the instant is within its
 * ticket hours in the mall's zone, the day is no closed date, and the day's quota is not used
 * up. Issuing refuses for the first of these that fails (ticket.mutations.ts) and
 * `Service.queue.open` says whether all hold (queue-status.ts).
 */

/** The queue's ticket hours with the closed dates given excepted, in the mall's zone. */
export function ticketCalendar(queue: Pick<Queue, 'ticketHours'>, closedDates: readonly Pick<ClosedDate, 'date'>[], timeZone: string): MallCalendar {
  const exceptions: DateException[] = closedDates.map((closed) => ({ date: closed.date, ranges: [] }));
  return new MallCalendar(queue.ticketHours, exceptions, timeZone);
}

export interface Opening {
  closedToday: boolean;
  issuedToday: number;
}

export function takesTicketsAt(queue: Queue, { closedToday, issuedToday }: Opening, instant: Date, timeZone: string): boolean {
  return (
    queue.enabled &&
    !closedToday &&
    ticketCalendar(queue, [], timeZone).isOpenAt(instant) &&
    (queue.dailyQuota === null || issuedToday < queue.dailyQuota)
  );
}

const WEEKDAYS = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** The ticket hours as a citizen reads them: "Monday 08:00–15:00; Friday 08:00–11:30, 13:30–15:00". */
export function describeTicketHours(queue: Pick<Queue, 'ticketHours'>): string {
  const days = queue.ticketHours.days.filter((day) => day.ranges.length > 0);
  if (days.length === 0) return 'on no day';
  return days.map((day) => `${WEEKDAYS[day.weekday]} ${day.ranges.map((range) => `${range.opens}–${range.closes}`).join(', ')}`).join('; ');
}

/** An instant as a citizen of the mall reads it: "Tuesday 8 December, 08:00". */
export function describeLocalInstant(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'long', day: 'numeric', month: 'long' }).format(instant);
  const time = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(instant);
  return `${parts}, ${time}`;
}
