import { HttpError } from 'react-admin';
import { apiErrorCode, apiErrorField } from '../graphql/client';
import { apiErrorMessageKey } from '../i18n/common.messages';

/** Fields of an account the API names when it refuses an input, each with its own sentence. */
export const ACCOUNT_FIELDS_WITH_MESSAGES: ReadonlySet<string> = new Set(['email', 'name', 'role', 'agencyId', 'active']);

/** The message key for a refused change of an account: the field's rule, or the shared sentence for the code. */
export function accountErrorKey(error: unknown): string {
  if (!(error instanceof HttpError)) return apiErrorMessageKey('NETWORK_ERROR');
  const code = apiErrorCode(error);
  const field = apiErrorField(error);
  if (code === 'BAD_USER_INPUT' && field && ACCOUNT_FIELDS_WITH_MESSAGES.has(field)) return `mpp.accounts.invalid.${field}`;
  return apiErrorMessageKey(code);
}
