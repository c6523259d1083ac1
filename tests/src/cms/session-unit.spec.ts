// The CMS session (admin/src/auth/session.ts) without a browser: sessionStorage, localStorage,
// BroadcastChannel, Web Locks and fetch are small fakes on globalThis, the API a fake that
// rotates refresh tokens like the real one and records any second use of one (which the real
// server answers by ending every session of the account). Each "tab" is its own instance of the
// module (jest.isolateModules) with its own sessionStorage, as in a browser; localStorage is
// shared by all tabs.

import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';

// The client's only use of react-admin is the HttpError base class.
jest.mock('react-admin', () => jest.requireActual('./support/react-admin-errors'));

const SESSION_MODULE = '../../../admin/src/auth/session';
const CLIENT_MODULE = '../../../admin/src/graphql/client';
const STORAGE_KEY = 'mpp-cms-session';
const SPENT_KEY = 'mpp-cms-spent-refresh';
const LIFETIME_S = 15 * 60;
const ME = 'query CheckSignedIn { me { id } }';

/** What these tests use of admin/src/auth/session.ts (typed here: the admin's DOM types are not this workspace's). */
interface SessionModule {
  signIn: (email: string, password: string) => Promise<unknown>;
  signOut: () => Promise<void>;
  hasSession: () => boolean;
}
interface ClientModule {
  request: (document: string) => Promise<unknown>;
}
interface Tab {
  session: SessionModule;
  client: ClientModule;
  /** The tab's sessionStorage. */
  storage: Map<string, string>;
}

// ---- the browser's state ----

/**
 * Whose sessionStorage the code running now sees: everything a tab does (loading its modules,
 * the calls below, its timers and promise continuations, messages delivered to its channel)
 * runs inside its context.
 */
const runningTab = new AsyncLocalStorage<Map<string, string>>();
const sharedLocalStorage = new Map<string, string>();

function storageOver(select: () => Map<string, string>): object {
  return {
    getItem: (key: string) => select().get(key) ?? null,
    setItem: (key: string, value: string) => void select().set(key, value),
    removeItem: (key: string) => void select().delete(key),
  };
}
const fakeSessionStorage = storageOver(() => {
  const storage = runningTab.getStore();
  if (!storage) throw new Error('sessionStorage used outside of a tab');
  return storage;
});
const fakeLocalStorage = storageOver(() => sharedLocalStorage);

type MessageListener = (event: { data: unknown }) => void;
/** Delivers to every other channel of the same name, later, as a browser does. */
class FakeBroadcastChannel {
  static open: FakeBroadcastChannel[] = [];
  /** How late messages arrive: a busy tab may take its time. */
  static delayMs = 0;
  private readonly listeners: MessageListener[] = [];
  private readonly tab = runningTab.getStore();
  constructor(readonly name: string) {
    FakeBroadcastChannel.open.push(this);
  }
  addEventListener(_type: 'message', listener: MessageListener): void {
    this.listeners.push(listener);
  }
  postMessage(data: unknown): void {
    const copy: unknown = structuredClone(data);
    for (const channel of FakeBroadcastChannel.open) {
      if (channel === this || channel.name !== this.name) continue;
      const deliver = (): void => channel.listeners.forEach((listener) => listener({ data: copy }));
      setTimeout(() => (channel.tab ? runningTab.run(channel.tab, deliver) : deliver()), FakeBroadcastChannel.delayMs);
    }
  }
}

/** One holder per lock name at a time, in order of request. */
const lockQueues = new Map<string, Promise<unknown>>();
const fakeLocks = {
  request<T>(name: string, callback: () => Promise<T>): Promise<T> {
    const granted = (lockQueues.get(name) ?? Promise.resolve()).then(callback);
    lockQueues.set(
      name,
      granted.catch(() => undefined),
    );
    return granted;
  },
};

// ---- the API ----

interface GraphqlBody {
  query: string;
  variables: Record<string, string>;
}

class FakeApi {
  private issued = 0;
  /** Refresh tokens that may still be used once. */
  private readonly live = new Set<string>();
  private readonly accessTokens = new Set<string>();
  readonly refreshesSent: string[] = [];
  readonly reused: string[] = [];
  readonly logouts: string[] = [];
  /** The access token each authenticated request carried. */
  readonly requestTokens: (string | null)[] = [];
  /** While set, refreshSession answers only once it resolves. */
  refreshGate: Promise<void> | null = null;

  private session(): object {
    this.issued += 1;
    const iat = Math.floor(Date.now() / 1000);
    const token = `header.${Buffer.from(JSON.stringify({ iat, exp: iat + LIFETIME_S })).toString('base64url')}.${this.issued}`;
    const refreshToken = `refresh-${this.issued}`;
    this.live.add(refreshToken);
    this.accessTokens.add(token);
    const user = { id: 'u1', email: 'editor@example.test', name: 'Editor', role: 'EDITOR', mustChangePassword: false, agency: null };
    return { token, refreshToken, expiresAt: new Date((iat + LIFETIME_S) * 1000).toISOString(), user };
  }

  private isCurrent(token: string): boolean {
    const claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as { exp: number };
    return this.accessTokens.has(token) && claims.exp * 1000 > Date.now();
  }

  async answer({ query, variables }: GraphqlBody, authorization: string | undefined): Promise<object> {
    if (query.includes('login(')) return { data: { login: this.session() } };
    if (query.includes('refreshSession(')) {
      const { refreshToken } = variables;
      this.refreshesSent.push(refreshToken);
      if (this.refreshGate) await this.refreshGate;
      if (!this.live.delete(refreshToken)) {
        this.reused.push(refreshToken);
        return { errors: [{ message: 'Sign in again.', extensions: { code: 'UNAUTHENTICATED' } }] };
      }
      return { data: { refreshSession: this.session() } };
    }
    if (query.includes('logout(')) {
      this.logouts.push(variables.refreshToken);
      return { data: { logout: true } };
    }
    const token = authorization?.replace(/^Bearer /, '') ?? null;
    this.requestTokens.push(token);
    if (!token || !this.isCurrent(token)) return { errors: [{ message: 'Sign in first.', extensions: { code: 'UNAUTHENTICATED' } }] };
    return { data: { me: { id: 'u1' } } };
  }
}

let api: FakeApi;
/** How far the tests moved this process's clock ahead (timers are left alone). */
let clockAhead = 0;
const realNow = Date.now.bind(Date);

function advanceClock(ms: number): void {
  clockAhead += ms;
}

/** A new tab; with `duplicateOf`, a duplicate of that tab, which starts from a copy of its sessionStorage. */
function openTab(duplicateOf?: Tab): Tab {
  const storage = new Map(duplicateOf?.storage);
  const inTab =
    <Args extends unknown[], Result>(work: (...args: Args) => Result) =>
    (...args: Args): Result =>
      runningTab.run(storage, () => work(...args));
  let loaded: { session: SessionModule; client: ClientModule } | undefined;
  inTab(() =>
    jest.isolateModules(() => {
      loaded = { session: jest.requireActual<SessionModule>(SESSION_MODULE), client: jest.requireActual<ClientModule>(CLIENT_MODULE) };
    }),
  )();
  if (!loaded) throw new Error('the session module did not load');
  const { session, client } = loaded;
  return {
    session: { signIn: inTab(session.signIn), signOut: inTab(session.signOut), hasSession: inTab(session.hasSession) },
    client: { request: inTab(client.request) },
    storage,
  };
}

function storedRefreshToken(tab: Tab): string | null {
  const text = tab.storage.get(STORAGE_KEY);
  return text ? (JSON.parse(text) as { refreshToken: string | null }).refreshToken : null;
}

/** Makes the API's answers to refreshSession get lost on the way back, after the server used the token. */
function loseRefreshAnswers(): void {
  const answer = globals.fetch as (url: string, init: { body: string }) => Promise<unknown>;
  globals.fetch = async (url: string, init: { headers: Record<string, string>; body: string }) => {
    if (init.body.includes('refreshSession(')) {
      await answer(url, init);
      throw new TypeError('network');
    }
    return answer(url, init);
  };
}

async function until(condition: () => boolean): Promise<void> {
  for (let waited = 0; !condition(); waited += 10) {
    if (waited > 5_000) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const globals = globalThis as unknown as Record<string, unknown>;

beforeEach(() => {
  api = new FakeApi();
  sharedLocalStorage.clear();
  lockQueues.clear();
  FakeBroadcastChannel.open = [];
  FakeBroadcastChannel.delayMs = 0;
  clockAhead = 0;
  jest.spyOn(Date, 'now').mockImplementation(() => realNow() + clockAhead);
  globals.sessionStorage = fakeSessionStorage;
  globals.localStorage = fakeLocalStorage;
  globals.BroadcastChannel = FakeBroadcastChannel;
  Object.defineProperty(globalThis, 'navigator', { value: { locks: fakeLocks }, configurable: true, writable: true });
  globals.fetch = async (_url: string, init: { headers: Record<string, string>; body: string }) => {
    const answer = await api.answer(JSON.parse(init.body) as GraphqlBody, init.headers.authorization);
    return { status: 200, json: async () => answer };
  };
});

const openedTabs: Tab[] = [];
afterEach(async () => {
  // Signing out stops each tab's renewal timer.
  for (const tab of openedTabs.splice(0)) await tab.session.signOut();
  jest.restoreAllMocks();
});

function tab(duplicateOf?: Tab): Tab {
  const opened = openTab(duplicateOf);
  openedTabs.push(opened);
  return opened;
}

describe('the CMS session', () => {
  it('renews an expiring token once for callers at the same time', async () => {
    const { session, client } = tab();
    await session.signIn('editor@example.test', 'secret');
    advanceClock(LIFETIME_S * 1000);

    await Promise.all([client.request(ME), client.request(ME), client.request(ME)]);

    expect(api.refreshesSent).toEqual(['refresh-1']);
    expect(new Set(api.requestTokens).size).toBe(1);
    expect(api.reused).toEqual([]);
  });

  it('never sends a refresh token twice, even after a failed refresh', async () => {
    const { session, client } = tab();
    await session.signIn('editor@example.test', 'secret');
    advanceClock(LIFETIME_S * 1000);
    // The refresh is lost on the way back: the server may have used the token.
    loseRefreshAnswers();

    await expect(client.request(ME)).rejects.toMatchObject({ body: { code: 'UNAUTHENTICATED' } });
    await expect(client.request(ME)).rejects.toMatchObject({ body: { code: 'UNAUTHENTICATED' } });

    expect(api.refreshesSent).toEqual(['refresh-1']);
    expect(session.hasSession()).toBe(false);
  });

  it('lets two tabs of a duplicated session renew it once and both use the result', async () => {
    const first = tab();
    await first.session.signIn('editor@example.test', 'secret');
    // "Duplicate tab": the copy starts from the same sessionStorage.
    const second = tab(first);
    advanceClock(LIFETIME_S * 1000);

    await Promise.all([first.client.request(ME), second.client.request(ME)]);

    expect(api.refreshesSent).toEqual(['refresh-1']);
    expect(api.reused).toEqual([]);
    expect(new Set(api.requestTokens).size).toBe(1);

    // Both now hold the renewed session: the next renewal is again a single one.
    advanceClock(LIFETIME_S * 1000);
    await Promise.all([second.client.request(ME), first.client.request(ME)]);
    expect(api.refreshesSent).toEqual(['refresh-1', 'refresh-2']);
    expect(api.reused).toEqual([]);
  });

  it('does not bring the session back when the user signs out during a refresh', async () => {
    const only = tab();
    const { session, client } = only;
    await session.signIn('editor@example.test', 'secret');
    advanceClock(LIFETIME_S * 1000);
    let releaseRefresh = (): void => undefined;
    api.refreshGate = new Promise((resolve) => {
      releaseRefresh = resolve;
    });

    const pending = client.request(ME);
    await until(() => api.refreshesSent.length === 1);
    await session.signOut();
    releaseRefresh();

    await expect(pending).rejects.toMatchObject({ body: { code: 'UNAUTHENTICATED' } });
    expect(session.hasSession()).toBe(false);
    expect(storedRefreshToken(only)).toBeNull();
    expect(only.storage.has(STORAGE_KEY)).toBe(false);
    // The server session was ended with the token the refresh had spent.
    expect(api.logouts).toEqual(['refresh-1']);
  });

  it('does not let a duplicated tab send a token whose refresh another tab lost', async () => {
    const first = tab();
    await first.session.signIn('editor@example.test', 'secret');
    const second = tab(first);
    // The first tab tells nobody in time (a busy or frozen tab): only the spent record can stop the second.
    FakeBroadcastChannel.delayMs = 300;
    loseRefreshAnswers();
    advanceClock(LIFETIME_S * 1000);

    await expect(first.client.request(ME)).rejects.toMatchObject({ body: { code: 'UNAUTHENTICATED' } });
    expect(api.refreshesSent).toEqual(['refresh-1']);
    await expect(second.client.request(ME)).rejects.toMatchObject({ body: { code: 'UNAUTHENTICATED' } });

    expect(api.refreshesSent).toEqual(['refresh-1']);
    expect(api.reused).toEqual([]);
    expect(second.session.hasSession()).toBe(false);
    // Only a hash of the token is kept where it outlives the browser.
    expect(JSON.parse(sharedLocalStorage.get(SPENT_KEY) ?? '[]')).toEqual([createHash('sha256').update('refresh-1').digest('hex')]);
  });

  it('lets a duplicated tab that gets the lock before the renewal message adopt the renewal', async () => {
    const first = tab();
    await first.session.signIn('editor@example.test', 'secret');
    const second = tab(first);
    // Messages arrive after the renewing tab's handover: the second tab holds the lock first.
    FakeBroadcastChannel.delayMs = 300;
    advanceClock(LIFETIME_S * 1000);

    await Promise.all([first.client.request(ME), second.client.request(ME)]);

    expect(api.refreshesSent).toEqual(['refresh-1']);
    expect(api.reused).toEqual([]);
    expect(new Set(api.requestTokens).size).toBe(1);
    expect(storedRefreshToken(second)).toBe('refresh-2');
  });

  it('sends a token once when two tabs refresh at the same moment without Web Locks (plain http)', async () => {
    // A page over plain http has neither Web Locks nor crypto.subtle.
    Object.defineProperty(globalThis, 'navigator', { value: {}, configurable: true, writable: true });
    jest.replaceProperty(globalThis, 'crypto', {} as typeof globalThis.crypto);
    const first = tab();
    await first.session.signIn('editor@example.test', 'secret');
    const second = tab(first);
    // Neither hears the other in time: only the spent record keeps them apart.
    FakeBroadcastChannel.delayMs = 300;
    advanceClock(LIFETIME_S * 1000);

    await Promise.all([first.client.request(ME), second.client.request(ME)]);

    expect(api.refreshesSent).toEqual(['refresh-1']);
    expect(api.reused).toEqual([]);
    expect(new Set(api.requestTokens).size).toBe(1);
    // Recorded by the stand-in hash, which keeps the token as hidden.
    expect(JSON.parse(sharedLocalStorage.get(SPENT_KEY) ?? '[]')).toEqual([expect.stringMatching(/^weak-[0-9a-f]+$/)]);
  });

  it('signs a duplicated tab out when the other tab signs out', async () => {
    const first = tab();
    await first.session.signIn('editor@example.test', 'secret');
    const second = tab(first);

    await first.session.signOut();
    await until(() => !second.session.hasSession());

    expect(second.storage.has(STORAGE_KEY)).toBe(false);
    expect(api.logouts).toEqual(['refresh-1']);
  });
});
