import { testDatabaseTargets } from '@mpp/kit/testing';
import { bearer, TestPlatformRun } from '../support/platform';
import {
  CALL_NEXT,
  failures,
  FINISH,
  issue,
  oneTo,
  openQueues,
  CONCURRENCY_PLATFORM_ENV,
  readTickets,
  SERVICE_QUEUE,
  SIGN_IN_TO_COUNTER,
  ok,
  withConcurrency,
  type Ticket,
  type OpenQueue,
} from '../support/queueing';

/*
 * Ten counters (loket) calling at once over one queue, as a busy morning at a popular service:
 * two counters never get the same ticket, and nobody waiting is skipped.
 *
 * A counter calls only while it is open, it opens when someone signs in to it, and a person is
 * signed in to one counter at a time: so ten officers of the service's agency, each at a counter
 * of their own, as in the hall.
 */

const COUNTERS = 10;
const WAITING = 300;

const CREATE_COUNTER = 'mutation($input: CounterInput!) { createCounter(input: $input) { id name status agencyId services { id } } }';
const START_SERVING = 'mutation($ticketId: ID!) { startServingTicket(ticketId: $ticketId) { id status } }';
const CREATE_ACCOUNT = 'mutation($input: CreateStaffUserInput!) { createStaffUser(input: $input) { temporaryPassword user { id } } }';
const CHANGE_PASSWORD = 'mutation($c: String!, $n: String!) { changeOwnPassword(currentPassword: $c, newPassword: $n) { token } }';
const SERVICE_AGENCY_BOOTHS = 'query($id: ID) { service(id: $id) { id agency { id booths { id code status } } } }';

/** The calling order of a queue's own tickets without priority: by number (its numbers all have one prefix and width). */
const byNumber = (a: Ticket, b: Ticket) => (a.number < b.number ? -1 : a.number > b.number ? 1 : 0);

describe.each(testDatabaseTargets())('ten counters calling at once over 300 waiting tickets, on $label', ({ databaseUrl }) => {
  let platform: TestPlatformRun;
  let editor: Record<string, string>;
  let queue: OpenQueue;
  /** Each counter and the officer signed in to it. */
  let desks: { counterId: string; officer: Record<string, string> }[];
  let issued: Ticket[];

  /** A new OFFICER account of the agency, past its first password change; its access header. */
  const newOfficer = async (admin: Record<string, string>, agencyId: string, number: number): Promise<Record<string, string>> => {
    const email = `petugas-loket-${number}@example.id`;
    const { createStaffUser } = await ok(platform, CREATE_ACCOUNT, { input: { email, name: `Petugas Loket ${number}`, role: 'OFFICER', agencyId } }, admin);
    const first = await platform.login(email, createStaffUser.temporaryPassword);
    const { changeOwnPassword } = await ok(platform, CHANGE_PASSWORD, { c: createStaffUser.temporaryPassword, n: `sandi-loket-${number}-2026` }, bearer(first));
    return bearer(changeOwnPassword.token);
  };

  beforeAll(async () => {
    platform = await TestPlatformRun.start(databaseUrl, CONCURRENCY_PLATFORM_ENV);
    editor = bearer(await platform.loginAs('EDITOR'));
    const admin = bearer(await platform.loginAs('ADMIN'));
    [queue] = await openQueues(platform);

    const { service } = await ok(platform, SERVICE_AGENCY_BOOTHS, { id: queue.serviceId });
    const booth = (service.agency.booths as { id: string; status: string }[]).find((candidate) => candidate.status === 'OPEN')!;
    desks = [];
    for (const number of oneTo(COUNTERS)) {
      const { createCounter } = await ok(platform, CREATE_COUNTER, { input: { name: `Loket Uji ${number}`, boothId: booth.id, serviceIds: [queue.serviceId] } }, editor);
      expect(createCounter).toMatchObject({ status: 'CLOSED', agencyId: service.agency.id, services: [{ id: queue.serviceId }] });
      const officer = await newOfficer(admin, service.agency.id, number);
      const { signInToCounter } = await ok(platform, SIGN_IN_TO_COUNTER, { counterId: createCounter.id }, officer);
      expect(signInToCounter.status).toBe('OPEN');
      desks.push({ counterId: createCounter.id, officer });
    }

    const results = await withConcurrency(oneTo(WAITING), 50, () => issue(platform, { serviceId: queue.serviceId, channel: 'ONLINE' }));
    expect(failures(results)).toEqual([]);
    issued = results.map((result) => result.data!.issueTicket.ticket);
  });

  afterAll(async () => {
    await platform?.stop();
  });

  it('calls each ticket exactly once, all 300, each counter in the order they were issued', async () => {
    const calledBy = new Map<string, Ticket[]>(desks.map(({ counterId }) => [counterId, []]));
    // Each officer at their counter, at the same time as the others: call the next, serve it, finish it, until nobody waits.
    await Promise.all(
      desks.map(async ({ counterId, officer }) => {
        for (;;) {
          const { callNextTicket } = await ok<{ callNextTicket: Ticket | null }>(platform, CALL_NEXT, { counterId }, officer);
          if (!callNextTicket) return;
          calledBy.get(counterId)!.push(callNextTicket);
          await ok(platform, START_SERVING, { ticketId: callNextTicket.id }, officer);
          await ok(platform, FINISH, { ticketId: callNextTicket.id }, officer);
        }
      }),
    );

    const calls = [...calledBy.values()].flat();
    expect(calls.map((ticket) => ticket.id).sort()).toEqual(issued.map((ticket) => ticket.id).sort());
    expect(new Set(calls.map((ticket) => ticket.id)).size).toBe(WAITING);
    for (const [counterId, tickets] of calledBy) {
      for (const ticket of tickets) expect([ticket.status, ticket.counter?.id]).toEqual(['CALLED', counterId]);
      // First come, first served: each counter's calls in the order of their numbers.
      expect(tickets.map((ticket) => ticket.number)).toEqual([...tickets].sort(byNumber).map((ticket) => ticket.number));
    }
    // The ten really called side by side.
    expect([...calledBy.values()].filter((tickets) => tickets.length > 0)).toHaveLength(COUNTERS);

    // As stored: every ticket done, at the counter that called it; nobody left waiting.
    const stored = await readTickets(platform, calls.map((ticket) => ticket.id), editor);
    expect(stored.map((ticket) => [ticket?.status, ticket?.counter?.id])).toEqual(calls.map((ticket) => ['DONE', ticket.counter?.id]));
    const { service } = await ok(platform, SERVICE_QUEUE, { id: queue.serviceId });
    expect(service.queue.waiting).toBe(0);
    // Calling once more finds nobody.
    for (const { counterId, officer } of desks) expect((await ok(platform, CALL_NEXT, { counterId }, officer)).callNextTicket).toBeNull();
  });
});
