import { badUserInput, checkWeeklyHours, type WeeklyHours } from '@mpp/kit';
import type { WeeklyHoursInput } from '@mpp/kit/subgraph';

/** Field rules of a queue's settings: input → checked value, or BAD_USER_INPUT naming the field. */

const PREFIX = /^[A-Z]{1,3}$/;
/** More than any counter serves in a day; four digits of numbering. */
export const MAX_DAILY_QUOTA = 9999;

/** One to three letters, written in capitals ("skc" is "SKC"). */
export function requirePrefix(value: string | null | undefined): string {
  const prefix = normalisedPrefix(value);
  if (!PREFIX.test(prefix)) throw badUserInput('prefix', 'prefix must be one to three letters A–Z, e.g. "A" or "SIM".');
  return prefix;
}

export function normalisedPrefix(value: string | null | undefined): string {
  return (value ?? '').trim().toUpperCase();
}

export function optionalDailyQuota(value: number | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  if (!Number.isInteger(value) || value < 1 || value > MAX_DAILY_QUOTA) {
    throw badUserInput('dailyQuota', `dailyQuota must be a whole number from 1 to ${MAX_DAILY_QUOTA}, or null for no limit.`);
  }
  return value;
}

export function requireTicketHours(value: WeeklyHoursInput | null | undefined): WeeklyHours {
  if (!value) throw badUserInput('ticketHours', 'ticketHours is required: the weekly hours in which tickets are given out.');
  return checkWeeklyHours(value, 'ticketHours');
}

export function requireEnabled(value: boolean | null | undefined): boolean {
  if (typeof value !== 'boolean') throw badUserInput('enabled', 'enabled must be true or false.');
  return value;
}
