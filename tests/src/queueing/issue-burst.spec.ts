import { freePort, postGraphql, testDatabaseTargets } from '@mpp/kit/testing';
import { bearer, TestPlatformRun } from '../support/platform';
import { SubgraphProcess } from '../support/subgraph-process';
import {
  failures,
  issue,
  MONDAY,
  newKiosk,
  oneTo,
  openQueues,
  CONCURRENCY_PLATFORM_ENV,
  readTickets,
  SERVICE_QUEUE,
  ok,
  sequenceOf,
  ticketNumber,
  type IssuedTicket,
  type OpenQueue,
} from '../support/queueing';

/*
 * The daily counter under a burst, through the gateway as kiosks and phones reach it: many
 * tickets for one service at the same moment get the numbers 1..N of the day, each once, none
 * skipped, every one of them stored.
 */

const BURST = 500;
/**
 * Half the burst comes from kiosks, half from phones (ONLINE, anonymous, the per-address limit
 * off). A kiosk may issue MPP_KIOSK_TICKET_RATE_LIMIT_PER_MINUTE (120 by default) a minute: five kiosks of 50
 * each stay under it.
 */
const KIOSKS = 5;

/** Who sends each of the BURST requests: a kiosk's access token or nobody (online), in turn. */
async function burstIssuers(platform: TestPlatformRun): Promise<{ channel: 'KIOSK' | 'ONLINE'; headers: Record<string, string> }[]> {
  const editor = bearer(await platform.loginAs('EDITOR'));
  const kiosks: Awaited<ReturnType<typeof newKiosk>>[] = [];
  for (const number of oneTo(KIOSKS)) kiosks.push(await newKiosk(platform, editor, `Kiosk Uji Antrean ${number}`));
  return oneTo(BURST).map((sequence) =>
    sequence % 2 === 0 ? { channel: 'KIOSK' as const, headers: kiosks[(sequence / 2) % KIOSKS].headers } : { channel: 'ONLINE' as const, headers: {} },
  );
}

/** Every ticket of a burst: all issued, numbered exactly 1..BURST of the queue, each readable by its id as issued. */
async function expectExactlyOneToBurst(platform: TestPlatformRun, queue: OpenQueue, issued: IssuedTicket[]): Promise<void> {
  const numbers = issued.map(({ ticket }) => ticket.number).sort();
  expect(numbers).toEqual(oneTo(BURST).map((sequence) => ticketNumber(queue.prefix, sequence)).sort());
  expect(new Set(issued.map(({ ticket }) => ticket.id)).size).toBe(BURST);
  for (const { ticket } of issued) expect([ticket.serviceDate, ticket.status, ticket.service?.id]).toEqual([MONDAY, 'WAITING', queue.serviceId]);
  expect(issued.filter(({ ticket }) => ticket.channel === 'KIOSK')).toHaveLength(BURST / 2);

  const readBack = await readTickets(platform, issued.map(({ ticket }) => ticket.id));
  expect(readBack.map((ticket) => ticket && { id: ticket.id, number: ticket.number, status: ticket.status })).toEqual(
    issued.map(({ ticket }) => ({ id: ticket.id, number: ticket.number, status: 'WAITING' })),
  );
  // And the queue itself counts exactly them.
  const { service } = await ok(platform, SERVICE_QUEUE, { id: queue.serviceId });
  expect(service.queue.waiting).toBe(BURST);
}

describe.each(testDatabaseTargets())('500 tickets issued at once for one service through the gateway, on $label', ({ databaseUrl }) => {
  let platform: TestPlatformRun;
  let queue: OpenQueue;
  let issuers: Awaited<ReturnType<typeof burstIssuers>>;

  beforeAll(async () => {
    platform = await TestPlatformRun.start(databaseUrl, CONCURRENCY_PLATFORM_ENV);
    [queue] = await openQueues(platform);
    issuers = await burstIssuers(platform);
  });

  afterAll(async () => {
    await platform?.stop();
  });

  it('numbers them exactly 1..500 of the day, no duplicate, no gap, every one readable by its id', async () => {
    const results = await Promise.all(issuers.map(({ channel, headers }) => issue(platform, { serviceId: queue.serviceId, channel }, headers)));

    expect(failures(results)).toEqual([]);
    await expectExactlyOneToBurst(platform, queue, results.map((result) => result.data!.issueTicket));
  });
});

const mysql = testDatabaseTargets().find((target) => target.label === 'mysql');

(mysql ? describe : describe.skip)('two queueing processes on one MariaDB, 500 tickets at once through two gateways', () => {
  let platform: TestPlatformRun;
  let second: SubgraphProcess | undefined;
  let secondGatewayUrl: string;
  let queue: OpenQueue;
  let issuers: Awaited<ReturnType<typeof burstIssuers>>;

  beforeAll(async () => {
    // The platform's own queueing subgraph runs in this process; the second replica is a process
    // of its own on the same database, behind a gateway of its own.
    platform = await TestPlatformRun.start(mysql!.databaseUrl, CONCURRENCY_PLATFORM_ENV);
    second = await SubgraphProcess.start(platform, 'queueing', await freePort());
    secondGatewayUrl = (await platform.startAnotherGateway({ queueing: second.url })).url;
    [queue] = await openQueues(platform);
    issuers = await burstIssuers(platform);
  });

  afterAll(async () => {
    await second?.kill();
    await platform?.stop();
  });

  it('still numbers them exactly 1..500, the two replicas sharing one daily counter', async () => {
    const viaSecond = { post: (query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) => postGraphql(secondGatewayUrl, query, variables, headers) };
    // Half the clients reach one replica, half the other (kiosks and phones on both), all at the same moment.
    const results = await Promise.all(
      issuers.map(({ channel, headers }, index) => issue(index % 4 < 2 ? platform : viaSecond, { serviceId: queue.serviceId, channel }, headers)),
    );

    expect(failures(results)).toEqual([]);
    const issued = results.map((result) => result.data!.issueTicket);
    await expectExactlyOneToBurst(platform, queue, issued);
    // Each replica handed out numbers, interleaved rather than in two blocks of its own.
    const byReplica = [true, false].map((first) => issued.filter((_, index) => index % 4 < 2 === first).map(({ ticket }) => sequenceOf(ticket.number, queue.prefix)));
    for (const sequences of byReplica) {
      expect(sequences).toHaveLength(BURST / 2);
      expect(Math.min(...sequences)).toBeLessThan(BURST / 2);
      expect(Math.max(...sequences)).toBeGreaterThan(BURST / 2);
    }
  });
});
