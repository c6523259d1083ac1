import { GraphQLError } from 'graphql';
import { CLOCK_TOLERANCE_SECONDS, InvalidTokenError, verifyAccessToken, type AccessTokenHolder, type VerificationKeys } from '@mpp/kit';

/** Tokens kept verified; past it the oldest go first (each lives 15 minutes at most anyway). */
const REMEMBERED_TOKENS = 10_000;

/**
 * The identity a request's token claims: none, or the holder of a valid access token — a staff
 * account's session or a kiosk's, both signed by the agencies subgraph with the staff-token key
 * (LiveIdentity then checks it against the holder as it is now). A token that is present but bad
 * (forged, expired, signed by a key that is not active, `alg: none`, no session, malformed
 * header) fails the whole request with UNAUTHENTICATED — never silently anonymous.
 *
 * An EdDSA verification costs a few hundred microseconds; a session sends the same token for
 * up to 15 minutes, so a verified token is remembered until it expires (checked on every use)
 * and each is verified once per gateway process.
 */
export class StaffTokenCheck {
  private readonly verified = new Map<string, { holder: AccessTokenHolder; expiresAtMs: number }>();

  constructor(private readonly keys: VerificationKeys) {}

  async identify(authorization: string | undefined): Promise<AccessTokenHolder | null> {
    if (authorization === undefined || authorization.trim() === '') return null;
    const match = /^Bearer\s+([A-Za-z0-9._-]+)$/.exec(authorization.trim());
    if (!match) throw unauthenticated();
    const token = match[1];
    const remembered = this.verified.get(token);
    if (remembered) {
      if (remembered.expiresAtMs + CLOCK_TOLERANCE_SECONDS * 1000 > Date.now()) return remembered.holder;
      this.verified.delete(token);
      throw unauthenticated();
    }
    let verified: AccessTokenHolder & { expiresAtMs: number };
    try {
      verified = await verifyAccessToken(token, this.keys);
    } catch (error) {
      if (error instanceof InvalidTokenError) throw unauthenticated();
      throw error;
    }
    const { expiresAtMs, ...holder } = verified;
    if (this.verified.size >= REMEMBERED_TOKENS) this.verified.delete(this.verified.keys().next().value!);
    this.verified.set(token, { holder, expiresAtMs });
    return holder;
  }
}

/** Refuses the whole request with HTTP 401, as for a missing sign-in. */
export function unauthenticated(message = 'The access token is invalid or has expired; sign in again.'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

/**
 * What an account that must change its password may still do. Staff only: a kiosk has no
 * password, and what its token reaches is its KIOSK rows in the subgraphs' permission tables
 * (else what the public reads), so the gateway keeps no list of its own for kiosks.
 */
const ALLOWED_BEFORE_PASSWORD_CHANGE = new Set(['me', 'changeOwnPassword', 'logout', '__typename']);

export function allowedBeforePasswordChange(rootFields: readonly string[]): boolean {
  return rootFields.every((field) => ALLOWED_BEFORE_PASSWORD_CHANGE.has(field));
}
