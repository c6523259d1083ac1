import { badUserInput, optionalText, requireText } from '@mpp/kit';

/** Field rules of a listing: input → checked value, or BAD_USER_INPUT naming the field. */

/** More than anything a shop in the mall sells costs: a typo guard (Rp 10 million). */
export const MAX_PRICE = 10_000_000;

export function requireListingName(value: string | null | undefined): string {
  return requireText(value, 'name', 2, 120);
}

export function optionalCategory(value: string | null | undefined): string | null {
  return optionalText(value, 'category', 60);
}

/** Whole Rupiah, 0 (free) or more. */
export function requirePrice(value: number | null | undefined): number {
  if (value === null || value === undefined) throw badUserInput('price', 'price is required, in Rupiah.');
  if (!Number.isInteger(value) || value < 0 || value > MAX_PRICE) {
    throw badUserInput('price', `price must be a whole number of Rupiah from 0 to ${MAX_PRICE}.`);
  }
  return value;
}

export function requireAvailable(value: boolean | null | undefined): boolean {
  if (typeof value !== 'boolean') throw badUserInput('available', 'available must be true or false.');
  return value;
}
