import { types } from 'node:util';
import type { LogLevel } from '../config/config';

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

/**
 * One line per event, prefixed with the service's name; fields as JSON. Callers pass only
 * what is safe to keep: never tokens, passwords or secrets.
 */
export function createLogger(service: string, level: LogLevel): Logger {
  const threshold = RANK[level];
  const write = (at: Exclude<LogLevel, 'silent'>, message: string, fields?: Record<string, unknown>) => {
    if (RANK[at] < threshold) return;
    const suffix = fields && Object.keys(fields).length > 0 ? ` ${JSON.stringify(describeErrors(fields))}` : '';
    const line = `${new Date().toISOString()} ${at.toUpperCase().padEnd(5)} [${service}] ${message}${suffix}\n`;
    (at === 'error' || at === 'warn' ? process.stderr : process.stdout).write(line);
  };
  return {
    debug: (message, fields) => write('debug', message, fields),
    info: (message, fields) => write('info', message, fields),
    warn: (message, fields) => write('warn', message, fields),
    error: (message, fields) => write('error', message, fields),
  };
}

/** Errors carry their name, message, stack and cause into the log (JSON would drop them). */
function describeErrors(fields: Record<string, unknown>): Record<string, unknown> {
  const describe = (value: unknown): unknown =>
    value instanceof Error || types.isNativeError(value)
      ? {
          name: value.name,
          message: redact(value.message),
          stack: value.stack && redact(value.stack),
          cause: describe((value as { originalError?: unknown }).originalError ?? value.cause),
        }
      : value;
  return Object.fromEntries(Object.entries(fields).map(([key, value]) => [key, describe(value)]));
}

/**
 * Database drivers put a failed statement's values into the error message; a password hash
 * must not reach the log that way.
 */
const PASSWORD_HASH = /\$argon2(?:id|i|d)\$[^\s'",)]*/g;
export function redact(text: string): string {
  return text.replace(PASSWORD_HASH, '[redacted]');
}
