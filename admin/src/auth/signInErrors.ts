import { apiErrorMessageKey } from '../i18n/common.messages';
import { apiErrorBody } from './apiErrorBody';

/**
 * The message key for a failed sign-in: the API answers a wrong email and a wrong password
 * alike (UNAUTHENTICATED); too many failures are RATE_LIMITED; anything else is the shared
 * sentence for its code (network, server).
 */
export function signInErrorKey(error: unknown): string {
  const code = apiErrorBody(error)?.code ?? 'NETWORK_ERROR';
  return code === 'UNAUTHENTICATED' ? 'mpp.auth.login.wrongCredentials' : apiErrorMessageKey(code);
}
