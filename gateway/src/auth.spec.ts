import { KIOSK_ACCESS_TOKEN_LIFETIME_SECONDS, requiredKey, signAccessToken, signKioskAccessToken } from '@mpp/kit';
import { testPlatformConfig, type TestPlatform } from '@mpp/kit/testing';
import { StaffTokenCheck } from './auth';

describe('the gateway\'s access token check', () => {
  let platform: TestPlatform;
  const claims = { userId: 'u-1', role: 'EDITOR' as const, agencyId: null, mustChangePassword: false, sessionId: 's-1' };
  /** What the check answers for a staff token of `claims`. */
  const holder = { kind: 'staff', ...claims };

  beforeAll(() => {
    platform = testPlatformConfig(undefined, { MPP_LOG_LEVEL: 'silent' });
  });
  afterAll(() => platform.cleanup([]));
  afterEach(() => jest.useRealTimers());

  it('remembers a verified token only until it expires', async () => {
    const check = new StaffTokenCheck(requiredKey(platform.config, 'staffTokenVerification'));
    const { token, expiresAt } = await signAccessToken(claims, requiredKey(platform.config, 'staffTokenSigning'));
    expect(await check.identify(`Bearer ${token}`)).toEqual(holder);
    expect(await check.identify(`Bearer ${token}`)).toEqual(holder);
    // Only the date moves on; timers and ticks stay real.
    jest.useFakeTimers({ now: expiresAt.getTime() + 6000, doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask', 'setTimeout', 'setInterval', 'clearTimeout', 'clearInterval', 'clearImmediate'] });
    await expect(check.identify(`Bearer ${token}`)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    // Forgotten, and refused by the full check too.
    await expect(check.identify(`Bearer ${token}`)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('allows the agencies subgraph\'s clock a few seconds ahead, no more', async () => {
    const check = new StaffTokenCheck(requiredKey(platform.config, 'staffTokenVerification'));
    /** Signed on a machine whose clock is ahead by `offsetSeconds`. */
    const signedAt = async (offsetSeconds: number) => {
      jest.useFakeTimers({ now: Date.now() + offsetSeconds * 1000, doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask', 'setTimeout', 'setInterval', 'clearTimeout', 'clearInterval', 'clearImmediate'] });
      try {
        return (await signAccessToken(claims, requiredKey(platform.config, 'staffTokenSigning'))).token;
      } finally {
        jest.useRealTimers();
      }
    };
    expect(await check.identify(`Bearer ${await signedAt(3)}`)).toEqual(holder);
    await expect(check.identify(`Bearer ${await signedAt(30)}`)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('refuses other spellings of a token (padding, spare bits), which would each be verified anew', async () => {
    const check = new StaffTokenCheck(requiredKey(platform.config, 'staffTokenVerification'));
    const { token } = await signAccessToken(claims, requiredKey(platform.config, 'staffTokenSigning'));
    expect(await check.identify(`Bearer ${token}`)).toEqual(holder);
    const last = token.at(-1)!;
    const sibling = token.slice(0, -1) + 'AQgw'[('AQgw'.indexOf(last) + 1) % 4];
    for (const variant of [`${token}=`, `${token}~`, 'AQgw'.includes(last) ? sibling : `${token}A`]) {
      await expect(check.identify(`Bearer ${variant}`)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    }
  });

  it('never remembers a refusal as a success, nor one token for another', async () => {
    const check = new StaffTokenCheck(requiredKey(platform.config, 'staffTokenVerification'));
    const { token } = await signAccessToken(claims, requiredKey(platform.config, 'staffTokenSigning'));
    const tampered = `${token.slice(0, -2)}${token.endsWith('AA') ? 'BB' : 'AA'}`;
    await expect(check.identify(`Bearer ${tampered}`)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    await expect(check.identify(`Bearer ${tampered}`)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    expect(await check.identify(`Bearer ${token}`)).toEqual(holder);
    expect(await check.identify(undefined)).toBeNull();
    await expect(check.identify('Basic abc')).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('tells a kiosk\'s token apart from staff tokens, and remembers it only for a kiosk token\'s shorter life', async () => {
    const check = new StaffTokenCheck(requiredKey(platform.config, 'staffTokenVerification'));
    const { token, expiresAt } = await signKioskAccessToken({ kioskId: 'k-1', sessionId: 's-9' }, requiredKey(platform.config, 'staffTokenSigning'));
    expect(expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(KIOSK_ACCESS_TOKEN_LIFETIME_SECONDS * 1000);
    expect(await check.identify(`Bearer ${token}`)).toEqual({ kind: 'kiosk', kioskId: 'k-1', sessionId: 's-9' });
    jest.useFakeTimers({ now: expiresAt.getTime() + 6000, doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask', 'setTimeout', 'setInterval', 'clearTimeout', 'clearInterval', 'clearImmediate'] });
    await expect(check.identify(`Bearer ${token}`)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });
});
