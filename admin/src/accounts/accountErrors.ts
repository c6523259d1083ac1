import { apiErrorBody } from '../auth/apiErrorBody';
import { apiErrorMessageKey } from '../i18n/common.messages';

/** Fields of an account the API names when it refuses an input, each with its own sentence. */
const FIELDS_WITH_MESSAGES = new Set(['email', 'name', 'role', 'agencyId', 'active']);

/** The message key for a refused change of an account: the field's rule, or the shared sentence for the code. */
export function accountErrorKey(error: unknown): string {
  const body = apiErrorBody(error);
  if (!body) return apiErrorMessageKey('NETWORK_ERROR');
  if (body.code === 'BAD_USER_INPUT' && body.field && FIELDS_WITH_MESSAGES.has(body.field)) return `mpp.accounts.invalid.${body.field}`;
  return apiErrorMessageKey(body.code);
}
