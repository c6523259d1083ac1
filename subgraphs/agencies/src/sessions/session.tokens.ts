import { createHash, randomBytes } from 'node:crypto';
import { newId, normaliseClientAddress, requiredKey, signAccessToken, UNKNOWN_CLIENT } from '@mpp/kit';
import type { RequestContext } from '@mpp/kit/subgraph';
import type { StaffUser } from '../staff/staff-user.entity';
import { RefreshToken, type RevokeReason } from './session.entity';
import type { AuthPayload } from './session.inputs';

/**
 * A refresh token lives a week; each use replaces it with a new one. Its times are the system's
 * real time, as access tokens' are, never the business clock (MPP_CLOCK_START): a demo started
 * again at its set instant must not make ended tokens live again, nor put the instants the
 * sign-in limits compare with (sign-in-limits.ts) in the future.
 */
export const REFRESH_TOKEN_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

/** Only the hash of a refresh token is stored: a copy of the table signs nobody in. */
export function hashRefreshToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * A new access token and refresh token for a signed-in account, in the caller's unit of work.
 * Without `continued`, a new session for a password just proven (login, changeOwnPassword): its
 * refresh token records the client's address, an address the sign-in limits then know the
 * account at (sign-in-limits.ts). With it, the session of that refresh token, being rotated,
 * carried over: the new token keeps the address of the sign-in the session began with, never
 * the refresher's, since a refresh needs only the token, and a stolen one must not make its
 * thief's address known. The account is only read.
 */
export async function openSession(unit: RequestContext, user: StaffUser, continued?: Pick<RefreshToken, 'sessionId' | 'clientAddress'>): Promise<AuthPayload> {
  const refreshToken = randomBytes(32).toString('base64url');
  const now = new Date();
  const sessionId = continued ? continued.sessionId : newId();
  unit.em.create(RefreshToken, {
    id: newId(),
    userId: user.id,
    sessionId,
    tokenHash: hashRefreshToken(refreshToken),
    createdAt: now,
    expiresAt: new Date(now.getTime() + REFRESH_TOKEN_LIFETIME_MS),
    clientAddress: continued ? continued.clientAddress : signInAddress(unit),
  });
  const access = await signAccessToken(
    { userId: user.id, role: user.role, agencyId: user.agency?.id ?? null, mustChangePassword: user.mustChangePassword, sessionId },
    requiredKey(unit.config, 'staffTokenSigning'),
  );
  return { token: access.token, expiresAt: access.expiresAt, refreshToken, user };
}

/**
 * A session is live while one of its refresh tokens is neither revoked nor expired: logout,
 * a password change or reset, deactivation and a reused refresh token all revoke them.
 */
export async function isSessionLive(context: RequestContext, userId: string, sessionId: string): Promise<boolean> {
  const live = await context.em.count(RefreshToken, { userId, sessionId, revokedAt: null, expiresAt: { $gt: new Date() } });
  return live > 0;
}

/**
 * Ends every session of an account (password change or reset, deactivation, token reuse), in
 * the caller's unit of work, and forgets the addresses its sessions were signed in from: the
 * sign-in limits trust an address for a password proven there, and after any of these that
 * proof no longer stands (the password is another, or a session was someone else's too).
 */
export async function revokeAllSessions(unit: RequestContext, userId: string, reason: RevokeReason): Promise<void> {
  await unit.em.nativeUpdate(RefreshToken, { userId, revokedAt: null }, { revokedAt: new Date(), revokedReason: reason });
  await unit.em.nativeUpdate(RefreshToken, { userId, clientAddress: { $ne: null } }, { clientAddress: null });
}

/** The request's client as the sign-in limits count it, or null when it is not known. */
function signInAddress(unit: RequestContext): string | null {
  const clientAddress = normaliseClientAddress(unit.clientAddress);
  return clientAddress === UNKNOWN_CLIENT ? null : clientAddress;
}
