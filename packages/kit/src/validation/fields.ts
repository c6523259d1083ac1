import { badUserInput } from '../errors/errors';
import { isCalendarDate } from '../schema/scalars';

/*
 * Field rules shared by every subgraph's managers. Each names the input field at fault
 * (`BAD_USER_INPUT` + `extensions.field`), and is called after authorization.
 */

/** Trimmed text of `min`–`max` characters. */
export function requireText(value: string | null | undefined, field: string, min: number, max: number): string {
  const text = (value ?? '').trim();
  if (text.length < min || text.length > max) {
    throw badUserInput(field, min > 0 ? `${field} must have ${min} to ${max} characters.` : `${field} can have at most ${max} characters.`);
  }
  return text;
}

/** Optional text: null (or empty) clears it. */
export function optionalText(value: string | null | undefined, field: string, max: number): string | null {
  const text = (value ?? '').trim();
  if (text.length > max) throw badUserInput(field, `${field} can have at most ${max} characters.`);
  return text.length > 0 ? text : null;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export function requireSlug(value: string | null | undefined, field = 'slug', max = 64): string {
  const slug = (value ?? '').trim();
  if (!SLUG.test(slug) || slug.length > max) {
    throw badUserInput(field, `${field} must be lowercase letters and digits joined by single hyphens (at most ${max}).`);
  }
  return slug;
}

/**
 * A URL-safe slug made from a name, at most `max` characters: "Perpanjangan SIM A, C dan D" →
 * "perpanjangan-sim-a-c-dan-d"; `fallback` when nothing of the name is left.
 */
export function slugFromName(name: string, max: number, fallback: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/g, '');
  return slug || fallback;
}

export function optionalUrl(value: string | null | undefined, field: string, max = 500): string | null {
  const text = optionalText(value, field, max);
  if (text === null) return null;
  try {
    const url = new URL(text);
    if (url.protocol === 'https:' || url.protocol === 'http:') return url.toString();
  } catch {
    // falls through to the error below
  }
  throw badUserInput(field, `${field} must be an http(s) address.`);
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export function requireEmail(value: string | null | undefined, field = 'email'): string {
  const email = (value ?? '').trim().toLowerCase();
  if (email.length > 254 || !EMAIL.test(email)) throw badUserInput(field, `${field} must be an email address.`);
  return email;
}

export function optionalEmail(value: string | null | undefined, field: string): string | null {
  const text = optionalText(value, field, 254);
  return text === null ? null : requireEmail(text, field);
}

const PHONE = /^\+?[0-9(][0-9 ()-]{2,38}$/;
export function optionalPhone(value: string | null | undefined, field: string): string | null {
  const text = optionalText(value, field, 40);
  if (text !== null && !PHONE.test(text)) throw badUserInput(field, `${field} must be a phone number (digits, spaces, + ( ) -).`);
  return text;
}

export function requireInteger(value: number | null | undefined, field: string, min: number, max: number): number {
  if (value === null || value === undefined || !Number.isInteger(value) || value < min || value > max) {
    throw badUserInput(field, `${field} must be a whole number from ${min} to ${max}.`);
  }
  return value;
}

export function optionalCalendarDate(value: string | null | undefined, field: string): string | null {
  if (value === null || value === undefined) return null;
  if (!isCalendarDate(value)) throw badUserInput(field, `${field} must be a date, YYYY-MM-DD.`);
  return value;
}
