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
 * Tabs therefore refresh one at a time (a Web Lock), and a tab that refreshed tells the others
 * (a BroadcastChannel): one still holding the spent token adopts the new session instead of
 * spending its copy.
 */

const STORAGE_KEY = 'mpp-cms-session';
const CHANNEL_NAME = 'mpp-cms-session';
const REFRESH_LOCK = 'mpp-cms-refresh';

/** Renew this long before expiry (a quarter of the lifetime for tokens shorter than four minutes). */
const RENEW_AHEAD_MS = 60_000;
/** A request about to be sent with a token this close to expiry renews it first. */
const URGENT_AHEAD_MS = 30_000;
/**
 * How long a tab that renewed the session keeps the refresh lock after telling the other tabs:
 * a tab waiting for the lock should have adopted the new session by the time it gets the lock.
 */
const HANDOVER_MS = 100;

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
  /** Null once sent: a refresh token is never sent twice. */
  refreshToken: string | null;
  /**
   * The refresh token last sent, while its answer is awaited or was lost: sign-out ends the
   * server session with it (the server accepts a rotated token for logout), and a duplicated
   * tab recognises the renewal of its session by it.
   */
  sentRefreshToken: string | null;
  user: SignedInUser;
}

/** What a tab tells the others after renewing a session. */
interface SessionRenewal {
  previousRefreshToken: string;
  session: StoredSession;
}

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

const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL_NAME);
channel?.addEventListener('message', (event: MessageEvent<SessionRenewal>) => adoptRenewal(event.data));

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

/** Another tab renewed a session: if it is this tab's too (a duplicated tab), take the new one. */
function adoptRenewal({ previousRefreshToken, session: renewed }: SessionRenewal): void {
  if (!session) return;
  if (session.refreshToken !== previousRefreshToken && session.sentRefreshToken !== previousRefreshToken) return;
  replaceSession(renewed);
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
  // Without the Web Locks API tabs cannot take turns; the renewal message still reaches a
  // duplicated tab whose timer fires later.
  if (typeof navigator === 'undefined' || !('locks' in navigator)) return work();
  return await navigator.locks.request(REFRESH_LOCK, work);
}

/**
 * Trades the refresh token for a new session; true when there is a session to retry with.
 * Callers at the same time share the one request.
 */
function refresh(): Promise<boolean> {
  refreshing ??= (async () => {
    const refreshToken = session?.refreshToken;
    if (!refreshToken) return false;
    return withRefreshLock(async () => {
      // While this tab waited for the lock, another tab may have renewed the same session
      // (adopted here) or the user signed out: nothing to spend.
      const current = session;
      if (current?.refreshToken !== refreshToken) return current !== null;
      const sentIn = generation;
      // Spent from here on, whatever the answer.
      current.refreshToken = null;
      current.sentRefreshToken = refreshToken;
      writeStoredSession();
      let renewed: SessionPayload | null = null;
      try {
        renewed = (await requestAnonymously(RefreshSessionDocument, { refreshToken })).refreshSession;
      } catch {
        // Ended, revoked or lost: the caller asks the user to sign in again.
      }
      if (generation !== sentIn) return session !== null;
      if (!renewed) return false;
      storeSession(renewed);
      if (session && channel) {
        channel.postMessage({ previousRefreshToken: refreshToken, session } satisfies SessionRenewal);
        await new Promise((resolve) => setTimeout(resolve, HANDOVER_MS));
      }
      return true;
    });
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

