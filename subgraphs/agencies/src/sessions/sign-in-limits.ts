import { setTimeout as sleep } from 'node:timers/promises';
import { clock, newId, rateLimited } from '@mpp/kit';
import { inUnitOfWork, type RequestContext } from '@mpp/kit/subgraph';
import { raw } from '@mikro-orm/core';
import { LoginFailure } from './session.entity';

/*
 * How many wrong passwords may be tried, and from where. Every attempt to prove a password
 * (login, changeOwnPassword's current password) is a LoginFailure row, written down and
 * committed before anything is counted or checked, so attempts sent in parallel see each other.
 * The row is struck off when the password was right, and when the attempt is refused unchecked:
 * what stays are the passwords tried and found wrong. With N = loginRateLimitPerMinute, in any
 * minute:
 *
 * - N failures per account and client address (a pair): a guesser at one address is soon
 *   stopped, while the account still signs in from elsewhere and everyone else from there;
 * - 10·N per client address across all emails, unknown ones included (credential stuffing);
 * - 10·N per account across all addresses (guessing from many addresses). Past N, each attempt
 *   on the account first waits a delay that doubles with each further failure, up to
 *   LONGEST_DELAY_MS, so its owner signs in late rather than not at all.
 *
 * The wide counts take at most N from any one pair: one address hammering one account — with a
 * flood of parallel requests too, whose rows exist for a moment before they are refused — can
 * lock neither the account out elsewhere nor the address out for other accounts.
 *
 * Limits are per email as typed (trimmed, lower-cased), whether or not an account has it, so
 * an unknown email is limited and delayed exactly as a real one and reveals nothing. They live
 * in the database, so every replica counts the same attempts.
 *
 * The delay is spent between units of work, holding no database connection, for the reason
 * argon2 is (see the top of session.mutations.ts).
 */

const WINDOW_MS = 60_000;
/** The per-address and per-account limits, as a multiple of the per-pair one. */
const WIDE_LIMIT_FACTOR = 10;
/** The delay of the first attempt on an account past N failures in the window; each next one doubles it. */
const FIRST_DELAY_MS = 250;
/** Well under the gateway's subgraph timeout (MPP_SUBGRAPH_TIMEOUT_MS, 10 s by default). */
const LONGEST_DELAY_MS = 4_000;
/** Failures older than this are deleted now and then; the window needs only a minute. */
const FAILURE_RETENTION_MS = 60 * 60_000;
const CLEANUP_SHARE = 0.05;
const LONGEST_CLIENT_ADDRESS = 64;

/** An attempt as written down: struck off by id, counted by email and by client address. */
export interface SignInAttempt {
  id: string;
  email: string;
  clientAddress: string;
}

export interface SignInLimits {
  /** Failures a minute for one account from one address. */
  perPair: number;
  /** Failures a minute from one address, across every email. */
  perAddress: number;
  /** Failures a minute for one account, across every address. */
  perAccount: number;
}

export function signInLimits(perMinute: number): SignInLimits {
  return { perPair: perMinute, perAddress: WIDE_LIMIT_FACTOR * perMinute, perAccount: WIDE_LIMIT_FACTOR * perMinute };
}

/** Failures within the window, this attempt's own included. */
export interface AttemptCounts {
  pair: number;
  /** Across the address's emails, each counted up to the pair limit. */
  address: number;
  /** Across the account's addresses, each counted up to the pair limit. */
  account: number;
}

export type Admission = { admitted: false } | { admitted: true; delayMs: number };

/** Whether an attempt may have its password checked, and how long it waits first. */
export function admission(counts: AttemptCounts, limits: SignInLimits): Admission {
  if (counts.pair > limits.perPair || counts.address > limits.perAddress || counts.account > limits.perAccount) return { admitted: false };
  return { admitted: true, delayMs: delayBeforeCheck(counts.account, limits) };
}

/** None up to the pair limit; then FIRST_DELAY_MS, doubling with each failure, at most LONGEST_DELAY_MS. */
export function delayBeforeCheck(accountFailures: number, limits: SignInLimits): number {
  const beyond = accountFailures - limits.perPair;
  return beyond <= 0 ? 0 : Math.min(LONGEST_DELAY_MS, FIRST_DELAY_MS * 2 ** (beyond - 1));
}

/**
 * Writes an attempt down in a unit of work of its own and counts it with the others; refuses it
 * (RATE_LIMITED, struck off, its password never checked) past a limit, else waits its delay
 * outside any unit. Returns the attempt, to strike off if its password proves right.
 */
export async function admitSignInAttempt(context: RequestContext, email: string): Promise<SignInAttempt> {
  const attempt: SignInAttempt = {
    id: newId(),
    email,
    // Lower-cased: MySQL compares text without case and SQLite with it, and the counts must agree.
    clientAddress: (context.clientAddress ?? 'unknown').toLowerCase().slice(0, LONGEST_CLIENT_ADDRESS),
  };
  await inUnitOfWork(context, async (unit) => {
    unit.em.create(LoginFailure, { ...attempt, failedAt: clock.now() });
  });
  await forgetOldFailures(context);
  const verdict = await inUnitOfWork(context, async (unit) => {
    const limits = signInLimits(unit.config.loginRateLimitPerMinute);
    const decided = admission(await countAttempts(unit, attempt, limits), limits);
    // Refused unchecked, it tried no password: it must count against nothing, not even itself.
    if (!decided.admitted) await strikeOffAttempt(unit, attempt);
    return decided;
  });
  if (!verdict.admitted) throw rateLimited('Too many failed sign-ins; wait a minute and try again.');
  if (verdict.delayMs > 0) await sleep(verdict.delayMs);
  return attempt;
}

export async function strikeOffAttempt(unit: RequestContext, attempt: SignInAttempt): Promise<void> {
  await unit.em.nativeDelete(LoginFailure, { id: attempt.id });
}

/** Two grouped reads: the account's failures by address, the address's by email. */
async function countAttempts(unit: RequestContext, { email, clientAddress }: SignInAttempt, { perPair }: SignInLimits): Promise<AttemptCounts> {
  const since = new Date(clock.now().getTime() - WINDOW_MS);
  const failuresBy = (column: 'clientAddress' | 'email', where: { email: string } | { clientAddress: string }) =>
    unit.em
      .createQueryBuilder(LoginFailure)
      .select([column, raw('count(*) as failures')])
      .where({ ...where, failedAt: { $gte: since } })
      .groupBy(column)
      .execute<Record<string, unknown>[]>('all')
      // MySQL may answer a count as a string.
      .then((rows) => rows.map((row) => ({ key: String(row[column]), failures: Number(row.failures) })));
  const [accountByAddress, addressByEmail] = await Promise.all([failuresBy('clientAddress', { email }), failuresBy('email', { clientAddress })]);
  const cappedSum = (groups: { failures: number }[]) => groups.reduce((sum, { failures }) => sum + Math.min(failures, perPair), 0);
  return {
    pair: accountByAddress.find((group) => group.key === clientAddress)?.failures ?? 0,
    address: cappedSum(addressByEmail),
    account: cappedSum(accountByAddress),
  };
}

/**
 * Failures older than FAILURE_RETENTION_MS go now and then, not on every attempt, in a unit of
 * work of its own: a range delete racing with inserts can deadlock on MySQL, and a missed
 * cleanup costs nothing, so it never makes a sign-in fail.
 */
async function forgetOldFailures(context: RequestContext): Promise<void> {
  if (Math.random() >= CLEANUP_SHARE) return;
  try {
    await inUnitOfWork(context, (unit) => unit.em.nativeDelete(LoginFailure, { failedAt: { $lt: new Date(clock.now().getTime() - FAILURE_RETENTION_MS) } }));
  } catch {
    // Another replica is cleaning up at the same moment; a later attempt will.
  }
}
