import { testDatabaseTargets } from '@mpp/kit/testing';
import { bearer, TestPlatformRun, type GraphqlResult } from './support/platform';

const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }';
const CREATE_ACCOUNT = 'mutation($input: CreateStaffUserInput!) { createStaffUser(input: $input) { temporaryPassword } }';
const CHANGE_PASSWORD = 'mutation($c: String!, $n: String!) { changeOwnPassword(currentPassword: $c, newPassword: $n) { token } }';

/** N: failed sign-ins a minute per account and address; small, to keep the tests fast. */
const PER_MINUTE = 3;
/** Per address across its accounts, and per account across its addresses. */
const WIDE_LIMIT = 10 * PER_MINUTE;
/** The documented delays once an account has more than N failures in the minute: doubling, at most 4 s. */
const FIRST_DELAY_MS = 250;
const LONGEST_DELAY_MS = 4_000;
/**
 * What an attempt that waits no delay stays under, beyond the time an undelayed attempt takes
 * at that moment: half the first delay, so that even that one would show.
 */
const UNDELAYED_MS = FIRST_DELAY_MS / 2;

/** The outcome of an operation: its error code, or OK. */
const outcomeOf = (result: GraphqlResult<unknown>) => (result.errors?.[0]?.extensions?.code as string | undefined) ?? 'OK';
const tally = (outcomes: string[]) => outcomes.reduce<Record<string, number>>((counts, outcome) => ({ ...counts, [outcome]: (counts[outcome] ?? 0) + 1 }), {});

describe.each(testDatabaseTargets())('sign-in limits through the gateway on $label', ({ databaseUrl }) => {
  let platform: TestPlatformRun;
  let admin: Record<string, string>;
  let accountCount = 0;

  /** The client address the gateway sees: it trusts one proxy, which names the client. */
  const from = (address: string) => ({ 'x-forwarded-for': address });
  const signIn = async (email: string, password: string, address: string) => outcomeOf(await platform.post(LOGIN, { e: email, p: password }, from(address)));
  const timed = async <T>(action: () => Promise<T>): Promise<{ outcome: T; ms: number }> => {
    const started = performance.now();
    const outcome = await action();
    return { outcome, ms: performance.now() - started };
  };
  /** A staff account of its own, with its temporary password: no other test's failures count against it. */
  const newAccount = async () => {
    accountCount += 1;
    const email = `limits-${accountCount}@example.id`;
    const created = await platform.post(CREATE_ACCOUNT, { input: { email, name: `Staf Uji ${accountCount}`, role: 'EDITOR' } }, admin);
    if (created.errors) throw new Error(JSON.stringify(created.errors));
    return { email, password: created.data.createStaffUser.temporaryPassword as string };
  };

  beforeAll(async () => {
    platform = await TestPlatformRun.start(databaseUrl, { MPP_LOGIN_RATE_LIMIT_PER_MINUTE: String(PER_MINUTE), MPP_TRUST_PROXY_HOPS: '1' });
    admin = bearer(await platform.loginAs('ADMIN'));
  });

  afterAll(async () => {
    await platform?.stop();
  });

  it('stops guesses on one account from one address, and neither other accounts there nor that account elsewhere', async () => {
    const guessed = await newAccount();
    const neighbour = await newAccount();
    const guesser = '192.0.2.10';
    for (let guess = 0; guess < PER_MINUTE; guess += 1) expect(await signIn(guessed.email, 'wrong-password', guesser)).toBe('UNAUTHENTICATED');
    expect(await signIn(guessed.email, guessed.password, guesser)).toBe('RATE_LIMITED');
    // Hammering on, refused every time: refused attempts tried no password and count against nobody.
    for (let guess = 0; guess < WIDE_LIMIT + 5; guess += 1) expect(await signIn(guessed.email, 'wrong-password', guesser)).toBe('RATE_LIMITED');

    expect(await signIn(neighbour.email, neighbour.password, guesser)).toBe('OK');
    expect(await signIn(guessed.email, guessed.password, '192.0.2.11')).toBe('OK');
  });

  it('counts every address of an IPv6 /64 as one client, for one account and across emails', async () => {
    const [guessed, fresh] = [await newAccount(), await newAccount()];
    // The host part chosen anew for every guess.
    for (let guess = 1; guess <= PER_MINUTE; guess += 1) expect(await signIn(guessed.email, 'wrong-password', `2001:db8:50:1::${guess}`)).toBe('UNAUTHENTICATED');
    expect(await signIn(guessed.email, guessed.password, '2001:db8:50:1:ffff:ffff:ffff:ffff')).toBe('RATE_LIMITED');
    expect(await signIn(guessed.email, guessed.password, '2001:db8:50:2::1')).toBe('OK');

    // N on each of ten emails, each from another address of a second /64, spend its budget.
    for (let index = 0; index < 10; index += 1) {
      for (let guess = 1; guess <= PER_MINUTE; guess += 1) {
        expect(await signIn(`ipv6-${index}@example.id`, 'wrong-password', `2001:db8:51:1:${index}::${guess}`)).toBe('UNAUTHENTICATED');
      }
    }
    expect(await signIn(fresh.email, fresh.password, '2001:db8:51:1:abcd::1')).toBe('RATE_LIMITED');
    expect(await signIn(fresh.email, fresh.password, '2001:db8:51:2::1')).toBe('OK');
  });

  it('counts an IPv4-mapped address as its IPv4 address', async () => {
    const guessed = await newAccount();
    for (let guess = 0; guess < PER_MINUTE - 1; guess += 1) expect(await signIn(guessed.email, 'wrong-password', '::ffff:192.0.2.60')).toBe('UNAUTHENTICATED');
    expect(await signIn(guessed.email, 'wrong-password', '192.0.2.60')).toBe('UNAUTHENTICATED');
    expect(await signIn(guessed.email, guessed.password, '::ffff:c000:23c')).toBe('RATE_LIMITED');
    expect(await signIn(guessed.email, guessed.password, '192.0.2.60')).toBe('RATE_LIMITED');
    expect(await signIn(guessed.email, guessed.password, '192.0.2.61')).toBe('OK');
  });

  it('counts each IPv4 client behind a NAT64 translator as its IPv4 address, not the translator\'s /64', async () => {
    const guessed = await newAccount();
    for (let guess = 0; guess < PER_MINUTE - 1; guess += 1) expect(await signIn(guessed.email, 'wrong-password', '64:ff9b::192.0.2.90')).toBe('UNAUTHENTICATED');
    // The local-use prefix, the IPv4 address in its last 32 bits: 192.0.2.90 again.
    expect(await signIn(guessed.email, 'wrong-password', '64:ff9b:1:ab::c000:25a')).toBe('UNAUTHENTICATED');
    expect(await signIn(guessed.email, guessed.password, '192.0.2.90')).toBe('RATE_LIMITED');
    // Another client through the same translator has a budget of its own.
    expect(await signIn(guessed.email, guessed.password, '64:ff9b::192.0.2.91')).toBe('OK');
  });

  it('limits one address across every email it tries, unknown ones included', async () => {
    const stuffer = '192.0.2.20';
    const [known, fresh] = [await newAccount(), await newAccount()];
    const emails = [known.email, ...Array.from({ length: 9 }, (_, index) => `stuffed-${index}@example.id`)];
    // N per email (no pair is stopped), 10·N − 1 in all.
    const guesses = emails.flatMap((email) => Array.from({ length: PER_MINUTE }, () => email)).slice(1);
    expect(guesses).toHaveLength(WIDE_LIMIT - 1);
    for (const email of guesses) expect(await signIn(email, 'wrong-password', stuffer)).toBe('UNAUTHENTICATED');

    // The 10·N-th attempt is still checked: a right password signs in, and a success counts as no failure.
    expect(await signIn(fresh.email, fresh.password, stuffer)).toBe('OK');
    expect(await signIn('stuffed-last@example.id', 'wrong-password', stuffer)).toBe('UNAUTHENTICATED');

    // The 10·N failures there refuse anyone who has not signed in from there lately.
    expect(await signIn(known.email, known.password, stuffer)).toBe('RATE_LIMITED');
    expect(await signIn('stuffed-other@example.id', 'wrong-password', stuffer)).toBe('RATE_LIMITED');
    expect(await signIn(known.email, known.password, '192.0.2.21')).toBe('OK');
  });

  it('lets staff who have signed in from an address through it while someone there spends its budget, on their right password only', async () => {
    const [staff, newcomer] = [await newAccount(), await newAccount()];
    const mall = '192.0.2.70';
    expect(await signIn(staff.email, staff.password, mall)).toBe('OK');

    // Someone on the mall's Wi-Fi tries ten emails N times each.
    for (let index = 0; index < 10; index += 1) {
      for (let guess = 0; guess < PER_MINUTE; guess += 1) expect(await signIn(`wifi-${index}@example.id`, 'wrong-password', mall)).toBe('UNAUTHENTICATED');
    }
    expect(await signIn('wifi-more@example.id', 'wrong-password', mall)).toBe('RATE_LIMITED');
    expect(await signIn(newcomer.email, newcomer.password, mall)).toBe('RATE_LIMITED');

    // A wrong password gets the answer everyone there gets; the right one signs in.
    expect(await signIn(staff.email, 'wrong-password', mall)).toBe('RATE_LIMITED');
    expect(await signIn(staff.email, staff.password, mall)).toBe('OK');
  });

  it('slows guesses on one account from many addresses with growing delays, and refuses them past 10·N, the owner included but where they have signed in', async () => {
    const guessed = await newAccount();
    const desk = '2001:db8:60:1::1';
    expect(await signIn(guessed.email, guessed.password, desk)).toBe('OK');
    let addresses = 0;
    const freshAddress = () => `198.51.100.${(addresses += 1)}`;
    // What an attempt that waits no delay takes now: a loaded machine slows every attempt, not
    // only delayed ones, so an undelayed one is timed against this, plus half the first delay.
    const control = await newAccount();
    const undelayedNow = async () => (await timed(() => signIn(control.email, control.password, freshAddress()))).ms;
    const expectUndelayed = async (ms: number) => expect(ms).toBeLessThan((await undelayedNow()) + UNDELAYED_MS);

    // One guess from each of a few addresses: no pair, no address near its limit. Each is timed
    // against its designed delay, never against another's time: well under the first delay while
    // the account is within N, then at least its own delay and less than twice it (the next one's).
    const designedDelays = [0, 0, 0, FIRST_DELAY_MS, 2 * FIRST_DELAY_MS, 4 * FIRST_DELAY_MS, 8 * FIRST_DELAY_MS];
    for (const designed of designedDelays) {
      const { outcome, ms } = await timed(() => signIn(guessed.email, 'wrong-password', freshAddress()));
      expect(outcome).toBe('UNAUTHENTICATED');
      if (designed === 0) await expectUndelayed(ms);
      else expect(ms).toBeGreaterThanOrEqual(designed);
      if (designed > 0) expect(ms).toBeLessThan(2 * designed);
    }

    // Up to 10·N − 1 failures, sent at once: each waits, none is refused.
    const rest = WIDE_LIMIT - 1 - designedDelays.length;
    const parallel = await Promise.all(Array.from({ length: rest }, () => signIn(guessed.email, 'wrong-password', freshAddress())));
    expect(parallel).toEqual(Array.from({ length: rest }, () => 'UNAUTHENTICATED'));

    // The 10·N-th attempt is the owner's, from an address of their own: it waits the longest
    // delay, is checked and signs in (a success counts as no failure).
    const owner = await timed(() => signIn(guessed.email, guessed.password, freshAddress()));
    expect(owner.outcome).toBe('OK');
    expect(owner.ms).toBeGreaterThanOrEqual(LONGEST_DELAY_MS);
    expect(await signIn(guessed.email, 'wrong-password', freshAddress())).toBe('UNAUTHENTICATED');

    // 10·N failures: refused from anywhere, the owner's right password too, at once; from the
    // desk the owner has signed in from, signed in without a wait.
    const refused = await timed(() => signIn(guessed.email, guessed.password, freshAddress()));
    expect(refused.outcome).toBe('RATE_LIMITED');
    await expectUndelayed(refused.ms);
    const atTheDesk = await timed(() => signIn(guessed.email, guessed.password, '2001:db8:60:1::2'));
    expect(atTheDesk.outcome).toBe('OK');
    await expectUndelayed(atTheDesk.ms);
  });

  it('checks exactly N of the guesses on one account from one address sent at once', async () => {
    const guessed = await newAccount();
    const outcomes = await Promise.all(Array.from({ length: 3 * PER_MINUTE }, () => signIn(guessed.email, 'wrong-password', '192.0.2.30')));
    expect(tally(outcomes)).toEqual({ UNAUTHENTICATED: PER_MINUTE, RATE_LIMITED: 2 * PER_MINUTE });
  });

  it('checks exactly 10·N of the guesses on one account from many addresses sent at once', async () => {
    const outcomes = await Promise.all(
      Array.from({ length: WIDE_LIMIT + 15 }, (_, index) => signIn('parallel@example.id', `guess-${index}-password`, `10.1.${index}.1`)),
    );
    expect(tally(outcomes)).toEqual({ UNAUTHENTICATED: WIDE_LIMIT, RATE_LIMITED: 15 });
  });

  it('checks exactly 10·N of the guesses from one address on many emails sent at once', async () => {
    const outcomes = await Promise.all(
      Array.from({ length: WIDE_LIMIT + 15 }, (_, index) => signIn(`parallel-${index % 15}@example.id`, `guess-${index}-password`, '192.0.2.80')),
    );
    expect(tally(outcomes)).toEqual({ UNAUTHENTICATED: WIDE_LIMIT, RATE_LIMITED: 15 });
  });

  it('limits the current-password check of a password change with sign-in, on the same count', async () => {
    const account = await newAccount();
    const session = bearer(await platform.login(account.email, account.password, from('192.0.2.40')));
    const change = async (current: string, address: string) =>
      outcomeOf(await platform.post(CHANGE_PASSWORD, { c: current, n: 'sandi-baru-yang-panjang-2026' }, { ...session, ...from(address) }));

    const guesser = '192.0.2.41';
    for (let guess = 0; guess < PER_MINUTE - 1; guess += 1) expect(await signIn(account.email, 'wrong-password', guesser)).toBe('UNAUTHENTICATED');
    expect(await change('wrong-password', guesser)).toBe('BAD_USER_INPUT');
    expect(await change(account.password, guesser)).toBe('RATE_LIMITED');
    expect(await signIn(account.email, account.password, guesser)).toBe('RATE_LIMITED');

    expect(await change(account.password, '192.0.2.42')).toBe('OK');
  });

  it('lets a stopped pair try again a minute later', async () => {
    const guessed = await newAccount();
    for (let guess = 0; guess < PER_MINUTE; guess += 1) expect(await signIn(guessed.email, 'wrong-password', '192.0.2.50')).toBe('UNAUTHENTICATED');
    expect(await signIn(guessed.email, guessed.password, '192.0.2.50')).toBe('RATE_LIMITED');
    // A minute on, as the agencies subgraph sees it: its failures a minute and a second older.
    const em = platform.subgraphs.agencies.database.orm.em.fork();
    await em.nativeUpdate<{ email: string; failedAt: Date }>('LoginFailure', { email: guessed.email }, { failedAt: new Date(Date.now() - 61_000) });
    expect(await signIn(guessed.email, guessed.password, '192.0.2.50')).toBe('OK');
  });
});
