import { apiErrorMessageKey } from '../i18n/common.messages';
import { apiErrorCode } from '../graphql/client';

/**
 * The message key for a failed sign-in: the API answers a wrong email and a wrong password
 * alike (UNAUTHENTICATED); too many failures are RATE_LIMITED; anything else is the shared
 * sentence for its code (network, server).
 */
export function signInErrorKey(error: unknown): string {
  const code = apiErrorCode(error) ?? 'NETWORK_ERROR';
  return code === 'UNAUTHENTICATED' ? 'mpp.auth.login.wrongCredentials' : apiErrorMessageKey(code);
}
