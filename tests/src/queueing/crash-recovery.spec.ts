import { freePort, testDatabaseTargets } from '@mpp/kit/testing';
import { TestPlatformRun, type GraphqlResult } from '../support/platform';
import { SubgraphProcess } from '../support/subgraph-process';
import {
  codeOf,
  failures,
  issue,
  oneTo,
  openQueues,
  CONCURRENCY_PLATFORM_ENV,
  readTickets,
  SERVICE_QUEUE,
  ok,
  sequenceOf,
  withConcurrency,
  type IssuedTicket,
  type OpenQueue,
} from '../support/queueing';

/*
 * A queueing process killed with SIGKILL in the middle of a burst (a power cut, the OOM killer):
 * no answer a client got is lost, and no number is ever handed out twice.
 *
 * What the design guarantees (ticket.mutations.ts), and this test asserts: a request takes the
 * day's next number in a statement committed on its own, then writes its ticket, and answers only
 * once the ticket is committed. So every returned ticket survives the kill, and the counter after
 * a restart is past every number taken before it — the new numbers are all greater than every
 * number returned before, not just different. The price is a gap for each request the kill caught
 * between taking its number and writing its ticket: at most one per request in flight.
 *
 * A client that got an error instead of its ticket tries again with the same idempotency key. A
 * request the dead process had begun holds its key for CLAIM_ABANDONED_AFTER_MS (30 s, real time;
 * ticket.issue-claims.ts), answering "still being issued: retry in a moment" until then: so
 * this test retries as a kiosk would, and runs some 30 s longer for it.
 */

/** Clients issuing during the burst, each one ticket; the kill comes once KILL_AFTER have been answered. */
const CLIENTS = 200;
const CONCURRENCY = 20;
const KILL_AFTER = 60;
/** Tickets issued after the restart. */
const AFTER_RESTART = 50;
/** How long a client keeps retrying while its request is "still being issued": past the 30 s a dead request holds its key. */
const RETRY_FOR_MS = 45_000;
const RETRY_EVERY_MS = 1_000;

describe.each(testDatabaseTargets())('a queueing process killed with SIGKILL mid-burst, on $label', ({ databaseUrl }) => {
  let platform: TestPlatformRun;
  let port: number;
  let queueing: SubgraphProcess | undefined;
  let queue: OpenQueue;
  const logged: string[] = [];
  /** Every queueing process of the test, the killed one first. */
  const processes: SubgraphProcess[] = [];
  const startQueueing = async () => {
    queueing = await SubgraphProcess.start(platform, 'queueing', port);
    processes.push(queueing);
    return queueing;
  };

  beforeAll(async () => {
    port = await freePort();
    platform = await TestPlatformRun.start(databaseUrl, CONCURRENCY_PLATFORM_ENV, {
      subgraphsElsewhere: { queueing: SubgraphProcess.urlOf(port) },
      // The gateway logs every request the dead subgraph could not answer: expected here, kept off the terminal.
      logDestination: { write: (line) => logged.push(line) },
    });
    await startQueueing();
    [queue] = await openQueues(platform);
  });

  afterAll(async () => {
    await queueing?.kill();
    await platform?.stop();
  });

  /** What went wrong besides the outage itself: error lines of the gateway other than "unreachable", and what each queueing process printed. */
  const diagnostics = () => {
    const unexpected = logged.filter((line) => line.includes('"level":"error"') && !/ECONNREFUSED|other side closed|ECONNRESET/.test(line));
    const printed = processes.map((running, index) => `queueing process ${index + 1} (pid ${running.pid}):\n${running.output().slice(-4000)}`);
    return [`gateway errors other than the outage:\n${unexpected.slice(-10).join('')}`, ...printed].join('\n');
  };

  it('keeps every ticket whose number was returned, and numbers on past all of them after a restart; a retry with its key finds its ticket', async () => {
    try {
      await killRestartAndCheck();
    } catch (error) {
      if (error instanceof Error) error.message += `\n\n${diagnostics()}`;
      throw error;
    }
  });

  /** Issues, and again every RETRY_EVERY_MS while the answer is "still being issued", for at most RETRY_FOR_MS. */
  async function issueRetrying(input: Parameters<typeof issue>[1]): Promise<GraphqlResult<{ issueTicket: IssuedTicket }>> {
    const until = Date.now() + RETRY_FOR_MS;
    for (;;) {
      const result = await issue(platform, input);
      const stillBeingIssued = codeOf(result) === 'CONFLICT' && /still being issued/.test(result.errors![0].message);
      if (!stillBeingIssued || Date.now() > until) return result;
      await new Promise((resolve) => setTimeout(resolve, RETRY_EVERY_MS));
    }
  }

  async function killRestartAndCheck(): Promise<void> {
    const killed = queueing!;
    let answered = 0;
    let killing: Promise<unknown> | undefined;
    const burst: GraphqlResult<{ issueTicket: IssuedTicket }>[] = await withConcurrency(oneTo(CLIENTS), CONCURRENCY, async (client) => {
      const result = await issue(platform, { serviceId: queue.serviceId, channel: 'ONLINE', idempotencyKey: `crash-client-${client}` });
      if (result.data?.issueTicket) answered += 1;
      if (answered >= KILL_AFTER && !killing) killing = killed.kill();
      return result;
    });
    const exit = await killing;
    expect(exit).toEqual({ code: null, signal: 'SIGKILL' });

    const returned = burst.flatMap((result, index) => (result.data?.issueTicket ? [{ client: index + 1, ...result.data.issueTicket }] : []));
    const lost = burst.flatMap((result, index) => (result.data?.issueTicket ? [] : [index + 1]));
    // The kill came mid-burst: some clients got their ticket, the others an error rather than a ticket.
    expect(returned.length).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(lost.length).toBeGreaterThan(0);
    expect(returned.length + lost.length).toBe(CLIENTS);
    const returnedSequences = returned.map(({ ticket }) => sequenceOf(ticket.number, queue.prefix));
    expect(new Set(returnedSequences).size).toBe(returned.length);

    await startQueueing();

    // Every ticket a client was given is still there, as it was given.
    const readBack = await readTickets(platform, returned.map(({ ticket }) => ticket.id));
    expect(readBack.map((ticket) => ticket && { id: ticket.id, number: ticket.number, status: ticket.status })).toEqual(
      returned.map(({ ticket }) => ({ id: ticket.id, number: ticket.number, status: 'WAITING' })),
    );

    // New clients: numbers past every one returned before the kill.
    const fresh = await Promise.all(oneTo(AFTER_RESTART).map(() => issue(platform, { serviceId: queue.serviceId, channel: 'ONLINE' })));
    expect(failures(fresh)).toEqual([]);
    const freshSequences = fresh.map((result) => sequenceOf(result.data!.issueTicket.ticket.number, queue.prefix));
    expect(new Set(freshSequences).size).toBe(AFTER_RESTART);
    expect(Math.min(...freshSequences)).toBeGreaterThan(Math.max(...returnedSequences));

    // The clients who got an error try again with the same key: each gets one ticket (the one
    // written before the kill if there is one, else a new one), none a number another client has.
    const retried = await Promise.all(lost.map((client) => issueRetrying({ serviceId: queue.serviceId, channel: 'ONLINE', idempotencyKey: `crash-client-${client}` })));
    expect(failures(retried)).toEqual([]);
    const retrySequences = retried.map((result) => sequenceOf(result.data!.issueTicket.ticket.number, queue.prefix));
    const everyone = [...returnedSequences, ...freshSequences, ...retrySequences];
    expect(new Set(everyone).size).toBe(everyone.length);
    // The numbers left unused: at most one for each request in flight when the process died.
    expect(Math.max(...everyone) - everyone.length).toBeLessThanOrEqual(CONCURRENCY);
    // A retry of a client that was answered before the kill gives back the very same ticket.
    const again = await issue(platform, { serviceId: queue.serviceId, channel: 'ONLINE', idempotencyKey: `crash-client-${returned[0].client}` });
    expect(again.data?.issueTicket.ticket).toEqual(returned[0].ticket);

    // Nothing else was left behind: the queue holds exactly the tickets clients hold now.
    const { service } = await ok(platform, SERVICE_QUEUE, { id: queue.serviceId });
    expect(service.queue.waiting).toBe(everyone.length);
  }
});
