import { testDatabaseTargets } from '@mpp/kit/testing';
import { bearer, FRESH, TestPlatformRun } from '../support/platform';
import {
  codeOf,
  issue,
  MONDAY,
  newKiosk,
  openQueues,
  QUEUE_PLATFORM_ENV,
  REVOKE_KIOSK,
  SERVICE_QUEUE,
  START_KIOSK_SESSION,
  ok,
  type OpenQueue,
} from '../support/queueing';

/*
 * A kiosk is a principal like a staff account: revoking it ends its access within 10 seconds at
 * the gateway (its live access token refused), and its device token buys no new session.
 */

/** The promise, as for a deactivated account: a revocation reaches live tokens this fast. */
const TAKES_EFFECT_WITHIN_MS = 10_000;
const POLL_EVERY_MS = 200;

describe.each(testDatabaseTargets())('a kiosk whose device token was revoked, on $label', ({ databaseUrl }) => {
  let platform: TestPlatformRun;
  let editor: Record<string, string>;
  let queue: OpenQueue;

  beforeAll(async () => {
    platform = await TestPlatformRun.start(databaseUrl, QUEUE_PLATFORM_ENV);
    editor = bearer(await platform.loginAs('EDITOR'));
    [queue] = await openQueues(platform);
  });

  afterAll(async () => {
    await platform?.stop();
  });

  const waiting = async () => (await ok(platform, SERVICE_QUEUE, { id: queue.serviceId }, FRESH)).service.queue.waiting as number;

  it('issues until revoked; then its access token is refused within 10 s, it issues nothing more, and its device token starts no session', async () => {
    const kiosk = await newKiosk(platform, editor, 'Kiosk Uji Lantai 1');
    const before = await issue(platform, { serviceId: queue.serviceId, channel: 'KIOSK' }, kiosk.headers);
    expect(before.errors).toBeUndefined();
    expect(before.data!.issueTicket.ticket).toMatchObject({ channel: 'KIOSK', status: 'WAITING' });

    // Another kiosk, not revoked, goes on issuing throughout.
    const other = await newKiosk(platform, editor, 'Kiosk Uji Lantai 2');

    await ok(platform, REVOKE_KIOSK, { id: kiosk.id }, editor);
    const revokedAt = Date.now();
    for (;;) {
      const attempt = await issue(platform, { serviceId: queue.serviceId, channel: 'KIOSK' }, kiosk.headers);
      if (attempt.status === 401 && codeOf(attempt) === 'UNAUTHENTICATED') break;
      expect(attempt.errors).toBeUndefined();
      if (Date.now() - revokedAt > TAKES_EFFECT_WITHIN_MS) throw new Error(`the revoked kiosk still issued after ${TAKES_EFFECT_WITHIN_MS} ms`);
      await new Promise((resolve) => setTimeout(resolve, POLL_EVERY_MS));
    }
    expect(Date.now() - revokedAt).toBeLessThanOrEqual(TAKES_EFFECT_WITHIN_MS);

    // From then on: refused every time, nothing issued.
    const count = await waiting();
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const refused = await issue(platform, { serviceId: queue.serviceId, channel: 'KIOSK' }, kiosk.headers);
      expect([refused.status, codeOf(refused), refused.data ?? null]).toEqual([401, 'UNAUTHENTICATED', null]);
    }
    expect(await waiting()).toBe(count);

    // Its device token trades for nothing any more.
    const session = await platform.post(START_KIOSK_SESSION, { deviceToken: kiosk.deviceToken });
    expect([codeOf(session), session.data?.startKioskSession ?? null]).toEqual(['UNAUTHENTICATED', null]);

    // The other kiosk is untouched.
    const fromOther = await issue(platform, { serviceId: queue.serviceId, channel: 'KIOSK' }, other.headers);
    expect(fromOther.errors).toBeUndefined();
    expect(await waiting()).toBe(count + 1);
  });

  it('the seeded development kiosk (its device token in dev-accounts.json) trades it for a session and issues', async () => {
    const { startKioskSession } = await ok(platform, START_KIOSK_SESSION, { deviceToken: platform.devKioskToken() });
    expect(Date.parse(startKioskSession.expiresAt)).toBeGreaterThan(Date.now());
    const issued = await issue(platform, { serviceId: queue.serviceId, channel: 'KIOSK' }, bearer(startKioskSession.token));
    expect(issued.errors).toBeUndefined();
    expect(issued.data!.issueTicket.ticket).toMatchObject({ channel: 'KIOSK', status: 'WAITING', serviceDate: MONDAY });
  });

  it('a device token that was never issued starts no session', async () => {
    const session = await platform.post(START_KIOSK_SESSION, { deviceToken: 'not-a-device-token-0000000000000000' });
    expect([codeOf(session), session.data?.startKioskSession ?? null]).toEqual(['UNAUTHENTICATED', null]);
  });
});
