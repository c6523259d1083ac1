import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { clock, requiredKey, signAccessToken, signingKeyFromPem, type SigningKey } from '@mpp/kit';
import { testDatabaseTargets } from '@mpp/kit/testing';
import { SignJWT } from 'jose';
import { bearer, TestPlatformRun } from './support/platform';

const ME = '{ me { id email role active mustChangePassword agency { slug } } }';
const REFRESH = 'mutation($t: String!) { refreshSession(refreshToken: $t) { token refreshToken user { email } } }';
const LOGOUT = 'mutation($t: String!) { logout(refreshToken: $t) }';
const CHANGE = 'mutation($c: String!, $n: String!) { changeOwnPassword(currentPassword: $c, newPassword: $n) { token refreshToken user { mustChangePassword } } }';
const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token user { email } } }';

describe.each(testDatabaseTargets())('identity through the gateway on $label', ({ databaseUrl }) => {
  let platform: TestPlatformRun;

  beforeAll(async () => {
    platform = await TestPlatformRun.start(databaseUrl);
  });

  afterAll(async () => {
    clock.reset();
    await platform?.stop();
  });

  it('seeds one development account per role with a random password, and each signs in', async () => {
    // The same file lists the development kiosk too (kiosks.spec.ts): its entry has no email.
    const accounts = platform.devAccounts().filter((account) => 'email' in account);
    expect(accounts.map((account) => [account.role, account.agency])).toEqual([
      ['ADMIN', null],
      ['EDITOR', null],
      ['PARTNER', 'bri'],
      ['PARTNER', 'bpjs-kesehatan'],
      ['OFFICER', 'polres'],
      ['PARTNER', 'kafetaria-mpp'],
    ]);
    expect(new Set(accounts.map((account) => account.password)).size).toBe(accounts.length);
    for (const account of accounts) {
      const session = await platform.login(account.email, account.password);
      expect(Date.parse(session.expiresAt) - Date.now()).toBeLessThanOrEqual(15 * 60 * 1000 + 5000);
      const { data } = await platform.post(ME, {}, bearer(session));
      expect(data.me).toMatchObject({ email: account.email, role: account.role, active: true, agency: account.agency ? { slug: account.agency } : null });
    }
  });

  it('answers me with null for anonymous callers', async () => {
    expect((await platform.post(ME)).data).toEqual({ me: null });
  });

  it('gives the same error for an unknown email and a wrong password', async () => {
    const unknown = await platform.post(LOGIN, { e: 'nobody@mpp-paser.local', p: 'whatever-123' });
    const wrong = await platform.post(LOGIN, { e: 'editor@mpp-paser.local', p: 'wrong-password' });
    expect(unknown.errors?.[0]).toMatchObject({ message: 'Email or password is wrong.', extensions: { code: 'UNAUTHENTICATED' } });
    expect(wrong.errors?.[0]?.message).toBe(unknown.errors?.[0]?.message);
    expect(wrong.data).toBeNull();
  });

  it('rotates refresh tokens: each works once, and a reused one ends every session', async () => {
    const session = await platform.loginAs('EDITOR');
    const accountVersion = async (token: string) => (await platform.post('{ me { version } }', {}, bearer(token))).data.me.version as number;
    const versionBefore = await accountVersion(session.token);
    const first = await platform.post(REFRESH, { t: session.refreshToken });
    expect(first.errors).toBeUndefined();
    const rotated = first.data.refreshSession;
    expect(rotated.refreshToken).not.toBe(session.refreshToken);
    expect((await platform.post(ME, {}, bearer(rotated.token))).data.me.role).toBe('EDITOR');
    // Signing in and refreshing write sessions, never the account itself.
    expect(await accountVersion(rotated.token)).toBe(versionBefore);

    const reused = await platform.post(REFRESH, { t: session.refreshToken });
    expect(reused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // The reuse means the token leaked: the rotated one is ended too.
    expect((await platform.post(REFRESH, { t: rotated.refreshToken })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('lets only one of two simultaneous refreshes with the same token succeed', async () => {
    const session = await platform.loginAs('OFFICER');
    const results = await Promise.all([1, 2, 3].map(() => platform.post(REFRESH, { t: session.refreshToken })));
    expect(results.filter((result) => result.data?.refreshSession).length).toBe(1);
  });

  it('ends a session at logout', async () => {
    const session = await platform.loginAs('ADMIN');
    expect((await platform.post(LOGOUT, { t: session.refreshToken })).data).toEqual({ logout: true });
    expect((await platform.post(REFRESH, { t: session.refreshToken })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await platform.post(LOGOUT, { t: 'unknown-token' })).data).toEqual({ logout: true });
  });

  describe('tokens the gateway refuses for the whole request', () => {
    const claims = { role: 'ADMIN', agency: null, sid: 'x' };
    const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const anyone = { userId: 'x', role: 'ADMIN' as const, agencyId: null, mustChangePassword: false, sessionId: 'x' };
    const staffKey = () => requiredKey(platform.platform.config, 'staffTokenSigning');
    /** A token as the agencies subgraph would sign it, with times and audience of the test's choosing. */
    const signed = (key: SigningKey, { audience = 'mpp-paser-api', issuedAt = Math.floor(Date.now() / 1000), kid = key.kid } = {}) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: 'EdDSA', typ: 'JWT', kid })
        .setSubject('x').setIssuer('mpp-paser').setAudience(audience)
        .setIssuedAt(issuedAt).setExpirationTime(issuedAt + 900)
        .sign(key.privateKey);
    const anotherKey = (): SigningKey => signingKeyFromPem(generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString());

    it.each([
      ['a token signed with another key', async () => (await signAccessToken(anyone, anotherKey())).token],
      ['a token signed with another key that claims the real key\'s id', async () => signed(anotherKey(), { kid: staffKey().kid })],
      ['a token signed with the gateway\'s own internal-token key', async () => signed(requiredKey(platform.platform.config, 'internalTokenSigning'))],
      ['an expired token', async () => signed(staffKey(), { issuedAt: Math.floor(Date.now() / 1000) - 3600 })],
      ['a token issued in the future', async () => signed(staffKey(), { issuedAt: Math.floor(Date.now() / 1000) + 600 })],
      ['an alg:none token', async () => `${encode({ alg: 'none', typ: 'JWT', kid: staffKey().kid })}.${encode({ sub: 'x', ...claims, iss: 'mpp-paser', aud: 'mpp-paser-api', iat: Math.floor(Date.now() / 1000), exp: Math.floor(Date.now() / 1000) + 600 })}.`],
      // Algorithm confusion: HMAC keyed with the public key, which anyone may hold.
      ['an HS256 token keyed with the public key', async () => {
        const publicPem = createPublicKey(staffKey().privateKey).export({ format: 'pem', type: 'spki' }).toString();
        return new SignJWT(claims).setProtectedHeader({ alg: 'HS256', kid: staffKey().kid }).setSubject('x').setIssuer('mpp-paser').setAudience('mpp-paser-api').setIssuedAt().setExpirationTime('10m').sign(new TextEncoder().encode(publicPem));
      }],
      ['a token for another audience', async () => signed(staffKey(), { audience: 'someone-else' })],
      ['a tampered token', async () => {
        const { token } = await signAccessToken({ ...anyone, role: 'PARTNER', agencyId: 'a' }, staffKey());
        const [header, , signature] = token.split('.');
        return `${header}.${encode({ sub: 'x', role: 'ADMIN', agency: null, sid: 'x', iss: 'mpp-paser', aud: 'mpp-paser-api', iat: 1, exp: 9999999999 })}.${signature}`;
      }],
      ['a token that names no session', async () =>
        new SignJWT({ role: 'ADMIN', agency: null }).setProtectedHeader({ alg: 'EdDSA', typ: 'JWT', kid: staffKey().kid }).setSubject('x').setIssuer('mpp-paser').setAudience('mpp-paser-api').setIssuedAt().setExpirationTime('10m').sign(staffKey().privateKey)],
      ['a well-signed token of a session that never began', async () => (await signAccessToken(anyone, staffKey())).token],
      ['garbage', async () => 'not.a.token'],
    ])('%s', async (_label, make) => {
      const result = await platform.post('{ agencies { name } me { email } }', {}, bearer(await make()));
      expect(result.status).toBe(401);
      expect(result.data ?? null).toBeNull();
      expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('a header that is not a bearer token', async () => {
      const result = await platform.post('{ agencies { name } }', {}, { authorization: 'Basic YWRtaW46YWRtaW4=' });
      expect([result.status, result.errors?.[0]?.extensions?.code]).toEqual([401, 'UNAUTHENTICATED']);
    });
  });

  it('changes the own password: checks the current one, ends other sessions, keeps this one', async () => {
    const account = platform.devAccounts().find((candidate) => candidate.agency === 'bpjs-kesehatan')!;
    const session = await platform.login(account.email, account.password);
    const other = await platform.login(account.email, account.password);

    const wrong = await platform.post(CHANGE, { c: 'not-my-password', n: 'a-new-password-1' }, bearer(session));
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
    const short = await platform.post(CHANGE, { c: account.password, n: 'short' }, bearer(session));
    expect(short.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
    const long = await platform.post(CHANGE, { c: account.password, n: 'x'.repeat(129) }, bearer(session));
    expect(long.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
    expect((await platform.post(CHANGE, { c: account.password, n: 'x' }, {})).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const changed = await platform.post(CHANGE, { c: account.password, n: 'kata-sandi-baru-2026' }, bearer(session));
    expect(changed.errors).toBeUndefined();
    expect((await platform.post(REFRESH, { t: other.refreshToken })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await platform.post(REFRESH, { t: session.refreshToken })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await platform.post(REFRESH, { t: changed.data.changeOwnPassword.refreshToken })).errors).toBeUndefined();
    expect((await platform.post(LOGIN, { e: account.email, p: account.password })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await platform.login(account.email, 'kata-sandi-baru-2026');
  });

  describe('accounts, as administrators manage them', () => {
    const CREATE = `mutation($input: CreateStaffUserInput!) { createStaffUser(input: $input) { temporaryPassword user { id version email role mustChangePassword agency { slug } } } }`;
    const UPDATE = `mutation($id: ID!, $version: Int!, $input: UpdateStaffUserInput!) { updateStaffUser(id: $id, version: $version, input: $input) { id version active role } }`;
    const RESET = `mutation($id: ID!, $version: Int!) { resetStaffPassword(id: $id, version: $version) { temporaryPassword user { version mustChangePassword } } }`;
    let admin: Record<string, string>;

    beforeAll(async () => {
      admin = bearer(await platform.loginAs('ADMIN'));
    });

    it('creates an account whose temporary password must be changed before anything else', async () => {
      const agencyId = (await platform.post('{ agency(slug: "mandiri") { id } }')).data.agency.id;
      const created = await platform.post(CREATE, { input: { email: 'Petugas.Mandiri@Example.id', name: 'Petugas Mandiri', role: 'PARTNER', agencyId } }, admin);
      expect(created.errors).toBeUndefined();
      const { user, temporaryPassword } = created.data.createStaffUser;
      expect(user).toMatchObject({ email: 'petugas.mandiri@example.id', role: 'PARTNER', mustChangePassword: true, agency: { slug: 'mandiri' } });

      const editor = bearer(await platform.loginAs('EDITOR'));
      const categoryId = (await platform.post('{ serviceCategories { id slug } }')).data.serviceCategories.find((c: { slug: string }) => c.slug === 'perbankan').id;
      const draft = await platform.post('mutation($input: ServiceInput!) { createService(input: $input) { slug } }', { input: { name: 'Draf Mandiri', agencyId, categoryId } }, editor);
      expect(draft.errors).toBeUndefined();

      const session = await platform.login(user.email, temporaryPassword);
      expect(session.user.mustChangePassword).toBe(true);
      const blocked = await platform.post('{ agencies { name } }', {}, bearer(session));
      expect(blocked.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      // Nested under `me`, it still has no more than an anonymous caller's rights.
      const nested = await platform.post('{ me { agency { services { slug } history { totalCount } } } }', {}, bearer(session));
      expect(nested.data.me.agency.services.map((s: { slug: string }) => s.slug)).not.toContain('draf-mandiri');
      expect(nested.data.me.agency.history).toBeNull();
      expect(nested.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await platform.post(ME, {}, bearer(session))).data.me.email).toBe(user.email);
      const changed = await platform.post(CHANGE, { c: temporaryPassword, n: 'sandi-mandiri-2026' }, bearer(session));
      expect(changed.data.changeOwnPassword.user.mustChangePassword).toBe(false);
      expect((await platform.post('{ agencies { name } }', {}, bearer(changed.data.changeOwnPassword.token))).errors).toBeUndefined();
      const after = await platform.post('{ me { agency { services { slug } } } }', {}, bearer(changed.data.changeOwnPassword.token));
      expect(after.data.me.agency.services.map((s: { slug: string }) => s.slug)).toContain('draf-mandiri');
    });

    it.each([
      ['a partner without an agency', { email: 'a@example.id', name: 'A B', role: 'PARTNER' }, 'agencyId'],
      ['an editor with an agency', { email: 'b@example.id', name: 'B C', role: 'EDITOR', agencyId: 'x' }, 'agencyId'],
      ['an unknown agency', { email: 'c@example.id', name: 'C D', role: 'OFFICER', agencyId: '00000000-0000-4000-8000-000000000000' }, 'agencyId'],
      ['a malformed email', { email: 'not-an-email', name: 'D E', role: 'EDITOR' }, 'email'],
      ['an email in use', { email: 'editor@mpp-paser.local', name: 'E F', role: 'EDITOR' }, 'email'],
      ['an empty name', { email: 'f@example.id', name: ' ', role: 'EDITOR' }, 'name'],
    ])('refuses %s', async (_label, input, field) => {
      const result = await platform.post(CREATE, { input }, admin);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    });

    it('deactivates an account: no sign-in, no refresh', async () => {
      const bri = platform.devAccounts().find((candidate) => candidate.agency === 'bri')!;
      const session = await platform.login(bri.email, bri.password);
      const list = await platform.post('{ staffUsers(limit: 100) { totalCount items { id version email } } }', {}, admin);
      const target = list.data.staffUsers.items.find((item: { email: string }) => item.email === bri.email);
      const stale = await platform.post(UPDATE, { id: target.id, version: target.version - 1, input: { active: false } }, admin);
      expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      const updated = await platform.post(UPDATE, { id: target.id, version: target.version, input: { active: false } }, admin);
      expect(updated.data.updateStaffUser).toMatchObject({ active: false, version: target.version + 1 });
      expect((await platform.post(LOGIN, { e: bri.email, p: bri.password })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect((await platform.post(REFRESH, { t: session.refreshToken })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      // Back on, for the rest of the suite.
      const back = await platform.post(UPDATE, { id: target.id, version: target.version + 1, input: { active: true } }, admin);
      expect(back.errors).toBeUndefined();
      await platform.login(bri.email, bri.password);
    });

    it('resets a password: sessions end, the next sign-in must change it', async () => {
      const officer = platform.devAccounts().find((candidate) => candidate.role === 'OFFICER')!;
      const session = await platform.login(officer.email, officer.password);
      const list = await platform.post('{ staffUsers(limit: 100) { items { id version email } } }', {}, admin);
      const target = list.data.staffUsers.items.find((item: { email: string }) => item.email === officer.email);
      const reset = await platform.post(RESET, { id: target.id, version: target.version }, admin);
      expect(reset.data.resetStaffPassword.user.mustChangePassword).toBe(true);
      expect((await platform.post(REFRESH, { t: session.refreshToken })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect((await platform.post(LOGIN, { e: officer.email, p: officer.password })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      const fresh = await platform.login(officer.email, reset.data.resetStaffPassword.temporaryPassword);
      expect(fresh.user.mustChangePassword).toBe(true);
      await platform.post(CHANGE, { c: reset.data.resetStaffPassword.temporaryPassword, n: officer.password }, bearer(fresh));
    });

    it('keeps an administrator from locking themselves out', async () => {
      const me = (await platform.post('{ me { id version } }', {}, admin)).data.me;
      const result = await platform.post(UPDATE, { id: me.id, version: me.version, input: { active: false } }, admin);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'active' });
    });
  });
});
