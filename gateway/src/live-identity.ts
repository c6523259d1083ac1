import type { GraphQLError } from 'graphql';
import {
  INTERNAL_TOKEN_HEADER,
  type InternalTokenIssuer,
  REQUEST_ID_HEADER,
  ROLES,
  serviceUnavailable,
  type AccessClaims,
  type Logger,
  type Role,
} from '@mpp/kit';
import { unauthenticated } from './auth';

/**
 * How long the gateway goes on using what the agencies subgraph said about one session. A
 * deactivation, password change or reset, logout, or a change of role or agency reaches a token
 * issued before it within this time (plus one lookup); in exchange a busy session costs one
 * small subgraph call per this period, not one per request.
 */
export const LIVE_IDENTITY_CACHE_MS = 5_000;

/** `me` answers null for an account that is gone or deactivated, or a session that has ended. */
const CURRENT_IDENTITY_QUERY = '{ me { id role mustChangePassword agency { id } } }';

type CurrentIdentity = Pick<AccessClaims, 'role' | 'agencyId' | 'mustChangePassword'>;

interface Remembered {
  /** performance.now() after which the answer is asked for again. */
  until: number;
  answer: Promise<CurrentIdentity | null>;
}

/**
 * A valid signature shows only who the account was when the token was signed. For each staff
 * token this asks the agencies subgraph — over HTTP with an internal token speaking for the
 * token's holder, like any subgraph call — whether the account is active and the token's session live, and who the account is
 * now; requests then carry the current role, agency and mustChangePassword, not the token's.
 * Answers are kept per session for LIVE_IDENTITY_CACHE_MS, and concurrent requests of one
 * session share one lookup. When the subgraph cannot answer, staff requests fail (closed)
 * rather than going on with the token's word or as anonymous.
 */
export class LiveIdentity {
  /** In insertion order, which is also expiry order: every entry lives equally long. */
  private readonly remembered = new Map<string, Remembered>();

  constructor(
    private readonly agenciesUrl: string,
    private readonly internalTokens: InternalTokenIssuer,
    private readonly timeoutMs: number,
    private readonly logger: Logger,
  ) {}

  /** The token's holder as the account is now; UNAUTHENTICATED when the session is over. */
  async current(claims: AccessClaims, requestId: string): Promise<AccessClaims> {
    const now = performance.now();
    this.forgetExpired(now);
    const key = `${claims.userId}/${claims.sessionId}`;
    let entry = this.remembered.get(key);
    if (!entry) {
      const fresh: Remembered = { until: now + LIVE_IDENTITY_CACHE_MS, answer: this.lookUp(claims, requestId) };
      this.remembered.set(key, fresh);
      // A failed lookup is not remembered: the next request asks again.
      fresh.answer.catch(() => {
        if (this.remembered.get(key) === fresh) this.remembered.delete(key);
      });
      entry = fresh;
    }
    const current = await entry.answer;
    if (!current) throw unauthenticated('This session has ended; sign in again.');
    return { ...claims, ...current };
  }

  private forgetExpired(now: number): void {
    for (const [key, entry] of this.remembered) {
      if (entry.until > now) break;
      this.remembered.delete(key);
    }
  }

  private async lookUp(claims: AccessClaims, requestId: string): Promise<CurrentIdentity | null> {
    const { userId, role, agencyId, mustChangePassword, sessionId } = claims;
    let body: unknown;
    try {
      const internalToken = await this.internalTokens.tokenFor('agencies', { kind: 'staff', userId, role, agencyId, mustChangePassword, sessionId });
      const response = await fetch(this.agenciesUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [INTERNAL_TOKEN_HEADER]: internalToken,
          [REQUEST_ID_HEADER]: requestId,
        },
        body: JSON.stringify({ query: CURRENT_IDENTITY_QUERY }),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      if (!response.ok) throw new Error(`the agencies subgraph answered HTTP ${response.status}`);
      body = await response.json();
    } catch (error) {
      throw this.unavailable(requestId, error);
    }
    const answer = readCurrentIdentity(body, userId);
    if (answer === undefined) throw this.unavailable(requestId, new Error('the agencies subgraph gave no usable answer'));
    return answer;
  }

  private unavailable(requestId: string, cause: unknown): GraphQLError {
    this.logger.warn('cannot check a staff session', { requestId, error: cause });
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
