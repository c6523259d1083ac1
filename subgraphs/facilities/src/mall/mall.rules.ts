import { badUserInput, checkWeeklyHours, optionalEmail, optionalPhone, optionalUrl, requireText, type WeeklyHours } from '@mpp/kit';
import type { WeeklyHoursInput } from '@mpp/kit/subgraph';

/** Field rules of the mall's profile: input → checked value, or BAD_USER_INPUT naming the field. */

export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

export function requireMallName(value: string | null | undefined): string {
  return requireText(value, 'name', 2, 120);
}

export function requireAddress(value: string | null | undefined): string {
  return requireText(value, 'address', 5, 300);
}

export function optionalMallPhone(value: string | null | undefined): string | null {
  return optionalPhone(value, 'phone');
}

export function optionalMallEmail(value: string | null | undefined): string | null {
  return optionalEmail(value, 'email');
}

export function optionalWebsite(value: string | null | undefined): string | null {
  return optionalUrl(value, 'website');
}

export function requireMallHours(value: WeeklyHoursInput | null | undefined): WeeklyHours {
  if (!value) throw badUserInput('openingHours', "openingHours is required: the mall's regular week.");
  return checkWeeklyHours(value, 'openingHours');
}

export function requireYear(year: number): number {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) throw badUserInput('year', `year must be from ${MIN_YEAR} to ${MAX_YEAR}.`);
  return year;
}
