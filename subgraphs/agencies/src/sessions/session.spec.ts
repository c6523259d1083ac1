import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GATEWAY_SECRET_HEADER, VIEWER_HEADER, encodeViewer, type StaffIdentity } from '@mpp/kit';
import { openDatabase, startSubgraph, type RunningSubgraph } from '@mpp/kit/subgraph';
import { postGraphql, testDatabaseTargets, testPlatformConfig, type TestPlatform } from '@mpp/kit/testing';
import { agenciesMigrations } from '../migrations';
import { agenciesSubgraph } from '../subgraph';
import { DEV_ACCOUNTS_FILE } from '../staff/dev-accounts';
import { StaffUser } from '../staff/staff-user.entity';
import { LoginFailure, RefreshToken } from './session.entity';

const ME = '{ me { id role mustChangePassword agency { id } } }';
const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token refreshToken user { id role } } }';
const REFRESH = 'mutation($t: String!) { refreshSession(refreshToken: $t) { refreshToken } }';
const LOGOUT = 'mutation($t: String!) { logout(refreshToken: $t) }';

describe.each(testDatabaseTargets())('sessions in the agencies subgraph on $label', ({ databaseUrl }) => {
  let platform: TestPlatform;
  let subgraph: RunningSubgraph;
  const legacyTokenId = '11111111-1111-4111-8111-111111111111';

  const ask = (query: string, variables: Record<string, unknown> = {}, viewer?: StaffIdentity) =>
    postGraphql(subgraph.url, query, variables, {
      [GATEWAY_SECRET_HEADER]: platform.config.gatewaySecret,
      ...(viewer ? { [VIEWER_HEADER]: encodeViewer(viewer) } : {}),
    });

  beforeAll(async () => {
    platform = testPlatformConfig(databaseUrl);
    // A database as it was before sessions had ids, holding one refresh token.
    const before = await openDatabase({
      subgraph: 'agencies',
      target: platform.config.database,
      prefix: platform.config.databasePrefix,
      dataDir: platform.config.dataDir,
      entities: agenciesSubgraph.entities,
      migrations: agenciesMigrations.slice(0, agenciesMigrations.findIndex((migration) => migration.name === 'Migration20261201000000_refresh_token_sessions')),
    });
    await before.orm.em.getConnection().execute(
      'insert into refresh_token (id, user_id, token_hash, expires_at, created_at) values (?, ?, ?, ?, ?)',
      [legacyTokenId, 'legacy-user', 'f'.repeat(64), new Date(Date.now() + 60_000), new Date()],
    );
    await before.close();
    subgraph = await startSubgraph(agenciesSubgraph, platform.config, { port: 0 });
  });

  afterAll(async () => {
    await subgraph?.stop();
    await platform?.cleanup(['agencies']);
  });

  it('makes each refresh token from before sessions had ids a session of its own', async () => {
    const legacy = await subgraph.database.orm.em.fork().findOneOrFail(RefreshToken, { id: legacyTokenId });
    expect(legacy.sessionId).toBe(legacyTokenId);
  });

  it('answers me only while the session is live and the account active', async () => {
    const accounts = JSON.parse(readFileSync(join(platform.config.dataDir, DEV_ACCOUNTS_FILE), 'utf8')) as { email: string; password: string; role: string }[];
    const editor = accounts.find((candidate) => candidate.role === 'EDITOR')!;
    const login = (await ask(LOGIN, { e: editor.email, p: editor.password })).data!.login;
    const stored = await subgraph.database.orm.em.fork().findOneOrFail(RefreshToken, { userId: login.user.id, revokedAt: null });
    const viewer: StaffIdentity = { userId: login.user.id, role: 'EDITOR', agencyId: null, sessionId: stored.sessionId };

    expect((await ask(ME, {}, viewer)).data!.me).toEqual({ id: login.user.id, role: 'EDITOR', mustChangePassword: false, agency: null });
    // Without a session, or with another one, nobody is signed in.
    expect((await ask(ME, {}, { ...viewer, sessionId: undefined })).data!.me).toBeNull();
    expect((await ask(ME, {}, { ...viewer, sessionId: legacyTokenId })).data!.me).toBeNull();

    // Rotation keeps the session; logout with a rotated token still ends it.
    const rotated = (await ask(REFRESH, { t: login.refreshToken })).data!.refreshSession;
    expect(await subgraph.database.orm.em.fork().count(RefreshToken, { sessionId: stored.sessionId })).toBe(2);
    expect((await ask(ME, {}, viewer)).data!.me).not.toBeNull();
    await ask(LOGOUT, { t: login.refreshToken });
    expect((await ask(ME, {}, viewer)).data!.me).toBeNull();
    expect((await ask(REFRESH, { t: rotated.refreshToken })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    // A deactivated account is signed in nowhere, whatever its refresh tokens.
    const again = (await ask(LOGIN, { e: editor.email, p: editor.password })).data!.login;
    const session = (await subgraph.database.orm.em.fork().findOneOrFail(RefreshToken, { userId: again.user.id, revokedAt: null })).sessionId;
    await subgraph.database.orm.em.fork().nativeUpdate(StaffUser, { id: again.user.id }, { active: false });
    try {
      expect((await ask(ME, {}, { ...viewer, sessionId: session })).data!.me).toBeNull();
    } finally {
      await subgraph.database.orm.em.fork().nativeUpdate(StaffUser, { id: again.user.id }, { active: true });
    }
    expect((await ask(ME, {}, { ...viewer, sessionId: session })).data!.me).not.toBeNull();
  });

  const devAccount = (role: string) =>
    (JSON.parse(readFileSync(join(platform.config.dataDir, DEV_ACCOUNTS_FILE), 'utf8')) as { email: string; password: string; role: string }[]).find((account) => account.role === role)!;

  it('keeps a failed sign-in written down although the request failed, and strikes a successful one off', async () => {
    const admin = devAccount('ADMIN');
    const attempts = () => subgraph.database.orm.em.fork().count(LoginFailure, { email: admin.email });
    expect(await attempts()).toBe(0);
    expect((await ask(LOGIN, { e: admin.email, p: 'wrong-password' })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await attempts()).toBe(1);
    expect((await ask(LOGIN, { e: admin.email, p: admin.password })).errors).toBeUndefined();
    expect(await attempts()).toBe(1);
  });

  it('ends every session of an account whose rotated refresh token comes back, although that request fails', async () => {
    const officer = devAccount('OFFICER');
    const first = (await ask(LOGIN, { e: officer.email, p: officer.password })).data!.login;
    const second = (await ask(LOGIN, { e: officer.email, p: officer.password })).data!.login;
    expect((await ask(REFRESH, { t: first.refreshToken })).errors).toBeUndefined();

    const reused = await ask(REFRESH, { t: first.refreshToken });
    expect(reused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const em = subgraph.database.orm.em.fork();
    expect(await em.count(RefreshToken, { userId: first.user.id, revokedAt: null })).toBe(0);
    expect(await em.count(RefreshToken, { userId: first.user.id, revokedReason: 'REUSED' })).toBe(2);
    expect((await ask(REFRESH, { t: second.refreshToken })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
