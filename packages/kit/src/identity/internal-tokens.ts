import { SignJWT, jwtVerify } from 'jose';
import { TOKEN_ALGORITHM, type SigningKey, type VerificationKeys } from './keys';
import { CLOCK_TOLERANCE_SECONDS, InvalidTokenError, asInvalidToken, isCanonicalToken, keyByKid } from './tokens';
import { ANONYMOUS, KIOSK_ROLE, ROLES, type Role, type Viewer } from './viewer';

/**
 * Internal tokens: how the gateway proves each call to a subgraph. An EdDSA JWT the gateway signs
 * with its own private key, for one subgraph (its audience), about a minute long, saying who the
 * viewer is (anonymous calls carry one too). Subgraphs verify it with the gateway's public keys
 * and refuse any call without a valid one, so neither a client nor another subgraph can speak as
 * the gateway, and a token for one subgraph is worthless at another.
 */
export const INTERNAL_TOKEN_HEADER = 'x-mpp-internal-token';
/** The request's id, the same in the gateway's and every subgraph's log lines; believed only beside a valid internal token. */
export const REQUEST_ID_HEADER = 'x-request-id';
/** The client's address as the gateway saw it (sign-in limits); believed only beside a valid internal token. */
export const CLIENT_ADDRESS_HEADER = 'x-mpp-client-address';

export const INTERNAL_TOKEN_ISSUER = 'mpp-paser-gateway';
export const INTERNAL_TOKEN_LIFETIME_SECONDS = 60;
/** The longest an operator's token (`npm run internal-token -- --ttl`) may live: re-issue, never eternal. */
export const MAX_INTERNAL_TOKEN_LIFETIME_SECONDS = 30 * 24 * 3600;
/** A token speaking for staff or a kiosk lives about a minute: only anonymous ones are made to last. */
const MAX_SIGNED_IN_INTERNAL_TOKEN_LIFETIME_SECONDS = 2 * INTERNAL_TOKEN_LIFETIME_SECONDS;

/** What a verified internal token admits. */
export interface InternalCaller {
  viewer: Viewer;
  /**
   * Whether its bearer passes on a client's address and request id (`fwd`): a gateway. The
   * headers are believed only then; an operator's token (`npm run internal-token` without
   * `--forwarding`) cannot pose as many clients to get round the sign-in limits per address.
   */
  forwardsClients: boolean;
}
const INTERNAL_TOKEN_TYPE = 'mpp-internal+jwt';

/**
 * Signs one internal token. Times are the system's real time (never the business clock). A
 * longer lifetime is for operators' and other gateways' tokens (`npm run internal-token`).
 */
export async function signInternalToken(
  key: SigningKey,
  audience: string,
  viewer: Viewer,
  { lifetimeSeconds = INTERNAL_TOKEN_LIFETIME_SECONDS, forwardsClients = false }: { lifetimeSeconds?: number; forwardsClients?: boolean } = {},
): Promise<{ token: string; expiresAtMs: number }> {
  const issuedAt = Math.floor(Date.now() / 1000);
  const jwt = new SignJWT({ ...viewerClaims(viewer), fwd: forwardsClients || undefined })
    .setProtectedHeader({ alg: TOKEN_ALGORITHM, typ: INTERNAL_TOKEN_TYPE, kid: key.kid })
    .setIssuer(INTERNAL_TOKEN_ISSUER)
    .setAudience(audience)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + lifetimeSeconds);
  if (viewer.kind === 'staff') jwt.setSubject(viewer.userId);
  if (viewer.kind === 'kiosk') jwt.setSubject(viewer.kioskId);
  return { token: await jwt.sign(key.privateKey), expiresAtMs: (issuedAt + lifetimeSeconds) * 1000 };
}

/**
 * Who the viewer is, in claims beside the subject: a staff account's role, agency, password
 * state and session; a kiosk's role (KIOSK, never a staff role) and session; nothing for
 * an anonymous caller.
 */
function viewerClaims(viewer: Viewer): Record<string, unknown> {
  switch (viewer.kind) {
    case 'staff':
      return { role: viewer.role, agency: viewer.agencyId, mcp: viewer.mustChangePassword || undefined, sid: viewer.sessionId };
    case 'kiosk':
      return { role: KIOSK_ROLE, sid: viewer.sessionId };
    case 'anonymous':
      return {};
  }
}

/** Checks one internal token for `audience`; answers whom it admits, and until when. */
export async function verifyInternalToken(token: string, keys: VerificationKeys, audience: string): Promise<InternalCaller & { expiresAtMs: number }> {
  try {
    if (!isCanonicalToken(token)) throw new InvalidTokenError('malformed');
    const { payload } = await jwtVerify(token, keyByKid(keys), {
      algorithms: [TOKEN_ALGORITHM],
      typ: INTERNAL_TOKEN_TYPE,
      issuer: INTERNAL_TOKEN_ISSUER,
      audience,
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
      requiredClaims: ['exp', 'iat'],
    });
    // jose checks `exp`; a token from the future, or one meant to live longer than any the
    // gateway signs, is no token of ours either.
    if (payload.iat! > Date.now() / 1000 + CLOCK_TOLERANCE_SECONDS) throw new InvalidTokenError('issued in the future');
    if (payload.exp! - payload.iat! > MAX_INTERNAL_TOKEN_LIFETIME_SECONDS) throw new InvalidTokenError('lives too long');
    const expiresAtMs = payload.exp! * 1000;
    if (!(payload.fwd === undefined || payload.fwd === true)) throw new InvalidTokenError('unexpected claims');
    const forwardsClients = payload.fwd === true;
    if (payload.sub === undefined) {
      if (payload.role !== undefined) throw new InvalidTokenError('a role without a subject');
      return { viewer: ANONYMOUS, forwardsClients, expiresAtMs };
    }
    if (payload.exp! - payload.iat! > MAX_SIGNED_IN_INTERNAL_TOKEN_LIFETIME_SECONDS) throw new InvalidTokenError('a signed-in viewer for too long');
    const { role, agency, mcp, sid } = payload;
    if (payload.sub === '') throw new InvalidTokenError('unexpected claims');
    if (role === KIOSK_ROLE) {
      if (typeof sid !== 'string' || sid === '' || agency !== undefined || mcp !== undefined) throw new InvalidTokenError('unexpected claims');
      return { viewer: { kind: 'kiosk', kioskId: payload.sub, sessionId: sid }, forwardsClients, expiresAtMs };
    }
    if (
      !ROLES.includes(role as Role) ||
      !(agency === null || typeof agency === 'string') ||
      !(mcp === undefined || mcp === true) ||
      !(sid === undefined || typeof sid === 'string')
    ) {
      throw new InvalidTokenError('unexpected claims');
    }
    return {
      viewer: { kind: 'staff', userId: payload.sub, role: role as Role, agencyId: agency, mustChangePassword: mcp === true, sessionId: sid },
      forwardsClients,
      expiresAtMs,
    };
  } catch (error) {
    throw asInvalidToken(error);
  }
}

/** Entries kept by the caches below; past it the oldest go first (each lives a minute at most anyway). */
const CACHE_ENTRIES = 10_000;

/**
 * The gateway's side: a token per subgraph and viewer (saying that the gateway passes on its
 * clients' addresses and request ids), signed once and reused for most of its
 * lifetime (until REUSE_MS after signing, leaving a subgraph at least 15 s of validity),
 * so signing costs nothing measurable per request. Concurrent requests share one signing.
 */
export class InternalTokenIssuer {
  static readonly REUSE_MS = (INTERNAL_TOKEN_LIFETIME_SECONDS - 15) * 1000;
  private readonly signed = new Map<string, { renewAt: number; token: Promise<string> }>();

  constructor(private readonly key: SigningKey) {}

  tokenFor(audience: string, viewer: Viewer): Promise<string> {
    // A monotonic clock: a step of the system's clock never keeps an expired token in use.
    const now = performance.now();
    const cacheKey = `${audience}\u0000${viewerKey(viewer)}`;
    const cached = this.signed.get(cacheKey);
    if (cached && cached.renewAt > now) return cached.token;
    if (cached) this.signed.delete(cacheKey);
    if (this.signed.size >= CACHE_ENTRIES) this.signed.delete(this.signed.keys().next().value!);
    const token = signInternalToken(this.key, audience, viewer, { forwardsClients: true }).then(({ token }) => token);
    const entry = { renewAt: now + InternalTokenIssuer.REUSE_MS, token };
    this.signed.set(cacheKey, entry);
    token.catch(() => {
      if (this.signed.get(cacheKey) === entry) this.signed.delete(cacheKey);
    });
    return token;
  }
}

/**
 * A subgraph's side: verifies the internal tokens it is given for itself. A token already
 * verified is remembered until it expires (the gateway reuses each for most of a minute), so
 * verification too costs nothing measurable per request; expiry is checked on every use.
 */
export class InternalTokenVerifier {
  private readonly verified = new Map<string, InternalCaller & { expiresAtMs: number }>();

  constructor(
    private readonly keys: VerificationKeys,
    private readonly audience: string,
  ) {}

  async verify(token: string | undefined): Promise<InternalCaller> {
    if (typeof token !== 'string' || token === '') throw new InvalidTokenError('missing');
    const cached = this.verified.get(token);
    if (cached) {
      if (cached.expiresAtMs + CLOCK_TOLERANCE_SECONDS * 1000 > Date.now()) return { viewer: cached.viewer, forwardsClients: cached.forwardsClients };
      this.verified.delete(token);
      throw new InvalidTokenError('ERR_JWT_EXPIRED');
    }
    const result = await verifyInternalToken(token, this.keys, this.audience);
    if (this.verified.size >= CACHE_ENTRIES) this.verified.delete(this.verified.keys().next().value!);
    this.verified.set(token, result);
    return { viewer: result.viewer, forwardsClients: result.forwardsClients };
  }
}

function viewerKey(viewer: Viewer): string {
  switch (viewer.kind) {
    case 'anonymous':
      return '-';
    case 'kiosk':
      return JSON.stringify([KIOSK_ROLE, viewer.kioskId, viewer.sessionId]);
    case 'staff':
      return JSON.stringify([viewer.userId, viewer.role, viewer.agencyId, viewer.mustChangePassword === true, viewer.sessionId ?? null]);
  }
}
