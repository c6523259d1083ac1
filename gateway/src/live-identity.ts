import type { GraphQLError } from 'graphql';
import {
  INTERNAL_TOKEN_HEADER,
  type InternalTokenIssuer,
  REQUEST_ID_HEADER,
  ROLES,
  serviceUnavailable,
  type AccessClaims,
  type AccessTokenHolder,
  type Logger,
  type Role,
} from '@mpp/kit';
import { unauthenticated } from './auth';
import type { SubgraphCalls } from './subgraph-calls';

/**
 * How long the gateway goes on using what the agencies subgraph said about one session. A
 * deactivation, password change or reset, logout, a change of role or agency, or a kiosk's
 * revocation reaches a token issued before it within this time (plus one lookup); in exchange a
 * busy session costs one small subgraph call per this period, not one per request.
 */
export const LIVE_IDENTITY_CACHE_MS = 5_000;

/** `me` answers null for an account that is gone or deactivated, or a session that has ended. */
const CURRENT_IDENTITY_QUERY = '{ me { id role mustChangePassword agency { id } } }';
/** `currentKiosk` answers null once the kiosk is revoked (or for anyone but a kiosk). */
const CURRENT_KIOSK_QUERY = '{ currentKiosk { id } }';

type CurrentIdentity = Pick<AccessClaims, 'role' | 'agencyId' | 'mustChangePassword'>;

interface Remembered {
  /** performance.now() after which the answer is asked for again. */
  until: number;
  answer: Promise<AccessTokenHolder | null>;
}

/**
 * A valid signature shows only who the holder was when the token was signed. For each access
 * token this asks the agencies subgraph — over HTTP with an internal token speaking for the
 * token's holder, like any subgraph call — whether the holder may still act: for staff, whether
 * the account is active and the token's session live, and who the account is now (requests then
 * carry the current role, agency and mustChangePassword, not the token's); for a kiosk, whether
 * it is still registered and not revoked. Answers are kept per session for
 * LIVE_IDENTITY_CACHE_MS, and concurrent requests of one session share one lookup. When the
 * subgraph cannot answer, signed-in requests fail (closed) rather than going on with the
 * token's word or as anonymous.
 */
export class LiveIdentity {
  /** In insertion order, which is also expiry order: every entry lives equally long. */
  private readonly remembered = new Map<string, Remembered>();

  constructor(
    private readonly agenciesUrl: string,
    private readonly internalTokens: InternalTokenIssuer,
    /** The gateway's calls to its subgraphs, on their connections and with their timeout. */
    private readonly calls: SubgraphCalls,
    private readonly logger: Logger,
  ) {}

  /** The token's holder as it is now; UNAUTHENTICATED when the session is over. */
  async current(holder: AccessTokenHolder, requestId: string): Promise<AccessTokenHolder> {
    const now = performance.now();
    this.forgetExpired(now);
    // Kinds apart: a kiosk's id can never stand for an account's, nor the reverse.
    const key = holder.kind === 'staff' ? `staff/${holder.userId}/${holder.sessionId}` : `kiosk/${holder.kioskId}/${holder.sessionId}`;
    let entry = this.remembered.get(key);
    if (!entry) {
      const fresh: Remembered = { until: now + LIVE_IDENTITY_CACHE_MS, answer: this.lookUp(holder, requestId) };
      this.remembered.set(key, fresh);
      // A failed lookup is not remembered: the next request asks again.
      fresh.answer.catch(() => {
        if (this.remembered.get(key) === fresh) this.remembered.delete(key);
      });
      entry = fresh;
    }
    const current = await entry.answer;
    if (!current) throw unauthenticated('This session has ended; sign in again.');
    return current;
  }

  private forgetExpired(now: number): void {
    for (const [key, entry] of this.remembered) {
      if (entry.until > now) break;
      this.remembered.delete(key);
    }
  }

  /** The holder as the agencies subgraph knows it now (the same session), or null when it may no longer act. */
  private async lookUp(holder: AccessTokenHolder, requestId: string): Promise<AccessTokenHolder | null> {
    let body: unknown;
    try {
      const internalToken = await this.internalTokens.tokenFor('agencies', holder);
      const answer = await this.calls.post(
        this.agenciesUrl,
        { 'content-type': 'application/json', [INTERNAL_TOKEN_HEADER]: internalToken, [REQUEST_ID_HEADER]: requestId },
        JSON.stringify({ query: holder.kind === 'staff' ? CURRENT_IDENTITY_QUERY : CURRENT_KIOSK_QUERY }),
      );
      if (answer.status < 200 || answer.status > 299) throw new Error(`the agencies subgraph answered HTTP ${answer.status}`);
      body = JSON.parse(answer.body);
    } catch (error) {
      throw this.unavailable(requestId, error);
    }
    let answer: AccessTokenHolder | null | undefined;
    if (holder.kind === 'staff') {
      const current = readCurrentIdentity(body, holder.userId);
      answer = current && { ...holder, ...current };
    } else {
      const live = readKioskLiveness(body, holder.kioskId);
      answer = live && holder;
    }
    if (answer === undefined) throw this.unavailable(requestId, new Error('the agencies subgraph gave no usable answer'));
    return answer;
  }

  private unavailable(requestId: string, cause: unknown): GraphQLError {
    this.logger.warn('cannot check a session', { requestId, error: cause });
    return serviceUnavailable('Your sign-in cannot be checked right now; try again shortly.');
  }
}

/** The `me` answer: the current identity, null when the session is over, undefined when unusable. */
function readCurrentIdentity(body: unknown, userId: string): CurrentIdentity | null | undefined {
  const { data, errors } = (body ?? {}) as { data?: { me?: unknown } | null; errors?: unknown };
  // With errors, a null `me` may mean the subgraph failed, not that the session ended.
  if (errors !== undefined || !data || data.me === undefined) return undefined;
  if (data.me === null) return null;
  const me = data.me as { id?: unknown; role?: unknown; mustChangePassword?: unknown; agency?: { id?: unknown } | null };
  const agencyId = me.agency === null ? null : me.agency?.id;
  if (me.id !== userId || !ROLES.includes(me.role as Role) || typeof me.mustChangePassword !== 'boolean' || !(agencyId === null || typeof agencyId === 'string')) {
    return undefined;
  }
  return { role: me.role as Role, agencyId, mustChangePassword: me.mustChangePassword };
}

/** The `currentKiosk` answer: true while the kiosk may act, null when revoked, undefined when unusable. */
function readKioskLiveness(body: unknown, kioskId: string): true | null | undefined {
  const { data, errors } = (body ?? {}) as { data?: { currentKiosk?: unknown } | null; errors?: unknown };
  // With errors, a null answer may mean the subgraph failed, not that the kiosk was revoked.
  if (errors !== undefined || !data || data.currentKiosk === undefined) return undefined;
  if (data.currentKiosk === null) return null;
  return (data.currentKiosk as { id?: unknown }).id === kioskId ? true : undefined;
}
