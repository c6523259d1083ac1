import { clock, newId, rateLimited, unauthenticated, badUserInput, isStaff } from '@mpp/kit';
import { recordChange, type RequestContext } from '@mpp/kit/subgraph';
import { checkPasswordRules, hashPassword, spendVerificationTime, verifyPassword } from './passwords';
import { hashRefreshToken, openSession, revokeAllSessions, type Session } from './sessions';
import { LoginFailure, RefreshToken, StaffUser } from './staff-user.entity';

const WRONG_CREDENTIALS = 'Email or password is wrong.';
const RATE_WINDOW_MS = 60_000;
/** Failures older than this are deleted now and then; the window needs only a minute. */
const FAILURE_RETENTION_MS = 60 * 60_000;
const CLEANUP_SHARE = 0.05;

/**
 * Signs in. Unknown email, wrong password and a deactivated account get the same answer and
 * take the same time. Every attempt is written down before the password is checked and
 * counted per email and per client address in the database (shared by replicas), so guesses
 * sent in parallel are counted too; past the limit the attempt is refused unchecked. A
 * successful attempt is struck off again.
 */
export async function login(context: RequestContext, emailInput: string, password: string): Promise<Session> {
  const email = emailInput.trim().toLowerCase().slice(0, 254);
  const clientAddress = (context.clientAddress ?? 'unknown').slice(0, 64);
  const attempt = await recordAttempt(context, email, clientAddress);
  await refuseWhenRateLimited(context, email, clientAddress);
  const user = [...password].length > 1024 ? null : await context.em.findOne(StaffUser, { email });
  let valid = false;
  if (user?.active) valid = await verifyPassword(user.passwordHash, password);
  else await spendVerificationTime(password.slice(0, 1024));
  if (!user || !valid) throw unauthenticated(WRONG_CREDENTIALS);
  // A fresh unit of work: the account itself is not to be written.
  const em = context.em.fork();
  await em.nativeDelete(LoginFailure, { id: attempt });
  const session = await openSession({ ...context, em }, user);
  await em.flush();
  return session;
}

async function refuseWhenRateLimited(context: RequestContext, email: string, clientAddress: string): Promise<void> {
  const since = new Date(clock.now().getTime() - RATE_WINDOW_MS);
  const limit = context.config.loginRateLimitPerMinute;
  const [byEmail, byAddress] = await Promise.all([
    context.em.count(LoginFailure, { email, failedAt: { $gte: since } }),
    context.em.count(LoginFailure, { clientAddress, failedAt: { $gte: since } }),
  ]);
  // This attempt is among those counted: `limit` failures are allowed, the next is refused.
  if (byEmail > limit || byAddress > limit) throw rateLimited('Too many failed sign-ins; wait a minute and try again.');
}

/** Writes an attempt down (it stays as a failure unless the sign-in succeeds); returns its id. */
async function recordAttempt(context: RequestContext, email: string, clientAddress: string): Promise<string> {
  const id = newId();
  await context.em.fork().insert(LoginFailure, { id, email, clientAddress, failedAt: clock.now() });
  await forgetOldFailures(context);
  return id;
}

/**
 * Failures older than FAILURE_RETENTION_MS go now and then, not on every attempt: a range
 * delete racing with inserts can deadlock on MySQL, and a missed cleanup costs nothing.
 */
async function forgetOldFailures(context: RequestContext): Promise<void> {
  if (Math.random() >= CLEANUP_SHARE) return;
  try {
    await context.em.fork().nativeDelete(LoginFailure, { failedAt: { $lt: new Date(clock.now().getTime() - FAILURE_RETENTION_MS) } });
  } catch {
    // Another replica is cleaning up at the same moment; the next attempt will.
  }
}

/**
 * Trades a refresh token for a new one and a new access token, in the same session. Each token
 * works once: it is marked used in the same statement that checks it, so two concurrent
 * refreshes cannot both succeed. A token presented again after use means it leaked; every
 * session of the account is ended.
 */
export async function refreshSession(context: RequestContext, refreshToken: string): Promise<Session> {
  const refused = () => unauthenticated('This session has ended; sign in again.');
  const stored = await context.em.findOne(RefreshToken, { tokenHash: hashRefreshToken(refreshToken) });
  if (!stored) throw refused();
  if (stored.revokedAt) {
    // A rotated token presented again was copied: end every session of the account.
    if (stored.revokedReason === 'ROTATED') await revokeAllSessions(context, stored.userId, 'REUSED');
    throw refused();
  }
  return context.em.transactional(async (tx) => {
    const now = clock.now();
    if (stored.expiresAt <= now) throw refused();
    const claimed = await tx.nativeUpdate(RefreshToken, { id: stored.id, revokedAt: null }, { revokedAt: now, revokedReason: 'ROTATED' });
    if (claimed !== 1) throw refused();
    const user = await tx.findOne(StaffUser, { id: stored.userId });
    if (!user || !user.active) throw refused();
    const session = await openSession({ ...context, em: tx }, user, stored.sessionId);
    await tx.flush();
    return session;
  });
}

/**
 * Ends the session of a refresh token, and so its access tokens too. Any of the session's
 * refresh tokens will do, a rotated one included. Answers true whether or not the token was
 * known, to reveal nothing.
 */
export async function logout(context: RequestContext, refreshToken: string): Promise<boolean> {
  const stored = await context.em.findOne(RefreshToken, { tokenHash: hashRefreshToken(refreshToken) }, { fields: ['sessionId'] });
  if (stored) {
    await context.em.nativeUpdate(RefreshToken, { sessionId: stored.sessionId, revokedAt: null }, { revokedAt: clock.now(), revokedReason: 'LOGOUT' });
  }
  return true;
}

/**
 * Changes the caller's own password (checking the current one, with the same failure limits
 * as sign-in), ends every session and opens a new one. Clears the change an administrator's
 * reset asked for.
 */
export async function changeOwnPassword(context: RequestContext, currentPassword: string, newPassword: string): Promise<Session> {
  const viewer = context.viewer;
  if (!isStaff(viewer)) throw unauthenticated();
  checkPasswordRules(newPassword, 'newPassword');
  const user = await context.em.findOne(StaffUser, { id: viewer.userId });
  if (!user || !user.active) throw unauthenticated();
  const clientAddress = (context.clientAddress ?? 'unknown').slice(0, 64);
  const attempt = await recordAttempt(context, user.email, clientAddress);
  await refuseWhenRateLimited(context, user.email, clientAddress);
  if (!(await verifyPassword(user.passwordHash, currentPassword))) {
    throw badUserInput('currentPassword', 'The current password is wrong.');
  }
  await context.em.fork().nativeDelete(LoginFailure, { id: attempt });
  if (currentPassword === newPassword) throw badUserInput('newPassword', 'Choose a password different from the current one.');
  user.passwordHash = await hashPassword(newPassword);
  user.mustChangePassword = false;
  return context.em.transactional(async (tx) => {
    const inTransaction = { ...context, em: tx };
    recordChange(inTransaction, { entityType: 'StaffUser', entityId: user.id, action: 'PASSWORD_CHANGE', ownerAgencyId: user.agency?.id ?? null });
    await revokeAllSessions(inTransaction, user.id, 'PASSWORD');
    const session = await openSession(inTransaction, user);
    await tx.flush();
    return session;
  });
}
