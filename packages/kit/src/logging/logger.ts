import { hostname } from 'node:os';
import { types } from 'node:util';
import { destination as fileDestination, pino, stdTimeFunctions, type Logger as PinoLogger } from 'pino';
import { isColorSupported, prettyFactory } from 'pino-pretty';
import type { LogLevel } from '../config/config';

export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
  /** A logger whose every line also carries these fields: a request's id, a subgraph's name. */
  child(bindings: LogFields): Logger;
}

/** Where lines go: anything that takes a whole line synchronously (a file, a test's array). */
export interface LogDestination {
  write(line: string): unknown;
}

export interface LoggerOptions {
  /** Human-readable lines (pino-pretty) instead of JSON, for a developer's terminal. */
  pretty?: boolean;
  /**
   * Standard output unless given, written synchronously (not through process.stdout, which
   * queues what a slow pipe cannot take at once and drops it if the process exits).
   */
  destination?: LogDestination;
}

/**
 * Fields that hold secrets wherever they appear in a line: sign-in and password-change inputs,
 * the staff tokens, the gateway's internal token, and GraphQL variables (which carry all of
 * those and citizens' input besides). A caller logging a whole input or request by mistake
 * still writes "[redacted]" in their place.
 */
const REDACTED_PATHS = [
  'authorization',
  '*.authorization',
  'req.headers.authorization',
  'password',
  '*.password',
  'currentPassword',
  '*.currentPassword',
  'newPassword',
  '*.newPassword',
  'temporaryPassword',
  '*.temporaryPassword',
  'passwordHash',
  '*.passwordHash',
  'token',
  '*.token',
  'refreshToken',
  '*.refreshToken',
  'variables',
  '*.variables',
  'x-mpp-internal-token',
  '*["x-mpp-internal-token"]',
  'req.headers["x-mpp-internal-token"]',
];

const CENSOR = '[redacted]';

/**
 * One JSON line per event on standard output: `level` as a label, ISO `time`, `service`, `pid`
 * and `hostname` (to tell replicas apart), the child's bindings (`requestId` …), the fields,
 * `msg`. `pretty` prints the same events for a developer. Either way each line is written
 * synchronously in this thread (no worker transport), so the lines before an exit or a crash
 * are never lost and a test reads every line as soon as it is logged.
 *
 * Every level goes to the one stream: a request's lines stay in order and collectors (Docker,
 * journald, Kubernetes) filter on `level`. stderr keeps what is not a log line: the message of
 * a process that cannot start or stop (runMain).
 *
 * Secrets are kept out twice: by field name (REDACTED_PATHS), and by content, since database
 * drivers put a failed statement's values into error messages: any argon2 hash anywhere in a
 * line becomes "[redacted]", and so does any token (a JWT) anywhere in a line.
 */
export function createLogger(service: string, level: LogLevel, options: LoggerOptions = {}): Logger {
  const destination = options.destination ?? fileDestination({ dest: 1, sync: true });
  const format = options.pretty
    ? prettyFactory({
        colorize: options.destination === undefined && isColorSupported,
        translateTime: 'SYS:HH:MM:ss.l',
        ignore: 'pid,hostname,service',
        messageFormat: '[{service}] {msg}',
        singleLine: true,
      })
    : (line: string) => line;
  const logger = pino(
    {
      level,
      base: { service, pid: process.pid, hostname: hostname() },
      timestamp: stdTimeFunctions.isoTime,
      formatters: {
        level: (label) => ({ level: label }),
        log: describeErrors,
      },
      redact: { paths: REDACTED_PATHS, censor: CENSOR },
    },
    { write: (line: string) => destination.write(format(redactSecretsByContent(line))) },
  );
  return wrap(logger);
}

function wrap(logger: PinoLogger): Logger {
  return {
    debug: (message, fields) => logger.debug(fields ?? {}, message),
    info: (message, fields) => logger.info(fields ?? {}, message),
    warn: (message, fields) => logger.warn(fields ?? {}, message),
    error: (message, fields) => logger.error(fields ?? {}, message),
    child: (bindings) => wrap(logger.child(bindings)),
  };
}

/** Errors carry their name, message, stack, code and cause into the line (JSON would drop them all). */
function describeErrors(fields: LogFields): LogFields {
  return Object.fromEntries(Object.entries(fields).map(([key, value]) => [key, describeError(value)]));
}

const CAUSES_KEPT = 5;

function describeError(value: unknown, depth = 0): unknown {
  if (!(value instanceof Error || types.isNativeError(value))) return value;
  // GraphQL wraps what a resolver threw in originalError; that is the cause worth reading.
  const cause = (value as { originalError?: unknown }).originalError ?? value.cause;
  const code = (value as { code?: unknown }).code ?? (value as { extensions?: { code?: unknown } }).extensions?.code;
  return {
    name: value.name,
    message: value.message,
    ...(typeof code === 'string' ? { code } : {}),
    stack: value.stack,
    ...(cause !== undefined && depth < CAUSES_KEPT ? { cause: describeError(cause, depth + 1) } : {}),
  };
}

/**
 * An argon2 hash as PHC writes it: `$argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>`. The
 * characters after the prefix are those PHC strings are made of, so the match ends at a quote,
 * a space or a backslash and never eats into the JSON around it.
 */
const PASSWORD_HASH = /\$argon2(?:id|i|d)\$[A-Za-z0-9+/=,$]*/g;
/** A compact JWT (a staff or internal token) wherever it appears: its header always starts `eyJ`. */
const JWT = /eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+/g;

function redactSecretsByContent(text: string): string {
  const withoutHashes = text.includes('$argon2') ? text.replace(PASSWORD_HASH, CENSOR) : text;
  return withoutHashes.includes('eyJ') ? withoutHashes.replace(JWT, CENSOR) : withoutHashes;
}
