import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KIOSK_ACCESS_TOKEN_LIFETIME_SECONDS, newId, requiredKey, seedId, verifyAccessToken, type StaffIdentity, type Viewer } from '@mpp/kit';
import { AuditRecord } from '@mpp/kit/subgraph';
import { type GraphqlResponse, subgraphForSpecs, testDatabaseTargets } from '@mpp/kit/testing';
import { Agency } from '../agencies/agency.entity';
import { StaffUser } from '../staff/staff-user.entity';
import { DEV_ACCOUNTS_FILE, DEV_KIOSK_NAME, type DevAccount } from '../staff/dev-accounts';
import { agenciesSubgraph } from '../subgraph';
import { Kiosk } from './kiosk.entity';

const KIOSK_FIELDS = 'id name active registeredAt revokedAt lastSessionStartedAt version';
const KIOSKS = `{ kiosks { ${KIOSK_FIELDS} } }`;
const REGISTER = `mutation($name: String!) { registerKiosk(name: $name) { deviceToken kiosk { ${KIOSK_FIELDS} } } }`;
const RENAME = 'mutation($id: ID!, $v: Int!, $name: String!) { renameKiosk(id: $id, version: $v, name: $name) { id name version } }';
const REVOKE = 'mutation($id: ID!) { revokeKiosk(id: $id) { id active revokedAt version } }';
const START = 'mutation($t: String!) { startKioskSession(deviceToken: $t) { token expiresAt } }';
const CURRENT = '{ currentKiosk { id name active } }';
const HISTORY = '{ kiosks { name history { totalCount items { action actor { userId role agencyId } changes { field before after } } } } }';

describe.each(testDatabaseTargets())('kiosks in the agencies subgraph on $label', ({ databaseUrl }) => {
  const run = subgraphForSpecs(agenciesSubgraph, databaseUrl);
  const admin: StaffIdentity = { userId: newId(), role: 'ADMIN', agencyId: null };
  const editor: StaffIdentity = { userId: newId(), role: 'EDITOR', agencyId: null };
  const partner: StaffIdentity = { userId: newId(), role: 'PARTNER', agencyId: newId() };
  const officer: StaffIdentity = { userId: newId(), role: 'OFFICER', agencyId: newId() };

  const ok = async <T = any>(query: string, variables: Record<string, unknown>, viewer?: StaffIdentity | Viewer): Promise<T> => {
    const result = await run.ask<T>(query, variables, viewer);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data!;
  };
  const codeOf = (result: GraphqlResponse) => result.errors?.[0]?.extensions?.code;
  const kioskViewer = (kioskId: string): Viewer => ({ kind: 'kiosk', kioskId, sessionId: newId() });
  const register = async (name: string) =>
    (await ok(REGISTER, { name }, editor)).registerKiosk as { deviceToken: string; kiosk: { id: string; name: string; version: number; registeredAt: string } };
  const devAccounts = () => JSON.parse(readFileSync(join(run.platform.config.dataDir, DEV_ACCOUNTS_FILE), 'utf8')) as DevAccount[];

  it('registers a kiosk for an editor, shows its device token once and stores only its hash', async () => {
    const registered = await register('Kiosk Lantai 2');
    expect(registered.deviceToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(registered.kiosk).toMatchObject({ name: 'Kiosk Lantai 2', active: true, revokedAt: null, lastSessionStartedAt: null, version: 1 });
    expect(Math.abs(Date.parse(registered.kiosk.registeredAt) - Date.now())).toBeLessThan(60_000);

    const listed = (await ok(KIOSKS, {}, admin)).kiosks as { id: string; name: string; registeredAt: string }[];
    const stored = listed.find((kiosk) => kiosk.id === registered.kiosk.id)!;
    // MySQL keeps whole seconds of a record's times.
    expect({ ...stored, registeredAt: undefined }).toEqual({ ...registered.kiosk, registeredAt: undefined });
    expect(Math.abs(Date.parse(stored.registeredAt) - Date.parse(registered.kiosk.registeredAt))).toBeLessThan(1000);
    expect(JSON.stringify(listed)).not.toContain(registered.deviceToken);
    const row = await run.subgraph.database.orm.em.fork().getConnection().execute('select * from kiosk where id = ?', [registered.kiosk.id]);
    expect(JSON.stringify(row)).not.toContain(registered.deviceToken);

    const history = (await ok(HISTORY, {}, editor)).kiosks.find((kiosk: { name: string }) => kiosk.name === 'Kiosk Lantai 2').history;
    expect(history).toEqual({
      totalCount: 1,
      items: [{ action: 'CREATE', actor: { userId: editor.userId, role: 'EDITOR', agencyId: null }, changes: [{ field: 'name', before: null, after: '"Kiosk Lantai 2"' }, { field: 'active', before: null, after: 'true' }] }],
    });
  });

  it('lists kiosks by name, revoked ones too, and only to editors and administrators', async () => {
    await register('kiosk antara');
    const names = ((await ok(KIOSKS, {}, editor)).kiosks as { name: string }[]).map((kiosk) => kiosk.name);
    expect(names).toEqual([...names].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
    expect(names).toEqual(expect.arrayContaining([DEV_KIOSK_NAME, 'kiosk antara', 'Kiosk Lantai 2']));

    const anonymous = await run.ask(KIOSKS);
    expect([codeOf(anonymous), anonymous.errors?.[0]?.message]).toEqual(['UNAUTHENTICATED', 'Sign in to manage kiosks.']);
    for (const viewer of [partner, officer, kioskViewer(newId())]) {
      for (const refused of [await run.ask(KIOSKS, {}, viewer), await run.ask(REGISTER, { name: 'Kiosk Liar' }, viewer)]) {
        expect(refused.errors?.[0]).toMatchObject({ message: 'Only DPMPTSP editors and DPMPTSP administrators may manage kiosks.', extensions: { code: 'FORBIDDEN' } });
      }
    }
    expect(await run.subgraph.database.orm.em.fork().count(Kiosk, { name: 'Kiosk Liar' })).toBe(0);
  });

  it('trades a device token for a kiosk access token, without raising the kiosk\'s version', async () => {
    const { deviceToken, kiosk } = await register('Kiosk Pintu Timur');
    const started = (await ok(START, { t: deviceToken })).startKioskSession as { token: string; expiresAt: string };
    const verified = await verifyAccessToken(started.token, requiredKey(run.platform.config, 'staffTokenVerification'));
    expect(verified).toMatchObject({ kind: 'kiosk', kioskId: kiosk.id, sessionId: expect.any(String) });
    expect(Date.parse(started.expiresAt) - Date.now()).toBeLessThanOrEqual(KIOSK_ACCESS_TOKEN_LIFETIME_SECONDS * 1000);
    expect(Date.parse(started.expiresAt) - Date.now()).toBeGreaterThan((KIOSK_ACCESS_TOKEN_LIFETIME_SECONDS - 60) * 1000);

    // Each trade is a session of its own; a kiosk holding a token (of any session) may trade again.
    const again = (await ok(START, { t: deviceToken }, { kind: 'kiosk', kioskId: kiosk.id, sessionId: (verified as { sessionId: string }).sessionId })).startKioskSession;
    const second = await verifyAccessToken(again.token, requiredKey(run.platform.config, 'staffTokenVerification'));
    expect((second as { sessionId: string }).sessionId).not.toBe((verified as { sessionId: string }).sessionId);

    const listed = ((await ok(KIOSKS, {}, editor)).kiosks as { id: string; version: number; lastSessionStartedAt: string | null }[]).find((item) => item.id === kiosk.id)!;
    expect(listed.version).toBe(kiosk.version);
    expect(Math.abs(Date.parse(listed.lastSessionStartedAt!) - Date.now())).toBeLessThan(60_000);
    // A rename from the version read before the sessions still succeeds.
    expect((await run.ask(RENAME, { id: kiosk.id, v: kiosk.version, name: 'Kiosk Pintu Timur A' }, editor)).errors).toBeUndefined();
  });

  it('answers currentKiosk for the kiosk itself until it is revoked, and for nobody else', async () => {
    const { kiosk } = await register('Kiosk Ruang Tunggu');
    const asKiosk = kioskViewer(kiosk.id);
    expect((await ok(CURRENT, {}, asKiosk)).currentKiosk).toEqual({ id: kiosk.id, name: 'Kiosk Ruang Tunggu', active: true });
    expect((await ok(CURRENT, {}, editor)).currentKiosk).toBeNull();
    expect((await ok(CURRENT, {})).currentKiosk).toBeNull();
    expect((await ok(CURRENT, {}, kioskViewer(newId()))).currentKiosk).toBeNull();
    // A kiosk is no staff account, and reads what the public reads.
    expect((await ok('{ me { id } }', {}, asKiosk)).me).toBeNull();
    expect(((await ok('{ agencies { slug } }', {}, asKiosk)).agencies as unknown[]).length).toBeGreaterThanOrEqual(15);
    expect(codeOf(await run.ask('{ staffUsers { totalCount } }', {}, asKiosk))).toBe('FORBIDDEN');

    await ok(REVOKE, { id: kiosk.id }, admin);
    expect((await ok(CURRENT, {}, asKiosk)).currentKiosk).toBeNull();
  });

  it('revokes a kiosk for good: its device token is refused as a wrong one is, and revoking again is a CONFLICT', async () => {
    const { deviceToken, kiosk } = await register('Kiosk Parkir');
    const revoked = (await ok(REVOKE, { id: kiosk.id }, editor)).revokeKiosk;
    expect(revoked).toMatchObject({ id: kiosk.id, active: false, version: kiosk.version + 1 });
    expect(revoked.revokedAt).not.toBeNull();

    const refused = await run.ask(START, { t: deviceToken });
    const wrong = await run.ask(START, { t: 'x'.repeat(43) });
    expect(refused.errors?.[0]).toMatchObject({ message: 'This device token is not valid.', extensions: { code: 'UNAUTHENTICATED' } });
    expect(wrong.errors?.[0]?.message).toBe(refused.errors?.[0]?.message);
    expect(refused.data).toBeNull();

    const again = await run.ask(REVOKE, { id: kiosk.id }, editor);
    expect(codeOf(again)).toBe('CONFLICT');
    expect(codeOf(await run.ask(RENAME, { id: kiosk.id, v: revoked.version, name: 'Kiosk Parkir Baru' }, editor))).toBe('CONFLICT');

    const history = (await ok(HISTORY, {}, editor)).kiosks.find((item: { name: string }) => item.name === 'Kiosk Parkir').history;
    expect(history.items[0]).toEqual({ action: 'REVOKE', actor: { userId: editor.userId, role: 'EDITOR', agencyId: null }, changes: [{ field: 'active', before: 'true', after: 'false' }] });
    expect(history.totalCount).toBe(2);
  });

  it('lets one of two simultaneous revocations succeed and refuses the other', async () => {
    const { kiosk } = await register('Kiosk Serentak');
    const results = await Promise.all([run.ask(REVOKE, { id: kiosk.id }, editor), run.ask(REVOKE, { id: kiosk.id }, admin)]);
    expect(results.map((result) => (result.errors ? codeOf(result) : 'OK')).sort()).toEqual(['CONFLICT', 'OK']);
    expect(await run.subgraph.database.orm.em.fork().count(AuditRecord, { entityId: kiosk.id, action: 'REVOKE' })).toBe(1);
  });

  it('refuses in order: FORBIDDEN, NOT_FOUND, CONFLICT, then the name rules', async () => {
    const { kiosk } = await register('Kiosk Aturan');
    expect(codeOf(await run.ask(RENAME, { id: newId(), v: 1, name: '' }, partner))).toBe('FORBIDDEN');
    expect(codeOf(await run.ask(REVOKE, { id: kiosk.id }, officer))).toBe('FORBIDDEN');
    expect(codeOf(await run.ask(REVOKE, { id: kiosk.id }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await run.ask(RENAME, { id: newId(), v: 1, name: '' }, editor))).toBe('NOT_FOUND');
    expect(codeOf(await run.ask(REVOKE, { id: newId() }, editor))).toBe('NOT_FOUND');
    expect(codeOf(await run.ask(RENAME, { id: kiosk.id, v: kiosk.version + 5, name: '' }, editor))).toBe('CONFLICT');
    const short = await run.ask(RENAME, { id: kiosk.id, v: kiosk.version, name: 'K' }, editor);
    expect([codeOf(short), short.errors?.[0]?.extensions?.field]).toEqual(['BAD_USER_INPUT', 'name']);
    // Another active kiosk's name, in other letters, is taken; a revoked kiosk's is free.
    const taken = await run.ask(REGISTER, { name: 'KIOSK ATURAN' }, editor);
    expect([codeOf(taken), taken.errors?.[0]?.extensions?.field, taken.errors?.[0]?.message]).toEqual(['BAD_USER_INPUT', 'name', 'Another active kiosk already has this name.']);
    expect((await run.ask(REGISTER, { name: 'Kiosk Parkir' }, editor)).errors).toBeUndefined();
    const renamed = (await ok(RENAME, { id: kiosk.id, v: kiosk.version, name: 'Kiosk Aturan Baru' }, admin)).renameKiosk;
    expect(renamed).toEqual({ id: kiosk.id, name: 'Kiosk Aturan Baru', version: kiosk.version + 1 });
    expect(await run.subgraph.database.orm.em.fork().count(AuditRecord, { entityId: kiosk.id, action: 'UPDATE' })).toBe(1);
  });

  it('registers the development kiosk on the first start, and writes its device token beside the accounts', async () => {
    const entry = devAccounts().find((account) => account.role === 'KIOSK');
    expect(entry).toEqual({ role: 'KIOSK', name: DEV_KIOSK_NAME, token: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/) });
    expect((await run.ask(START, { t: (entry as { token: string }).token })).errors).toBeUndefined();
  });

  it('adds the development accounts and kiosk a data folder lacks on its next start, keeping what is written', async () => {
    const before = devAccounts();
    // A data folder of an earlier version: no Polres officer, no kiosk, no cafeteria tenant (an
    // agency a newer seed adds) nor its partner, in the database or the file.
    const em = run.subgraph.database.orm.em.fork();
    await em.nativeDelete(StaffUser, { email: { $in: ['polres@mpp-paser.local', 'kafetaria@mpp-paser.local'] } });
    await em.nativeDelete(Kiosk, { name: DEV_KIOSK_NAME });
    await em.nativeDelete(Agency, { slug: 'kafetaria-mpp' });
    // And an agency an editor made under a slug a newer seed also has: kept, and no start fails on it.
    const minimarket = await em.findOneOrFail(Agency, { slug: 'minimarket-mpp' });
    await em.nativeDelete(Agency, { id: minimarket.id });
    await em.insert(Agency, { ...minimarket, id: newId() });
    const older = before.filter((account) => account.role !== 'KIOSK' && account.role !== 'OFFICER' && !('email' in account && account.email === 'kafetaria@mpp-paser.local'));
    await run.restart(() => writeFileSync(join(run.platform.config.dataDir, DEV_ACCOUNTS_FILE), `${JSON.stringify(older, null, 2)}\n`));
    const after = devAccounts();
    expect(after.slice(0, older.length)).toEqual(older);
    expect(after.slice(older.length)).toEqual([
      { email: 'polres@mpp-paser.local', password: expect.any(String), role: 'OFFICER', agency: 'polres' },
      { email: 'kafetaria@mpp-paser.local', password: expect.any(String), role: 'PARTNER', agency: 'kafetaria-mpp' },
      { role: 'KIOSK', name: DEV_KIOSK_NAME, token: expect.any(String) },
    ]);
    // The tenant is back under its seeded id, so the facilities seed's operator points at it.
    expect((await ok('{ agency(slug: "kafetaria-mpp") { id } }', {})).agency.id).toBe(seedId('agency', 'kafetaria-mpp'));
    expect(await run.subgraph.database.orm.em.fork().count(Agency, { slug: 'minimarket-mpp' })).toBe(1);
    expect((await ok('{ agency(slug: "minimarket-mpp") { id } }', {})).agency.id).not.toBe(seedId('agency', 'minimarket-mpp'));
    const officerEntry = after[older.length] as { email: string; password: string };
    expect(officerEntry.password).not.toBe((before.find((account) => account.role === 'OFFICER') as { password: string }).password);
    const login = await run.ask('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { user { role } } }', { e: officerEntry.email, p: officerEntry.password });
    expect(login.data?.login).toEqual({ user: { role: 'OFFICER' } });
    expect((await run.ask(START, { t: (after.at(-1) as { token: string }).token })).errors).toBeUndefined();

    // Nothing is missing now: another start adds nothing and writes nothing.
    const file = readFileSync(join(run.platform.config.dataDir, DEV_ACCOUNTS_FILE), 'utf8');
    await run.restart();
    expect(readFileSync(join(run.platform.config.dataDir, DEV_ACCOUNTS_FILE), 'utf8')).toBe(file);
    expect(await run.subgraph.database.orm.em.fork().count(Kiosk, { name: DEV_KIOSK_NAME })).toBe(1);
  });

  it('makes nothing, and overwrites nothing, when the accounts file cannot be read as a list', async () => {
    await run.subgraph.database.orm.em.fork().nativeDelete(Kiosk, { name: DEV_KIOSK_NAME });
    const path = join(run.platform.config.dataDir, DEV_ACCOUNTS_FILE);
    const file = readFileSync(path, 'utf8');
    try {
      await expect(run.restart(() => writeFileSync(path, '{ "edited by hand": '))).rejects.toThrow(/is not a JSON list of development accounts/);
      expect(readFileSync(path, 'utf8')).toBe('{ "edited by hand": ');
    } finally {
      await run.restart(() => writeFileSync(path, file));
    }
    // The refused start made no kiosk: this one made it, and appended its token to the file.
    expect(await run.subgraph.database.orm.em.fork().count(Kiosk, { name: DEV_KIOSK_NAME })).toBe(1);
    const kioskEntries = (text: string) => (JSON.parse(text) as DevAccount[]).filter((account) => account.role === 'KIOSK').length;
    expect(kioskEntries(readFileSync(path, 'utf8'))).toBe(kioskEntries(file) + 1);
  });
});
