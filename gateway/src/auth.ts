import { GraphQLError } from 'graphql';
import { InvalidTokenError, verifyAccessToken, type AccessClaims, type VerificationKeys } from '@mpp/kit';

/**
 * The identity a request's token claims: none, or the claims of a valid access token (which
 * LiveIdentity then checks against the account as it is now). A token that is present but bad
 * (forged, expired, signed by a key that is not active, `alg: none`, no session, malformed header) fails the whole
 * request with UNAUTHENTICATED — never silently anonymous.
 */
export async function identify(authorization: string | undefined, staffTokenKeys: VerificationKeys): Promise<AccessClaims | null> {
  if (authorization === undefined || authorization.trim() === '') return null;
  const match = /^Bearer\s+([A-Za-z0-9._~+/=-]+)$/.exec(authorization.trim());
  if (!match) throw unauthenticated();
  try {
    return await verifyAccessToken(match[1], staffTokenKeys);
  } catch (error) {
    if (error instanceof InvalidTokenError) throw unauthenticated();
    throw error;
  }
}

/** Refuses the whole request with HTTP 401, as for a missing sign-in. */
export function unauthenticated(message = 'The access token is invalid or has expired; sign in again.'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

/** What an account that must change its password may still do. */
const ALLOWED_BEFORE_PASSWORD_CHANGE = new Set(['me', 'changeOwnPassword', 'logout', '__typename']);

export function allowedBeforePasswordChange(rootFields: readonly string[]): boolean {
  return rootFields.every((field) => ALLOWED_BEFORE_PASSWORD_CHANGE.has(field));
}
