import { LIVE_IDENTITY_CACHE_MS } from '@mpp/gateway';
import { testDatabaseTargets } from '@mpp/kit/testing';
import { bearer, TestPlatformRun, type GraphqlResult } from './support/platform';

/** The promise to staff and administrators: a change reaches tokens issued before it this fast. */
const TAKES_EFFECT_WITHIN_MS = 10_000;
const POLL_EVERY_MS = 200;

const CREATE_ACCOUNT = 'mutation($input: CreateStaffUserInput!) { createStaffUser(input: $input) { temporaryPassword user { id } } }';
const UPDATE_ACCOUNT = 'mutation($id: ID!, $v: Int!, $input: UpdateStaffUserInput!) { updateStaffUser(id: $id, version: $v, input: $input) { id } }';
const RESET_PASSWORD = 'mutation($id: ID!, $v: Int!) { resetStaffPassword(id: $id, version: $v) { temporaryPassword } }';
const CHANGE_PASSWORD = 'mutation($c: String!, $n: String!) { changeOwnPassword(currentPassword: $c, newPassword: $n) { token refreshToken } }';
const REFRESH = 'mutation($t: String!) { refreshSession(refreshToken: $t) { token refreshToken } }';
const LOGOUT = 'mutation($t: String!) { logout(refreshToken: $t) }';
const CREATE_SERVICE = 'mutation($input: ServiceInput!) { createService(input: $input) { id } }';
const UPDATE_SERVICE = 'mutation($id: ID!, $v: Int!, $input: ServiceInput!) { updateService(id: $id, version: $v, input: $input) { id } }';
const READ_SERVICE = 'query($id: ID) { service(id: $id) { id version } }';
const COUNT_SERVICES = 'query($agencyId: ID) { services(filter: { agencyId: $agencyId }, limit: 1) { totalCount } }';

interface Account {
  id: string;
  email: string;
  password: string;
  /** A session opened before the change under test. */
  token: string;
  refreshToken: string;
}

const codeOf = (result: GraphqlResult<unknown>) => result.errors?.[0]?.extensions?.code;

/**
 * Asks `probe` again and again until it says the change shows; fails past TAKES_EFFECT_WITHIN_MS.
 * Returns how long it took.
 */
async function takesEffect(probe: () => Promise<boolean>): Promise<number> {
  const started = Date.now();
  for (;;) {
    if (await probe()) return Date.now() - started;
    if (Date.now() - started > TAKES_EFFECT_WITHIN_MS) throw new Error(`the change did not show within ${TAKES_EFFECT_WITHIN_MS} ms`);
    await new Promise((resolve) => setTimeout(resolve, POLL_EVERY_MS));
  }
}

describe.each(testDatabaseTargets())('a token issued before a change to its account, on $label', ({ databaseUrl }) => {
  let platform: TestPlatformRun;
  let admin: Record<string, string>;
  let editor: Record<string, string>;
  let agencyIds: Record<string, string>;
  let categoryId: string;
  let accountCount = 0;

  const ok = async <T = any>(query: string, variables: Record<string, unknown>, as: Record<string, string>): Promise<T> => {
    const result = await platform.post<T>(query, variables, as);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data!;
  };

  /** A new account of its own, past its first password change, so shared accounts stay as they are. */
  const newAccount = async (role: 'PARTNER' | 'OFFICER', agency: string): Promise<Account> => {
    accountCount += 1;
    const email = `live-${accountCount}@example.id`;
    const created = (await ok(CREATE_ACCOUNT, { input: { email, name: `Petugas ${accountCount}`, role, agencyId: agencyIds[agency] } }, admin)).createStaffUser;
    const first = await platform.login(email, created.temporaryPassword);
    const password = `sandi-baru-${accountCount}-2026`;
    const session = (await ok(CHANGE_PASSWORD, { c: created.temporaryPassword, n: password }, bearer(first))).changeOwnPassword;
    return { id: created.user.id, email, password, token: session.token, refreshToken: session.refreshToken };
  };
  const versionOf = async (accountId: string): Promise<number> => {
    const list = await ok('{ staffUsers(limit: 100) { items { id version } } }', {}, admin);
    return list.staffUsers.items.find((item: { id: string }) => item.id === accountId).version;
  };
  /** Edits a service's summary at its current version, as `as`; the outcome's error code, if any. */
  const tryEdit = async (serviceId: string, summary: string, as: Record<string, string>) => {
    const { version } = (await ok(READ_SERVICE, { id: serviceId }, editor)).service;
    return codeOf(await platform.post(UPDATE_SERVICE, { id: serviceId, v: version, input: { summary } }, as));
  };
  const draftOf = async (agency: string, name: string, as: Record<string, string>) =>
    (await ok(CREATE_SERVICE, { input: { name, agencyId: agencyIds[agency], categoryId } }, as)).createService as { id: string };

  beforeAll(async () => {
    platform = await TestPlatformRun.start(databaseUrl);
    admin = bearer(await platform.loginAs('ADMIN'));
    editor = bearer(await platform.loginAs('EDITOR'));
    const { agencies } = await ok('{ agencies { id slug } }', {}, {});
    agencyIds = Object.fromEntries(agencies.map((agency: { id: string; slug: string }) => [agency.slug, agency.id]));
    const { serviceCategories } = await ok('{ serviceCategories { id slug } }', {}, {});
    categoryId = serviceCategories.find((category: { slug: string }) => category.slug === 'perbankan').id;
  });

  afterAll(async () => {
    await platform?.stop();
  });

  it('deactivation: the account\'s token is refused, and creates nothing more', async () => {
    const partner = await newAccount('PARTNER', 'bri');
    const as = bearer(partner.token);
    const created = await platform.post(CREATE_SERVICE, { input: { name: 'Layanan Sebelum Nonaktif', agencyId: agencyIds.bri, categoryId } }, as);
    expect(created.errors).toBeUndefined();

    await ok(UPDATE_ACCOUNT, { id: partner.id, v: await versionOf(partner.id), input: { active: false } }, admin);
    let attempt = 0;
    const elapsed = await takesEffect(async () => {
      attempt += 1;
      const result = await platform.post(CREATE_SERVICE, { input: { name: `Layanan Setelah Nonaktif ${attempt}`, agencyId: agencyIds.bri, categoryId } }, as);
      return result.status === 401 && codeOf(result) === 'UNAUTHENTICATED';
    });
    expect(elapsed).toBeLessThanOrEqual(TAKES_EFFECT_WITHIN_MS);

    const count = async () => (await ok(COUNT_SERVICES, { agencyId: agencyIds.bri }, editor)).services.totalCount as number;
    const before = await count();
    for (const name of ['Layanan Terlambat A', 'Layanan Terlambat B']) {
      const late = await platform.post(CREATE_SERVICE, { input: { name, agencyId: agencyIds.bri, categoryId } }, as);
      expect([late.status, codeOf(late), late.data ?? null]).toEqual([401, 'UNAUTHENTICATED', null]);
    }
    expect(await count()).toBe(before);
  });

  it('a move to another agency: the token loses the old agency\'s drafts and gains the new one\'s', async () => {
    const partner = await newAccount('PARTNER', 'bri');
    const as = bearer(partner.token);
    const briDraft = await draftOf('bri', 'Draf BRI Sebelum Pindah', as);
    expect(await tryEdit(briDraft.id, 'Diubah sebelum pindah.', as)).toBeUndefined();
    const bniDraft = await draftOf('bni', 'Draf BNI Untuk Yang Pindah', editor);
    expect((await platform.post(READ_SERVICE, { id: bniDraft.id }, as)).data?.service).toBeNull();

    await ok(UPDATE_ACCOUNT, { id: partner.id, v: await versionOf(partner.id), input: { agencyId: agencyIds.bni } }, admin);
    const elapsed = await takesEffect(async () => ['NOT_FOUND', 'FORBIDDEN'].includes(String(await tryEdit(briDraft.id, 'Diubah setelah pindah.', as))));
    expect(elapsed).toBeLessThanOrEqual(TAKES_EFFECT_WITHIN_MS);
    expect((await platform.post(READ_SERVICE, { id: briDraft.id }, as)).data?.service).toBeNull();
    expect((await platform.post(READ_SERVICE, { id: bniDraft.id }, as)).data?.service).toMatchObject({ id: bniDraft.id });
  });

  it('a role change from PARTNER to OFFICER: the token can no longer edit', async () => {
    const partner = await newAccount('PARTNER', 'bri');
    const as = bearer(partner.token);
    const draft = await draftOf('bri', 'Draf Sebelum Ganti Peran', as);
    expect(await tryEdit(draft.id, 'Diubah sebagai mitra.', as)).toBeUndefined();

    await ok(UPDATE_ACCOUNT, { id: partner.id, v: await versionOf(partner.id), input: { role: 'OFFICER' } }, admin);
    const elapsed = await takesEffect(async () => ['NOT_FOUND', 'FORBIDDEN'].includes(String(await tryEdit(draft.id, 'Diubah sebagai petugas.', as))));
    expect(elapsed).toBeLessThanOrEqual(TAKES_EFFECT_WITHIN_MS);
    expect((await ok('{ me { role } }', {}, as)).me.role).toBe('OFFICER');
  });

  it('a password reset: the old token can no longer read the agency\'s drafts', async () => {
    const partner = await newAccount('PARTNER', 'bri');
    const as = bearer(partner.token);
    const draft = await draftOf('bri', 'Draf Sebelum Reset', as);
    expect((await platform.post(READ_SERVICE, { id: draft.id }, as)).data?.service).toMatchObject({ id: draft.id });

    await ok(RESET_PASSWORD, { id: partner.id, v: await versionOf(partner.id) }, admin);
    const elapsed = await takesEffect(async () => {
      const result = await platform.post(READ_SERVICE, { id: draft.id }, as);
      return result.status === 401 && codeOf(result) === 'UNAUTHENTICATED' && (result.data ?? null) === null;
    });
    expect(elapsed).toBeLessThanOrEqual(TAKES_EFFECT_WITHIN_MS);
  });

  it('logout ends the access token of that session, and only that session', async () => {
    const partner = await newAccount('PARTNER', 'bri');
    const other = await platform.login(partner.email, partner.password);
    const draft = await draftOf('bri', 'Draf Sebelum Keluar', bearer(partner.token));
    expect((await platform.post(READ_SERVICE, { id: draft.id }, bearer(partner.token))).data?.service).toMatchObject({ id: draft.id });

    expect((await ok(LOGOUT, { t: partner.refreshToken }, {})).logout).toBe(true);
    const elapsed = await takesEffect(async () => (await platform.post(READ_SERVICE, { id: draft.id }, bearer(partner.token))).status === 401);
    expect(elapsed).toBeLessThanOrEqual(TAKES_EFFECT_WITHIN_MS);
    expect((await platform.post(READ_SERVICE, { id: draft.id }, bearer(other))).data?.service).toMatchObject({ id: draft.id });
  });

  it('an own password change ends the old access tokens; the new session works', async () => {
    const partner = await newAccount('PARTNER', 'bri');
    const other = await platform.login(partner.email, partner.password);
    const draft = await draftOf('bri', 'Draf Sebelum Ganti Sandi', bearer(partner.token));
    for (const token of [partner.token, other.token]) {
      expect((await platform.post(READ_SERVICE, { id: draft.id }, bearer(token))).data?.service).toMatchObject({ id: draft.id });
    }

    const changed = (await ok(CHANGE_PASSWORD, { c: partner.password, n: 'sandi-lain-lagi-2026' }, bearer(partner.token))).changeOwnPassword;
    const elapsed = await takesEffect(async () => {
      const results = await Promise.all([partner.token, other.token].map((token) => platform.post(READ_SERVICE, { id: draft.id }, bearer(token))));
      return results.every((result) => result.status === 401 && codeOf(result) === 'UNAUTHENTICATED');
    });
    expect(elapsed).toBeLessThanOrEqual(TAKES_EFFECT_WITHIN_MS);
    expect((await platform.post(READ_SERVICE, { id: draft.id }, bearer(changed.token))).data?.service).toMatchObject({ id: draft.id });
  });

  it('a refreshed token of the same session keeps working after rotation', async () => {
    const partner = await newAccount('PARTNER', 'bri');
    const draft = await draftOf('bri', 'Draf Sesi Diperbarui', bearer(partner.token));
    const rotated = (await ok(REFRESH, { t: partner.refreshToken }, {})).refreshSession;
    // Longer than the gateway keeps an answer: both tokens are checked again meanwhile.
    const until = Date.now() + LIVE_IDENTITY_CACHE_MS + 1000;
    while (Date.now() < until) {
      for (const token of [rotated.token, partner.token]) {
        const result = await platform.post(READ_SERVICE, { id: draft.id }, bearer(token));
        expect([result.status, result.data?.service?.id]).toEqual([200, draft.id]);
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  });
});
