import { ANONYMOUS, clock } from '@mpp/kit';
import fs from 'node:fs';
import { AuditRecord, createRequestContext, inUnitOfWork, startSubgraph } from '@mpp/kit/subgraph';
import { internalTokenHeader, postGraphql, testDatabaseTargets } from '@mpp/kit/testing';
import { EDITOR, freezeClockAt, issue, issued, MONDAY_MORNING, newCounter, newQueue, officerOf, ok, refusal, startQueueing, wita, type QueueingRun } from '../spec-support';
import { Counter, CounterStatus } from '../counters/counter.entity';
import { queueingSubgraph } from '../subgraph';
import { retryDelayMs, sweepEndedDays } from './day-end';
import { Ticket, TicketIssueClaim, TicketStatus } from './ticket.entity';

const CALL_NEXT = 'mutation($id: ID!) { callNextTicket(counterId: $id) { id } }';
const SIGN_IN = 'mutation($id: ID!) { signInToCounter(counterId: $id) { status } }';
const ISSUE_AT_COUNTER = 'mutation($serviceId: ID!) { issueTicket(input: { serviceId: $serviceId, channel: COUNTER }) { ticket { id } } }';
const READ = 'query($ids: [_Any!]!) { _entities(representations: $ids) { ... on Ticket { id status } } }';

describe.each(testDatabaseTargets())('the end of a day, on $label', ({ databaseUrl }) => {
  let run: QueueingRun;

  beforeAll(async () => {
    freezeClockAt(MONDAY_MORNING);
    run = await startQueueing(databaseUrl);
  });

  afterAll(async () => {
    await run?.stop();
    clock.reset();
  });

  it('expires tickets still waiting or called and closes open counters: at once for readers, in storage at the first mutation of the next day', async () => {
    const { serviceId } = await newQueue(run, 'bapenda');
    const open = await newCounter(run, 'bapenda', [serviceId], { closed: true });
    const paused = await newCounter(run, 'bapenda', [serviceId], { closed: true });
    const officer = officerOf('bapenda', 'late');
    const other = officerOf('bapenda', 'pauser');
    await ok(run, 'mutation($id: ID!) { signInToCounter(counterId: $id) { id } }', { id: open.id }, officer);
    await ok(run, 'mutation($id: ID!) { signInToCounter(counterId: $id) { id } }', { id: paused.id }, other);
    await ok(run, 'mutation($id: ID!) { pauseCounter(counterId: $id) { id } }', { id: paused.id }, other);

    const done = await issued(run, serviceId);
    await ok(run, CALL_NEXT, { id: open.id }, officer);
    await ok(run, 'mutation($id: ID!) { startServingTicket(ticketId: $id) { id } }', { id: done.id }, officer);
    await ok(run, 'mutation($id: ID!) { finishTicket(ticketId: $id) { id } }', { id: done.id }, officer);
    const serving = await issued(run, serviceId);
    await ok(run, CALL_NEXT, { id: open.id }, officer);
    await ok(run, 'mutation($id: ID!) { startServingTicket(ticketId: $id) { id } }', { id: serving.id }, officer);
    const calledLater = (await issue(run, { serviceId, idempotencyKey: 'monday-key' })).data.issueTicket.ticket;
    const called = await newCounter(run, 'bapenda', [serviceId]);
    await ok(run, CALL_NEXT, { id: called.id }, EDITOR);
    const stillWaiting = await issued(run, serviceId);
    const ids = { done: done.id, serving: serving.id, called: calledLater.id, waiting: stillWaiting.id };

    const statuses = async () => {
      const { _entities } = await ok(run, READ, { ids: Object.values(ids).map((id) => ({ __typename: 'Ticket', id })) });
      return Object.fromEntries(Object.keys(ids).map((name, index) => [name, _entities[index].status]));
    };
    expect(await statuses()).toEqual({ done: 'DONE', serving: 'SERVING', called: 'CALLED', waiting: 'WAITING' });

    freezeClockAt(wita('2026-12-08T07:30'));
    // Readers see the day's end at once, before anything is written.
    expect(await statuses()).toEqual({ done: 'DONE', serving: 'SERVING', called: 'EXPIRED', waiting: 'EXPIRED' });
    const counters = (await ok(run, '{ counters { id status officer { id } } }', {}, EDITOR)).counters as { id: string; status: string; officer: unknown }[];
    for (const id of [open.id, paused.id]) expect(counters.find((counter) => counter.id === id)).toEqual({ id, status: 'CLOSED', officer: null });
    const em = run.subgraph.database.orm.em.fork();
    expect((await em.findOneOrFail(Ticket, { id: ids.waiting })).status).toBe(TicketStatus.WAITING);

    // The first mutation of the day writes it — an officer's, yet nobody's doing: the records name no actor.
    const early = officerOf('bapenda', 'early');
    expect(refusal(await run.ask('mutation($id: ID!) { pauseCounter(counterId: $id) { id } }', { id: open.id }, early))).toEqual({ code: 'FORBIDDEN' });
    // The retry of Monday's key is a new day's request.
    const retried = await issue(run, { serviceId, idempotencyKey: 'monday-key' });
    expect(refusal(retried)).toEqual({ code: 'CONFLICT' });
    const stored = async () => {
      const fresh = em.fork();
      const tickets = await fresh.find(Ticket, { id: { $in: Object.values(ids) } });
      const byId = new Map(tickets.map((ticket) => [ticket.id, ticket]));
      return {
        tickets: Object.fromEntries(Object.entries(ids).map(([name, id]) => [name, byId.get(id)!.status])),
        codes: tickets.filter((ticket) => ticket.replayAccessCode !== null).length,
        counters: (await fresh.find(Counter, { id: { $in: [open.id, paused.id] } })).map((counter) => [counter.status, counter.officerId]),
        audit: (await fresh.find(AuditRecord, { action: { $in: ['EXPIRE', 'CLOSE_FOR_DAY'] } })).map((record) => `${record.action} ${record.entityId} by ${record.actor?.userId ?? 'nobody'}`).sort(),
        claims: await fresh.count(TicketIssueClaim),
      };
    };
    const afterSweep = await stored();
    expect(afterSweep).toEqual({
      tickets: { done: TicketStatus.DONE, serving: TicketStatus.SERVING, called: TicketStatus.EXPIRED, waiting: TicketStatus.EXPIRED },
      codes: 0,
      counters: [
        [CounterStatus.CLOSED, null],
        [CounterStatus.CLOSED, null],
      ],
      audit: [`CLOSE_FOR_DAY ${open.id}`, `CLOSE_FOR_DAY ${paused.id}`, `CLOSE_FOR_DAY ${called.id}`, `EXPIRE ${ids.called}`, `EXPIRE ${ids.waiting}`].map((line) => `${line} by nobody`).sort(),
      claims: 0,
    });

    // Sweeping again, twice at once, moves and audits nothing more.
    const unit = () => createRequestContext(run.platform.config, run.subgraph.database.orm.em, ANONYMOUS, 'sweep-again');
    await Promise.all([0, 1].map(() => { const context = unit(); return inUnitOfWork(context, (sweep) => sweepEndedDays(sweep, clock.today())); }));
    expect(await stored()).toEqual(afterSweep);

    // Signed out by the day's end, the officers sign in anew.
    expect((await ok(run, 'mutation($id: ID!) { signInToCounter(counterId: $id) { status } }', { id: paused.id }, officer)).signInToCounter.status).toBe('OPEN');
  });
  it('is swept by two replicas at once over pending rows: each ticket and counter moved and audited exactly once, by nobody', async () => {
    freezeClockAt(wita('2026-12-09T09:00'));
    const { serviceId } = await newQueue(run, 'bapenda');
    const counters = [];
    for (let index = 0; index < 4; index += 1) counters.push(await newCounter(run, 'bapenda', [serviceId]));
    const tickets = await Promise.all(Array.from({ length: 40 }, () => issued(run, serviceId)));
    for (const counter of counters) await ok(run, CALL_NEXT, { id: counter.id }, EDITOR);

    const second = await startSubgraph(queueingSubgraph, run.platform.config, { port: 0 });
    try {
      freezeClockAt(wita('2026-12-10T09:00'));
      // The first mutations of the day, on both replicas at the same moment: each replica sweeps.
      const asked = await Promise.all(
        [run.subgraph, second].flatMap((replica) =>
          Array.from({ length: 3 }, async () => postGraphql(replica.url, ISSUE_AT_COUNTER, { serviceId }, await internalTokenHeader(run.platform.config, 'queueing', EDITOR))),
        ),
      );
      expect(asked.flatMap((result) => result.errors ?? [])).toEqual([]);
    } finally {
      await second.stop();
    }

    const em = run.subgraph.database.orm.em.fork();
    const ids = tickets.map((ticket) => ticket.id);
    const stored = await em.find(Ticket, { id: { $in: ids } });
    expect(stored.map((ticket) => ticket.status)).toEqual(ids.map(() => TicketStatus.EXPIRED));
    const audit = await em.find(AuditRecord, { action: { $in: ['EXPIRE', 'CLOSE_FOR_DAY'] }, entityId: { $in: [...ids, ...counters.map((counter) => counter.id)] } });
    expect(audit.map((record) => `${record.action} ${record.entityId}`).sort()).toEqual(
      [...ids.map((id) => `EXPIRE ${id}`), ...counters.map((counter) => `CLOSE_FOR_DAY ${counter.id}`)].sort(),
    );
    expect(audit.filter((record) => record.actor !== null)).toEqual([]);
  });

  it('tries again after a failure 1 s later, doubling the delay up to a minute', () => {
    expect([1, 2, 3, 4, 6, 7, 20].map(retryDelayMs)).toEqual([1_000, 2_000, 4_000, 8_000, 32_000, 60_000, 60_000]);
  });

  it('logs a sweep that fails and leaves the mutation that ran into it alone; mutations in the next second do not try again, a later one sweeps', async () => {
    freezeClockAt(wita('2026-12-11T09:00'));
    const { serviceId } = await newQueue(run, 'bapenda');
    const waiting = await issued(run, serviceId);
    const counter = await newCounter(run, 'bapenda', [serviceId], { closed: true });
    freezeClockAt(wita('2026-12-14T09:00'));

    // The sweep's last statement fails: its table is gone for the moment.
    const connection = run.subgraph.database.orm.em.getConnection();
    await connection.execute('alter table ticket_issue_window rename to ticket_issue_window_away');
    let away = true;
    // The subgraph's log lines go synchronously to standard output.
    const written = jest.spyOn(fs, 'writeSync');
    const officer = officerOf('bapenda', 'after-weekend');
    try {
      expect((await ok(run, SIGN_IN, { id: counter.id }, officer)).signInToCounter.status).toBe('OPEN');
      const logged = written.mock.calls.map(([, line]) => String(line)).filter((line) => line.includes('the day-end sweep failed'));
      expect(logged).toHaveLength(1);
      expect(logged[0]).toMatch(/"level":"error"/);
      expect((await run.subgraph.database.orm.em.fork().findOneOrFail(Ticket, { id: waiting.id })).status).toBe(TicketStatus.WAITING);
      // Backing off: the next mutations within the delay try no sweep (no second failure
      // logged, the ticket not expired). The real clock held still, however slow the machine.
      const failedAt = Date.now();
      const held = jest.spyOn(Date, 'now').mockReturnValue(failedAt);
      try {
        await connection.execute('alter table ticket_issue_window_away rename to ticket_issue_window');
        away = false;
        await ok(run, 'mutation($id: ID!) { signOutOfCounter(counterId: $id) { id } }', { id: counter.id }, officer);
        await ok(run, SIGN_IN, { id: counter.id }, officer);
      } finally {
        held.mockRestore();
      }
      expect(written.mock.calls.filter(([, line]) => String(line).includes('the day-end sweep failed'))).toHaveLength(1);
      expect((await run.subgraph.database.orm.em.fork().findOneOrFail(Ticket, { id: waiting.id })).status).toBe(TicketStatus.WAITING);
    } finally {
      written.mockRestore();
      if (away) await connection.execute('alter table ticket_issue_window_away rename to ticket_issue_window');
    }

    // After the first delay (a second), a mutation sweeps.
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    await ok(run, 'mutation($id: ID!) { signOutOfCounter(counterId: $id) { id } }', { id: counter.id }, officer);
    expect((await run.subgraph.database.orm.em.fork().findOneOrFail(Ticket, { id: waiting.id })).status).toBe(TicketStatus.EXPIRED);
  });
});
