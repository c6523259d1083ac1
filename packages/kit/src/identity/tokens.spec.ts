import { generateKeyPairSync } from 'node:crypto';
import { SignJWT } from 'jose';
import { signingKeyFromPem, verificationKeysFor, type SigningKey } from './keys';
import { KIOSK_ACCESS_TOKEN_LIFETIME_SECONDS, signAccessToken, signKioskAccessToken, verifyAccessToken } from './tokens';

const newKey = (): SigningKey => signingKeyFromPem(generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString());
/** Only the date moves; timers and ticks stay real. */
const setDate = (ms: number) =>
  jest.useFakeTimers({ now: ms, doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask', 'setTimeout', 'setInterval', 'clearTimeout', 'clearInterval', 'clearImmediate', 'performance'] });

describe('access tokens of kiosks', () => {
  const key = newKey();
  const keys = verificationKeysFor(key);
  afterEach(() => jest.useRealTimers());

  /** A token as the agencies subgraph's key would sign one, with claims of the test's choosing. */
  const signed = (claims: Record<string, unknown>, issuedAt = Math.floor(Date.now() / 1000), lifetimeSeconds = 600) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'EdDSA', typ: 'JWT', kid: key.kid })
      .setSubject('k-1').setIssuer('mpp-paser').setAudience('mpp-paser-api')
      .setIssuedAt(issuedAt).setExpirationTime(issuedAt + lifetimeSeconds)
      .sign(key.privateKey);

  it('name the kiosk and its session, with the role claim KIOSK, and live 10 minutes', async () => {
    const { token, expiresAt } = await signKioskAccessToken({ kioskId: 'k-1', sessionId: 's-1' }, key);
    const payload = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as Record<string, unknown>;
    expect(payload).toMatchObject({ sub: 'k-1', role: 'KIOSK', sid: 's-1' });
    expect(payload).not.toHaveProperty('agency');
    expect(await verifyAccessToken(token, keys)).toEqual({ kind: 'kiosk', kioskId: 'k-1', sessionId: 's-1', expiresAtMs: expiresAt.getTime() });
    expect(expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(KIOSK_ACCESS_TOKEN_LIFETIME_SECONDS * 1000);
    expect(KIOSK_ACCESS_TOKEN_LIFETIME_SECONDS).toBe(600);
  });

  it('are refused once older than a kiosk token may be, although a staff token of that age is honoured', async () => {
    const elevenMinutesAgo = Date.now() - 11 * 60 * 1000;
    setDate(elevenMinutesAgo);
    const kiosk = await signKioskAccessToken({ kioskId: 'k-1', sessionId: 's-1' }, key);
    const staff = await signAccessToken({ userId: 'u-1', role: 'EDITOR', agencyId: null, mustChangePassword: false, sessionId: 's-1' }, key);
    jest.useRealTimers();
    await expect(verifyAccessToken(kiosk.token, keys)).rejects.toThrow(/invalid token/);
    expect(await verifyAccessToken(staff.token, keys)).toMatchObject({ kind: 'staff', userId: 'u-1', role: 'EDITOR' });
    // One made to outlive its kind's lifetime is honoured no longer than that.
    const long = await signed({ role: 'KIOSK', sid: 's-1' }, Math.floor(Date.now() / 1000), 900);
    expect((await verifyAccessToken(long, keys)).expiresAtMs).toBe((Math.floor(Date.now() / 1000) + KIOSK_ACCESS_TOKEN_LIFETIME_SECONDS) * 1000);
  });

  it('are refused with an agency, a password to change, or no session; other roles must be staff roles', async () => {
    for (const claims of [
      { role: 'KIOSK', sid: 's-1', agency: null },
      { role: 'KIOSK', sid: 's-1', agency: 'a-1' },
      { role: 'KIOSK', sid: 's-1', mcp: true },
      { role: 'KIOSK', sid: '' },
      { role: 'KIOSK' },
      { role: 'KING', agency: null, sid: 's-1' },
    ]) {
      await expect(verifyAccessToken(await signed(claims), keys)).rejects.toThrow(/invalid token/);
    }
    expect(await verifyAccessToken(await signed({ role: 'KIOSK', sid: 's-1' }), keys)).toMatchObject({ kind: 'kiosk', kioskId: 'k-1', sessionId: 's-1' });
  });
});
