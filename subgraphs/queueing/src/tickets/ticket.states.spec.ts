import { clock } from '@mpp/kit';
import { AuditRecord } from '@mpp/kit/subgraph';
import { testDatabaseTargets } from '@mpp/kit/testing';
import { EDITOR, freezeClockAt, issued, MONDAY_MORNING, newCounter, newQueue, ok, refusal, startQueueing, wita, type QueueingRun } from '../spec-support';
import { Ticket, TicketStatus } from './ticket.entity';
import { effectiveTicketStatus, statusesAllowing, TICKET_STEPS, type TicketStep } from './ticket.states';

/** Every step a counter or a holder takes on one ticket, as its mutation. */
const STEPS: Record<Exclude<TicketStep, 'call' | 'expire'>, string> = {
  recall: 'mutation($id: ID!) { recallTicket(ticketId: $id) { status } }',
  startServing: 'mutation($id: ID!) { startServingTicket(ticketId: $id) { status } }',
  finish: 'mutation($id: ID!) { finishTicket(ticketId: $id) { status } }',
  markNoShow: 'mutation($id: ID!) { markTicketNoShow(ticketId: $id) { status } }',
  transfer: 'mutation($id: ID!, $to: ID!) { transferTicket(ticketId: $id, serviceId: $to) { status } }',
  cancel: 'mutation($id: ID!) { cancelTicket(ticketId: $id) { status } }',
};
const ACTIONS: Record<keyof typeof STEPS, string> = { recall: 'RECALL', startServing: 'START_SERVING', finish: 'FINISH', markNoShow: 'NO_SHOW', transfer: 'TRANSFER', cancel: 'CANCEL' };
const CALL_NEXT = 'mutation($id: ID!) { callNextTicket(counterId: $id) { id } }';
const ALL_DAY = { days: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, ranges: [{ opens: '00:00', closes: '24:00' }] })) };

describe('the ticket state machine', () => {
  it('lets only waiting and called tickets expire, and keeps DONE, NO_SHOW, CANCELLED and EXPIRED final', () => {
    expect(statusesAllowing('expire').sort()).toEqual([TicketStatus.CALLED, TicketStatus.WAITING]);
    for (const final of [TicketStatus.DONE, TicketStatus.NO_SHOW, TicketStatus.CANCELLED, TicketStatus.EXPIRED]) expect(TICKET_STEPS[final]).toEqual({});
    expect(statusesAllowing('call')).toEqual([TicketStatus.WAITING]);
  });

  it('reads a ticket still waiting or called after its day as EXPIRED, and any other as stored', () => {
    expect(effectiveTicketStatus({ status: TicketStatus.WAITING, serviceDate: '2026-12-06' }, '2026-12-07')).toBe(TicketStatus.EXPIRED);
    expect(effectiveTicketStatus({ status: TicketStatus.CALLED, serviceDate: '2026-12-06' }, '2026-12-07')).toBe(TicketStatus.EXPIRED);
    expect(effectiveTicketStatus({ status: TicketStatus.SERVING, serviceDate: '2026-12-06' }, '2026-12-07')).toBe(TicketStatus.SERVING);
    expect(effectiveTicketStatus({ status: TicketStatus.WAITING, serviceDate: '2026-12-07' }, '2026-12-07')).toBe(TicketStatus.WAITING);
  });
});

describe.each(testDatabaseTargets())('every step from every state, through the API, on $label', ({ databaseUrl }) => {
  let run: QueueingRun;
  let elsewhere: string;

  beforeAll(async () => {
    freezeClockAt(MONDAY_MORNING);
    run = await startQueueing(databaseUrl);
    elsewhere = (await newQueue(run)).serviceId;
  });

  afterAll(async () => {
    await run?.stop();
    clock.reset();
  });

  const variablesOf = (step: keyof typeof STEPS, id: string) => (step === 'transfer' ? { id, to: elsewhere } : { id });

  /** A ticket brought to `status` by the API, in a queue and at a counter of its own. */
  async function ticketIn(status: TicketStatus): Promise<string> {
    const { serviceId } = await newQueue(run, 'polres', { ticketHours: ALL_DAY });
    const counter = await newCounter(run, 'polres', [serviceId]);
    if (status === TicketStatus.EXPIRED) {
      freezeClockAt(wita('2026-12-06T10:00'));
      const ticket = await issued(run, serviceId);
      freezeClockAt(MONDAY_MORNING);
      return ticket.id;
    }
    const { id } = await issued(run, serviceId);
    const steps: Partial<Record<TicketStatus, (keyof typeof STEPS | 'call')[]>> = {
      [TicketStatus.CALLED]: ['call'],
      [TicketStatus.SERVING]: ['call', 'startServing'],
      [TicketStatus.DONE]: ['call', 'startServing', 'finish'],
      [TicketStatus.NO_SHOW]: ['call', 'markNoShow'],
      [TicketStatus.CANCELLED]: ['cancel'],
    };
    for (const step of steps[status] ?? []) {
      if (step === 'call') await ok(run, CALL_NEXT, { id: counter.id }, EDITOR);
      else await ok(run, STEPS[step], variablesOf(step, id), EDITOR);
    }
    return id;
  }

  const cases = Object.values(TicketStatus).flatMap((status) => (Object.keys(STEPS) as (keyof typeof STEPS)[]).map((step) => [status, step, TICKET_STEPS[status][step] ?? 'CONFLICT'] as const));

  it.each(cases)('%s, %s → %s', async (status, step, expected) => {
    const id = await ticketIn(status);
    const em = run.subgraph.database.orm.em.fork();
    const before = await em.findOneOrFail(Ticket, { id });
    expect(effectiveTicketStatus(before, clock.today())).toBe(status);
    const auditBefore = await em.count(AuditRecord, { entityType: 'Ticket', entityId: id });
    const result = await run.ask(STEPS[step], variablesOf(step, id), EDITOR);
    const after = await em.fork().findOneOrFail(Ticket, { id });
    const audited = await em.fork().find(AuditRecord, { entityType: 'Ticket', entityId: id }, { orderBy: { at: 'asc', id: 'asc' } });
    if (expected === 'CONFLICT') {
      expect([refusal(result), result.data]).toEqual([{ code: 'CONFLICT' }, null]);
      // Changed nothing (an expired ticket's day-end sweep aside, which only writes what is read already).
      expect([effectiveTicketStatus(after, clock.today()), after.counterId, after.serviceId]).toEqual([status, before.counterId, before.serviceId]);
      if (status !== TicketStatus.EXPIRED) expect([after.version, audited.length]).toEqual([before.version, auditBefore]);
    } else {
      expect(result.errors).toBeUndefined();
      expect(Object.values(result.data)[0]).toEqual({ status: expected });
      expect(after.status).toBe(expected);
      // Audited in the same unit of work, by whom.
      expect(audited.length).toBe(auditBefore + 1);
      expect([audited.at(-1)!.action, audited.at(-1)!.actor?.userId]).toEqual([ACTIONS[step], EDITOR.userId]);
    }
  });
});
