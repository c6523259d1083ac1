import { badUserInput, conflict, isStaff, unauthenticated } from '@mpp/kit';
import { flushOrConflict, inUnitOfWork, recordChange, type RequestContext } from '@mpp/kit/subgraph';
import type { FilterQuery } from '@mikro-orm/core';
import { checkPasswordRules, hashPassword, spendVerificationTime, verifyPassword } from '../staff/passwords';
import { StaffUser } from '../staff/staff-user.entity';
import { RefreshToken } from './session.entity';
import type { AuthPayload } from './session.inputs';
import { hashRefreshToken, openSession, revokeAllSessions } from './session.tokens';
import { admitSignInAttempt, strikeOffAttempt, wrongPasswordAnswer } from './sign-in-limits';

/*
 * Signing in and out. Sessions are not in a permission table: anyone may try to sign in, and
 * every signed-in account may end its session and change its own password.
 *
 * A sign-in attempt (login, changeOwnPassword) is counted, and refused or delayed by the sign-in
 * limits (sign-in-limits.ts), before the password is checked; one that is checked is written
 * down, and struck off when the password was right.
 *
 * argon2 (checking a password, hashing a new one) takes tens of milliseconds, and a unit of
 * work is a transaction: on SQLite, whose pool has one connection, a transaction held for that
 * long holds every other request of the subgraph too (and a unit may be run again on a
 * deadlock). So argon2 runs between units, never in one: short units write the attempt down,
 * count it and read the account, the password is checked outside them, and a last unit reads
 * the account again, refuses if it changed meanwhile, and writes what a success changes.
 */

const WRONG_CREDENTIALS = 'Email or password is wrong.';
const SIGN_IN_FIRST = 'Sign in to change your password.';
/** Far longer than any password may be: such a "password" is never hashed, so never anyone's. */
const LONGEST_CHECKED_PASSWORD = 1024;

/**
 * What a password check needs of an account, copied out of the unit of work that read it (an
 * entity is never carried from one unit into another): checked against outside any unit, and
 * compared with the account as the writing unit reads it again.
 */
interface CheckedAccount {
  id: string;
  active: boolean;
  passwordHash: string;
  version: number;
}

/**
 * Signs in. Unknown email, wrong password and a deactivated account get the same answer and
 * take the same time. Every attempt is counted in the database (shared by replicas) before the
 * password is checked, guesses sent in parallel too; past a limit it is refused unchecked (see
 * sign-in-limits.ts). A successful attempt is struck off again. The account itself is only read.
 */
export async function login(context: RequestContext, emailInput: string, password: string): Promise<AuthPayload> {
  const email = emailInput.trim().toLowerCase().slice(0, 254);
  const attempt = await admitSignInAttempt(context, email);
  const account = [...password].length > LONGEST_CHECKED_PASSWORD ? null : await inUnitOfWork(context, (unit) => readAccount(unit, { email }));
  // Outside any unit of work (see the top of this file).
  let valid = false;
  if (account?.active) valid = await verifyPassword(account.passwordHash, password);
  else await spendVerificationTime(password.slice(0, LONGEST_CHECKED_PASSWORD));
  if (!account || !valid) throw wrongPasswordAnswer(attempt, unauthenticated(WRONG_CREDENTIALS));
  return inUnitOfWork(context, async (unit) => {
    const user = await unit.em.findOne(StaffUser, { id: account.id });
    // Deactivated or given another password since it was read: the password checked is no
    // longer this account's way in, and the answer is the one such an attempt gets. Any other
    // change (name, role, agency) is harmless here: the session is opened from the account
    // as read now, so its token carries the current role and agency.
    if (!user?.active || user.passwordHash !== account.passwordHash) throw wrongPasswordAnswer(attempt, unauthenticated(WRONG_CREDENTIALS));
    await strikeOffAttempt(unit, attempt);
    return openSession(unit, user);
  });
}

/**
 * Trades a refresh token for a new one and a new access token, in the same session. Each token
 * works once: it is marked used in the same statement that checks it, so two concurrent
 * refreshes cannot both succeed. The new token keeps the address the session was signed in
 * from, not the refresher's (see openSession). A token presented again after its rotation means
 * it leaked: every session of the account ends, and stays ended although this request fails —
 * in a unit of work of its own.
 */
export async function refreshSession(context: RequestContext, refreshToken: string): Promise<AuthPayload> {
  const tokenHash = hashRefreshToken(refreshToken);
  const rotation = await inUnitOfWork(context, (unit) => rotate(unit, tokenHash));
  if ('session' in rotation) return rotation.session;
  await inUnitOfWork(context, (unit) => revokeAllSessions(unit, rotation.reusedBy, 'REUSED'));
  throw sessionEnded();
}

/** A new session for a live refresh token, or the account whose rotated token came back. */
type Rotation = { session: AuthPayload } | { reusedBy: string };

async function rotate(unit: RequestContext, tokenHash: string): Promise<Rotation> {
  const stored = await unit.em.findOne(RefreshToken, { tokenHash });
  if (!stored) throw sessionEnded();
  if (stored.revokedAt) {
    if (stored.revokedReason === 'ROTATED') return { reusedBy: stored.userId };
    throw sessionEnded();
  }
  const now = new Date();
  if (stored.expiresAt <= now) throw sessionEnded();
  // Claimed only while unused: of two refreshes with one token, the second changes no row.
  const claimed = await unit.em.nativeUpdate(RefreshToken, { id: stored.id, revokedAt: null }, { revokedAt: now, revokedReason: 'ROTATED' });
  if (claimed !== 1) throw sessionEnded();
  const user = await unit.em.findOne(StaffUser, { id: stored.userId });
  if (!user?.active) throw sessionEnded();
  return { session: await openSession(unit, user, stored) };
}

/**
 * Ends the session of a refresh token, and so its access tokens too. Any of the session's
 * refresh tokens will do, a rotated one included. Answers true whether or not the token was
 * known, to reveal nothing.
 */
export function logout(context: RequestContext, refreshToken: string): Promise<boolean> {
  return inUnitOfWork(context, async (unit) => {
    const stored = await unit.em.findOne(RefreshToken, { tokenHash: hashRefreshToken(refreshToken) }, { fields: ['userId', 'sessionId'] });
    // Scoped to the account as well as the session: an unset session id can never end others' sessions.
    if (stored?.sessionId) {
      await unit.em.nativeUpdate(
        RefreshToken,
        { userId: stored.userId, sessionId: stored.sessionId, revokedAt: null },
        { revokedAt: new Date(), revokedReason: 'LOGOUT' },
      );
    }
    return true;
  });
}

/**
 * Changes the caller's own password (checking the current one, with the same attempt records
 * and limits as sign-in), ends every session and opens a new one. Clears the change an
 * administrator's reset asked for. The account changed by anyone between the check and the
 * write (another password change, a reset, an edit) is a CONFLICT, with nothing changed.
 */
export async function changeOwnPassword(context: RequestContext, currentPassword: string, newPassword: string): Promise<AuthPayload> {
  const viewer = context.viewer;
  if (!isStaff(viewer)) throw unauthenticated(SIGN_IN_FIRST);
  checkPasswordRules(newPassword, 'newPassword');
  // A rule on the two inputs alone, so before anything is checked or written down.
  if (currentPassword === newPassword) throw badUserInput('newPassword', 'Choose a password different from the current one.');
  const { email, account } = await inUnitOfWork(context, async (unit) => {
    const user = await activeAccount(unit, viewer.userId);
    return { email: user.email, account: checkedAccount(user) };
  });
  // Counted as a sign-in attempt on the account's email: guesses here and at login add up.
  const attempt = await admitSignInAttempt(context, email);
  // Outside any unit of work (see the top of this file).
  if (!(await verifyPassword(account.passwordHash, currentPassword))) {
    throw wrongPasswordAnswer(attempt, badUserInput('currentPassword', 'The current password is wrong.'));
  }
  const passwordHash = await hashPassword(newPassword);
  return inUnitOfWork(context, async (unit) => {
    const user = await activeAccount(unit, viewer.userId);
    if (user.version !== account.version || user.passwordHash !== account.passwordHash) {
      throw conflict('Your account was changed by someone else at the same time. Reload and try again.');
    }
    await strikeOffAttempt(unit, attempt);
    user.passwordHash = passwordHash;
    user.mustChangePassword = false;
    recordChange(unit, { entityType: 'StaffUser', entityId: user.id, action: 'PASSWORD_CHANGE', ownerAgencyId: user.agency?.id ?? null });
    await revokeAllSessions(unit, user.id, 'PASSWORD');
    const session = await openSession(unit, user);
    await flushOrConflict(unit.em, 'Your account');
    return session;
  });
}

/** The signed-in account, unless it is gone or deactivated meanwhile. */
async function activeAccount(unit: RequestContext, userId: string): Promise<StaffUser> {
  const user = await unit.em.findOne(StaffUser, { id: userId });
  if (!user?.active) throw unauthenticated(SIGN_IN_FIRST);
  return user;
}

/** The account to check a password against, or null when there is none. */
async function readAccount(unit: RequestContext, where: FilterQuery<StaffUser>): Promise<CheckedAccount | null> {
  const user = await unit.em.findOne(StaffUser, where, { fields: ['id', 'active', 'passwordHash', 'version'] });
  return user ? checkedAccount(user) : null;
}

function checkedAccount({ id, active, passwordHash, version }: CheckedAccount): CheckedAccount {
  return { id, active, passwordHash, version };
}

function sessionEnded() {
  return unauthenticated('This session has ended; sign in again.');
}
