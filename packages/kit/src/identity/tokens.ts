import { SignJWT, jwtVerify, errors as joseErrors, type JWTHeaderParameters } from 'jose';
import { TOKEN_ALGORITHM, type SigningKey, type VerificationKeys } from './keys';
import { ROLES, type Role, type StaffIdentity } from './viewer';

/**
 * Staff access tokens: short-lived EdDSA JWTs that only the agencies subgraph signs, naming
 * their key (`kid`); the gateway verifies them with the public keys alone. Their times are the
 * system's real time, never the business clock (MPP_CLOCK_START), so a set clock for demos and
 * tests leaves tokens valid.
 */
export const ACCESS_TOKEN_LIFETIME_SECONDS = 15 * 60;
export const TOKEN_ISSUER = 'mpp-paser';
export const TOKEN_AUDIENCE = 'mpp-paser-api';
const ACCESS_TOKEN_TYPE = 'JWT';
/** Machines' clocks differ a little: the agencies subgraph may be ahead of the gateway. */
export const CLOCK_TOLERANCE_SECONDS = 5;
/** An Ed25519 signature is 64 bytes: 86 base64url characters, without padding. */
const ED25519_SIGNATURE = /^[A-Za-z0-9_-]{86}$/;

/**
 * Whether a compact JWT is written the one way its signature can be: base64url allows other
 * spellings of the same bytes (padding, the spare bits of the last character) that still
 * verify, and each would be a new entry in a cache of verified tokens — a way to make a
 * verifier redo its work without end. Both kinds of token are EdDSA.
 */
export function isCanonicalToken(token: string): boolean {
  const parts = token.split('.');
  if (parts.length !== 3 || !ED25519_SIGNATURE.test(parts[2])) return false;
  return Buffer.from(parts[2], 'base64url').toString('base64url') === parts[2];
}

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
    super(`invalid token: ${reason}`);
    this.name = 'InvalidTokenError';
  }
}

export async function signAccessToken(claims: AccessClaims, key: SigningKey): Promise<{ token: string; expiresAt: Date }> {
  const issuedAt = Math.floor(Date.now() / 1000);
  const expiresAt = new Date((issuedAt + ACCESS_TOKEN_LIFETIME_SECONDS) * 1000);
  const token = await new SignJWT({
    role: claims.role,
    agency: claims.agencyId,
    mcp: claims.mustChangePassword || undefined,
    sid: claims.sessionId,
  })
    .setProtectedHeader({ alg: TOKEN_ALGORITHM, typ: ACCESS_TOKEN_TYPE, kid: key.kid })
    .setSubject(claims.userId)
    .setIssuer(TOKEN_ISSUER)
    .setAudience(TOKEN_AUDIENCE)
    .setIssuedAt(issuedAt)
    .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
    .sign(key.privateKey);
  return { token, expiresAt };
}

/**
 * Verifies the signature (EdDSA only, by one of the active public keys named by `kid`; `alg:
 * none`, HS256 made with a public key and unknown keys are refused), issuer, audience, expiry,
 * and that the token names its session: one without could never be ended before it expires.
 */
export async function verifyAccessToken(token: string, keys: VerificationKeys): Promise<AccessClaims & { expiresAtMs: number }> {
  try {
    if (!isCanonicalToken(token)) throw new InvalidTokenError('malformed');
    const { payload } = await jwtVerify(token, keyByKid(keys), {
      algorithms: [TOKEN_ALGORITHM],
      typ: ACCESS_TOKEN_TYPE,
      issuer: TOKEN_ISSUER,
      audience: TOKEN_AUDIENCE,
      // Also refuses a token issued in the future, or made to outlive any the agencies subgraph signs.
      maxTokenAge: ACCESS_TOKEN_LIFETIME_SECONDS,
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
      requiredClaims: ['sub', 'exp', 'iat', 'sid'],
    });
    const role = payload.role as Role;
    const { agency, sid } = payload;
    if (!ROLES.includes(role) || !(agency === null || typeof agency === 'string') || typeof sid !== 'string' || sid === '') {
      throw new InvalidTokenError('unexpected claims');
    }
    // Honoured until the earlier of its expiry and its greatest age (they agree for tokens we sign).
    const expiresAtMs = Math.min(payload.exp!, payload.iat! + ACCESS_TOKEN_LIFETIME_SECONDS) * 1000;
    return { userId: payload.sub!, role, agencyId: agency, mustChangePassword: payload.mcp === true, sessionId: sid, expiresAtMs };
  } catch (error) {
    throw asInvalidToken(error);
  }
}

/** jose's key lookup: the active public key the token's `kid` names, or a refusal. */
export function keyByKid(keys: VerificationKeys) {
  return (header: JWTHeaderParameters) => {
    const key = header.kid === undefined ? undefined : keys.byKid.get(header.kid);
    if (!key) throw new InvalidTokenError('signed by a key that is not active');
    return key;
  };
}

export function asInvalidToken(error: unknown): InvalidTokenError {
  if (error instanceof InvalidTokenError) return error;
  if (error instanceof joseErrors.JOSEError) return new InvalidTokenError(error.code);
  return new InvalidTokenError('malformed');
}
