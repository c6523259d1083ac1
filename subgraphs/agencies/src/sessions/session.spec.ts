import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { CLIENT_ADDRESS_HEADER, Role, type StaffIdentity } from '@mpp/kit';
import { AuditRecord } from '@mpp/kit/subgraph';
import { openDatabaseBefore, subgraphForSpecs, testDatabaseTargets } from '@mpp/kit/testing';
import { agenciesSubgraph } from '../subgraph';
import { DEV_ACCOUNTS_FILE } from '../staff/dev-accounts';
import { hashPassword, verifyPassword } from '../staff/passwords';
import { StaffUser } from '../staff/staff-user.entity';
import { LoginFailure, RefreshToken } from './session.entity';

const ME = '{ me { id role mustChangePassword agency { id } } }';
const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token refreshToken user { id role } } }';
const REFRESH = 'mutation($t: String!) { refreshSession(refreshToken: $t) { refreshToken } }';
const LOGOUT = 'mutation($t: String!) { logout(refreshToken: $t) }';
const CHANGE = 'mutation($c: String!, $n: String!) { changeOwnPassword(currentPassword: $c, newPassword: $n) { refreshToken user { id } } }';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/*
 * argon2 watched: as each password check or hash starts, it notes how many database
 * connections are in use, and it runs `mockArgon2.meanwhile` first, once, when set (a change
 * made by someone else between reading the account and writing). jest.mock is hoisted above
 * the imports, so its factory uses only `mock…` names.
 */
const mockArgon2: { calls: { name: string; connectionsInUse: number }[]; connectionsInUse?: () => number; meanwhile?: () => Promise<void> } = { calls: [] };
jest.mock('../staff/passwords', () => {
  const actual = jest.requireActual<typeof import('../staff/passwords')>('../staff/passwords');
  const watched =
    <Args extends unknown[], Result>(name: string, run: (...args: Args) => Promise<Result>) =>
    async (...args: Args): Promise<Result> => {
      if (mockArgon2.connectionsInUse) mockArgon2.calls.push({ name, connectionsInUse: mockArgon2.connectionsInUse() });
      const meanwhile = mockArgon2.meanwhile;
      mockArgon2.meanwhile = undefined;
      await meanwhile?.();
      return run(...args);
    };
  return {
    ...actual,
    hashPassword: watched('hashPassword', actual.hashPassword),
    verifyPassword: watched('verifyPassword', actual.verifyPassword),
    spendVerificationTime: watched('spendVerificationTime', actual.spendVerificationTime),
  };
});

describe.each(testDatabaseTargets())('sessions in the agencies subgraph on $label', ({ label, databaseUrl }) => {
  const legacyTokenId = '11111111-1111-4111-8111-111111111111';
  const run = subgraphForSpecs(agenciesSubgraph, databaseUrl, {
    // A database as it was before sessions had ids, holding one refresh token.
    async beforeStart(platform) {
      const before = await openDatabaseBefore(platform, agenciesSubgraph, 'Migration20261201000000_refresh_token_sessions');
      await before.orm.em.getConnection().execute(
        'insert into refresh_token (id, user_id, token_hash, expires_at, created_at) values (?, ?, ?, ?, ?)',
        [legacyTokenId, 'legacy-user', 'f'.repeat(64), new Date(Date.now() + 60_000), new Date()],
      );
      await before.close();
    },
  });

  it('makes each refresh token from before sessions had ids a session of its own', async () => {
    const legacy = await run.subgraph.database.orm.em.fork().findOneOrFail(RefreshToken, { id: legacyTokenId });
    expect(legacy.sessionId).toBe(legacyTokenId);
  });

  it('answers me only while the session is live and the account active', async () => {
    const accounts = JSON.parse(readFileSync(join(run.platform.config.dataDir, DEV_ACCOUNTS_FILE), 'utf8')) as { email: string; password: string; role: string }[];
    const editor = accounts.find((candidate) => candidate.role === 'EDITOR')!;
    const login = (await run.ask(LOGIN, { e: editor.email, p: editor.password })).data!.login;
    const stored = await run.subgraph.database.orm.em.fork().findOneOrFail(RefreshToken, { userId: login.user.id, revokedAt: null });
    const viewer: StaffIdentity = { userId: login.user.id, role: 'EDITOR', agencyId: null, sessionId: stored.sessionId };

    expect((await run.ask(ME, {}, viewer)).data!.me).toEqual({ id: login.user.id, role: 'EDITOR', mustChangePassword: false, agency: null });
    // Without a session, or with another one, nobody is signed in.
    expect((await run.ask(ME, {}, { ...viewer, sessionId: undefined })).data!.me).toBeNull();
    expect((await run.ask(ME, {}, { ...viewer, sessionId: legacyTokenId })).data!.me).toBeNull();

    // Rotation keeps the session; logout with a rotated token still ends it.
    const rotated = (await run.ask(REFRESH, { t: login.refreshToken })).data!.refreshSession;
    expect(await run.subgraph.database.orm.em.fork().count(RefreshToken, { sessionId: stored.sessionId })).toBe(2);
    expect((await run.ask(ME, {}, viewer)).data!.me).not.toBeNull();
    await run.ask(LOGOUT, { t: login.refreshToken });
    expect((await run.ask(ME, {}, viewer)).data!.me).toBeNull();
    expect((await run.ask(REFRESH, { t: rotated.refreshToken })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    // A deactivated account is signed in nowhere, whatever its refresh tokens.
    const again = (await run.ask(LOGIN, { e: editor.email, p: editor.password })).data!.login;
    const session = (await run.subgraph.database.orm.em.fork().findOneOrFail(RefreshToken, { userId: again.user.id, revokedAt: null })).sessionId;
    await run.subgraph.database.orm.em.fork().nativeUpdate(StaffUser, { id: again.user.id }, { active: false });
    try {
      expect((await run.ask(ME, {}, { ...viewer, sessionId: session })).data!.me).toBeNull();
    } finally {
      await run.subgraph.database.orm.em.fork().nativeUpdate(StaffUser, { id: again.user.id }, { active: true });
    }
    expect((await run.ask(ME, {}, { ...viewer, sessionId: session })).data!.me).not.toBeNull();
  });

  const devAccount = (role: string) =>
    (JSON.parse(readFileSync(join(run.platform.config.dataDir, DEV_ACCOUNTS_FILE), 'utf8')) as { email: string; password: string; role: string }[]).find((account) => account.role === role)!;

  it('keeps a failed sign-in written down although the request failed, and strikes a successful one off', async () => {
    const admin = devAccount('ADMIN');
    const attempts = () => run.subgraph.database.orm.em.fork().count(LoginFailure, { email: admin.email });
    expect(await attempts()).toBe(0);
    expect((await run.ask(LOGIN, { e: admin.email, p: 'wrong-password' })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await attempts()).toBe(1);
    expect((await run.ask(LOGIN, { e: admin.email, p: admin.password })).errors).toBeUndefined();
    expect(await attempts()).toBe(1);
  });

  it('ends every session of an account whose rotated refresh token comes back, although that request fails', async () => {
    const officer = devAccount('OFFICER');
    const first = (await run.ask(LOGIN, { e: officer.email, p: officer.password })).data!.login;
    const second = (await run.ask(LOGIN, { e: officer.email, p: officer.password })).data!.login;
    expect((await run.ask(REFRESH, { t: first.refreshToken })).errors).toBeUndefined();

    const reused = await run.ask(REFRESH, { t: first.refreshToken });
    expect(reused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const em = run.subgraph.database.orm.em.fork();
    expect(await em.count(RefreshToken, { userId: first.user.id, revokedAt: null })).toBe(0);
    expect(await em.count(RefreshToken, { userId: first.user.id, revokedReason: 'REUSED' })).toBe(2);
    expect((await run.ask(REFRESH, { t: second.refreshToken })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  /** Sends from an address of its own, so these attempts count against no other test's limit. */
  const askFrom = (address: string) => (query: string, variables: Record<string, unknown> = {}, viewer?: StaffIdentity) =>
    run.ask(query, variables, viewer, { [CLIENT_ADDRESS_HEADER]: address });
  const connectionsInUse = () => (run.subgraph.database.orm.em.getConnection().getKnex().client as { pool?: { numUsed(): number } }).pool?.numUsed() ?? 0;
  const codeOf = (result: { errors?: { extensions?: Record<string, unknown> }[] }) => result.errors?.[0]?.extensions?.code;
  const partners = () =>
    (JSON.parse(readFileSync(join(run.platform.config.dataDir, DEV_ACCOUNTS_FILE), 'utf8')) as { email: string; password: string; role: string }[]).filter(
      (account) => account.role === 'PARTNER',
    );

  // A unit of work is a transaction: on SQLite, whose pool has one connection, argon2 run in one
  // (tens of milliseconds) would hold every other request of the subgraph.
  it('checks and hashes passwords with no database connection held', async () => {
    const [partner] = partners();
    const ask = askFrom('198.51.100.1');
    mockArgon2.calls = [];
    mockArgon2.connectionsInUse = connectionsInUse;
    try {
      expect(codeOf(await ask(LOGIN, { e: partner.email, p: 'wrong-password' }))).toBe('UNAUTHENTICATED');
      expect(codeOf(await ask(LOGIN, { e: 'nobody@mpp-paser.local', p: 'wrong-password' }))).toBe('UNAUTHENTICATED');
      const login = (await ask(LOGIN, { e: partner.email, p: partner.password })).data!.login;
      const account = await run.subgraph.database.orm.em.fork().findOneOrFail(StaffUser, { id: login.user.id });
      const viewer: StaffIdentity = { userId: account.id, role: account.role, agencyId: account.agency?.id ?? null };
      expect(codeOf(await ask(CHANGE, { c: 'wrong-password', n: 'a-new-password-2026' }, viewer))).toBe('BAD_USER_INPUT');
      expect((await ask(CHANGE, { c: partner.password, n: 'a-new-password-2026' }, viewer)).errors).toBeUndefined();
      expect((await ask(LOGIN, { e: partner.email, p: 'a-new-password-2026' })).errors).toBeUndefined();
    } finally {
      mockArgon2.connectionsInUse = undefined;
    }
    expect(mockArgon2.calls).toEqual(
      ['verifyPassword', 'spendVerificationTime', 'verifyPassword', 'verifyPassword', 'verifyPassword', 'hashPassword', 'verifyPassword'].map((name) => ({
        name,
        connectionsInUse: 0,
      })),
    );
  });

  // What the test above prevents, timed: sign-ins sent at once (unknown emails: the same check,
  // and no account's limit reached), and meanwhile a trivial query on the subgraph's own pool.
  // Over HTTP the query would also queue behind the sign-ins' request handling, which shares the
  // one thread with SQLite's calls. Ratios within one run, generous margins.
  (label === 'sqlite' ? it : it.skip)('keeps answering queries while sign-ins check passwords', async () => {
    const checks: number[] = [];
    const storedHash = await hashPassword('a-password-of-nobody');
    for (let round = 0; round < 5; round += 1) {
      const started = performance.now();
      await verifyPassword(storedHash, 'wrong-password');
      checks.push(performance.now() - started);
    }
    const oneCheck = median(checks);

    const SIGN_INS = 10;
    let signingIn = true;
    const signIns = Promise.all(
      Array.from({ length: SIGN_INS }, (_, index) =>
        askFrom(`198.51.100.${100 + index}`)(LOGIN, { e: `nobody-${index}@mpp-paser.local`, p: 'wrong-password' }),
      ),
    ).finally(() => {
      signingIn = false;
    });
    const queries: number[] = [];
    while (signingIn) {
      const started = performance.now();
      await run.subgraph.database.orm.em.fork().count(LoginFailure, { email: 'nobody@mpp-paser.local' });
      queries.push(performance.now() - started);
      // A breath between queries: SQLite's calls block the thread, and the sign-ins need it too.
      await sleep(2);
    }
    for (const signIn of await signIns) expect(codeOf(signIn)).toBe('UNAUTHENTICATED');

    // Held while passwords are checked, one query would wait for all the checks, one after another.
    expect(Math.max(...queries)).toBeLessThan(3 * oneCheck);
  });

  it('refuses a sign-in when the account was deactivated or given another password while the password was checked', async () => {
    const [, partner] = partners();
    const ask = askFrom('198.51.100.2');
    const em = () => run.subgraph.database.orm.em.fork();
    const attempts = () => em().count(LoginFailure, { email: partner.email });
    const before = await attempts();

    mockArgon2.meanwhile = () => em().nativeUpdate(StaffUser, { email: partner.email }, { active: false }).then(() => undefined);
    try {
      const refused = await ask(LOGIN, { e: partner.email, p: partner.password });
      expect(refused.errors?.[0]).toMatchObject({ message: 'Email or password is wrong.', extensions: { code: 'UNAUTHENTICATED' } });
    } finally {
      await em().nativeUpdate(StaffUser, { email: partner.email }, { active: true });
    }

    // The same password, hashed anew: still a different hash from the one checked.
    const sameAgain = await hashPassword(partner.password);
    mockArgon2.meanwhile = async () => {
      const writer = em();
      const user = await writer.findOneOrFail(StaffUser, { email: partner.email });
      user.passwordHash = sameAgain;
      await writer.flush();
    };
    expect(codeOf(await ask(LOGIN, { e: partner.email, p: partner.password }))).toBe('UNAUTHENTICATED');
    // Both refused attempts stay written down.
    expect(await attempts()).toBe(before + 2);

    // Any other change is no reason to refuse: the session carries the account as it is now.
    mockArgon2.meanwhile = async () => {
      const writer = em();
      const user = await writer.findOneOrFail(StaffUser, { email: partner.email });
      user.role = Role.EDITOR;
      user.agency = null;
      await writer.flush();
    };
    const login = await ask(LOGIN, { e: partner.email, p: partner.password });
    expect(login.errors).toBeUndefined();
    expect(login.data!.login.user.role).toBe('EDITOR');
    expect(await attempts()).toBe(before + 2);
  });

  it('refuses a password change as a CONFLICT when the account changed while the password was checked', async () => {
    const [, partner] = partners();
    const ask = askFrom('198.51.100.3');
    const em = () => run.subgraph.database.orm.em.fork();
    const user = await em().findOneOrFail(StaffUser, { email: partner.email });
    const viewer: StaffIdentity = { userId: user.id, role: user.role, agencyId: user.agency?.id ?? null };
    const signedIn = (await ask(LOGIN, { e: partner.email, p: partner.password })).data!.login;

    mockArgon2.meanwhile = async () => {
      const writer = em();
      const account = await writer.findOneOrFail(StaffUser, { id: user.id });
      account.name = 'Renamed meanwhile';
      await writer.flush();
    };
    expect(codeOf(await ask(CHANGE, { c: partner.password, n: 'another-password-2026' }, viewer))).toBe('CONFLICT');

    // Nothing changed: the password, the sessions, the audit trail.
    const after = await em().findOneOrFail(StaffUser, { id: user.id });
    expect(after.passwordHash).toBe(user.passwordHash);
    expect(after.version).toBe(user.version + 1);
    expect((await ask(REFRESH, { t: signedIn.refreshToken })).errors).toBeUndefined();
    expect(await em().count(AuditRecord, { entityId: user.id, action: 'PASSWORD_CHANGE' })).toBe(0);

    // Tried again, it goes through, with its audit record.
    expect((await ask(CHANGE, { c: partner.password, n: 'another-password-2026' }, viewer)).errors).toBeUndefined();
    expect(await em().count(AuditRecord, { entityId: user.id, action: 'PASSWORD_CHANGE' })).toBe(1);
  });
});
