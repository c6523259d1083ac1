import { KIOSK_ACCESS_TOKEN_LIFETIME_SECONDS } from '@mpp/kit';
import { testDatabaseTargets } from '@mpp/kit/testing';
import { bearer, TestPlatformRun, type GraphqlResult } from './support/platform';

/*
 * Kiosks as principals of the identity service, through the real gateway: an editor registers
 * one and gets its device token once; the kiosk trades it for short-lived access tokens, which
 * work at the gateway like staff tokens but reach only what the public reads (and, in the
 * queueing subgraph, issuing tickets); revoking the kiosk ends its access within 10 seconds.
 */

/** The promise, as for a deactivated account: a revocation reaches live tokens this fast. */
const TAKES_EFFECT_WITHIN_MS = 10_000;
const POLL_EVERY_MS = 200;

const REGISTER = 'mutation($name: String!) { registerKiosk(name: $name) { deviceToken kiosk { id name active version } } }';
const REVOKE = 'mutation($id: ID!) { revokeKiosk(id: $id) { id active revokedAt } }';
const START = 'mutation($t: String!) { startKioskSession(deviceToken: $t) { token expiresAt } }';
const KIOSKS = '{ kiosks { id name active registeredAt revokedAt lastSessionStartedAt version } }';
const UPDATE_AGENCY = 'mutation($id: ID!, $v: Int!) { updateAgency(id: $id, version: $v, input: { phone: "0543-99999" }) { id } }';

const codeOf = (result: GraphqlResult<unknown>) => result.errors?.[0]?.extensions?.code;

describe.each(testDatabaseTargets())('kiosks through the gateway on $label', ({ databaseUrl }) => {
  let platform: TestPlatformRun;
  let editor: Record<string, string>;
  let admin: Record<string, string>;

  const ok = async <T = any>(query: string, variables: Record<string, unknown>, as: Record<string, string> = {}): Promise<T> => {
    const result = await platform.post<T>(query, variables, as);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data!;
  };
  const register = async (name: string) => (await ok(REGISTER, { name }, editor)).registerKiosk as { deviceToken: string; kiosk: { id: string; name: string } };
  const startSession = async (deviceToken: string) => (await ok(START, { t: deviceToken })).startKioskSession as { token: string; expiresAt: string };

  beforeAll(async () => {
    platform = await TestPlatformRun.start(databaseUrl);
    editor = bearer(await platform.loginAs('EDITOR'));
    admin = bearer(await platform.loginAs('ADMIN'));
  });

  afterAll(async () => {
    await platform?.stop();
  });

  it('registers a kiosk for an editor: its device token is in that answer only, never in the list', async () => {
    const { deviceToken, kiosk } = await register('Kiosk Lobi Barat');
    expect(deviceToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(kiosk).toMatchObject({ name: 'Kiosk Lobi Barat', active: true, version: 1 });
    const listed = await platform.post(KIOSKS, {}, admin);
    expect(listed.errors).toBeUndefined();
    expect(listed.data.kiosks).toContainEqual(expect.objectContaining({ id: kiosk.id, name: 'Kiosk Lobi Barat', active: true, revokedAt: null, lastSessionStartedAt: null }));
    expect(JSON.stringify(listed)).not.toContain(deviceToken);
    // The type has no field that could carry it.
    const asked = await platform.post('{ kiosks { deviceToken } }', {}, admin);
    expect(codeOf(asked)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('lets a kiosk\'s access token work at the gateway: no staff account, public reads, itself', async () => {
    const { deviceToken, kiosk } = await register('Kiosk Lobi Timur');
    const session = await startSession(deviceToken);
    expect(Date.parse(session.expiresAt) - Date.now()).toBeLessThanOrEqual(KIOSK_ACCESS_TOKEN_LIFETIME_SECONDS * 1000);
    const as = bearer(session.token);

    const read = await platform.post('{ me { id } currentKiosk { id name } agency(slug: "bri") { name booths { code } } service(slug: "skck") { name } }', {}, as);
    expect(read.status).toBe(200);
    expect(read.errors).toBeUndefined();
    expect(read.data.me).toBeNull();
    expect(read.data.currentKiosk).toEqual({ id: kiosk.id, name: 'Kiosk Lobi Timur' });
    expect(read.data.agency.booths.length).toBeGreaterThan(0);
    expect(read.data.service.name).toBeTruthy();
    // What the public may not read, a kiosk may not either: an editor's draft stays unseen.
    const asKiosk = await platform.post('{ services(limit: 1) { totalCount } }', {}, as);
    const publicView = await platform.post('{ services(limit: 1) { totalCount } }');
    expect(asKiosk.data).toEqual(publicView.data);

    const listed = (await ok(KIOSKS, {}, editor)).kiosks.find((item: { id: string }) => item.id === kiosk.id);
    expect(Math.abs(Date.parse(listed.lastSessionStartedAt) - Date.now())).toBeLessThan(60_000);
  });

  it('lets a kiosk do no staff work', async () => {
    const { deviceToken } = await register('Kiosk Lobi Selatan');
    const as = bearer((await startSession(deviceToken)).token);
    const bri = (await platform.post('{ agency(slug: "bri") { id version phone } }')).data.agency;

    for (const [query, variables] of [
      [UPDATE_AGENCY, { id: bri.id, v: bri.version }],
      [KIOSKS, {}],
      [REGISTER, { name: 'Kiosk Palsu' }],
      ['{ staffUsers { totalCount } }', {}],
      ['mutation($c: String!, $n: String!) { changeOwnPassword(currentPassword: $c, newPassword: $n) { token } }', { c: 'whatever-1', n: 'whatever-2' }],
    ] as const) {
      const refused = await platform.post(query, variables, as);
      expect({ query, code: codeOf(refused) }).toEqual({ query, code: expect.stringMatching(/^(FORBIDDEN|UNAUTHENTICATED)$/) });
    }
    expect((await platform.post('{ agency(slug: "bri") { version phone } }')).data.agency).toEqual({ version: bri.version, phone: bri.phone });
    expect((await ok(KIOSKS, {}, editor)).kiosks.map((kiosk: { name: string }) => kiosk.name)).not.toContain('Kiosk Palsu');
  });

  it('refuses kiosks to partners, officers and anonymous callers', async () => {
    const { kiosk } = await register('Kiosk Lobi Utara');
    const partner = bearer(await platform.loginAs('PARTNER'));
    const officer = bearer(await platform.loginAs('OFFICER'));
    for (const as of [partner, officer]) {
      expect(codeOf(await platform.post(REGISTER, { name: 'Kiosk Mitra' }, as))).toBe('FORBIDDEN');
      expect(codeOf(await platform.post(REVOKE, { id: kiosk.id }, as))).toBe('FORBIDDEN');
      expect(codeOf(await platform.post(KIOSKS, {}, as))).toBe('FORBIDDEN');
    }
    for (const query of [KIOSKS, REGISTER]) expect(codeOf(await platform.post(query, { name: 'Kiosk Tamu' }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await platform.post(REVOKE, { id: kiosk.id }))).toBe('UNAUTHENTICATED');
    expect((await ok(KIOSKS, {}, admin)).kiosks.find((item: { id: string }) => item.id === kiosk.id).active).toBe(true);
  });

  it('ends a revoked kiosk\'s access within 10 s, and its device token starts no session', async () => {
    const { deviceToken, kiosk } = await register('Kiosk Lobi Tengah');
    const as = bearer((await startSession(deviceToken)).token);
    expect((await platform.post('{ currentKiosk { id } }', {}, as)).data.currentKiosk).toEqual({ id: kiosk.id });

    const revoked = (await ok(REVOKE, { id: kiosk.id }, editor)).revokeKiosk;
    expect(revoked).toMatchObject({ id: kiosk.id, active: false });
    const revokedAt = Date.now();
    for (;;) {
      const attempt = await platform.post('{ agencies { name } }', {}, as);
      if (attempt.status === 401 && codeOf(attempt) === 'UNAUTHENTICATED') break;
      expect(attempt.errors).toBeUndefined();
      if (Date.now() - revokedAt > TAKES_EFFECT_WITHIN_MS) throw new Error(`the revoked kiosk's token still worked after ${TAKES_EFFECT_WITHIN_MS} ms`);
      await new Promise((resolve) => setTimeout(resolve, POLL_EVERY_MS));
    }
    expect(Date.now() - revokedAt).toBeLessThanOrEqual(TAKES_EFFECT_WITHIN_MS);
    const late = await platform.post('{ agencies { name } }', {}, as);
    expect([late.status, codeOf(late), late.data ?? null]).toEqual([401, 'UNAUTHENTICATED', null]);

    const again = await platform.post(START, { t: deviceToken });
    const never = await platform.post(START, { t: 'not-a-device-token-0000000000000000000000' });
    expect([codeOf(again), again.data ?? null]).toEqual(['UNAUTHENTICATED', null]);
    expect(again.errors?.[0]?.message).toBe(never.errors?.[0]?.message);
    expect(codeOf(await platform.post(REVOKE, { id: kiosk.id }, editor))).toBe('CONFLICT');
  });

  it('gives the development kiosk a device token in dev-accounts.json that starts a session', async () => {
    const session = await startSession(platform.devKioskToken());
    expect((await platform.post('{ currentKiosk { name } }', {}, bearer(session.token))).data.currentKiosk).toEqual({ name: 'Kiosk Lobi Utama' });
  });

  it('names KIOSK among the roles an audit actor can have, never among the roles an account can be given', async () => {
    const enumValues = async (name: string) =>
      ((await ok(`{ __type(name: "${name}") { enumValues { name } } }`, {})).__type.enumValues as { name: string }[]).map((value) => value.name);
    expect(await enumValues('ActorRole')).toEqual(['ADMIN', 'EDITOR', 'PARTNER', 'OFFICER', 'KIOSK']);
    expect(await enumValues('Role')).toEqual(['ADMIN', 'EDITOR', 'PARTNER', 'OFFICER']);
    const actorRole = (await ok('{ __type(name: "AuditActor") { fields { name type { ofType { name } } } } }', {})).__type.fields.find((field: { name: string }) => field.name === 'role');
    expect(actorRole.type.ofType.name).toBe('ActorRole');
  });
});
