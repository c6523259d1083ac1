import { SignJWT, jwtVerify, errors as joseErrors, type JWTHeaderParameters } from 'jose';
import { TOKEN_ALGORITHM, type SigningKey, type VerificationKeys } from './keys';
import { KIOSK_ROLE, ROLES, type Role, type StaffIdentity } from './viewer';

/**
 * Access tokens: short-lived EdDSA JWTs that only the agencies subgraph signs, naming their key
 * (`kid`), for a staff account's session or a kiosk's; the gateway verifies them with the public
 * keys alone. Their times are the system's real time, never the business clock
 * (MPP_CLOCK_START), so a set clock for demos and tests leaves tokens valid.
 */
export const ACCESS_TOKEN_LIFETIME_SECONDS = 15 * 60;
/**
 * A kiosk's access token is shorter-lived than a staff one: the kiosk stands in a public hall
 * and trades its device token again for nothing more than one indexed read and one write.
 * Revocation does not wait for it: the gateway checks a kiosk's session every few seconds.
 */
export const KIOSK_ACCESS_TOKEN_LIFETIME_SECONDS = 10 * 60;
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
 * What a staff access token says about its holder. Role, agency and mustChangePassword are as
 * they were at signing; the gateway replaces them with the account's current ones on every request.
 */
export interface AccessClaims extends StaffIdentity {
  /** Set after an administrator's reset: only changing the password is allowed. */
  mustChangePassword: boolean;
  /** The sign-in session (`sid`): the token is honoured only while that session is live. */
  sessionId: string;
}

/** What a kiosk's access token says: the kiosk (`sub`, role claim KIOSK) and the session it started (`sid`). */
export interface KioskAccessClaims {
  kioskId: string;
  sessionId: string;
}

/** Whom a verified access token speaks for: a staff account's session, or a kiosk's. */
export type AccessTokenHolder = ({ kind: 'staff' } & AccessClaims) | ({ kind: 'kiosk' } & KioskAccessClaims);

export class InvalidTokenError extends Error {
  constructor(reason: string) {
    super(`invalid token: ${reason}`);
    this.name = 'InvalidTokenError';
  }
}

export function signAccessToken(claims: AccessClaims, key: SigningKey): Promise<{ token: string; expiresAt: Date }> {
  return signToken(
    claims.userId,
    { role: claims.role, agency: claims.agencyId, mcp: claims.mustChangePassword || undefined, sid: claims.sessionId },
    ACCESS_TOKEN_LIFETIME_SECONDS,
    key,
  );
}

/** A kiosk's access token: role claim KIOSK, no agency, the kiosk as subject, its session as `sid`. */
export function signKioskAccessToken(claims: KioskAccessClaims, key: SigningKey): Promise<{ token: string; expiresAt: Date }> {
  return signToken(claims.kioskId, { role: KIOSK_ROLE, sid: claims.sessionId }, KIOSK_ACCESS_TOKEN_LIFETIME_SECONDS, key);
}

async function signToken(subject: string, payload: Record<string, unknown>, lifetimeSeconds: number, key: SigningKey): Promise<{ token: string; expiresAt: Date }> {
  const issuedAt = Math.floor(Date.now() / 1000);
  const expiresAt = new Date((issuedAt + lifetimeSeconds) * 1000);
  const token = await new SignJWT(payload)
    .setProtectedHeader({ alg: TOKEN_ALGORITHM, typ: ACCESS_TOKEN_TYPE, kid: key.kid })
    .setSubject(subject)
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
 * A token claiming the role KIOSK speaks for a kiosk (no agency, no password to change, its own
 * shorter lifetime); any other role must be a staff role.
 */
export async function verifyAccessToken(token: string, keys: VerificationKeys): Promise<AccessTokenHolder & { expiresAtMs: number }> {
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
    const { role, agency, mcp, sid } = payload;
    if (typeof sid !== 'string' || sid === '') throw new InvalidTokenError('unexpected claims');
    if (role === KIOSK_ROLE) {
      if (agency !== undefined || mcp !== undefined) throw new InvalidTokenError('unexpected claims');
      if (payload.iat! + KIOSK_ACCESS_TOKEN_LIFETIME_SECONDS + CLOCK_TOLERANCE_SECONDS < Date.now() / 1000) throw new InvalidTokenError('too old');
      return { kind: 'kiosk', kioskId: payload.sub!, sessionId: sid, expiresAtMs: honouredUntilMs(payload.exp!, payload.iat!, KIOSK_ACCESS_TOKEN_LIFETIME_SECONDS) };
    }
    if (!ROLES.includes(role as Role) || !(agency === null || typeof agency === 'string')) throw new InvalidTokenError('unexpected claims');
    return {
      kind: 'staff',
      userId: payload.sub!,
      role: role as Role,
      agencyId: agency,
      mustChangePassword: mcp === true,
      sessionId: sid,
      expiresAtMs: honouredUntilMs(payload.exp!, payload.iat!, ACCESS_TOKEN_LIFETIME_SECONDS),
    };
  } catch (error) {
    throw asInvalidToken(error);
  }
}

/** Until the earlier of its expiry and its greatest age (they agree for tokens we sign). */
function honouredUntilMs(expiresAt: number, issuedAt: number, lifetimeSeconds: number): number {
  return Math.min(expiresAt, issuedAt + lifetimeSeconds) * 1000;
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
