import { clock } from '@mpp/kit';
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

/** The outcome of an operation: its error code, or OK. */
const outcomeOf = (result: GraphqlResult<unknown>) => result.errors?.[0]?.extensions?.code ?? 'OK';

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
    clock.reset();
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

    expect(await signIn(fresh.email, fresh.password, stuffer)).toBe('RATE_LIMITED');
    expect(await signIn('stuffed-other@example.id', 'wrong-password', stuffer)).toBe('RATE_LIMITED');
    expect(await signIn(fresh.email, fresh.password, '192.0.2.21')).toBe('OK');
  });

  it('slows guesses on one account from many addresses with growing delays, and refuses them past 10·N, the owner included', async () => {
    const guessed = await newAccount();
    let addresses = 0;
    const freshAddress = () => `198.51.100.${(addresses += 1)}`;

    // One guess from each of a few addresses: no pair, no address near its limit.
    const sequential: number[] = [];
    for (let guess = 0; guess < PER_MINUTE + 4; guess += 1) {
      const { outcome, ms } = await timed(() => signIn(guessed.email, 'wrong-password', freshAddress()));
      expect(outcome).toBe('UNAUTHENTICATED');
      sequential.push(ms);
    }
    const undelayed = sequential.slice(0, PER_MINUTE);
    const delayed = sequential.slice(PER_MINUTE);
    delayed.forEach((ms, index) => expect(ms).toBeGreaterThanOrEqual(FIRST_DELAY_MS * 2 ** index));
    expect(Math.max(...undelayed)).toBeLessThan(delayed[0]);
    for (let index = 1; index < delayed.length; index += 1) expect(delayed[index]).toBeGreaterThan(delayed[index - 1]);

    // Up to 10·N − 1 failures, sent at once: each waits, none is refused.
    const rest = WIDE_LIMIT - 1 - sequential.length;
    const parallel = await Promise.all(Array.from({ length: rest }, () => signIn(guessed.email, 'wrong-password', freshAddress())));
    expect(parallel).toEqual(Array.from({ length: rest }, () => 'UNAUTHENTICATED'));

    // The 10·N-th attempt is the owner's, from an address of their own: it waits the longest
    // delay, is checked and signs in (a success counts as no failure).
    const owner = await timed(() => signIn(guessed.email, guessed.password, freshAddress()));
    expect(owner.outcome).toBe('OK');
    expect(owner.ms).toBeGreaterThanOrEqual(LONGEST_DELAY_MS);
    expect(await signIn(guessed.email, 'wrong-password', freshAddress())).toBe('UNAUTHENTICATED');

    // 10·N failures: refused from anywhere, the owner's right password too, without a wait.
    const refused = await timed(() => signIn(guessed.email, guessed.password, freshAddress()));
    expect(refused.outcome).toBe('RATE_LIMITED');
    expect(refused.ms).toBeLessThan(LONGEST_DELAY_MS);
  });

  it('checks no more than N of the guesses on one account from one address sent at once', async () => {
    const guessed = await newAccount();
    const outcomes = await Promise.all(Array.from({ length: 3 * PER_MINUTE }, () => signIn(guessed.email, 'wrong-password', '192.0.2.30')));
    expect(outcomes.filter((outcome) => outcome === 'UNAUTHENTICATED').length).toBeLessThanOrEqual(PER_MINUTE);
    expect(outcomes.filter((outcome) => outcome !== 'UNAUTHENTICATED').every((outcome) => outcome === 'RATE_LIMITED')).toBe(true);
  });

  it('checks no more than 10·N of the guesses on one account from many addresses sent at once', async () => {
    const outcomes = await Promise.all(
      Array.from({ length: WIDE_LIMIT + 15 }, (_, index) => signIn('parallel@example.id', `guess-${index}-password`, `10.1.${index}.1`)),
    );
    expect(outcomes.filter((outcome) => outcome === 'UNAUTHENTICATED').length).toBeLessThanOrEqual(WIDE_LIMIT);
    expect(outcomes.filter((outcome) => outcome !== 'UNAUTHENTICATED').every((outcome) => outcome === 'RATE_LIMITED')).toBe(true);
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

  // Last: it moves the clock of every part of the platform.
  it('lets a stopped pair try again a minute later', async () => {
    const guessed = await newAccount();
    for (let guess = 0; guess < PER_MINUTE; guess += 1) expect(await signIn(guessed.email, 'wrong-password', '192.0.2.50')).toBe('UNAUTHENTICATED');
    expect(await signIn(guessed.email, guessed.password, '192.0.2.50')).toBe('RATE_LIMITED');
    clock.startAt(new Date(Date.now() + 61_000));
    expect(await signIn(guessed.email, guessed.password, '192.0.2.50')).toBe('OK');
  });
});
