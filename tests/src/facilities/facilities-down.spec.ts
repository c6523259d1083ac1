import { freePort, testDatabaseTargets } from '@mpp/kit/testing';
import { FACILITIES_PLATFORM_ENV, FOUR_SUBGRAPHS } from '../support/facilities';
import { bearer, FRESH, TestPlatformRun } from '../support/platform';
import { SubgraphProcess } from '../support/subgraph-process';
import { issue, ok, openQueues, START_KIOSK_SESSION, type OpenQueue } from '../support/queueing';

/*
 * One subgraph down does not stop another: with the facilities process stopped, a kiosk still
 * issues tickets, and a query that also asks for facilities gets everything else, its
 * facilities field null with an error, until facilities is back.
 */
describe.each(testDatabaseTargets())('the platform while facilities is down, on $label', ({ databaseUrl }) => {
  let platform: TestPlatformRun;
  let port: number;
  let facilities: SubgraphProcess | undefined;
  let queue: OpenQueue;
  let kioskHeaders: Record<string, string>;

  beforeAll(async () => {
    port = await freePort();
    platform = await TestPlatformRun.start(databaseUrl, FACILITIES_PLATFORM_ENV, {
      subgraphsElsewhere: { facilities: SubgraphProcess.urlOf(port) },
      // The gateway logs each request the stopped subgraph could not answer: expected here, kept off the terminal.
      logDestination: { write: () => undefined },
    });
    facilities = await SubgraphProcess.start(platform, 'facilities', port);
    [queue] = await openQueues(platform);
    const { startKioskSession } = await ok(platform, START_KIOSK_SESSION, { deviceToken: platform.devKioskToken() });
    kioskHeaders = bearer(startKioskSession.token);
  });

  afterAll(async () => {
    await facilities?.kill();
    await platform?.stop();
  });

  it('answers the four-subgraph query while facilities runs', async () => {
    const { agency } = await ok(platform, FOUR_SUBGRAPHS);
    expect(agency.facilities).toEqual([{ name: 'ATM BRI', kind: 'ATM', status: 'OPERATIONAL', isOpenNow: true }]);
  });

  it('lets a kiosk issue tickets while facilities is stopped, and costs a query only its facilities field', async () => {
    expect(await facilities!.stop()).toEqual({ code: 0, signal: null });

    const issued = await issue(platform, { serviceId: queue.serviceId, channel: 'KIOSK' }, kioskHeaders);
    expect(issued.errors).toBeUndefined();
    expect(issued.data!.issueTicket.ticket).toMatchObject({ channel: 'KIOSK', status: 'WAITING' });

    // Asked afresh: the whole answer of a moment ago may still be kept for the public's second.
    const partial = await platform.post(FOUR_SUBGRAPHS, {}, FRESH);
    expect(partial.data?.agency).toMatchObject({ name: expect.stringContaining('Bank Rakyat Indonesia'), facilities: null });
    expect(partial.data.agency.booths.length).toBeGreaterThan(0);
    expect(partial.data.agency.services.length).toBeGreaterThan(0);
    expect(partial.errors?.length).toBeGreaterThan(0);

    // Back, on the same database: it answers again.
    facilities = await SubgraphProcess.start(platform, 'facilities', port);
    expect((await ok(platform, FOUR_SUBGRAPHS)).agency.facilities).toEqual([{ name: 'ATM BRI', kind: 'ATM', status: 'OPERATIONAL', isOpenNow: true }]);
  });
});
