import { setTimeout as sleep } from 'node:timers/promises';
import { CLIENT_ADDRESS_HEADER, clock, newId, normaliseClientAddress, Role } from '@mpp/kit';
import { QueryLog } from '@mpp/kit/subgraph';
import { openDatabaseBefore, subgraphForSpecs, testDatabaseTargets } from '@mpp/kit/testing';
import { hashPassword } from '../staff/passwords';
import { StaffUser } from '../staff/staff-user.entity';
import { agenciesSubgraph } from '../subgraph';
import { LoginFailure, RefreshToken, SignInTurn } from './session.entity';
import { admission, delayBeforeCheck, FAILURE_RETENTION_MS, KNOWN_ADDRESS_MS, lockRowId, signInLimits } from './sign-in-limits';

const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { refreshToken } }';
const REFRESH = 'mutation($t: String!) { refreshSession(refreshToken: $t) { refreshToken } }';
const RESET = 'mutation($id: ID!, $v: Int!) { resetStaffPassword(id: $id, version: $v) { temporaryPassword } }';
const CHANGE = 'mutation($c: String!, $n: String!) { changeOwnPassword(currentPassword: $c, newPassword: $n) { refreshToken } }';
const PER_MINUTE = 3;

describe('client addresses, as the sign-in limits count them', () => {
  it('keeps an IPv4 address, makes an IPv4-mapped one its IPv4 address, and an IPv6 one its /64', () => {
    expect(normaliseClientAddress('203.0.113.7')).toBe('203.0.113.7');
    expect(normaliseClientAddress('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(normaliseClientAddress('::FFFF:cb00:7107')).toBe('203.0.113.7');
    expect(normaliseClientAddress('0:0:0:0:0:ffff:203.0.113.7')).toBe('203.0.113.7');
    for (const address of ['2001:db8:1:2::1', '2001:DB8:1:2:aaaa:bbbb:cccc:dddd', '2001:0db8:0001:0002::ffff', '2001:db8:1:2:0:0:0:0']) {
      expect(normaliseClientAddress(address)).toBe('2001:db8:1:2::/64');
    }
    expect(normaliseClientAddress('2001:db8:1:3::1')).toBe('2001:db8:1:3::/64');
    // RFC 5952's shortest form: the longest run of zero groups is the one left out.
    expect(normaliseClientAddress('2001:db8:0:0:1::')).toBe('2001:db8::/64');
    expect(normaliseClientAddress('1:0:0:2:3:4:5:6')).toBe('1:0:0:2::/64');
    expect(normaliseClientAddress('::1')).toBe('::/64');
    expect(normaliseClientAddress('fe80::1%eth0')).toBe('fe80::/64');
  });

  it('makes an address of a NAT64 prefix the IPv4 client it translated, the well-known /96 and the local-use /48 alike', () => {
    expect(normaliseClientAddress('64:ff9b::192.0.2.1')).toBe('192.0.2.1');
    expect(normaliseClientAddress('64:FF9B::c000:202')).toBe('192.0.2.2');
    expect(normaliseClientAddress('64:ff9b:0:0:0:0:198.51.100.7')).toBe('198.51.100.7');
    expect(normaliseClientAddress('64:ff9b:1::203.0.113.9')).toBe('203.0.113.9');
    expect(normaliseClientAddress('64:ff9b:1:abcd:0:1:cb00:710a')).toBe('203.0.113.10');
    // Beside those prefixes, a /64 as any IPv6 client.
    expect(normaliseClientAddress('64:ff9b:0:0:1::192.0.2.1')).toBe('64:ff9b::/64');
    expect(normaliseClientAddress('64:ff9b:2::192.0.2.1')).toBe('64:ff9b:2::/64');
    expect(normaliseClientAddress('64:ff9a::192.0.2.1')).toBe('64:ff9a::/64');
  });

  it('counts anything that is not an IP address as unknown', () => {
    for (const address of [null, undefined, '', 'unknown', 'not an address', '203.0.113.7, 10.0.0.1', '[2001:db8::1]', '203.0.113.07', ' 203.0.113.7']) {
      expect(normaliseClientAddress(address)).toBe('unknown');
    }
  });
});

describe('the sign-in limits, decided from the counts', () => {
  const limits = signInLimits(PER_MINUTE);

  it('allows N failures per pair, 10·N per address and 10·N per account a minute', () => {
    expect(limits).toEqual({ perPair: 3, perAddress: 30, perAccount: 30 });
    expect(admission({ pair: 3, address: 30, account: 3 }, limits, false)).toEqual({ admitted: true, delayMs: 0, refusedIfWrong: false });
    expect(admission({ pair: 4, address: 4, account: 4 }, limits, false)).toEqual({ admitted: false });
    expect(admission({ pair: 1, address: 31, account: 1 }, limits, false)).toEqual({ admitted: false });
    expect(admission({ pair: 1, address: 1, account: 31 }, limits, false)).toEqual({ admitted: false });
  });

  it('delays attempts on an account past N failures, doubling from 250 ms up to 4 s', () => {
    const delays = Array.from({ length: 31 }, (_, index) => delayBeforeCheck(index, limits));
    expect(delays.slice(0, 9)).toEqual([0, 0, 0, 0, 250, 500, 1000, 2000, 4000]);
    expect(new Set(delays.slice(8))).toEqual(new Set([4000]));
    expect(delayBeforeCheck(Number.MAX_SAFE_INTEGER, limits)).toBe(4000);
    expect(admission({ pair: 1, address: 1, account: 30 }, limits, false)).toEqual({ admitted: true, delayMs: 4000, refusedIfWrong: false });
  });

  it('holds an account at an address it has signed in from by the pair limit alone, with no delay, a wrong password refused past a wide limit', () => {
    expect(admission({ pair: 4, address: 4, account: 4 }, limits, true)).toEqual({ admitted: false });
    expect(admission({ pair: 1, address: 1, account: 10 }, limits, true)).toEqual({ admitted: true, delayMs: 0, refusedIfWrong: false });
    expect(admission({ pair: 3, address: 31, account: 3 }, limits, true)).toEqual({ admitted: true, delayMs: 0, refusedIfWrong: true });
    expect(admission({ pair: 3, address: 3, account: 31 }, limits, true)).toEqual({ admitted: true, delayMs: 0, refusedIfWrong: true });
  });
});

describe.each(testDatabaseTargets())('sign-in limits in the agencies subgraph on $label', ({ label, databaseUrl }) => {
  let accountCount = 0;
  const queryLog = new QueryLog();
  const tokenKeptBeforeTheUpgrade = '22222222-2222-4222-8222-222222222222';
  const run = subgraphForSpecs(agenciesSubgraph, databaseUrl, {
    env: { MPP_LOGIN_RATE_LIMIT_PER_MINUTE: String(PER_MINUTE) },
    startOptions: { queryLog },
    // A database as it was while a rotation recorded the refresher's address, holding one such token.
    async beforeStart(platform) {
      const before = await openDatabaseBefore(platform, agenciesSubgraph, 'Migration20261204000000_forget_refreshed_client_addresses');
      await before.orm.em.getConnection().execute(
        'insert into refresh_token (id, user_id, session_id, token_hash, expires_at, created_at, client_address) values (?, ?, ?, ?, ?, ?, ?)',
        [tokenKeptBeforeTheUpgrade, 'earlier-user', tokenKeptBeforeTheUpgrade, 'e'.repeat(64), new Date(Date.now() + 60_000), new Date(), '203.0.113.99'],
      );
      await before.close();
    },
  });

  const ask = (address: string | null, query: string, variables: Record<string, unknown>) =>
    run.ask(query, variables, undefined, address === null ? {} : { [CLIENT_ADDRESS_HEADER]: address });
  const loginFrom = async (address: string, email: string, password: string): Promise<string> => {
    const result = await ask(address, LOGIN, { e: email, p: password });
    return (result.errors?.[0]?.extensions?.code as string | undefined) ?? 'SIGNED_IN';
  };
  const timed = async <T>(action: () => Promise<T>): Promise<{ outcome: T; ms: number }> => {
    const started = performance.now();
    const outcome = await action();
    return { outcome, ms: performance.now() - started };
  };
  const em = () => run.subgraph.database.orm.em.fork();
  const failuresOf = (where: { email?: string; clientAddress?: string }) => em().count(LoginFailure, where);
  /** Failures written as an attacker's earlier attempts left them. */
  const writeDownFailures = async (count: number, email: string, clientAddress: string, failedAt = new Date()) => {
    const writer = em();
    for (let index = 0; index < count; index += 1) writer.create(LoginFailure, { id: newId(), email, clientAddress, failedAt });
    await writer.flush();
  };
  /** 10·N failures from `clientAddress`, N on each of ten emails nobody has. */
  const spendAddressBudget = async (clientAddress: string) => {
    for (let index = 0; index < 10; index += 1) await writeDownFailures(PER_MINUTE, `stuffed-${index}-${clientAddress}@example.id`, clientAddress);
  };
  /** 10·N failures on `email`, N from each of ten addresses of 198.18.x.0/24. */
  const spendAccountBudget = async (email: string, network: number) => {
    for (let index = 0; index < 10; index += 1) await writeDownFailures(PER_MINUTE, email, `198.18.${network}.${index}`);
  };
  /** An account of its own, so no other test's failures count against it. */
  const newAccount = async () => {
    accountCount += 1;
    const account = { email: `limits-${accountCount}@example.id`, password: `kata-sandi-uji-${accountCount}-2026` };
    const writer = em();
    writer.create(StaffUser, {
      id: newId(),
      email: account.email,
      name: `Staf Uji ${accountCount}`,
      role: Role.EDITOR,
      agency: null,
      active: true,
      mustChangePassword: false,
      passwordHash: await hashPassword(account.password),
    });
    await writer.flush();
    return account;
  };

  afterEach(() => {
    clock.reset();
    jest.restoreAllMocks();
  });

  it('counts no more than N from one pair toward its address or its account, however many rows it has', async () => {
    const account = await newAccount();
    await writeDownFailures(50, account.email, '203.0.113.1');

    expect(await loginFrom('203.0.113.1', account.email, account.password)).toBe('RATE_LIMITED');
    // The account from elsewhere: 3 of the 50 and this attempt, so a delay, but no refusal.
    expect(await loginFrom('203.0.113.2', account.email, account.password)).toBe('SIGNED_IN');
    // The address for other emails: 3 of the 50 and this attempt.
    expect(await loginFrom('203.0.113.1', 'someone-else@mpp-paser.local', 'wrong-password')).toBe('UNAUTHENTICATED');
  });

  it('writes down no refused attempt, so that it counts against nothing', async () => {
    await writeDownFailures(PER_MINUTE, 'refused@mpp-paser.local', '203.0.113.3');
    expect(await loginFrom('203.0.113.3', 'refused@mpp-paser.local', 'wrong-password')).toBe('RATE_LIMITED');
    expect(await failuresOf({ email: 'refused@mpp-paser.local' })).toBe(PER_MINUTE);
    expect(await loginFrom('203.0.113.4', 'refused@mpp-paser.local', 'wrong-password')).toBe('UNAUTHENTICATED');
    expect(await failuresOf({ email: 'refused@mpp-paser.local' })).toBe(PER_MINUTE + 1);
  });

  it('counts only the last minute', async () => {
    const beforeTheWindow = new Date(Date.now() - 61_000);
    // Enough of each to refuse the pair, the account and the address, were they recent.
    await writeDownFailures(PER_MINUTE, 'earlier@mpp-paser.local', '203.0.113.5', beforeTheWindow);
    for (let index = 0; index < 40; index += 1) {
      await writeDownFailures(1, 'earlier@mpp-paser.local', `198.18.0.${index}`, beforeTheWindow);
      await writeDownFailures(1, `earlier-${index}@mpp-paser.local`, '203.0.113.5', beforeTheWindow);
    }
    expect(await loginFrom('203.0.113.5', 'earlier@mpp-paser.local', 'wrong-password')).toBe('UNAUTHENTICATED');
  });

  it('counts and forgets on the system\'s time, wherever a demo has set the business clock', async () => {
    // Every attempt cleans up, so that a cleanup on the wrong clock would show.
    jest.spyOn(Math, 'random').mockReturnValue(0);

    // A demo started again at a set instant an hour back: a minute-old failure is still a minute old.
    clock.startAt(new Date(Date.now() - 60 * 60_000));
    await writeDownFailures(PER_MINUTE, 'clock@mpp-paser.local', '203.0.113.6', new Date(Date.now() - 61_000));
    expect(await loginFrom('203.0.113.6', 'clock@mpp-paser.local', 'wrong-password')).toBe('UNAUTHENTICATED');

    // An hour ahead: the failures of this very minute count, and no cleanup takes them.
    clock.startAt(new Date(Date.now() + 2 * FAILURE_RETENTION_MS));
    await writeDownFailures(PER_MINUTE, 'clock@mpp-paser.local', '203.0.113.7');
    expect(await loginFrom('203.0.113.7', 'clock@mpp-paser.local', 'wrong-password')).toBe('RATE_LIMITED');
    expect(await failuresOf({ clientAddress: '203.0.113.7' })).toBe(PER_MINUTE);

    // What the cleanup is for still goes; the turn rows stay.
    await writeDownFailures(1, 'clock@mpp-paser.local', '203.0.113.8', new Date(Date.now() - FAILURE_RETENTION_MS - 60_000));
    expect(await loginFrom('203.0.113.9', 'clock@mpp-paser.local', 'wrong-password')).toBe('UNAUTHENTICATED');
    expect(await failuresOf({ clientAddress: '203.0.113.8' })).toBe(0);
    // The turn the admitted attempt from 203.0.113.6 took (a refused one takes none).
    expect(lockRowId('address', '203.0.113.6')).not.toBe(lockRowId('address', '203.0.113.9'));
    expect(await em().count(SignInTurn, { id: lockRowId('address', '203.0.113.6') })).toBe(1);
  });

  it('forgets on upgrade the addresses kept while a refresh recorded its refresher\'s', async () => {
    expect((await em().findOneOrFail(RefreshToken, { id: tokenKeptBeforeTheUpgrade })).clientAddress).toBeNull();
  });

  it('keeps the address a session was signed in from through its renewals, wherever they come from', async () => {
    const account = await newAccount();
    const userId = (await em().findOneOrFail(StaffUser, { email: account.email })).id;
    const addressOfLiveToken = async () => (await em().findOneOrFail(RefreshToken, { userId, revokedAt: null })).clientAddress;

    const signedIn = (await ask('2001:db8:7:8::1234', LOGIN, { e: account.email, p: account.password })).data!.login;
    expect(await addressOfLiveToken()).toBe('2001:db8:7:8::/64');
    const renewed = (await ask('::ffff:203.0.113.10', REFRESH, { t: signedIn.refreshToken })).data!.refreshSession;
    expect(await addressOfLiveToken()).toBe('2001:db8:7:8::/64');
    expect((await ask(null, REFRESH, { t: renewed.refreshToken })).errors).toBeUndefined();
    expect(await addressOfLiveToken()).toBe('2001:db8:7:8::/64');
    expect(await em().count(RefreshToken, { userId, clientAddress: '203.0.113.10' })).toBe(0);
  });

  it('does not know an address a session was only renewed from: a refresh proves no password', async () => {
    const account = await newAccount();
    const [office, thief] = ['203.0.113.60', '203.0.113.61'];
    const signedIn = (await ask(office, LOGIN, { e: account.email, p: account.password })).data!.login;
    expect((await ask(thief, REFRESH, { t: signedIn.refreshToken })).errors).toBeUndefined();

    await spendAddressBudget(thief);
    expect(await loginFrom(thief, account.email, account.password)).toBe('RATE_LIMITED');
    // The renewal keeps the office known, for as long as the session is renewed.
    const userId = (await em().findOneOrFail(StaffUser, { email: account.email })).id;
    await em().nativeUpdate(RefreshToken, { userId, revokedReason: 'ROTATED' }, { createdAt: new Date(Date.now() - KNOWN_ADDRESS_MS - 60_000) });
    await spendAddressBudget(office);
    expect(await loginFrom(office, account.email, account.password)).toBe('SIGNED_IN');
  });

  it('forgets every address of an account whose rotated refresh token came back', async () => {
    const account = await newAccount();
    const office = '203.0.113.62';
    const signedIn = (await ask(office, LOGIN, { e: account.email, p: account.password })).data!.login;
    expect((await ask(office, REFRESH, { t: signedIn.refreshToken })).errors).toBeUndefined();
    expect((await ask(office, REFRESH, { t: signedIn.refreshToken })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const userId = (await em().findOneOrFail(StaffUser, { email: account.email })).id;
    expect(await em().count(RefreshToken, { userId, revokedReason: 'REUSED' })).toBe(1);

    await spendAddressBudget(office);
    expect(await loginFrom(office, account.email, account.password)).toBe('RATE_LIMITED');
  });

  it('forgets the addresses signed in from before a password reset or change, and knows the one a change was made from', async () => {
    const account = await newAccount();
    const user = await em().findOneOrFail(StaffUser, { email: account.email });
    const [before, afterReset, changedAt] = ['203.0.113.63', '203.0.113.64', '203.0.113.65'];
    expect(await loginFrom(before, account.email, account.password)).toBe('SIGNED_IN');

    const administrator = { userId: newId(), role: Role.ADMIN, agencyId: null };
    const reset = await run.ask(RESET, { id: user.id, v: user.version }, administrator);
    const temporaryPassword = reset.data!.resetStaffPassword.temporaryPassword as string;
    await spendAddressBudget(before);
    expect(await loginFrom(before, account.email, temporaryPassword)).toBe('RATE_LIMITED');

    expect(await loginFrom(afterReset, account.email, temporaryPassword)).toBe('SIGNED_IN');
    const owner = { userId: user.id, role: user.role, agencyId: null };
    const changed = await run.ask(CHANGE, { c: temporaryPassword, n: account.password }, owner, { [CLIENT_ADDRESS_HEADER]: changedAt });
    expect(changed.errors).toBeUndefined();
    await spendAddressBudget(afterReset);
    await spendAddressBudget(changedAt);
    expect(await loginFrom(afterReset, account.email, account.password)).toBe('RATE_LIMITED');
    expect(await loginFrom(changedAt, account.email, account.password)).toBe('SIGNED_IN');
  });

  it('refuses an attempt past a limit on the counts alone: no turn taken, nothing written', async () => {
    const account = await newAccount();
    const address = '203.0.113.66';
    await writeDownFailures(PER_MINUTE, account.email, address);
    queryLog.reset();
    expect(await loginFrom(address, account.email, account.password)).toBe('RATE_LIMITED');
    expect(queryLog.entries.length).toBeGreaterThan(0);
    expect(queryLog.entries.filter((sql) => /sign_in_turn|^\s*(begin|start transaction|insert|update|delete)\b/i.test(sql))).toEqual([]);
  });

  // Another transaction holds the address's turn. SQLite's pool has one connection, which that
  // transaction would hold from the subgraph altogether; MySQL's has ten.
  (label === 'mysql' ? it : it.skip)('answers an attempt past a limit at once while another attempt from its address holds the turn', async () => {
    const [refusedAccount, admissibleAccount] = [await newAccount(), await newAccount()];
    const address = '203.0.113.67';
    await writeDownFailures(PER_MINUTE, refusedAccount.email, address);
    const stillWaiting = (ms: number) => sleep(ms).then(() => 'STILL_WAITING');

    let admissible: Promise<string> | undefined;
    await em().transactional(async (holder) => {
      await holder.createQueryBuilder(SignInTurn).insert({ id: lockRowId('address', address), takenAt: new Date() }).onConflict('id').merge(['takenAt']).execute();
      expect(await Promise.race([loginFrom(address, refusedAccount.email, refusedAccount.password), stillWaiting(2_000)])).toBe('RATE_LIMITED');
      // The turn is truly held: an attempt that may be admitted waits for it.
      admissible = loginFrom(address, admissibleAccount.email, 'wrong-password');
      expect(await Promise.race([admissible, stillWaiting(500)])).toBe('STILL_WAITING');
    });
    expect(await admissible).toBe('UNAUTHENTICATED');
  });

  it('lets an account through an address past its limit when it has signed in from there, with its right password only', async () => {
    const [known, stranger] = [await newAccount(), await newAccount()];
    const mall = '203.0.113.20';
    expect(await loginFrom(mall, known.email, known.password)).toBe('SIGNED_IN');
    await spendAddressBudget(mall);

    // Everyone else there, and any email nobody has, is refused as before.
    expect(await loginFrom(mall, stranger.email, stranger.password)).toBe('RATE_LIMITED');
    expect(await loginFrom(mall, 'nobody@example.id', 'wrong-password')).toBe('RATE_LIMITED');
    // A wrong password gets the same answer, and counts as a failure of the pair.
    expect(await loginFrom(mall, known.email, 'wrong-password')).toBe('RATE_LIMITED');
    expect(await failuresOf({ email: known.email, clientAddress: mall })).toBe(1);
    expect(await loginFrom(mall, known.email, known.password)).toBe('SIGNED_IN');

    // The pair limit holds it as anyone: N failures from there and the right password waits too.
    await writeDownFailures(PER_MINUTE - 1, known.email, mall);
    expect(await loginFrom(mall, known.email, known.password)).toBe('RATE_LIMITED');
  });

  it('lets the owner in, undelayed, from an address they have signed in from while the account is guessed at from elsewhere', async () => {
    const owner = await newAccount();
    const desk = '2001:db8:30:1::10';
    expect(await loginFrom(desk, owner.email, owner.password)).toBe('SIGNED_IN');

    // 2·N failures from elsewhere: any other attempt on the account waits 250 ms · 2^N first.
    await writeDownFailures(PER_MINUTE, owner.email, '198.18.1.1');
    await writeDownFailures(PER_MINUTE, owner.email, '198.18.1.2');
    const designedDelay = delayBeforeCheck(2 * PER_MINUTE + 1, signInLimits(PER_MINUTE));
    expect(designedDelay).toBe(2_000);
    const elsewhere = await timed(() => loginFrom('198.18.1.3', owner.email, owner.password));
    expect(elsewhere).toMatchObject({ outcome: 'SIGNED_IN' });
    expect(elsewhere.ms).toBeGreaterThanOrEqual(designedDelay);
    // Another address of the desk's /64.
    const atTheDesk = await timed(() => loginFrom('2001:db8:30:1::11', owner.email, owner.password));
    expect(atTheDesk.outcome).toBe('SIGNED_IN');
    expect(atTheDesk.ms).toBeLessThan(designedDelay / 2);

    // 10·N failures: refused everywhere else, the owner's right password too; not at the desk.
    await spendAccountBudget(owner.email, 2);
    expect(await loginFrom('198.18.1.4', owner.email, owner.password)).toBe('RATE_LIMITED');
    expect(await loginFrom(desk, owner.email, 'wrong-password')).toBe('RATE_LIMITED');
    expect(await loginFrom(desk, owner.email, owner.password)).toBe('SIGNED_IN');
  });

  it('forgets an address the account has not signed in from for 30 days', async () => {
    const account = await newAccount();
    const office = '203.0.113.30';
    expect(await loginFrom(office, account.email, account.password)).toBe('SIGNED_IN');
    await spendAddressBudget(office);
    expect(await loginFrom(office, account.email, account.password)).toBe('SIGNED_IN');

    const userId = (await em().findOneOrFail(StaffUser, { email: account.email })).id;
    await em().nativeUpdate(RefreshToken, { userId }, { createdAt: new Date(Date.now() - KNOWN_ADDRESS_MS - 60_000) });
    expect(await loginFrom(office, account.email, account.password)).toBe('RATE_LIMITED');
  });

  it('dates sessions by the system\'s time: a demo\'s set clock neither forgets an address nor brings a session back', async () => {
    const account = await newAccount();
    const kiosk = '203.0.113.50';
    clock.startAt(new Date(Date.now() - 2 * KNOWN_ADDRESS_MS));
    const signedIn = (await ask(kiosk, LOGIN, { e: account.email, p: account.password })).data!.login;
    await spendAddressBudget(kiosk);
    expect(await loginFrom(kiosk, account.email, account.password)).toBe('SIGNED_IN');

    const userId = (await em().findOneOrFail(StaffUser, { email: account.email })).id;
    await em().nativeUpdate(RefreshToken, { userId }, { expiresAt: new Date(Date.now() - 60_000) });
    expect((await ask(kiosk, REFRESH, { t: signedIn.refreshToken })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('asks the database the same for an unknown email as for an account, known address or not', async () => {
    const [known, unknownHere] = [await newAccount(), await newAccount()];
    const address = '203.0.113.40';
    expect(await loginFrom(address, known.email, known.password)).toBe('SIGNED_IN');
    const statementsOf = async (email: string) => {
      queryLog.reset();
      expect(await loginFrom(address, email, 'wrong-password')).toBe('UNAUTHENTICATED');
      return queryLog.entries.length;
    };
    // No cleanup in any of them: it runs now and then.
    jest.spyOn(Math, 'random').mockReturnValue(0.99);
    const statements = [await statementsOf('nobody-here@example.id'), await statementsOf(unknownHere.email), await statementsOf(known.email)];
    expect(new Set(statements).size).toBe(1);
  });
});
