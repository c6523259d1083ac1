import { badUserInput, checkWeeklyHours, optionalText, optionalUrl, requireInteger, requireSlug, requireText, type WeeklyHours } from '@mpp/kit';
import type { WeeklyHoursInput } from '@mpp/kit/subgraph';
import { FacilityKind, FacilityStatus } from './facility.entity';

/** Field rules of a facility: input → checked value, or BAD_USER_INPUT naming the field. */

/** Floors as the board counts them: basements below 1, the ground floor 1. */
export const MIN_FLOOR = -2;
export const MAX_FLOOR = 10;
export const MAX_PHOTOS = 10;

export function requireFacilityName(value: string | null | undefined): string {
  return requireText(value, 'name', 2, 120);
}

export function requireFacilitySlug(value: string | null | undefined): string {
  return requireSlug((value ?? '').trim().toLowerCase(), 'slug', 64);
}

export function requireKind(value: FacilityKind | null | undefined): FacilityKind {
  if (!value || !Object.values(FacilityKind).includes(value)) throw badUserInput('kind', 'kind is required.');
  return value;
}

export function requireFloor(value: number | null | undefined): number {
  return requireInteger(value, 'floor', MIN_FLOOR, MAX_FLOOR);
}

export function optionalLocation(value: string | null | undefined): string | null {
  return optionalText(value, 'location', 200);
}

export function optionalDescription(value: string | null | undefined): string | null {
  return optionalText(value, 'description', 2000);
}

/** Photos as http(s) addresses, at most MAX_PHOTOS, none twice; `photoUrls.1` names the one at fault. */
export function requirePhotoUrls(values: readonly string[]): string[] {
  if (values.length > MAX_PHOTOS) throw badUserInput('photoUrls', `photoUrls can have at most ${MAX_PHOTOS} entries.`);
  const seen = new Set<string>();
  return values.map((value, index) => {
    const field = `photoUrls.${index}`;
    const url = optionalUrl(value, field);
    if (url === null) throw badUserInput(field, `${field} must be an http(s) address.`);
    if (seen.has(url)) throw badUserInput(field, `${field} is given twice.`);
    seen.add(url);
    return url;
  });
}

export function requireOpeningHours(value: WeeklyHoursInput | null | undefined): WeeklyHours {
  if (!value) throw badUserInput('openingHours', 'openingHours is required: the weekly hours in which it is open.');
  return checkWeeklyHours(value, 'openingHours');
}

export function requireBoolean(value: boolean | null | undefined, field: string): boolean {
  if (typeof value !== 'boolean') throw badUserInput(field, `${field} must be true or false.`);
  return value;
}

export function requireStatus(value: FacilityStatus | null | undefined): FacilityStatus {
  if (!value || !Object.values(FacilityStatus).includes(value)) throw badUserInput('status', 'status is required.');
  return value;
}

/** A status note as visitors read it; none (or blank) clears it. */
export function optionalStatusNote(value: string | null | undefined): string | null {
  return optionalText(value, 'note', 500);
}
