import { clock, newId } from '@mpp/kit';
import { testDatabaseTargets } from '@mpp/kit/testing';
import {
  EDITOR,
  freezeClockAt,
  issue,
  issued,
  kiosk,
  MONDAY_MORNING,
  newCounter,
  newQueue,
  officerOf,
  ok,
  refusal,
  startQueueing,
  TICKET,
  type QueueingRun,
} from '../spec-support';
import { Ticket, TicketStatus } from './ticket.entity';

const CALL_NEXT = `mutation($id: ID!) { callNextTicket(counterId: $id) { ${TICKET} } }`;
const START = 'mutation($id: ID!) { startServingTicket(ticketId: $id) { id status } }';
const FINISH = 'mutation($id: ID!) { finishTicket(ticketId: $id) { id status } }';
const NO_SHOW = 'mutation($id: ID!) { markTicketNoShow(ticketId: $id) { id status } }';
const TRANSFER = `mutation($id: ID!, $to: ID!) { transferTicket(ticketId: $id, serviceId: $to) { ${TICKET} } }`;
const SIGN_IN = 'mutation($id: ID!) { signInToCounter(counterId: $id) { id status } }';
const PAUSE = 'mutation($id: ID!) { pauseCounter(counterId: $id) { status } }';
const RESUME = 'mutation($id: ID!) { resumeCounter(counterId: $id) { status } }';

describe.each(testDatabaseTargets())('calling tickets, on $label', ({ databaseUrl }) => {
  let run: QueueingRun;
  /** Each ticket a second after the one before: first come, first served is by issue time. */
  let seconds = 0;
  const nextSecond = () => freezeClockAt(new Date(MONDAY_MORNING.getTime() + ++seconds * 1000));

  beforeAll(async () => {
    freezeClockAt(MONDAY_MORNING);
    run = await startQueueing(databaseUrl);
  });

  afterAll(async () => {
    await run?.stop();
    clock.reset();
  });

  /** Issues tickets in order ('P' priority, 'N' normal), a second apart; their numbers. */
  async function issueInOrder(serviceId: string, kinds: string): Promise<Map<string, string>> {
    const numbers = new Map<string, string>();
    let normal = 0;
    let priority = 0;
    for (const kind of kinds.split(' ')) {
      nextSecond();
      const ticket = await issued(run, serviceId, kind === 'P');
      numbers.set(ticket.number, kind === 'P' ? `P${++priority}` : `N${++normal}`);
    }
    return numbers;
  }

  /** Calls at the counter until nobody waits, finishing each; the labels in calling order. */
  async function callAll(counterId: string, labels: Map<string, string>): Promise<string[]> {
    const order: string[] = [];
    for (;;) {
      nextSecond();
      const { callNextTicket } = await ok(run, CALL_NEXT, { id: counterId }, EDITOR);
      if (!callNextTicket) return order;
      order.push(labels.get(callNextTicket.number)!);
      await ok(run, NO_SHOW, { id: callNextTicket.id }, EDITOR);
    }
  }

  it('calls priority tickets first, but a waiting normal ticket after three priority calls in a row', async () => {
    const { serviceId } = await newQueue(run);
    const counter = await newCounter(run, 'polres', [serviceId]);
    const labels = await issueInOrder(serviceId, 'N N P P P P P N P');
    expect(await callAll(counter.id, labels)).toEqual(['P1', 'P2', 'P3', 'N1', 'P4', 'P5', 'P6', 'N2', 'N3']);
  });

  it('keeps calling priority tickets when no normal one waits, and counts the streak per counter', async () => {
    const { serviceId } = await newQueue(run);
    const first = await newCounter(run, 'polres', [serviceId]);
    const second = await newCounter(run, 'polres', [serviceId]);
    const labels = await issueInOrder(serviceId, 'P P P P N P');
    const calledAt = async (counterId: string) => {
      nextSecond();
      const { callNextTicket } = await ok(run, CALL_NEXT, { id: counterId }, EDITOR);
      await ok(run, NO_SHOW, { id: callNextTicket.id }, EDITOR);
      return labels.get(callNextTicket.number);
    };
    expect([await calledAt(first.id), await calledAt(first.id), await calledAt(first.id)]).toEqual(['P1', 'P2', 'P3']);
    // The second counter has called nobody: priority first there.
    expect(await calledAt(second.id)).toBe('P4');
    // The first owes a normal ticket.
    expect(await calledAt(first.id)).toBe('N1');
    expect(await calledAt(first.id)).toBe('P5');
  });

  it('serves first come, first served across every queue of the counter', async () => {
    const a = await newQueue(run);
    const b = await newQueue(run);
    const counter = await newCounter(run, 'polres', [a.serviceId, b.serviceId]);
    const order: string[] = [];
    for (const queue of [a, b, b, a, b]) {
      nextSecond();
      order.push((await issued(run, queue.serviceId)).number);
    }
    const called: string[] = [];
    for (let index = 0; index < order.length; index += 1) {
      nextSecond();
      const { callNextTicket } = await ok(run, CALL_NEXT, { id: counter.id }, EDITOR);
      called.push(callNextTicket.number);
      await ok(run, NO_SHOW, { id: callNextTicket.id }, EDITOR);
    }
    expect(called).toEqual(order);
    expect((await ok(run, CALL_NEXT, { id: counter.id }, EDITOR)).callNextTicket).toBeNull();
  });

  it('transfers a ticket into the other queue at its first issue time, keeping its number and where it began', async () => {
    const from = await newQueue(run);
    const to = await newQueue(run);
    const fromCounter = await newCounter(run, 'polres', [from.serviceId]);
    const toCounter = await newCounter(run, 'polres', [to.serviceId]);
    nextSecond();
    const early = await issued(run, to.serviceId);
    nextSecond();
    const moving = await issued(run, from.serviceId);
    nextSecond();
    const late = await issued(run, to.serviceId);

    nextSecond();
    expect((await ok(run, CALL_NEXT, { id: fromCounter.id }, EDITOR)).callNextTicket.id).toBe(moving.id);
    await ok(run, START, { id: moving.id }, EDITOR);
    const { transferTicket } = await ok(run, TRANSFER, { id: moving.id, to: to.serviceId }, EDITOR);
    expect(transferTicket).toMatchObject({
      number: moving.number,
      status: 'WAITING',
      service: { id: to.serviceId },
      issuedForService: { id: from.serviceId },
      counter: null,
      calledAt: null,
      servingStartedAt: null,
    });
    // The counter it left is free to call again.
    expect((await ok(run, CALL_NEXT, { id: fromCounter.id }, EDITOR)).callNextTicket).toBeNull();

    const calls: string[] = [];
    for (let index = 0; index < 3; index += 1) {
      nextSecond();
      const { callNextTicket } = await ok(run, CALL_NEXT, { id: toCounter.id }, EDITOR);
      calls.push(callNextTicket.id);
      await ok(run, NO_SHOW, { id: callNextTicket.id }, EDITOR);
    }
    expect(calls).toEqual([early.id, moving.id, late.id]);
    const stored = await run.subgraph.database.orm.em.fork().findOneOrFail(Ticket, { id: moving.id });
    expect([stored.number, stored.issuedAt.toISOString(), stored.serviceId, stored.issuedForServiceId]).toEqual([moving.number, moving.issuedAt, to.serviceId, from.serviceId]);
  });

  it("calls a queue's own tickets in number order, issued at the same moment on a running clock, with a ticket transferred in at its place", async () => {
    const { serviceId, prefix } = await newQueue(run);
    const from = await newQueue(run);
    const counter = await newCounter(run, 'polres', [serviceId]);
    const fromCounter = await newCounter(run, 'polres', [from.serviceId]);
    nextSecond();
    const first = await issued(run, serviceId);
    nextSecond();
    const moving = await issued(run, from.serviceId);
    await ok(run, CALL_NEXT, { id: fromCounter.id }, EDITOR);
    await ok(run, TRANSFER, { id: moving.id, to: serviceId }, EDITOR);

    // The clock runs: tickets written at the same moment read their issue times in any order.
    clock.startAt(new Date(MONDAY_MORNING.getTime() + ++seconds * 1000));
    let called: string[];
    try {
      const burst = await Promise.all(Array.from({ length: 100 }, () => issue(run, { serviceId })));
      expect(burst.flatMap((result) => result.errors ?? [])).toEqual([]);
      called = [];
      for (;;) {
        const { callNextTicket } = await ok(run, CALL_NEXT, { id: counter.id }, EDITOR);
        if (!callNextTicket) break;
        called.push(callNextTicket.number);
        await ok(run, NO_SHOW, { id: callNextTicket.id }, EDITOR);
      }
    } finally {
      seconds += 60;
      nextSecond();
    }
    const own = Array.from({ length: 101 }, (_, index) => `${prefix}-${String(index + 1).padStart(3, '0')}`);
    // Its first ticket, the transferred one (issued between it and the burst), then the burst by number.
    expect(called).toEqual([first.number, moving.number, ...own.slice(1)]);
  });

  it('refuses to call at a closed counter, for editors too (CONFLICT, nothing changes); signed in, they call', async () => {
    const { serviceId } = await newQueue(run);
    const counter = await newCounter(run, 'polres', [serviceId], { closed: true });
    const ticket = await issued(run, serviceId);
    const closed = await run.ask(CALL_NEXT, { id: counter.id }, EDITOR);
    expect([refusal(closed), closed.data?.callNextTicket]).toEqual([{ code: 'CONFLICT' }, null]);
    expect(closed.errors![0].message).toBe(`${counter.name} is closed: sign in to it to open it, then call the next ticket.`);
    const em = run.subgraph.database.orm.em.fork();
    expect((await em.findOneOrFail(Ticket, { id: ticket.id })).status).toBe(TicketStatus.WAITING);
    // An officer not signed in is refused before that: the counter is not theirs to work.
    expect(refusal(await run.ask(CALL_NEXT, { id: counter.id }, officerOf('polres', 'not-signed-in')))).toEqual({ code: 'FORBIDDEN' });

    const editor = { userId: 'u-editor-closed-counter', role: 'EDITOR' as const, agencyId: null };
    await ok(run, SIGN_IN, { id: counter.id }, editor);
    expect((await ok(run, CALL_NEXT, { id: counter.id }, editor)).callNextTicket.id).toBe(ticket.id);
  });

  it('refuses a transfer to a service without a queue, or to its own queue, and changes nothing', async () => {
    const queue = await newQueue(run);
    const counter = await newCounter(run, 'polres', [queue.serviceId]);
    const ticket = await issued(run, queue.serviceId);
    await ok(run, CALL_NEXT, { id: counter.id }, EDITOR);
    expect(refusal(await run.ask(TRANSFER, { id: ticket.id, to: newId() }, EDITOR))).toEqual({ code: 'BAD_USER_INPUT', field: 'serviceId' });
    expect(refusal(await run.ask(TRANSFER, { id: ticket.id, to: queue.serviceId }, EDITOR))).toEqual({ code: 'BAD_USER_INPUT', field: 'serviceId' });
    const stored = await run.subgraph.database.orm.em.fork().findOneOrFail(Ticket, { id: ticket.id });
    expect([stored.status, stored.counterId, stored.serviceId]).toEqual([TicketStatus.CALLED, counter.id, queue.serviceId]);
  });

  it("lets an officer work only the counter they are signed in to, of their own agency; others are refused and nothing changes", async () => {
    const { serviceId } = await newQueue(run, 'polres');
    const mine = await newCounter(run, 'polres', [serviceId], { closed: true });
    const next = await newCounter(run, 'polres', [serviceId], { closed: true });
    const officer = officerOf('polres', 'caller');
    const ticket = await issued(run, serviceId);

    expect(refusal(await run.ask(CALL_NEXT, { id: mine.id }, officer))).toEqual({ code: 'FORBIDDEN' });
    expect(refusal(await run.ask(CALL_NEXT, { id: mine.id }, officerOf('samsat')))).toEqual({ code: 'FORBIDDEN' });
    expect(refusal(await run.ask(SIGN_IN, { id: mine.id }, officerOf('samsat')))).toEqual({ code: 'FORBIDDEN' });
    expect(refusal(await run.ask(CALL_NEXT, { id: mine.id }, kiosk()))).toEqual({ code: 'FORBIDDEN' });
    expect(refusal(await run.ask(CALL_NEXT, { id: mine.id }))).toEqual({ code: 'UNAUTHENTICATED' });
    expect(refusal(await run.ask(CALL_NEXT, { id: newId() }, officer))).toEqual({ code: 'NOT_FOUND' });
    const em = run.subgraph.database.orm.em.fork();
    expect((await em.findOneOrFail(Ticket, { id: ticket.id })).status).toBe(TicketStatus.WAITING);

    await ok(run, SIGN_IN, { id: mine.id }, officer);
    expect(refusal(await run.ask(CALL_NEXT, { id: next.id }, officer))).toEqual({ code: 'FORBIDDEN' });
    const { callNextTicket } = await ok(run, CALL_NEXT, { id: mine.id }, officer);
    expect(callNextTicket).toMatchObject({ id: ticket.id, status: 'CALLED', counter: { id: mine.id } });
    // Another officer of the agency, not signed in here, may not work its ticket.
    expect(refusal(await run.ask(START, { id: ticket.id }, officerOf('polres', 'other')))).toEqual({ code: 'FORBIDDEN' });
    expect((await ok(run, START, { id: ticket.id }, officer)).startServingTicket.status).toBe('SERVING');
    await ok(run, FINISH, { id: ticket.id }, officer);
    await ok(run, 'mutation($id: ID!) { signOutOfCounter(counterId: $id) { status } }', { id: mine.id }, officer);
    expect(refusal(await run.ask(CALL_NEXT, { id: mine.id }, officer))).toEqual({ code: 'FORBIDDEN' });
  });

  it('refuses to call while the counter has a ticket called or served, or is paused (CONFLICT)', async () => {
    const { serviceId } = await newQueue(run, 'polres');
    const counter = await newCounter(run, 'polres', [serviceId], { closed: true });
    const officer = officerOf('polres', 'busy');
    await ok(run, SIGN_IN, { id: counter.id }, officer);
    const first = await issued(run, serviceId);
    const second = await issued(run, serviceId);
    await ok(run, CALL_NEXT, { id: counter.id }, officer);
    expect(refusal(await run.ask(CALL_NEXT, { id: counter.id }, officer))).toEqual({ code: 'CONFLICT' });
    await ok(run, START, { id: first.id }, officer);
    expect(refusal(await run.ask(CALL_NEXT, { id: counter.id }, officer))).toEqual({ code: 'CONFLICT' });
    await ok(run, FINISH, { id: first.id }, officer);
    await ok(run, PAUSE, { id: counter.id }, officer);
    expect(refusal(await run.ask(CALL_NEXT, { id: counter.id }, officer))).toEqual({ code: 'CONFLICT' });
    await ok(run, RESUME, { id: counter.id }, officer);
    expect((await ok(run, CALL_NEXT, { id: counter.id }, officer)).callNextTicket.id).toBe(second.id);
  });

  it('gives two calls at one counter at the same moment one ticket, and the other CONFLICT', async () => {
    const { serviceId } = await newQueue(run, 'polres');
    const counter = await newCounter(run, 'polres', [serviceId]);
    await issued(run, serviceId);
    await issued(run, serviceId);
    const results = await Promise.all([0, 1].map(() => run.ask(CALL_NEXT, { id: counter.id }, EDITOR)));
    expect(results.map((result) => (result.errors ? refusal(result).code : 'CALLED')).sort()).toEqual(['CALLED', 'CONFLICT']);
    expect(await run.subgraph.database.orm.em.fork().count(Ticket, { serviceId, status: TicketStatus.CALLED })).toBe(1);
  });

  it('gives ten counters calling at once over 300 waiting tickets each ticket exactly once, in order at each counter', async () => {
    const { serviceId } = await newQueue(run, 'disdukcapil');
    const counters = await Promise.all(Array.from({ length: 10 }, () => newCounter(run, 'disdukcapil', [serviceId])));
    const waiting: { id: string; number: string }[] = [];
    for (let index = 0; index < 300; index += 1) {
      if (index % 50 === 0) nextSecond();
      waiting.push(await issued(run, serviceId));
    }
    const calledBy = new Map<string, string[]>(counters.map((counter) => [counter.id, []]));
    await Promise.all(
      counters.map(async (counter) => {
        for (;;) {
          const { callNextTicket } = await ok(run, CALL_NEXT, { id: counter.id }, EDITOR);
          if (!callNextTicket) return;
          calledBy.get(counter.id)!.push(callNextTicket.number);
          await ok(run, NO_SHOW, { id: callNextTicket.id }, EDITOR);
        }
      }),
    );
    const calls = [...calledBy.values()].flat();
    expect(calls.length).toBe(300);
    expect(new Set(calls)).toEqual(new Set(waiting.map((ticket) => ticket.number)));
    for (const numbers of calledBy.values()) expect(numbers).toEqual([...numbers].sort());
    expect([...calledBy.values()].filter((numbers) => numbers.length > 0).length).toBeGreaterThan(1);
    const em = run.subgraph.database.orm.em.fork();
    expect(await em.count(Ticket, { serviceId, status: TicketStatus.NO_SHOW })).toBe(300);
  });
});
