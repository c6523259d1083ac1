import { requiredKey, signAccessToken } from '@mpp/kit';
import { testPlatformConfig, type TestPlatform } from '@mpp/kit/testing';
import { StaffTokenCheck } from './auth';

describe('the gateway\'s staff token check', () => {
  let platform: TestPlatform;
  const claims = { userId: 'u-1', role: 'EDITOR' as const, agencyId: null, mustChangePassword: false, sessionId: 's-1' };

  beforeAll(() => {
    platform = testPlatformConfig(undefined, { MPP_LOG_LEVEL: 'silent' });
  });
  afterAll(() => platform.cleanup([]));
  afterEach(() => jest.useRealTimers());

  it('remembers a verified token only until it expires', async () => {
    const check = new StaffTokenCheck(requiredKey(platform.config, 'staffTokenVerification'));
    const { token, expiresAt } = await signAccessToken(claims, requiredKey(platform.config, 'staffTokenSigning'));
    expect(await check.identify(`Bearer ${token}`)).toEqual(claims);
    expect(await check.identify(`Bearer ${token}`)).toEqual(claims);
    // Only the date moves on; timers and ticks stay real.
    jest.useFakeTimers({ now: expiresAt.getTime() + 1000, doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask', 'setTimeout', 'setInterval', 'clearTimeout', 'clearInterval', 'clearImmediate'] });
    await expect(check.identify(`Bearer ${token}`)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    // Forgotten, and refused by the full check too.
    await expect(check.identify(`Bearer ${token}`)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('never remembers a refusal as a success, nor one token for another', async () => {
    const check = new StaffTokenCheck(requiredKey(platform.config, 'staffTokenVerification'));
    const { token } = await signAccessToken(claims, requiredKey(platform.config, 'staffTokenSigning'));
    const tampered = `${token.slice(0, -2)}${token.endsWith('AA') ? 'BB' : 'AA'}`;
    await expect(check.identify(`Bearer ${tampered}`)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    await expect(check.identify(`Bearer ${tampered}`)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    expect(await check.identify(`Bearer ${token}`)).toEqual(claims);
    expect(await check.identify(undefined)).toBeNull();
    await expect(check.identify('Basic abc')).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });
});
