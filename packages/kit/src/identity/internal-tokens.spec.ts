import { generateKeyPairSync } from 'node:crypto';
import { SignJWT } from 'jose';
import { InternalTokenIssuer, InternalTokenVerifier, signInternalToken, verifyInternalToken } from './internal-tokens';
import { signingKeyFromPem, verificationKeysFor, type SigningKey } from './keys';
import { ANONYMOUS, type Viewer } from './viewer';

const newKey = (): SigningKey => signingKeyFromPem(generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString());
const staff = (changes: Partial<Extract<Viewer, { kind: 'staff' }>> = {}): Viewer => ({
  kind: 'staff', userId: 'u-1', role: 'PARTNER', agencyId: 'a-1', mustChangePassword: false, sessionId: 's-1', ...changes,
});
const kiosk = (changes: Partial<Extract<Viewer, { kind: 'kiosk' }>> = {}): Viewer => ({ kind: 'kiosk', kioskId: 'k-1', sessionId: 's-1', ...changes });
/** Only the date moves; timers and ticks stay real. */
const setDate = (ms: number) =>
  jest.useFakeTimers({ now: ms, doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask', 'setTimeout', 'setInterval', 'clearTimeout', 'clearInterval', 'clearImmediate', 'performance'] });

describe('internal tokens', () => {
  const key = newKey();
  const keys = verificationKeysFor(key);
  afterEach(() => jest.useRealTimers());

  it('the issuer signs one token per audience and viewer, telling apart viewers that differ in anything', async () => {
    const issuer = new InternalTokenIssuer(key);
    const variants = [
      ANONYMOUS, staff(), staff({ role: 'EDITOR' }), staff({ agencyId: 'a-2' }), staff({ mustChangePassword: true }), staff({ sessionId: 's-2' }), staff({ userId: 'u-2' }),
      // A kiosk whose id is a staff account's id is still a kiosk, and another viewer.
      kiosk(), kiosk({ sessionId: 's-2' }), kiosk({ kioskId: 'u-1' }),
    ];
    const tokens = await Promise.all(variants.map((viewer) => issuer.tokenFor('catalog', viewer)));
    expect(new Set(tokens).size).toBe(variants.length);
    expect(await issuer.tokenFor('catalog', staff())).toBe(tokens[1]);
    expect(await issuer.tokenFor('agencies', staff())).not.toBe(tokens[1]);
    for (const [index, viewer] of variants.entries()) {
      expect((await verifyInternalToken(tokens[index], keys, 'catalog')).viewer).toEqual(viewer.kind === 'staff' ? { ...viewer, mustChangePassword: viewer.mustChangePassword === true } : viewer);
    }
  });

  it('the issuer signs anew once a token has been reused for most of its minute', async () => {
    const issuer = new InternalTokenIssuer(key);
    const first = await issuer.tokenFor('catalog', ANONYMOUS);
    const started = performance.now();
    jest.spyOn(performance, 'now').mockReturnValue(started + InternalTokenIssuer.REUSE_MS + 1);
    // A new second, so the new token differs from the first.
    setDate(Date.now() + 2000);
    const second = await issuer.tokenFor('catalog', ANONYMOUS);
    jest.restoreAllMocks();
    expect(second).not.toBe(first);
    expect((await verifyInternalToken(second, keys, 'catalog')).expiresAtMs).toBeGreaterThan((await verifyInternalToken(first, keys, 'catalog')).expiresAtMs);
  });

  it('the verifier remembers a verified token only until it expires, and never a refusal', async () => {
    const verifier = new InternalTokenVerifier(keys, 'catalog');
    const { token, expiresAtMs } = await signInternalToken(key, 'catalog', staff(), { forwardsClients: true });
    expect(await verifier.verify(token)).toEqual({ viewer: staff(), forwardsClients: true });
    setDate(expiresAtMs + 6_000);
    await expect(verifier.verify(token)).rejects.toThrow(/EXPIRED/);
    // Forgotten: the full check refuses it too.
    await expect(verifier.verify(token)).rejects.toThrow(/invalid token/);
    jest.useRealTimers();
    const foreign = await signInternalToken(newKey(), 'catalog', ANONYMOUS);
    await expect(verifier.verify(foreign.token)).rejects.toThrow(/invalid token/);
    await expect(verifier.verify(foreign.token)).rejects.toThrow(/invalid token/);
  });

  it('refuses other spellings of a valid token, so no cache grows with them', async () => {
    const { token } = await signInternalToken(key, 'catalog', ANONYMOUS);
    const verifier = new InternalTokenVerifier(keys, 'catalog');
    const last = token.at(-1)!;
    // The last character of an Ed25519 signature carries 2 spare bits: another spelling, same bytes.
    const sibling = token.slice(0, -1) + 'AQgw'[('AQgw'.indexOf(last) + 1) % 4];
    for (const variant of [`${token}=`, `${token}==`, 'AQgw'.includes(last) ? sibling : `${token}A`]) {
      await expect(verifier.verify(variant)).rejects.toThrow(/invalid token/);
    }
    expect((await verifier.verify(token)).viewer).toEqual(ANONYMOUS);
  });

  it('says whether its bearer forwards clients, and admits staff viewers only for about a minute', async () => {
    const verifier = new InternalTokenVerifier(keys, 'catalog');
    const operator = await signInternalToken(key, 'catalog', ANONYMOUS, { lifetimeSeconds: 3600 });
    expect(await verifier.verify(operator.token)).toEqual({ viewer: ANONYMOUS, forwardsClients: false });
    const longStaff = await signInternalToken(key, 'catalog', staff({ role: 'ADMIN', agencyId: null }), { lifetimeSeconds: 3600 });
    await expect(verifier.verify(longStaff.token)).rejects.toThrow(/too long/);
    const eternal = await signInternalToken(key, 'catalog', ANONYMOUS, { lifetimeSeconds: 40 * 24 * 3600 });
    await expect(verifier.verify(eternal.token)).rejects.toThrow(/too long/);
  });

  it('carries a kiosk viewer as a kiosk, never as staff, and admits it only for about a minute', async () => {
    const { token } = await signInternalToken(key, 'queueing', kiosk(), { forwardsClients: true });
    const payload = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as Record<string, unknown>;
    expect(payload).toMatchObject({ sub: 'k-1', role: 'KIOSK', sid: 's-1' });
    expect(payload).not.toHaveProperty('agency');
    expect(await verifyInternalToken(token, keys, 'queueing')).toMatchObject({ viewer: kiosk(), forwardsClients: true });
    const long = await signInternalToken(key, 'queueing', kiosk(), { lifetimeSeconds: 3600 });
    await expect(verifyInternalToken(long.token, keys, 'queueing')).rejects.toThrow(/too long/);
  });

  it('refuses a kiosk viewer with an agency, a password to change or no session', async () => {
    const issuedAt = Math.floor(Date.now() / 1000);
    for (const claims of [{ role: 'KIOSK', sid: 's-1', agency: null }, { role: 'KIOSK', sid: 's-1', mcp: true }, { role: 'KIOSK' }, { role: 'KIOSK', sid: '' }]) {
      const token = await new SignJWT(claims)
        .setProtectedHeader({ alg: 'EdDSA', typ: 'mpp-internal+jwt', kid: key.kid })
        .setSubject('k-1').setIssuer('mpp-paser-gateway').setAudience('queueing')
        .setIssuedAt(issuedAt).setExpirationTime(issuedAt + 60)
        .sign(key.privateKey);
      await expect(verifyInternalToken(token, keys, 'queueing')).rejects.toThrow(/unexpected claims/);
    }
  });
});
