import { defaultFieldResolver, isObjectType, type GraphQLSchema } from 'graphql';
import { badUserInput } from '../errors/errors';

/**
 * Control characters: C0 (U+0000–U+001F), DEL (U+007F) and C1 (U+0080–U+009F), except tab,
 * line feed and carriage return, which multi-line text (requirements, notes) legitimately
 * holds. Nobody types the others: they arrive only by mistake or on purpose. A null byte cuts
 * text short (libsql stores it but reads text back only up to it); escape sequences in
 * names would reach staff terminals through logs and exports. C1 controls are refused too:
 * no keyboard produces them, they appear in text only when bytes were decoded with the
 * wrong character set, and some terminals take U+009B for the start of an escape sequence.
 */
const CONTROL_CHARACTER = /(?![\t\n\r])\p{Cc}/u;

/**
 * Makes every field that takes arguments refuse a control character anywhere in them
 * (input objects and lists included) with BAD_USER_INPUT naming the field, before its
 * resolver, type-graphql's validation or any middleware runs. The resolvers are wrapped
 * rather than given a type-graphql global middleware: that would make every field of every
 * answer asynchronous, arguments or not.
 */
export function refuseControlCharactersInArguments(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.args.length === 0) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args: Record<string, unknown>, context, info) => {
        for (const [argument, value] of Object.entries(args)) {
          const path = pathToControlCharacter(value);
          if (path) {
            const name = fieldName(argument, path);
            throw badUserInput(name, `${name} contains a control character (such as a null byte); remove it.`);
          }
        }
        return resolve(source, args, context, info);
      };
    }
  }
}

/** Where in an argument's value a string holds a control character (`[]` for the value itself), or null. */
function pathToControlCharacter(value: unknown): string[] | null {
  if (typeof value === 'string') return CONTROL_CHARACTER.test(value) ? [] : null;
  if (typeof value !== 'object' || value === null) return null;
  // Input objects by field name, lists by index.
  for (const [key, item] of Object.entries(value)) {
    const path = pathToControlCharacter(item);
    if (path) return [key, ...path];
  }
  return null;
}

/**
 * The field as managers name it: inside an `input` argument relative to it (`name`,
 * `requirements.0.description`), otherwise starting with the argument (`slug`, `filter.search`).
 */
function fieldName(argument: string, path: string[]): string {
  return (argument === 'input' && path.length > 0 ? path : [argument, ...path]).join('.');
}
