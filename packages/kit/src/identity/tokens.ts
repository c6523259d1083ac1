import { SignJWT, jwtVerify, errors as joseErrors } from 'jose';
import { clock } from '../clock/clock';
import { ROLES, type Role, type StaffIdentity } from './viewer';

/** Staff access tokens: short-lived, HS256 only, issuer and audience checked. */
export const ACCESS_TOKEN_LIFETIME_SECONDS = 15 * 60;
export const TOKEN_ISSUER = 'mpp-paser';
export const TOKEN_AUDIENCE = 'mpp-paser-api';
const ALGORITHM = 'HS256';

/**
 * What an access token says about its holder. Role, agency and mustChangePassword are as they
 * were at signing; the gateway replaces them with the account's current ones on every request.
 */
export interface AccessClaims extends StaffIdentity {
  /** Set after an administrator's reset: only changing the password is allowed. */
  mustChangePassword: boolean;
  /** The sign-in session (`sid`): the token is honoured only while that session is live. */
  sessionId: string;
}

export class InvalidTokenError extends Error {
  constructor(reason: string) {
    super(`invalid access token: ${reason}`);
    this.name = 'InvalidTokenError';
  }
}

function key(secret: string): Uint8Array {
  return new TextEncoder().encode(secret);
}

export async function signAccessToken(claims: AccessClaims, secret: string): Promise<{ token: string; expiresAt: Date }> {
  const issuedAt = Math.floor(clock.now().getTime() / 1000);
  const expiresAt = new Date((issuedAt + ACCESS_TOKEN_LIFETIME_SECONDS) * 1000);
  const token = await new SignJWT({
    role: claims.role,
    agency: claims.agencyId,
    mcp: claims.mustChangePassword || undefined,
    sid: claims.sessionId,
  })
    .setProtectedHeader({ alg: ALGORITHM, typ: 'JWT' })
    .setSubject(claims.userId)
    .setIssuer(TOKEN_ISSUER)
    .setAudience(TOKEN_AUDIENCE)
    .setIssuedAt(issuedAt)
    .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
    .sign(key(secret));
  return { token, expiresAt };
}

/**
 * Verifies signature (HS256 only; `alg: none` and others are refused), issuer, audience, expiry,
 * and that the token names its session: one without could never be ended before it expires.
 */
export async function verifyAccessToken(token: string, secret: string): Promise<AccessClaims> {
  try {
    const { payload } = await jwtVerify(token, key(secret), {
      algorithms: [ALGORITHM],
      issuer: TOKEN_ISSUER,
      audience: TOKEN_AUDIENCE,
      currentDate: clock.now(),
      requiredClaims: ['sub', 'exp', 'iat', 'sid'],
    });
    const role = payload.role as Role;
    const { agency, sid } = payload;
    if (!ROLES.includes(role) || !(agency === null || typeof agency === 'string') || typeof sid !== 'string' || sid === '') {
      throw new InvalidTokenError('unexpected claims');
    }
    return { userId: payload.sub!, role, agencyId: agency, mustChangePassword: payload.mcp === true, sessionId: sid };
  } catch (error) {
    if (error instanceof InvalidTokenError) throw error;
    if (error instanceof joseErrors.JOSEError) throw new InvalidTokenError(error.code);
    throw new InvalidTokenError('malformed');
  }
}
