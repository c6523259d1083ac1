import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLIENT_ADDRESS_HEADER, clock, newId } from '@mpp/kit';
import { startSubgraph, type RunningSubgraph } from '@mpp/kit/subgraph';
import { internalTokenHeader, postGraphql, testDatabaseTargets, testPlatformConfig, type TestPlatform } from '@mpp/kit/testing';
import { DEV_ACCOUNTS_FILE } from '../staff/dev-accounts';
import { agenciesSubgraph } from '../subgraph';
import { LoginFailure } from './session.entity';
import { admission, delayBeforeCheck, signInLimits } from './sign-in-limits';

const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }';
const PER_MINUTE = 3;

describe('the sign-in limits, decided from the counts', () => {
  const limits = signInLimits(PER_MINUTE);

  it('allows N failures per pair, 10·N per address and 10·N per account a minute', () => {
    expect(limits).toEqual({ perPair: 3, perAddress: 30, perAccount: 30 });
    expect(admission({ pair: 3, address: 30, account: 3 }, limits)).toEqual({ admitted: true, delayMs: 0 });
    expect(admission({ pair: 4, address: 4, account: 4 }, limits)).toEqual({ admitted: false });
    expect(admission({ pair: 1, address: 31, account: 1 }, limits)).toEqual({ admitted: false });
    expect(admission({ pair: 1, address: 1, account: 31 }, limits)).toEqual({ admitted: false });
  });

  it('delays attempts on an account past N failures, doubling from 250 ms up to 4 s', () => {
    const delays = Array.from({ length: 31 }, (_, index) => delayBeforeCheck(index, limits));
    expect(delays.slice(0, 9)).toEqual([0, 0, 0, 0, 250, 500, 1000, 2000, 4000]);
    expect(new Set(delays.slice(8))).toEqual(new Set([4000]));
    expect(delayBeforeCheck(Number.MAX_SAFE_INTEGER, limits)).toBe(4000);
    expect(admission({ pair: 1, address: 1, account: 30 }, limits)).toEqual({ admitted: true, delayMs: 4000 });
  });
});

describe.each(testDatabaseTargets())('sign-in limits in the agencies subgraph on $label', ({ databaseUrl }) => {
  let platform: TestPlatform;
  let subgraph: RunningSubgraph;

  const loginFrom = async (address: string, email: string, password: string) => {
    const result = await postGraphql(subgraph.url, LOGIN, { e: email, p: password }, {
      ...(await internalTokenHeader(platform.config, 'agencies')),
      [CLIENT_ADDRESS_HEADER]: address,
    });
    return result.errors?.[0]?.extensions?.code ?? 'SIGNED_IN';
  };
  const failuresOf = (where: { email?: string; clientAddress?: string }) => subgraph.database.orm.em.fork().count(LoginFailure, where);
  /** Rows as a flood of parallel attempts leaves them for a moment, before refusals strike them off. */
  const writeDownFailures = async (count: number, email: string, clientAddress: string, failedAt = clock.now()) => {
    const em = subgraph.database.orm.em.fork();
    for (let index = 0; index < count; index += 1) em.create(LoginFailure, { id: newId(), email, clientAddress, failedAt });
    await em.flush();
  };
  const devAccount = (role: string) =>
    (JSON.parse(readFileSync(join(platform.config.dataDir, DEV_ACCOUNTS_FILE), 'utf8')) as { email: string; password: string; role: string }[]).find(
      (account) => account.role === role,
    )!;

  beforeAll(async () => {
    platform = testPlatformConfig(databaseUrl, { MPP_LOGIN_RATE_LIMIT_PER_MINUTE: String(PER_MINUTE) });
    subgraph = await startSubgraph(agenciesSubgraph, platform.config, { port: 0 });
  });

  afterAll(async () => {
    await subgraph?.stop();
    await platform?.cleanup(['agencies']);
  });

  it('counts no more than N from one pair toward its address or its account, however many rows it has', async () => {
    const officer = devAccount('OFFICER');
    await writeDownFailures(50, officer.email, '203.0.113.1');

    expect(await loginFrom('203.0.113.1', officer.email, officer.password)).toBe('RATE_LIMITED');
    // The account from elsewhere: 3 of the 50 and this attempt, so a delay, but no refusal.
    expect(await loginFrom('203.0.113.2', officer.email, officer.password)).toBe('SIGNED_IN');
    // The address for other emails: 3 of the 50 and this attempt.
    expect(await loginFrom('203.0.113.1', 'someone-else@mpp-paser.local', 'wrong-password')).toBe('UNAUTHENTICATED');
  });

  it('strikes off a refused attempt, so that it counts against nothing', async () => {
    await writeDownFailures(PER_MINUTE, 'refused@mpp-paser.local', '203.0.113.3');
    expect(await loginFrom('203.0.113.3', 'refused@mpp-paser.local', 'wrong-password')).toBe('RATE_LIMITED');
    expect(await failuresOf({ email: 'refused@mpp-paser.local' })).toBe(PER_MINUTE);
    expect(await loginFrom('203.0.113.4', 'refused@mpp-paser.local', 'wrong-password')).toBe('UNAUTHENTICATED');
    expect(await failuresOf({ email: 'refused@mpp-paser.local' })).toBe(PER_MINUTE + 1);
  });

  it('counts only the last minute', async () => {
    const beforeTheWindow = new Date(clock.now().getTime() - 61_000);
    // Enough of each to refuse the pair, the account and the address, were they recent.
    await writeDownFailures(PER_MINUTE, 'earlier@mpp-paser.local', '203.0.113.5', beforeTheWindow);
    for (let index = 0; index < 40; index += 1) {
      await writeDownFailures(1, 'earlier@mpp-paser.local', `198.18.0.${index}`, beforeTheWindow);
      await writeDownFailures(1, `earlier-${index}@mpp-paser.local`, '203.0.113.5', beforeTheWindow);
    }
    expect(await loginFrom('203.0.113.5', 'earlier@mpp-paser.local', 'wrong-password')).toBe('UNAUTHENTICATED');
  });
});
