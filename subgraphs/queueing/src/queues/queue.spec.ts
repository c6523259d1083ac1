import { ANONYMOUS, clock, newId, seedId, type StaffIdentity, type Viewer } from '@mpp/kit';
import { AuditRecord } from '@mpp/kit/subgraph';
import { testDatabaseTargets } from '@mpp/kit/testing';
import {
  EDITOR,
  freezeClockAt,
  freshPrefix,
  issued,
  kiosk,
  MONDAY_MORNING,
  newCounter,
  newQueue,
  officerOf,
  ok,
  partnerOf,
  refusal,
  startQueueing,
  wita,
  type QueueingRun,
} from '../spec-support';
import { seedTicketHours } from '../seed/queueing.data';
import { Queue } from './queue.entity';

const UPSERT = `mutation($serviceId: ID!, $version: Int, $input: QueueSettingsInput!) {
  upsertQueueSettings(serviceId: $serviceId, version: $version, input: $input) {
    serviceId agencyId enabled prefix dailyQuota version service { id } ticketHours { days { weekday ranges { opens closes } } }
  }
}`;
const SETTINGS = 'query($id: ID!) { queueSettings(serviceId: $id) { serviceId prefix version } }';
const SERVICE_QUEUE = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Service { id queue { prefix open waiting estimatedWaitMinutes nowServing { number } } } } }`;
const TICKET_WAIT = 'query($id: ID!) { ticket(id: $id) { number status peopleAhead estimatedWaitMinutes } }';

describe.each(testDatabaseTargets())('queue settings and what the public sees of a queue, on $label', ({ databaseUrl }) => {
  let run: QueueingRun;

  beforeAll(async () => {
    freezeClockAt(MONDAY_MORNING);
    run = await startQueueing(databaseUrl);
  });

  afterAll(async () => {
    await run?.stop();
    clock.reset();
  });

  beforeEach(() => {
    freezeClockAt(MONDAY_MORNING);
    run.publicApi.down = false;
  });

  const open = (serviceId: string, input: Record<string, unknown>, viewer: StaffIdentity | Viewer = EDITOR, version?: number) => run.ask(UPSERT, { serviceId, version, input }, viewer);

  it("opens a service's queue with the agency the public API gives for it, normalised, audited", async () => {
    const serviceId = run.publicApi.publishService('bapenda');
    const prefix = freshPrefix();
    const result = await open(serviceId, {
      prefix: ` ${prefix.toLowerCase()} `,
      ticketHours: { days: [{ weekday: 5, ranges: [{ opens: '13:30', closes: '15:00' }, { opens: '08:00', closes: '11:30' }] }, { weekday: 1, ranges: [] }] },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data.upsertQueueSettings).toEqual({
      serviceId,
      agencyId: seedId('agency', 'bapenda'),
      enabled: true,
      prefix,
      dailyQuota: null,
      version: 1,
      service: { id: serviceId },
      ticketHours: { days: [{ weekday: 1, ranges: [] }, { weekday: 5, ranges: [{ opens: '08:00', closes: '11:30' }, { opens: '13:30', closes: '15:00' }] }] },
    });
    const audit = await run.subgraph.database.orm.em.fork().find(AuditRecord, { entityType: 'QueueSettings', entityId: serviceId });
    expect(audit.map((record) => [record.action, record.actor?.userId, record.ownerAgencyId])).toEqual([['CREATE', EDITOR.userId, seedId('agency', 'bapenda')]]);
  });

  it('refuses a service the public API does not know (BAD_USER_INPUT), and says so when it cannot be reached (SERVICE_UNAVAILABLE)', async () => {
    expect(refusal(await open(newId(), { prefix: freshPrefix(), ticketHours: seedTicketHours }))).toEqual({ code: 'BAD_USER_INPUT', field: 'serviceId' });
    const serviceId = run.publicApi.publishService('bapenda');
    run.publicApi.down = true;
    const unreachable = await open(serviceId, { prefix: freshPrefix(), ticketHours: seedTicketHours });
    expect([refusal(unreachable), unreachable.data]).toEqual([{ code: 'SERVICE_UNAVAILABLE' }, null]);
    // Whoever may not open queues is told so without the public API being asked.
    expect(refusal(await open(serviceId, { prefix: freshPrefix(), ticketHours: seedTicketHours }, officerOf('bapenda')))).toEqual({ code: 'FORBIDDEN' });
    run.publicApi.down = false;
    expect(await run.subgraph.database.orm.em.fork().count(Queue, { id: serviceId })).toBe(0);
  });

  it("lets a partner open and change their own agency's queues only", async () => {
    const own = run.publicApi.publishService('bri');
    const other = run.publicApi.publishService('bni');
    const opened = await open(own, { prefix: freshPrefix(), ticketHours: seedTicketHours }, partnerOf('bri'));
    expect(opened.data?.upsertQueueSettings.agencyId).toBe(seedId('agency', 'bri'));
    expect(refusal(await open(other, { prefix: freshPrefix(), ticketHours: seedTicketHours }, partnerOf('bri')))).toEqual({ code: 'FORBIDDEN' });
    const theirs = await newQueue(run, 'bni');
    expect(refusal(await open(theirs.serviceId, { enabled: false }, partnerOf('bri'), 1))).toEqual({ code: 'NOT_FOUND' });
    expect(refusal(await open(theirs.serviceId, { enabled: false }, officerOf('bni'), 1))).toEqual({ code: 'FORBIDDEN' });
    // Whoever may manage no queue at all is refused as such, before whether the queue exists is looked at.
    expect(refusal(await open(theirs.serviceId, { enabled: false }, ANONYMOUS, 1))).toEqual({ code: 'UNAUTHENTICATED' });
    expect(refusal(await open(newId(), { enabled: false }, ANONYMOUS, 1))).toEqual({ code: 'UNAUTHENTICATED' });
    expect(refusal(await open(newId(), { enabled: false }, kiosk(), 1))).toEqual({ code: 'FORBIDDEN' });
    expect(refusal(await open(newId(), { enabled: false }, officerOf('bni'), 1))).toEqual({ code: 'FORBIDDEN' });
    expect(refusal(await open(newId(), { enabled: false }, partnerOf('bri'), 1))).toEqual({ code: 'NOT_FOUND' });
    expect((await open(own, { dailyQuota: 50 }, partnerOf('bri'), 1)).data?.upsertQueueSettings).toMatchObject({ dailyQuota: 50, version: 2 });
  });

  it.each([
    [{ prefix: 'A1' }, 'prefix'],
    [{ prefix: 'ABCD' }, 'prefix'],
    [{ prefix: '' }, 'prefix'],
    [{ prefix: 'SIM' }, 'prefix'],
    [{ ticketHours: null }, 'ticketHours'],
    [{ ticketHours: { days: [{ weekday: 1, ranges: [{ opens: '08:00', closes: '15:00' }] }, { weekday: 2, ranges: [{ opens: '15:00', closes: '08:00' }] }] } }, 'ticketHours.days.1.ranges.0.closes'],
    [{ ticketHours: { days: [{ weekday: 8, ranges: [] }] } }, 'ticketHours.days.0.weekday'],
    [{ dailyQuota: 0 }, 'dailyQuota'],
    [{ enabled: null }, 'enabled'],
  ])('refuses %j with BAD_USER_INPUT on %s', async (input, field) => {
    const serviceId = run.publicApi.publishService('bapenda');
    const result = await open(serviceId, { prefix: freshPrefix(), ticketHours: seedTicketHours, ...input });
    expect(refusal(result)).toEqual({ code: 'BAD_USER_INPUT', field });
  });

  it('gives one of two queues opened with one prefix at the same moment the prefix', async () => {
    const prefix = freshPrefix();
    const results = await Promise.all([0, 1].map(() => open(run.publicApi.publishService('bapenda'), { prefix, ticketHours: seedTicketHours })));
    expect(results.filter((result) => !result.errors)).toHaveLength(1);
    expect(results.flatMap((result) => (result.errors ? [refusal(result)] : []))).toEqual([{ code: 'BAD_USER_INPUT', field: 'prefix' }]);
  });

  it('refuses a stale version, a second opening, and a new prefix on a day the queue has issued tickets (CONFLICT)', async () => {
    const { serviceId, prefix } = await newQueue(run);
    expect(refusal(await open(serviceId, { prefix: freshPrefix(), ticketHours: seedTicketHours }))).toEqual({ code: 'CONFLICT' });
    expect(refusal(await open(serviceId, { enabled: false }, EDITOR, 7))).toEqual({ code: 'CONFLICT' });
    await issued(run, serviceId);
    const renamed = await open(serviceId, { prefix: freshPrefix() }, EDITOR, 1);
    expect(refusal(renamed)).toEqual({ code: 'CONFLICT' });
    expect((await ok(run, SETTINGS, { id: serviceId }, EDITOR)).queueSettings).toEqual({ serviceId, prefix, version: 1 });
    // The next day it may change.
    freezeClockAt(wita('2026-12-08T07:00'));
    const next = freshPrefix();
    expect((await open(serviceId, { prefix: next }, EDITOR, 1)).data?.upsertQueueSettings).toMatchObject({ prefix: next, version: 2 });
  });

  it("shows staff the settings they may read, and nobody else: queueSettings, queues, Service.queueSettings", async () => {
    const { serviceId } = await newQueue(run, 'bri');
    expect((await ok(run, SETTINGS, { id: serviceId })).queueSettings).toBeNull();
    expect((await ok(run, SETTINGS, { id: serviceId }, partnerOf('bni'))).queueSettings).toBeNull();
    expect((await ok(run, SETTINGS, { id: serviceId }, officerOf('bri'))).queueSettings).toMatchObject({ serviceId });
    const list = (await ok(run, '{ queues { agencyId prefix } }', {}, partnerOf('bri'))).queues as { agencyId: string; prefix: string }[];
    expect(new Set(list.map((queue) => queue.agencyId))).toEqual(new Set([seedId('agency', 'bri')]));
    expect(list.map((queue) => queue.prefix)).toEqual([...list.map((queue) => queue.prefix)].sort());
    expect((await ok(run, 'query($a: ID) { queues(agencyId: $a) { prefix } }', { a: seedId('agency', 'bni') }, partnerOf('bri'))).queues).toEqual([]);
    expect(refusal(await run.ask('{ queues { prefix } }'))).toEqual({ code: 'UNAUTHENTICATED' });
    const asPublic = await run.ask('query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Service { queueSettings { prefix } } } }', {
      reps: [{ __typename: 'Service', id: serviceId }],
    });
    expect(asPublic.data._entities).toEqual([{ queueSettings: null }]);
    expect(asPublic.errors?.map((error) => error.extensions?.code)).toEqual(['UNAUTHENTICATED']);
  });

  describe('Service.queue', () => {
    const queueOf = async (serviceId: string) => (await ok(run, SERVICE_QUEUE, { reps: [{ __typename: 'Service', id: serviceId }] }))._entities[0].queue;

    it('is null for a service without a queue', async () => {
      expect(await queueOf(newId())).toBeNull();
    });

    it('is open while a ticket can be taken: not disabled, outside the hours, on a closed date, or with the quota used', async () => {
      const { serviceId } = await newQueue(run, 'kemenag', { dailyQuota: 1 });
      expect(await queueOf(serviceId)).toMatchObject({ open: true, waiting: 0 });
      freezeClockAt(wita('2026-12-07T15:00'));
      expect((await queueOf(serviceId)).open).toBe(false);
      freezeClockAt(MONDAY_MORNING);
      await issued(run, serviceId);
      expect(await queueOf(serviceId)).toMatchObject({ open: false, waiting: 1 });
      const disabled = await newQueue(run, 'kemenag', { enabled: false });
      expect((await queueOf(disabled.serviceId)).open).toBe(false);
      freezeClockAt(wita('2026-12-25T09:00'));
      const christmas = await newQueue(run, 'kemenag');
      expect((await queueOf(christmas.serviceId)).open).toBe(false);
    });

    it('estimates the wait: people ahead × recent service time (5 minutes before any) ÷ counters open for it', async () => {
      const { serviceId, prefix } = await newQueue(run, 'atr-bpn');
      const tickets = [];
      for (let index = 0; index < 4; index += 1) tickets.push(await issued(run, serviceId));
      const priority = await issued(run, serviceId, true);
      // No counter open: no estimate.
      expect(await queueOf(serviceId)).toMatchObject({ prefix, waiting: 5, estimatedWaitMinutes: null, nowServing: [] });

      const counter = await newCounter(run, 'atr-bpn', [serviceId], { closed: true });
      const officer = officerOf('atr-bpn', 'estimator');
      await ok(run, 'mutation($id: ID!) { signInToCounter(counterId: $id) { status } }', { id: counter.id }, officer);
      expect((await queueOf(serviceId)).estimatedWaitMinutes).toBe(25);
      // The priority ticket is called first: nobody is ahead of it; the last normal ticket has everyone else ahead.
      expect((await ok(run, TICKET_WAIT, { id: priority.id })).ticket).toMatchObject({ peopleAhead: 0, estimatedWaitMinutes: 0 });
      expect((await ok(run, TICKET_WAIT, { id: tickets[3].id })).ticket).toMatchObject({ peopleAhead: 4, estimatedWaitMinutes: 20 });

      // Serving one takes 3 minutes: that is the recent service time now.
      const { callNextTicket } = await ok(run, 'mutation($id: ID!) { callNextTicket(counterId: $id) { id number } }', { id: counter.id }, officer);
      expect(callNextTicket.id).toBe(priority.id);
      await ok(run, 'mutation($id: ID!) { startServingTicket(ticketId: $id) { id } }', { id: priority.id }, officer);
      expect((await queueOf(serviceId)).nowServing).toEqual([{ number: priority.number }]);
      freezeClockAt(new Date(MONDAY_MORNING.getTime() + 3 * 60_000));
      await ok(run, 'mutation($id: ID!) { finishTicket(ticketId: $id) { id } }', { id: priority.id }, officer);
      expect(await queueOf(serviceId)).toMatchObject({ waiting: 4, estimatedWaitMinutes: 12, nowServing: [] });
      expect((await ok(run, TICKET_WAIT, { id: tickets[3].id })).ticket).toMatchObject({ peopleAhead: 3, estimatedWaitMinutes: 9 });
      expect((await ok(run, TICKET_WAIT, { id: priority.id })).ticket).toMatchObject({ status: 'DONE', peopleAhead: null, estimatedWaitMinutes: null });
      await ok(run, 'mutation($id: ID!) { signOutOfCounter(counterId: $id) { status } }', { id: counter.id }, officer);
    });

    it('answers any number of services in the same number of statements', async () => {
      const queues = await Promise.all(['pln', 'pln', 'pln', 'pln'].map((agency) => newQueue(run, agency)));
      for (const queue of queues) await issued(run, queue.serviceId);
      const count = async (serviceIds: string[]) => {
        run.subgraph.database.queryLog.reset();
        const reps = serviceIds.map((id) => ({ __typename: 'Service', id }));
        const { _entities } = await ok(run, SERVICE_QUEUE, { reps });
        expect(_entities.map((entity: { queue: { waiting: number } }) => entity.queue.waiting)).toEqual(serviceIds.map(() => 1));
        return run.subgraph.database.queryLog.count;
      };
      expect(await count(queues.slice(0, 1).map((queue) => queue.serviceId))).toBe(await count(queues.map((queue) => queue.serviceId)));
    });
  });
});
