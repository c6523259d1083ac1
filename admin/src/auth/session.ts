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
 * Kept in sessionStorage, so a reload keeps the user signed in while closing the tab signs
 * them out. The access token is renewed before it expires, by a timer and, should the timer
 * have been late (a sleeping laptop), before a request. A refresh token is sent at most once:
 * the server treats a second use as a leak and ends every session of the account, so
 * concurrent callers share one refresh, and a refresh that failed in any way (even a network
 * error: the server may have used the token) is never retried — the user signs in again.
 */

const STORAGE_KEY = 'mpp.cms.session';

/** Renew this long before expiry (a quarter of the lifetime for tokens shorter than four minutes). */
const RENEW_AHEAD_MS = 60_000;
/** A request about to be sent with a token this close to expiry renews it first. */
const URGENT_AHEAD_MS = 30_000;

export type SignedInUser = SignedInUserFragment;
/** What login, refreshSession and changeOwnPassword answer alike. */
type SessionPayload = LoginMutation['login'];

interface StoredSession {
  token: string;
  /** When the access token expires, as the server says (UTC). */
  expiresAt: string;
  /**
   * When it expires by this browser's clock: the token's lifetime counted from when it was
   * received, so a wrong clock on the laptop does not make every token look expired.
   */
  expiresAtLocal: number;
  lifetimeMs: number;
  /** Null once sent: a refresh token is never sent twice. */
  refreshToken: string | null;
  user: SignedInUser;
}

let session: StoredSession | null = readStoredSession();
let refreshing: Promise<boolean> | null = null;
let recovering: Promise<boolean> | null = null;
let renewTimer: ReturnType<typeof setTimeout> | undefined;
const userListeners = new Set<() => void>();

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

/** Takes a new session from login, refreshSession or changeOwnPassword. */
function storeSession(payload: SessionPayload): void {
  const lifetimeMs = lifetimeOf(payload);
  session = {
    token: payload.token,
    expiresAt: payload.expiresAt,
    expiresAtLocal: Date.now() + lifetimeMs,
    lifetimeMs,
    refreshToken: payload.refreshToken,
    user: payload.user,
  };
  writeStoredSession();
  scheduleRenewal();
  for (const listener of userListeners) listener();
}

function clearSession(): void {
  session = null;
  clearTimeout(renewTimer);
  writeStoredSession();
  for (const listener of userListeners) listener();
}

function scheduleRenewal(): void {
  clearTimeout(renewTimer);
  if (!session?.refreshToken) return;
  const ahead = Math.min(RENEW_AHEAD_MS, session.lifetimeMs / 4);
  const delay = Math.max(0, session.expiresAtLocal - ahead - Date.now());
  renewTimer = setTimeout(() => void refresh(), delay);
}

/**
 * Trades the refresh token for a new session; true when it worked. Callers at the same time
 * share the one request.
 */
function refresh(): Promise<boolean> {
  refreshing ??= (async () => {
    const refreshToken = session?.refreshToken;
    if (!session || !refreshToken) return false;
    // Spent from here on, whatever the answer.
    session.refreshToken = null;
    writeStoredSession();
    try {
      storeSession((await requestAnonymously(RefreshSessionDocument, { refreshToken })).refreshSession);
      return true;
    } catch {
      return false;
    }
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
 * After the API said UNAUTHENTICATED: refresh; if the session itself has ended (expired,
 * revoked, the account's password reset), ask the user to sign in again over the current
 * screen, so what they were doing is not lost. Concurrent failures share one recovery.
 */
function recover(): Promise<boolean> {
  recovering ??= (async () => {
    if (!session) return false;
    if (await refresh()) return true;
    const email = session?.user.email;
    if (!email) return false;
    const signedIn = await askToSignInAgain({ email });
    // Giving up ends the session here too, so react-admin signs out (authProvider.checkError).
    if (!signedIn) clearSession();
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
  const refreshToken = session?.refreshToken;
  clearSession();
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
  for (const listener of userListeners) listener();
}

export function hasSession(): boolean {
  return session !== null;
}

export function signedInUser(): SignedInUser | null {
  return session?.user ?? null;
}

/** Called when the signed-in account changes (sign-in, refresh, password change, sign-out). */
export function onSignedInUserChange(listener: () => void): () => void {
  userListeners.add(listener);
  return () => {
    userListeners.delete(listener);
  };
}
