import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { raw } from '@mikro-orm/core';
import { newId, normaliseClientAddress, rateLimited } from '@mpp/kit';
import { inUnitOfWork, type RequestContext } from '@mpp/kit/subgraph';
import { StaffUser } from '../staff/staff-user.entity';
import { LoginFailure, RefreshToken, SignInTurn } from './session.entity';

/*
 * How many wrong passwords may be tried, and from where. Every attempt to prove a password
 * (login, changeOwnPassword's current password) is decided in one short unit of work before its
 * password is checked: the failures of the last minute are counted and, when the attempt may be
 * checked, it is written down as a LoginFailure, struck off again if the password proves right.
 * What stays are the passwords tried and found wrong; a refused attempt is never written down,
 * so it counts against nothing. With N = loginRateLimitPerMinute, in any minute:
 *
 * - N failures per account and client address (a pair): a guesser at one address is soon
 *   stopped, while the account still signs in from elsewhere and everyone else from there;
 * - 10·N per client address across all emails, unknown ones included (credential stuffing);
 * - 10·N per account across all addresses (guessing from many addresses). Past N, each attempt
 *   on the account first waits a delay that doubles with each further failure, up to
 *   LONGEST_DELAY_MS, so its owner signs in late rather than not at all.
 *
 * The wide counts take at most N from any one pair. Clients are counted as
 * normaliseClientAddress writes them: an IPv6 client by its /64, which it has whole.
 *
 * Attempts on one account, and attempts from one address, are decided one after another (see
 * takeTurn), so of attempts sent at once exactly as many are checked as the limits allow; an
 * attempt already past a limit is refused before it waits for its turn.
 *
 * An account tried from an address it has proven its password at within KNOWN_ADDRESS_MS —
 * one of its sessions was signed in from there (login, changeOwnPassword) and opened or renewed
 * since (session.tokens.ts) — is held by the pair limit alone: it is not delayed, and
 * past the address's or the account's limit its password is still checked. A right one signs
 * in — staff at the mall while someone there spends the address's budget, the owner at their
 * desk while the account is guessed at from elsewhere — and a wrong one gets the RATE_LIMITED
 * that every attempt past that limit gets. So whoever does not know the password gets the same
 * answers as without the exemption; only the time differs (a password check rather than an
 * instant refusal, and no delay), and only for an account that has signed in from that very
 * address. That is read by email in one query, which an unknown email runs as a known one does.
 *
 * Limits are per email as typed (trimmed, lower-cased), whether or not an account has it, so an
 * unknown email is limited and delayed exactly as a real one and reveals nothing. They live in
 * the database, so every replica counts the same attempts, and run on the system's real time,
 * never the business clock (MPP_CLOCK_START), which starts again at its set instant whenever a
 * demo restarts and would leave earlier rows in the future, counted for ever.
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
/** How lately an account must have signed in from an address for the wide limits to let it through from there. */
export const KNOWN_ADDRESS_MS = 30 * 24 * 60 * 60_000;
/** Failures older than this are deleted now and then; the window needs only a minute. */
export const FAILURE_RETENTION_MS = 60 * 60_000;
const CLEANUP_SHARE = 0.05;
/** How many lock rows the accounts share, and how many the addresses (see takeTurn). */
const LOCK_ROWS = 1024;

/** An attempt whose password may be checked: struck off by id when it proves right. */
export interface SignInAttempt {
  id: string;
  email: string;
  clientAddress: string;
  /** Past a wide limit, let through by a known address: a wrong password is refused as past that limit. */
  refusedIfWrong: boolean;
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

/** Failures within the window, this attempt counted in as one. */
export interface AttemptCounts {
  pair: number;
  /** Across the address's emails, each counted up to the pair limit. */
  address: number;
  /** Across the account's addresses, each counted up to the pair limit. */
  account: number;
}

export type Admission = { admitted: false } | { admitted: true; delayMs: number; refusedIfWrong: boolean };

/**
 * Whether an attempt may have its password checked, how long it waits first, and whether a
 * wrong one is refused as past a limit; `fromKnownAddress`: the account has signed in from the
 * attempt's address within KNOWN_ADDRESS_MS.
 */
export function admission(counts: AttemptCounts, limits: SignInLimits, fromKnownAddress: boolean): Admission {
  if (counts.pair > limits.perPair) return { admitted: false };
  const pastWideLimit = counts.address > limits.perAddress || counts.account > limits.perAccount;
  if (fromKnownAddress) return { admitted: true, delayMs: 0, refusedIfWrong: pastWideLimit };
  if (pastWideLimit) return { admitted: false };
  return { admitted: true, delayMs: delayBeforeCheck(counts.account, limits), refusedIfWrong: false };
}

/** None up to the pair limit; then FIRST_DELAY_MS, doubling with each failure, at most LONGEST_DELAY_MS. */
export function delayBeforeCheck(accountFailures: number, limits: SignInLimits): number {
  const beyond = accountFailures - limits.perPair;
  return beyond <= 0 ? 0 : Math.min(LONGEST_DELAY_MS, FIRST_DELAY_MS * 2 ** (beyond - 1));
}

/**
 * Decides an attempt: refuses it (RATE_LIMITED, nothing written, its password never checked)
 * past a limit, else writes it down and waits its delay outside any unit of work. Returns the
 * attempt, to strike off if its password proves right.
 *
 * It is decided twice. First on what is already committed, taking no turn and no transaction:
 * an attempt past a limit there is refused at once, so a flood from one address, once refused,
 * neither queues on that address's lock row nor holds pool connections while it waits. That is
 * safe: a refusal writes nothing, and a count past a limit falls back under it only as a
 * failure ages out of the window or an attempt in flight proves right, which the turn would
 * not wait for either. One that may be admitted is decided again in a unit of work of its own,
 * in its turn (see takeTurn), and only that decision writes it down.
 */
export async function admitSignInAttempt(context: RequestContext, email: string): Promise<SignInAttempt> {
  const id = newId();
  const clientAddress = normaliseClientAddress(context.clientAddress);
  // A refusal writes nothing, not even the cleanup: a flood of refused attempts costs reads only.
  if (!(await decide(context, email, clientAddress, new Date())).admitted) throw tooManyFailures();
  await forgetOldFailures(context);
  const verdict = await inUnitOfWork(context, async (unit) => {
    await takeTurn(unit, email, clientAddress);
    const now = new Date();
    const decided = await decide(unit, email, clientAddress, now);
    if (decided.admitted) unit.em.create(LoginFailure, { id, email, clientAddress, failedAt: now });
    return decided;
  });
  if (!verdict.admitted) throw tooManyFailures();
  if (verdict.delayMs > 0) await sleep(verdict.delayMs);
  return { id, email, clientAddress, refusedIfWrong: verdict.refusedIfWrong };
}

/** The admission of an attempt made `now`, from the failures and sessions `reader` sees. */
async function decide(reader: RequestContext, email: string, clientAddress: string, now: Date): Promise<Admission> {
  const limits = signInLimits(reader.config.loginRateLimitPerMinute);
  const counts = await countFailures(reader, email, clientAddress, limits, now);
  return admission(counts, limits, await hasSignedInFrom(reader, email, clientAddress, now));
}

/** The answer to a password found wrong: `wrong`, unless the attempt was let through past a limit only to be tried. */
export function wrongPasswordAnswer(attempt: SignInAttempt, wrong: Error): Error {
  return attempt.refusedIfWrong ? tooManyFailures() : wrong;
}

export async function strikeOffAttempt(unit: RequestContext, attempt: SignInAttempt): Promise<void> {
  await unit.em.nativeDelete(LoginFailure, { id: attempt.id });
}

function tooManyFailures() {
  return rateLimited('Too many failed sign-ins; wait a minute and try again.');
}

/**
 * Waits until no other attempt on the same account or from the same address is being decided,
 * and keeps the next ones waiting until this unit of work ends: it writes the account's lock
 * row, then the address's, and a row written stays locked until its writer commits. So an
 * attempt is counted only once the one before it is written down or refused. Every attempt
 * takes the two in the same order, so no two wait for each other. On MySQL the counts that
 * follow see what the attempt before committed: InnoDB takes a transaction's snapshot at its
 * first plain read, not at its start. SQLite runs one transaction at a time anyway.
 *
 * The rows are SignInTurn rows: LOCK_ROWS for accounts and as many for addresses, each email
 * and address hashed to one, so their number is fixed and nothing deletes them (deleting rows
 * that others wait on could deadlock). Two emails or addresses sharing a row are decided one
 * after the other, which costs a few milliseconds.
 */
async function takeTurn(unit: RequestContext, email: string, clientAddress: string): Promise<void> {
  const takenAt = new Date();
  for (const id of [lockRowId('account', email), lockRowId('address', clientAddress)]) {
    await unit.em.createQueryBuilder(SignInTurn).insert({ id, takenAt }).onConflict('id').merge(['takenAt']).execute();
  }
}

/** The id of the lock row an email (`account`) or a normalised client address (`address`) is hashed to. */
export function lockRowId(kind: 'account' | 'address', key: string): string {
  return `lock:${kind}:${createHash('sha256').update(key).digest().readUInt32BE(0) % LOCK_ROWS}`;
}

/** Two grouped reads: the account's failures by address, the address's by email. */
async function countFailures(unit: RequestContext, email: string, clientAddress: string, { perPair }: SignInLimits, now: Date): Promise<AttemptCounts> {
  const since = new Date(now.getTime() - WINDOW_MS);
  const failuresBy = async (column: 'clientAddress' | 'email', where: { email: string } | { clientAddress: string }) => {
    const rows = await unit.em
      .createQueryBuilder(LoginFailure)
      .select([column, raw('count(*) as failures')])
      .where({ ...where, failedAt: { $gte: since } })
      .groupBy(column)
      .execute<Record<string, unknown>[]>('all');
    // MySQL may answer a count as a string.
    return new Map(rows.map((row) => [String(row[column]), Number(row.failures)]));
  };
  const withThisAttempt = (groups: Map<string, number>, key: string) => new Map(groups).set(key, (groups.get(key) ?? 0) + 1);
  const cappedSum = (groups: Map<string, number>) => [...groups.values()].reduce((sum, failures) => sum + Math.min(failures, perPair), 0);
  const accountByAddress = withThisAttempt(await failuresBy('clientAddress', { email }), clientAddress);
  const addressByEmail = withThisAttempt(await failuresBy('email', { clientAddress }), email);
  return { pair: accountByAddress.get(clientAddress)!, address: cappedSum(addressByEmail), account: cappedSum(accountByAddress) };
}

/**
 * Whether the account with this email has had a session signed in from this address, opened or
 * renewed within KNOWN_ADDRESS_MS: one query, the account found by email inside it, so an
 * unknown email costs what a known one does. A token keeps only the address its session was
 * signed in from, never a refresher's, and every address is forgotten when all the account's
 * sessions end at once (a password change or reset, a reused token; see session.tokens.ts); so
 * revoked tokens still carrying one count: their sign-in proved the password all the same.
 */
async function hasSignedInFrom(unit: RequestContext, email: string, clientAddress: string, now: Date): Promise<boolean> {
  const account = unit.em.createQueryBuilder(StaffUser, 'account').select('account.id').where({ email });
  const tokens = await unit.em
    .createQueryBuilder(RefreshToken, 'token')
    .select('token.id')
    .where({ userId: { $in: account.getKnexQuery() }, clientAddress, createdAt: { $gte: new Date(now.getTime() - KNOWN_ADDRESS_MS) } })
    .limit(1)
    .execute('all');
  return tokens.length > 0;
}

/**
 * Failures older than FAILURE_RETENTION_MS go now and then, not on every attempt, in a unit of
 * work of its own: a range delete racing with inserts can deadlock on MySQL, and a missed
 * cleanup costs nothing, so it never makes a sign-in fail. Turn rows stay.
 */
async function forgetOldFailures(context: RequestContext): Promise<void> {
  if (Math.random() >= CLEANUP_SHARE) return;
  try {
    const cutoff = new Date(Date.now() - FAILURE_RETENTION_MS);
    await inUnitOfWork(context, (unit) => unit.em.nativeDelete(LoginFailure, { failedAt: { $lt: cutoff } }));
  } catch {
    // Another replica is cleaning up at the same moment; a later attempt will.
  }
}
