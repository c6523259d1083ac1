// The CMS session (admin/src/auth/session.ts) without a browser: sessionStorage,
// BroadcastChannel, Web Locks and fetch are small fakes on globalThis, the API a fake that
// rotates refresh tokens like the real one and records any second use of one (which the real
// server answers by ending every session of the account). Each "tab" is its own instance of the
// module (jest.isolateModules), as in a browser.

// The client's only use of react-admin is the HttpError base class; loading all of react-admin
// (React, MUI) here would add nothing.
jest.mock('react-admin', () => ({
  HttpError: class HttpError extends Error {
    constructor(
      message: string,
      readonly status: number,
      readonly body: unknown,
    ) {
      super(message);
    }
  },
}));

const SESSION_MODULE = '../../../admin/src/auth/session';
const CLIENT_MODULE = '../../../admin/src/graphql/client';
const STORAGE_KEY = 'mpp-cms-session';
const LIFETIME_S = 15 * 60;
const ME = 'query CheckSignedIn { me { id } }';

/** What these tests use of admin/src/auth/session.ts (typed here: the admin's DOM types are not this workspace's). */
interface SessionModule {
  signIn(email: string, password: string): Promise<unknown>;
  signOut(): Promise<void>;
  hasSession(): boolean;
}
interface ClientModule {
  request(document: string): Promise<unknown>;
}
interface Tab {
  session: SessionModule;
  client: ClientModule;
}

// ---- the browser's shared state ----

const storage = new Map<string, string>();
const fakeSessionStorage = {
  getItem: (key: string) => storage.get(key) ?? null,
  setItem: (key: string, value: string) => void storage.set(key, value),
  removeItem: (key: string) => void storage.delete(key),
};

type MessageListener = (event: { data: unknown }) => void;
/** Delivers to every other channel of the same name, later, as a browser does. */
class FakeBroadcastChannel {
  static open: FakeBroadcastChannel[] = [];
  private readonly listeners: MessageListener[] = [];
  constructor(readonly name: string) {
    FakeBroadcastChannel.open.push(this);
  }
  addEventListener(_type: 'message', listener: MessageListener): void {
    this.listeners.push(listener);
  }
  postMessage(data: unknown): void {
    const copy: unknown = structuredClone(data);
    for (const channel of FakeBroadcastChannel.open) {
      if (channel !== this && channel.name === this.name) setTimeout(() => channel.listeners.forEach((listener) => listener({ data: copy })), 0);
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

function openTab(): Tab {
  let tab: Tab | undefined;
  jest.isolateModules(() => {
    tab = { session: jest.requireActual<SessionModule>(SESSION_MODULE), client: jest.requireActual<ClientModule>(CLIENT_MODULE) };
  });
  if (!tab) throw new Error('the session module did not load');
  return tab;
}

function storedRefreshToken(): string | null {
  const text = storage.get(STORAGE_KEY);
  return text ? (JSON.parse(text) as { refreshToken: string | null }).refreshToken : null;
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
  storage.clear();
  lockQueues.clear();
  FakeBroadcastChannel.open = [];
  clockAhead = 0;
  jest.spyOn(Date, 'now').mockImplementation(() => realNow() + clockAhead);
  globals.sessionStorage = fakeSessionStorage;
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

function tab(): Tab {
  const opened = openTab();
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
    const answer = globals.fetch as (url: string, init: { body: string }) => Promise<unknown>;
    globals.fetch = async (url: string, init: { headers: Record<string, string>; body: string }) => {
      if (init.body.includes('refreshSession(')) {
        await answer(url, init);
        throw new TypeError('network');
      }
      return answer(url, init);
    };

    await expect(client.request(ME)).rejects.toMatchObject({ body: { code: 'UNAUTHENTICATED' } });
    await expect(client.request(ME)).rejects.toMatchObject({ body: { code: 'UNAUTHENTICATED' } });

    expect(api.refreshesSent).toEqual(['refresh-1']);
    expect(session.hasSession()).toBe(false);
  });

  it('lets two tabs of a duplicated session renew it once and both use the result', async () => {
    const first = tab();
    await first.session.signIn('editor@example.test', 'secret');
    // "Duplicate tab": the copy starts from the same sessionStorage.
    const second = tab();
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
    const { session, client } = tab();
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
    expect(storedRefreshToken()).toBeNull();
    expect(storage.has(STORAGE_KEY)).toBe(false);
    // The server session was ended with the token the refresh had spent.
    expect(api.logouts).toEqual(['refresh-1']);
  });
});
