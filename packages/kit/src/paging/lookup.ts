import { badUserInput } from '../errors/errors';

export type Lookup = { by: 'id'; id: string } | { by: 'slug'; slug: string };

/**
 * `thing(id:, slug:)` lookups take exactly one of the two; anything else is BAD_USER_INPUT.
 * Slugs are lowercase by rule: a slug typed in capitals finds the same record on every database
 * (MySQL compares case-insensitively, SQLite does not).
 */
export function idOrSlug(args: { id?: string | null; slug?: string | null }): Lookup {
  const hasId = args.id != null;
  const hasSlug = args.slug != null;
  if (hasId === hasSlug) {
    throw badUserInput(hasId ? 'slug' : 'id', 'Give either id or slug, not both or neither.');
  }
  return hasId ? { by: 'id', id: args.id! } : { by: 'slug', slug: args.slug!.trim().toLowerCase() };
}
