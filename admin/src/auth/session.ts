import {
  ChangeOwnPasswordDocument,
  LoginDocument,
  LogoutDocument,
  RefreshSessionDocument,
  type LoginMutation,
  type SignedInUserFragment,
} from '../generated/graphql';
import { request, requestAnonymously, setTokenSource } from '../graphql/client';
import { askToSignInAgain } from './signInAgain';

/*
 * The signed-in session: a short-lived access token (15 minutes) and a one-use refresh token.
 * Kept in sessionStorage, so a reload keeps the user signed in while closing the browser signs
 * them out (counter PCs are shared). The access token is renewed before it expires, by a timer
 * and, should the timer have been late (a sleeping laptop), before a request. A refresh token
 * is sent at most once: the server treats a second use as a leak and ends every session of the
 * account, so concurrent callers share one refresh, and a refresh that failed in any way (even
 * a network error: the server may have used the token) is never retried — the user signs in
 * again.
 *
 * A duplicated browser tab copies sessionStorage, so two tabs may hold the same refresh token.
 * Tabs therefore refresh one at a time (a Web Lock), and before sending a token a tab records it
 * as spent in localStorage, which every tab of the site reads: a tab that finds its token spent
 * never sends it, even when the tab that spent it failed (timed out, lost the answer) and told
 * nobody. Only a hash of the token is kept there (localStorage outlives the browser; the hash of a
 * random token gives nothing away). The new session itself travels only over a BroadcastChannel,
 * so live tokens stay in sessionStorage: a tab whose token another tab spent adopts the renewal
 * from the channel, or, if none comes, asks the user to sign in again. Sign-out is told the same
 * way, so the duplicated tab of a session that ended is signed out too.
 */

const STORAGE_KEY = 'mpp-cms-session';
const SPENT_KEY = 'mpp-cms-spent-refresh';
const CHANNEL_NAME = 'mpp-cms-session';
const REFRESH_LOCK = 'mpp-cms-refresh';

/** Renew this long before expiry (a quarter of the lifetime for tokens shorter than four minutes). */
const RENEW_AHEAD_MS = 60_000;
/** A request about to be sent with a token this close to expiry renews it first. */
const URGENT_AHEAD_MS = 30_000;
/**
 * How long a tab that renewed the session keeps the refresh lock after telling the other tabs.
 * Only a convenience: a duplicated tab waiting for the lock has then usually adopted the renewal
 * before it gets the lock. Safety does not depend on it: a tab that gets the lock first finds its
 * token in the spent record, sends nothing and waits for the renewal.
 */
const HANDOVER_MS = 100;
/**
 * How long a tab whose refresh token another tab spent waits for that tab's renewal: the other
 * tab's request may take up to the client's timeout (20 s).
 */
const RENEWAL_WAIT_MS = 25_000;
/** How many spent-token hashes the record keeps: other sessions of the site (other accounts, other tabs) spend theirs too. */
const SPENT_RECORD_SIZE = 50;

export type SignedInUser = SignedInUserFragment;
/** What login, refreshSession and changeOwnPassword answer alike. */
type SessionPayload = LoginMutation['login'];

interface StoredSession {
  token: string;
  /**
   * When the access token expires by this browser's clock: the token's lifetime counted from
   * when it was received, so a wrong clock on the laptop does not make every token look expired.
   */
  expiresAtLocal: number;
  lifetimeMs: number;
  /** Null once sent, by this tab or another: a refresh token is never sent twice. */
  refreshToken: string | null;
  /**
   * The refresh token last sent (by this tab or, for a duplicated tab, another), while its answer
   * is awaited or was lost: sign-out ends the server session with it (the server accepts a
   * rotated token for logout), and a duplicated tab recognises the renewal of its session by it.
   */
  sentRefreshToken: string | null;
  user: SignedInUser;
}

/** What a tab tells the others about the refresh tokens they may share with it. */
type SessionMessage =
  /** It is sending this token now: the others must not. */
  | { type: 'spent'; refreshToken: string }
  /** It renewed the session of `previousRefreshToken`: tabs of that session take the new one. */
  | { type: 'renewed'; previousRefreshToken: string; session: StoredSession }
  /** Its refresh of this token brought no new session: tabs waiting for one stop waiting. */
  | { type: 'failed'; refreshToken: string }
  /** It signed out of the session of this token: the session has ended for every tab. */
  | { type: 'ended'; refreshToken: string };

let session: StoredSession | null = readStoredSession();
/**
 * Counts every replacement of the session (sign-in, sign-out, password change, refresh, a
 * renewal adopted from another tab). A refresh whose answer arrives in a later generation is
 * dropped: it would bring back a session the user has left.
 */
let generation = 0;
let refreshing: Promise<boolean> | null = null;
let recovering: Promise<boolean> | null = null;
let renewTimer: ReturnType<typeof setTimeout> | undefined;
/** While another tab's refresh of this session's token is awaited; settles when that is over either way. */
let renewalElsewhere: { refreshToken: string; over: Promise<void>; end: () => void } | null = null;

const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL_NAME);
channel?.addEventListener('message', (event: MessageEvent<SessionMessage>) => receive(event.data));

function tell(message: SessionMessage): void {
  channel?.postMessage(message);
}

function readStoredSession(): StoredSession | null {
  try {
    const text = sessionStorage.getItem(STORAGE_KEY);
    return text ? (JSON.parse(text) as StoredSession) : null;
  } catch {
    return null;
  }
}

function writeStoredSession(): void {
  if (session) sessionStorage.setItem(STORAGE_KEY, JSON.stringify(session));
  else sessionStorage.removeItem(STORAGE_KEY);
}

/**
 * The hex SHA-256 of a refresh token. Pages served over plain http have no crypto.subtle (nor
 * Web Locks); there a 53-bit string hash stands in: a refresh token is 32 random bytes, so even
 * that short hash gives nothing away, and every tab of one site uses the same function.
 */
async function hashOf(refreshToken: string): Promise<string> {
  if (typeof crypto !== 'undefined' && 'subtle' in crypto && crypto.subtle) {
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(refreshToken));
    return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
  }
  let high = 0xdeadbeef;
  let low = 0x41c6ce57;
  for (let index = 0; index < refreshToken.length; index += 1) {
    const code = refreshToken.charCodeAt(index);
    high = Math.imul(high ^ code, 2654435761);
    low = Math.imul(low ^ code, 1597334677);
  }
  high = Math.imul(high ^ (high >>> 16), 2246822507) ^ Math.imul(low ^ (low >>> 13), 3266489909);
  low = Math.imul(low ^ (low >>> 16), 2246822507) ^ Math.imul(high ^ (high >>> 13), 3266489909);
  return `weak-${(4294967296 * (2097151 & low) + (high >>> 0)).toString(16)}`;
}

function readSpentRecord(): string[] {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(SPENT_KEY) ?? '[]');
    return Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * Records the token of `hash` as spent unless it already is; false when it was (another tab sent
 * it). Synchronous from the read to the write, so no other code of this tab runs in between;
 * without Web Locks another tab could still read between the two (a window of microseconds
 * against a refresh every quarter of an hour) — the only case left in which a token goes twice.
 */
function claimToSend(hash: string): boolean {
  const spent = readSpentRecord();
  if (spent.includes(hash)) return false;
  try {
    localStorage.setItem(SPENT_KEY, JSON.stringify([...spent, hash].slice(-SPENT_RECORD_SIZE)));
  } catch {
    // Storage full or blocked: the lock and the channel still keep tabs apart.
  }
  return true;
}

/** The token's lifetime from its own claims (iat, exp), or from expiresAt against this clock. */
function lifetimeOf(payload: SessionPayload): number {
  try {
    const claims = JSON.parse(atob(payload.token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/'))) as { iat?: unknown; exp?: unknown };
    if (typeof claims.iat === 'number' && typeof claims.exp === 'number' && claims.exp > claims.iat) return (claims.exp - claims.iat) * 1000;
  } catch {
    // Not a token this code can read: fall back to the server's expiry against this clock.
  }
  return Math.max(0, Date.parse(payload.expiresAt) - Date.now());
}

/** Replaces the session (or ends it, with null): a refresh under way for the old one is now stale. */
function replaceSession(next: StoredSession | null): void {
  generation += 1;
  session = next;
  writeStoredSession();
  scheduleRenewal();
  renewalElsewhere?.end();
}

/** Takes a new session from login, refreshSession or changeOwnPassword. */
function storeSession(payload: SessionPayload): void {
  const lifetimeMs = lifetimeOf(payload);
  replaceSession({
    token: payload.token,
    expiresAtLocal: Date.now() + lifetimeMs,
    lifetimeMs,
    refreshToken: payload.refreshToken,
    sentRefreshToken: null,
    user: payload.user,
  });
}

/** Whether `refreshToken` is this tab's, unsent or sent. */
function isOurs(refreshToken: string): boolean {
  return session !== null && (session.refreshToken === refreshToken || session.sentRefreshToken === refreshToken);
}

function receive(message: SessionMessage): void {
  switch (message.type) {
    case 'spent':
      if (session?.refreshToken === message.refreshToken) markSpentElsewhere(session, message.refreshToken);
      return;
    case 'renewed':
      // A duplicated tab: take the new session instead of waiting for sign-in.
      if (isOurs(message.previousRefreshToken)) replaceSession(message.session);
      return;
    case 'failed':
      if (renewalElsewhere?.refreshToken === message.refreshToken) renewalElsewhere.end();
      return;
    case 'ended':
      if (isOurs(message.refreshToken)) replaceSession(null);
      return;
  }
}

/**
 * Another tab sends (or sent) this session's refresh token: this tab must not, and waits a while
 * for that tab's renewal (adopted when it comes, even later, by `sentRefreshToken`).
 */
function markSpentElsewhere(current: StoredSession, refreshToken: string): void {
  current.refreshToken = null;
  current.sentRefreshToken = refreshToken;
  writeStoredSession();
  scheduleRenewal();
  if (renewalElsewhere?.refreshToken === refreshToken) return;
  renewalElsewhere?.end();
  let end = (): void => undefined;
  const over = new Promise<void>((resolve) => {
    end = resolve;
  });
  const timer = setTimeout(() => waiting.end(), RENEWAL_WAIT_MS);
  const waiting = {
    refreshToken,
    over,
    end: () => {
      clearTimeout(timer);
      if (renewalElsewhere === waiting) renewalElsewhere = null;
      end();
    },
  };
  renewalElsewhere = waiting;
}

/** After another tab spent this session's token: true once its renewal was adopted. */
async function renewedElsewhere(refreshToken: string): Promise<boolean> {
  if (renewalElsewhere?.refreshToken === refreshToken) await renewalElsewhere.over;
  return session !== null && !isOurs(refreshToken);
}

function scheduleRenewal(): void {
  clearTimeout(renewTimer);
  if (!session?.refreshToken) return;
  const ahead = Math.min(RENEW_AHEAD_MS, session.lifetimeMs / 4);
  const delay = Math.max(0, session.expiresAtLocal - ahead - Date.now());
  renewTimer = setTimeout(() => void refresh(), delay);
}

/** Runs `work` while no other tab of this site refreshes. */
async function withRefreshLock<T>(work: () => Promise<T>): Promise<T> {
  // Web Locks exist only on secure (https) pages. Without them tabs cannot take turns; the spent
  // record (claimToSend) still keeps a duplicated tab from sending the same token but for a
  // window of microseconds, and the renewal message reaches it.
  if (typeof navigator === 'undefined' || !('locks' in navigator) || !navigator.locks) return work();
  return await navigator.locks.request(REFRESH_LOCK, work);
}

/** What the refresh under the lock came to. */
type RefreshOutcome = 'renewed' | 'failed' | 'spent elsewhere';

/**
 * Trades the refresh token for a new session; true when there is a session to retry with.
 * Callers at the same time share the one request.
 */
function refresh(): Promise<boolean> {
  refreshing ??= (async () => {
    const current = session;
    if (!current) return false;
    const refreshToken = current.refreshToken;
    // Spent by another tab whose answer may still come.
    if (!refreshToken) return current.sentRefreshToken ? renewedElsewhere(current.sentRefreshToken) : false;
    const hash = await hashOf(refreshToken);
    const outcome = await withRefreshLock(async (): Promise<RefreshOutcome | boolean> => {
      // While this tab waited for the lock, another tab may have renewed the same session
      // (adopted here), spent its token, or the user signed out.
      const now = session;
      if (!now) return false;
      if (now.refreshToken !== refreshToken) return now.sentRefreshToken === refreshToken ? 'spent elsewhere' : true;
      // From the check to the record nothing awaits: see claimToSend.
      if (!claimToSend(hash)) {
        markSpentElsewhere(now, refreshToken);
        return 'spent elsewhere';
      }
      tell({ type: 'spent', refreshToken });
      const sentIn = generation;
      // Spent from here on, whatever the answer.
      now.refreshToken = null;
      now.sentRefreshToken = refreshToken;
      writeStoredSession();
      let renewed: SessionPayload | null = null;
      try {
        renewed = (await requestAnonymously(RefreshSessionDocument, { refreshToken })).refreshSession;
      } catch {
        // Ended, revoked or lost: the caller asks the user to sign in again.
      }
      if (!renewed) tell({ type: 'failed', refreshToken });
      if (generation !== sentIn) return session !== null;
      if (!renewed) return 'failed';
      storeSession(renewed);
      if (session) {
        tell({ type: 'renewed', previousRefreshToken: refreshToken, session });
        await new Promise((resolve) => setTimeout(resolve, HANDOVER_MS));
      }
      return 'renewed';
    });
    if (outcome === 'spent elsewhere') return renewedElsewhere(refreshToken);
    return outcome === 'renewed' || outcome === true;
  })().finally(() => {
    refreshing = null;
  });
  return refreshing;
}

/** The access token to send, renewed first when it is about to expire. */
async function accessToken(): Promise<string | null> {
  if (!session) return null;
  const urgentAhead = Math.min(URGENT_AHEAD_MS, session.lifetimeMs / 8);
  if (session.expiresAtLocal - Date.now() < urgentAhead) await refresh();
  return session?.token ?? null;
}

/**
 * After the API said UNAUTHENTICATED to a request sent with `failedToken`: if the session has
 * a newer token since, retry with it; otherwise refresh; if the session itself has ended
 * (expired, revoked, the account's password reset), ask the user to sign in again over the
 * current screen, so what they were doing is not lost. Concurrent failures share one recovery.
 */
function recover(failedToken: string | null): Promise<boolean> {
  if (session && session.token !== failedToken) return Promise.resolve(true);
  recovering ??= (async () => {
    if (!session) return false;
    if (await refresh()) return true;
    const email = session?.user.email;
    if (!email) return false;
    const signedIn = await askToSignInAgain({ email });
    // Giving up ends the session here too, so react-admin signs out (authProvider.checkError).
    if (!signedIn) replaceSession(null);
    return signedIn;
  })().finally(() => {
    recovering = null;
  });
  return recovering;
}

setTokenSource({ accessToken, recover });
scheduleRenewal();

/** Signs in with email and password; throws the API's error (UNAUTHENTICATED, RATE_LIMITED …). */
export async function signIn(email: string, password: string): Promise<SignedInUser> {
  const { login } = await requestAnonymously(LoginDocument, { email, password });
  storeSession(login);
  return login.user;
}

/** Ends the session on the server (best effort: the user is signed out here either way). */
export async function signOut(): Promise<void> {
  // A refresh under way has spent the current token; the one it sent still ends the session.
  const refreshToken = session?.refreshToken ?? session?.sentRefreshToken;
  replaceSession(null);
  if (!refreshToken) return;
  // A duplicated tab holds the same session, which the logout below ends on the server.
  tell({ type: 'ended', refreshToken });
  try {
    await requestAnonymously(LogoutDocument, { refreshToken });
  } catch {
    // The session ends on its own when its refresh token expires; nothing more to do here.
  }
}

/** Changes the password; the server ends every session and opens a new one, which replaces this one. */
export async function changeOwnPassword(currentPassword: string, newPassword: string): Promise<SignedInUser> {
  const { changeOwnPassword: payload } = await request(ChangeOwnPasswordDocument, { currentPassword, newPassword });
  storeSession(payload);
  return payload.user;
}

/** Keeps the stored account up to date with what the API says now (from `me`). */
export function updateSignedInUser(user: SignedInUser): void {
  if (!session) return;
  session.user = user;
  writeStoredSession();
}

export function hasSession(): boolean {
  return session !== null;
}

export function signedInUser(): SignedInUser | null {
  return session?.user ?? null;
}

