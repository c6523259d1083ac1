import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

/** An instant in UTC, ISO-8601 (`2026-12-07T01:00:00.000Z`); clients localise. */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'An ISO-8601 instant in UTC, e.g. 2026-12-07T01:00:00.000Z.',
  serialize(value) {
    const date = value instanceof Date ? value : new Date(value as string);
    if (Number.isNaN(date.getTime())) throw new GraphQLError('DateTime cannot represent an invalid date.');
    return date.toISOString();
  },
  parseValue(value) {
    return parseInstant(value);
  },
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('DateTime must be an ISO-8601 string.');
    return parseInstant(ast.value);
  },
});

function parseInstant(value: unknown): Date {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value)) {
    throw new GraphQLError('DateTime must be an ISO-8601 instant with a zone, e.g. 2026-12-07T01:00:00Z.', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return new Date(value);
}

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date in the mall's time zone (MPP_TIMEZONE), `YYYY-MM-DD`; kept a string so no UTC conversion can move it. */
export const CalendarDateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: "A calendar date in the mall's time zone (WITA, Asia/Makassar, in Paser), YYYY-MM-DD.",
  serialize(value) {
    return checkCalendarDate(value);
  },
  parseValue(value) {
    return checkCalendarDate(value);
  },
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('Date must be a YYYY-MM-DD string.');
    return checkCalendarDate(ast.value);
  },
});

export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = CALENDAR_DATE.exec(value);
  if (!match) return false;
  const [, year, month, day] = match.map(Number);
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

function checkCalendarDate(value: unknown): string {
  if (!isCalendarDate(value)) {
    throw new GraphQLError('Date must be a real calendar date, YYYY-MM-DD.', { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return value;
}
