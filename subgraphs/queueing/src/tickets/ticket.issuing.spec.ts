import { clock, newId, normaliseClientAddress, seedId, type StaffIdentity, type Viewer } from '@mpp/kit';
import { createRequestContext, DailyCounter } from '@mpp/kit/subgraph';
import { testDatabaseTargets } from '@mpp/kit/testing';
import {
  EDITOR,
  freezeClockAt,
  issue,
  issued,
  kiosk,
  MONDAY,
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
import { releaseClaim, requestFingerprint } from './ticket.issue-claims';
import { Ticket, TicketChannel, TicketIssueClaim } from './ticket.entity';

const EVERY_DAY_ALL_DAY = { days: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, ranges: [{ opens: '00:00', closes: '24:00' }] })) };
const READ_TICKET = 'query($id: ID!) { ticket(id: $id) { id number status serviceDate } }';
const ISSUE_PRIORITY = 'mutation($input: IssueTicketInput!) { issueTicket(input: $input) { ticket { id priority } } }';
/** The client address the specs' anonymous requests come from when they name one. */
const LOCAL_CLIENT = '198.51.100.20';
const SET_CLOSED_DATES = 'mutation($version: Int, $dates: [ClosedDateInput!]!) { setClosedDates(year: 2026, version: $version, dates: $dates) { version } }';
const CANCEL = 'mutation($id: ID!, $code: String) { cancelTicket(ticketId: $id, accessCode: $code) { id status } }';

describe.each(testDatabaseTargets())('issuing tickets, on $label', ({ databaseUrl }) => {
  let run: QueueingRun;

  beforeAll(async () => {
    freezeClockAt(MONDAY_MORNING);
    run = await startQueueing(databaseUrl);
  });

  afterAll(async () => {
    await run?.stop();
    clock.reset();
  });

  beforeEach(() => freezeClockAt(MONDAY_MORNING));

  /** How many numbers the queue has handed out today (its daily counter). */
  async function numbersTaken(serviceId: string): Promise<number> {
    const counter = await run.subgraph.database.orm.em.fork().findOne(DailyCounter, { key: `queue:${serviceId}`, day: MONDAY });
    return counter?.value ?? 0;
  }

  /** A claim as a request leaves it between claiming its key and writing its ticket; the ticket id it chose. */
  async function claimInDatabase(claim: { scope: string; key: string; fingerprint: string; claimedAt: Date }): Promise<string> {
    const em = run.subgraph.database.orm.em.fork();
    const ticketId = newId();
    em.create(TicketIssueClaim, { scope: claim.scope, key: claim.key, requestFingerprint: claim.fingerprint, ticketId, serviceDate: MONDAY, claimedAt: claim.claimedAt });
    await em.flush();
    return ticketId;
  }

  it('numbers a queue\'s tickets prefix, dash, the day\'s sequence in three digits, for the mall\'s local day', async () => {
    const { serviceId, prefix } = await newQueue(run);
    const tickets = [];
    for (let index = 0; index < 3; index += 1) tickets.push((await issue(run, { serviceId })).data.issueTicket);
    expect(tickets.map(({ ticket }) => ticket.number)).toEqual([`${prefix}-001`, `${prefix}-002`, `${prefix}-003`]);
    expect(tickets[0].ticket).toMatchObject({
      serviceDate: MONDAY,
      status: 'WAITING',
      priority: false,
      channel: 'ONLINE',
      issuedAt: MONDAY_MORNING.toISOString(),
      service: { id: serviceId },
      issuedForService: { id: serviceId },
      counter: null,
      agencyId: seedId('agency', 'polres'),
    });
    expect(tickets[0].accessCode).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
  });

  it('starts again at 1 at local midnight: 23:59 WITA is still Monday, 00:01 WITA (16:01 UTC, Monday in UTC) is Tuesday', async () => {
    const { serviceId, prefix } = await newQueue(run, 'polres', { ticketHours: EVERY_DAY_ALL_DAY });
    freezeClockAt(wita('2026-12-07T23:59'));
    await issued(run, serviceId);
    const lastOfMonday = (await issue(run, { serviceId })).data.issueTicket.ticket;
    expect([lastOfMonday.number, lastOfMonday.serviceDate]).toEqual([`${prefix}-002`, MONDAY]);

    const afterMidnight = wita('2026-12-08T00:01');
    expect(afterMidnight.toISOString()).toBe('2026-12-07T16:01:00.000Z');
    freezeClockAt(afterMidnight);
    const firstOfTuesday = (await issue(run, { serviceId })).data.issueTicket.ticket;
    expect([firstOfTuesday.number, firstOfTuesday.serviceDate]).toEqual([`${prefix}-001`, '2026-12-08']);
    // Monday's tickets are Monday's: still numbered as they were, expired once their day ended.
    const monday = (await ok(run, READ_TICKET, { id: lastOfMonday.id })).ticket;
    expect(monday).toMatchObject({ number: `${prefix}-002`, serviceDate: MONDAY, status: 'EXPIRED' });
  });

  it('pads to three digits and grows past 999', async () => {
    const { serviceId, prefix } = await newQueue(run);
    const em = run.subgraph.database.orm.em.fork();
    // The queue's daily counter stands at 999: the next ticket is the thousandth.
    await em.getConnection().execute('insert into daily_counter (counter_key, day, value) values (?, ?, ?)', [`queue:${serviceId}`, MONDAY, 999]);
    expect((await issued(run, serviceId)).number).toBe(`${prefix}-1000`);
    expect(await em.count(Ticket, { serviceId })).toBe(1);
  });

  it.each([
    ['before the ticket hours', '2026-12-07T07:59', /outside those hours now\. Tickets are given out again from Monday 7 December, 08:00\./],
    ["in Friday's prayer break", '2026-12-11T12:00', /again from Friday 11 December, 13:30/],
    ['on a Saturday', '2026-12-12T10:00', /again from Monday 14 December, 08:00/],
    ['at closing time', '2026-12-07T15:00', /again from Tuesday 8 December, 08:00/],
  ])('refuses %s with BAD_USER_INPUT on serviceId and says when tickets are given out again', async (_label, local, message) => {
    const { serviceId } = await newQueue(run);
    freezeClockAt(wita(local));
    const result = await issue(run, { serviceId });
    expect(refusal(result)).toEqual({ code: 'BAD_USER_INPUT', field: 'serviceId' });
    expect(result.errors![0].message).toMatch(message);
    expect(result.data).toBeNull();
  });

  it('gives tickets on Friday afternoon after the break, and not on a closed date', async () => {
    const { serviceId } = await newQueue(run);
    freezeClockAt(wita('2026-12-11T13:30'));
    expect((await issue(run, { serviceId })).errors).toBeUndefined();

    const before = (await ok(run, 'query { closedDateYear(year: 2026) { version dates { date reason } } }', {}, EDITOR)).closedDateYear;
    const { setClosedDates } = await ok(run, SET_CLOSED_DATES, { version: before?.version, dates: [...(before?.dates ?? []), { date: '2026-12-09', reason: 'Hari libur uji' }] }, EDITOR);
    try {
      freezeClockAt(wita('2026-12-09T10:00'));
      const result = await issue(run, { serviceId });
      expect(refusal(result)).toEqual({ code: 'BAD_USER_INPUT', field: 'serviceId' });
      expect(result.errors![0].message).toBe('The mall is closed today (Hari libur uji): no queue tickets are given out.');
      // The day before, a refusal outside the hours names the next day tickets are given out: past the closed date.
      freezeClockAt(wita('2026-12-08T16:00'));
      expect((await issue(run, { serviceId })).errors![0].message).toMatch(/again from Thursday 10 December, 08:00/);
    } finally {
      await ok(run, SET_CLOSED_DATES, { version: setClosedDates.version, dates: before?.dates ?? [] }, EDITOR);
    }
  });

  it('refuses a disabled queue, and a full one once its daily quota is used (the quota counts only tickets issued)', async () => {
    const disabled = await newQueue(run, 'polres', { enabled: false });
    const refused = await issue(run, { serviceId: disabled.serviceId });
    expect(refusal(refused)).toEqual({ code: 'BAD_USER_INPUT', field: 'serviceId' });
    expect(refused.errors![0].message).toBe('This service is not giving out queue tickets at the moment.');

    const limited = await newQueue(run, 'polres', { dailyQuota: 2 });
    await issued(run, limited.serviceId);
    await issued(run, limited.serviceId);
    const full = await issue(run, { serviceId: limited.serviceId });
    expect(refusal(full)).toEqual({ code: 'BAD_USER_INPUT', field: 'serviceId' });
    expect(full.errors![0].message).toMatch(/All 2 of today's tickets for this service have been taken/);
    // Refusals take no number: raising the quota gives the third number next.
    const settings = await ok(run, 'query($id: ID!) { queueSettings(serviceId: $id) { version } }', { id: limited.serviceId }, EDITOR);
    await ok(run, 'mutation($id: ID!, $v: Int) { upsertQueueSettings(serviceId: $id, version: $v, input: { dailyQuota: 3 }) { dailyQuota } }', { id: limited.serviceId, v: settings.queueSettings.version }, EDITOR);
    expect((await issued(run, limited.serviceId)).number).toBe(`${limited.prefix}-003`);
    expect(refusal(await issue(run, { serviceId: newId() }))).toEqual({ code: 'BAD_USER_INPUT', field: 'serviceId' });
  });

  describe('idempotency keys', () => {
    it('answers a retry with the same ticket and access code, and another request under the key with CONFLICT', async () => {
      const { serviceId } = await newQueue(run);
      const first = await issue(run, { serviceId, idempotencyKey: 'kiosk-press-1' }, undefined, '198.51.100.7');
      const again = await issue(run, { serviceId, idempotencyKey: 'kiosk-press-1' }, undefined, '198.51.100.7');
      expect(again.data).toEqual(first.data);
      const otherQueue = await newQueue(run);
      const other = await issue(run, { serviceId: otherQueue.serviceId, idempotencyKey: 'kiosk-press-1' }, undefined, '198.51.100.7');
      expect([refusal(other), other.data]).toEqual([{ code: 'CONFLICT' }, null]);
      // Keys are the issuer's own: another client with the same key gets a ticket of its own.
      const elsewhere = await issue(run, { serviceId, idempotencyKey: 'kiosk-press-1' }, undefined, '198.51.100.8');
      expect(elsewhere.data.issueTicket.ticket.id).not.toBe(first.data.issueTicket.ticket.id);
      expect(await run.subgraph.database.orm.em.fork().count(Ticket, { serviceId })).toBe(2);
    });

    it('gives concurrent retries with one key one ticket', async () => {
      const { serviceId, prefix } = await newQueue(run);
      const kioskResults = await Promise.all(Array.from({ length: 20 }, () => run.ask(
        'mutation($input: IssueTicketInput!) { issueTicket(input: $input) { accessCode ticket { id number channel } } }',
        { input: { serviceId, idempotencyKey: 'one-press-kiosk' } },
        kiosk('hall-2'),
      )));
      expect(kioskResults.flatMap((result) => result.errors ?? [])).toEqual([]);
      expect(new Set(kioskResults.map((result) => JSON.stringify(result.data)))).toEqual(new Set([JSON.stringify(kioskResults[0].data)]));
      expect(kioskResults[0].data.issueTicket.ticket).toMatchObject({ number: `${prefix}-001`, channel: 'KIOSK' });
      expect(await run.subgraph.database.orm.em.fork().count(Ticket, { serviceId })).toBe(1);
    });
    it('takes one number for concurrent retries of one key: the next ticket is number 2; requests without a key claim nothing', async () => {
      const { serviceId, prefix } = await newQueue(run);
      const em = run.subgraph.database.orm.em.fork();
      const claimsBefore = await em.count(TicketIssueClaim);
      await issued(run, serviceId);
      expect(await em.fork().count(TicketIssueClaim)).toBe(claimsBefore);

      const retries = await Promise.all(Array.from({ length: 20 }, () => issue(run, { channel: 'KIOSK', serviceId, idempotencyKey: 'one-press-numbers' }, kiosk('hall-3'))));
      expect(retries.flatMap((result) => result.errors ?? [])).toEqual([]);
      expect(new Set(retries.map((result) => result.data.issueTicket.ticket.number))).toEqual(new Set([`${prefix}-002`]));
      expect(await em.fork().count(TicketIssueClaim)).toBe(claimsBefore + 1);
      expect((await issued(run, serviceId)).number).toBe(`${prefix}-003`);
      expect(await numbersTaken(serviceId)).toBe(3);
    });

    it("keeps a queue's quota for distinct tickets: ten concurrent retries of one key use one of three", async () => {
      const { serviceId, prefix } = await newQueue(run, 'polres', { dailyQuota: 3 });
      const retries = await Promise.all(Array.from({ length: 10 }, () => issue(run, { channel: 'KIOSK', serviceId, idempotencyKey: 'one-press-quota' }, kiosk('hall-4'))));
      expect(retries.flatMap((result) => result.errors ?? [])).toEqual([]);
      const second = await issue(run, { channel: 'KIOSK', serviceId }, kiosk('hall-4'));
      const third = await issue(run, { channel: 'KIOSK', serviceId }, kiosk('hall-4'));
      expect([second.errors, third.errors]).toEqual([undefined, undefined]);
      expect([second.data.issueTicket.ticket.number, third.data.issueTicket.ticket.number]).toEqual([`${prefix}-002`, `${prefix}-003`]);
      expect(refusal(await issue(run, { channel: 'KIOSK', serviceId }, kiosk('hall-4')))).toEqual({ code: 'BAD_USER_INPUT', field: 'serviceId' });
    });

    it('answers at once a retry of a request refused after it claimed its key (racing for the last tickets)', async () => {
      const { serviceId } = await newQueue(run, 'polres', { dailyQuota: 3 });
      const results = await Promise.all(Array.from({ length: 10 }, (_, index) => issue(run, { channel: 'KIOSK', serviceId, idempotencyKey: `last-tickets-${index}` }, kiosk('hall-5'))));
      expect(results.filter((result) => !result.errors)).toHaveLength(3);
      const refusedKeys = results.flatMap((result, index) => (result.errors ? [`last-tickets-${index}`] : []));
      for (const idempotencyKey of refusedKeys) {
        const startedAt = Date.now();
        const retry = await issue(run, { channel: 'KIOSK', serviceId, idempotencyKey }, kiosk('hall-5'));
        // Its claim released (or never kept): refused as full straight away, not left to wait for a ticket that never comes.
        expect(refusal(retry)).toEqual({ code: 'BAD_USER_INPUT', field: 'serviceId' });
        expect(Date.now() - startedAt).toBeLessThan(1_000);
      }
      expect(await run.subgraph.database.orm.em.fork().count(TicketIssueClaim, { key: { $in: refusedKeys } })).toBe(0);
    });

    it('makes a retry wait for a request still in flight, then CONFLICT; another request under a claimed key is CONFLICT at once', async () => {
      const { serviceId } = await newQueue(run);
      const scope = `client:${normaliseClientAddress(LOCAL_CLIENT)}`;
      await claimInDatabase({ scope, key: 'in-flight', fingerprint: requestFingerprint(serviceId, TicketChannel.ONLINE, false), claimedAt: new Date() });
      const startedAt = Date.now();
      const waited = await issue(run, { serviceId, idempotencyKey: 'in-flight' }, undefined, LOCAL_CLIENT);
      expect([refusal(waited), waited.data]).toEqual([{ code: 'CONFLICT' }, null]);
      expect(waited.errors![0].message).toMatch(/still being issued: retry it in a moment/);
      expect(Date.now() - startedAt).toBeGreaterThanOrEqual(1_900);

      const otherStartedAt = Date.now();
      const other = await issue(run, { serviceId, idempotencyKey: 'in-flight', channel: 'COUNTER' }, EDITOR);
      expect(other.errors).toBeUndefined(); // another issuer's key: its own
      const otherRequest = await issue(run, { serviceId: (await newQueue(run)).serviceId, idempotencyKey: 'in-flight' }, undefined, LOCAL_CLIENT);
      expect([refusal(otherRequest), otherRequest.errors![0].message]).toEqual([{ code: 'CONFLICT' }, expect.stringMatching(/already used for another ticket request/)]);
      expect(Date.now() - otherStartedAt).toBeLessThan(1_000);
      expect(await numbersTaken(serviceId)).toBe(1);
    });

    it('lets a retry take over a claim left without its ticket for 30 seconds, writing the ticket under the id chosen at claim time', async () => {
      const { serviceId, prefix } = await newQueue(run);
      const scope = `client:${normaliseClientAddress(LOCAL_CLIENT)}`;
      const ticketId = await claimInDatabase({ scope, key: 'abandoned', fingerprint: requestFingerprint(serviceId, TicketChannel.ONLINE, false), claimedAt: new Date(Date.now() - 31_000) });
      const retry = await issue(run, { serviceId, idempotencyKey: 'abandoned' }, undefined, LOCAL_CLIENT);
      expect(retry.errors).toBeUndefined();
      expect(retry.data.issueTicket.ticket).toMatchObject({ id: ticketId, number: `${prefix}-001` });
      expect((await issue(run, { serviceId, idempotencyKey: 'abandoned' }, undefined, LOCAL_CLIENT)).data).toEqual(retry.data);
    });

    it('lets its key go at once when its ticket cannot be written (a number already used), so a retry is answered, not kept waiting', async () => {
      const { serviceId, prefix } = await newQueue(run);
      expect((await issue(run, { serviceId }, undefined, LOCAL_CLIENT)).errors).toBeUndefined();
      // The queue's counter set back (a restored backup, a hand edit): the next number is one already given.
      await run.subgraph.database.orm.em.fork().nativeUpdate(DailyCounter, { key: `queue:${serviceId}`, day: MONDAY }, { value: 0 });
      const startedAt = Date.now();
      const failed = await issue(run, { serviceId, idempotencyKey: 'number-used' }, undefined, LOCAL_CLIENT);
      expect(refusal(failed)).toEqual({ code: 'CONFLICT' });
      expect(failed.errors![0].message).not.toMatch(/still being issued/);
      expect(Date.now() - startedAt).toBeLessThan(1_000);
      expect(await run.subgraph.database.orm.em.fork().count(TicketIssueClaim, { key: 'number-used' })).toBe(0);
      // The retry takes the next number and answers with its ticket.
      const retry = await issue(run, { serviceId, idempotencyKey: 'number-used' }, undefined, LOCAL_CLIENT);
      expect(retry.errors).toBeUndefined();
      expect(retry.data.issueTicket.ticket.number).toBe(`${prefix}-002`);
    });

    it('releases a claim only as its request claimed it: one taken over since stays with the request that took it', async () => {
      const { serviceId } = await newQueue(run);
      const scope = `client:${normaliseClientAddress(LOCAL_CLIENT)}`;
      const abandonedAt = new Date(Date.now() - 31_000);
      await claimInDatabase({ scope, key: 'slow-original', fingerprint: requestFingerprint(serviceId, TicketChannel.ONLINE, false), claimedAt: abandonedAt });
      const takeover = await issue(run, { serviceId, idempotencyKey: 'slow-original' }, undefined, LOCAL_CLIENT);
      expect(takeover.errors).toBeUndefined();
      // The slow original failing now lets go of its own claim, which is no more.
      const context = createRequestContext(run.platform.config, run.subgraph.database.orm.em, { kind: 'anonymous' }, 'slow-original');
      await releaseClaim(context, { scope, key: 'slow-original', claimedAt: abandonedAt });
      const claim = await run.subgraph.database.orm.em.fork().findOneOrFail(TicketIssueClaim, { scope, key: 'slow-original' });
      expect(claim.claimedAt.getTime()).toBeGreaterThan(abandonedAt.getTime());
      // Released as it was claimed, it goes.
      await releaseClaim(context, { scope, key: 'slow-original', claimedAt: claim.claimedAt });
      expect(await run.subgraph.database.orm.em.fork().count(TicketIssueClaim, { scope, key: 'slow-original' })).toBe(0);
    });

    it('claims no key for a request refused by the queue\'s rules: the same key works once the queue opens', async () => {
      const { serviceId } = await newQueue(run, 'polres', { enabled: false });
      expect(refusal(await issue(run, { channel: 'KIOSK', serviceId, idempotencyKey: 'before-opening' }, kiosk('hall-6')))).toEqual({ code: 'BAD_USER_INPUT', field: 'serviceId' });
      expect(await run.subgraph.database.orm.em.fork().count(TicketIssueClaim, { key: 'before-opening' })).toBe(0);
      const settings = await ok(run, 'query($id: ID!) { queueSettings(serviceId: $id) { version } }', { id: serviceId }, EDITOR);
      await ok(run, 'mutation($id: ID!, $v: Int) { upsertQueueSettings(serviceId: $id, version: $v, input: { enabled: true }) { enabled } }', { id: serviceId, v: settings.queueSettings.version }, EDITOR);
      expect((await issue(run, { channel: 'KIOSK', serviceId, idempotencyKey: 'before-opening' }, kiosk('hall-6'))).errors).toBeUndefined();
    });
  });

  describe('channels', () => {
    it('issues KIOSK tickets to kiosks only: anonymous callers are UNAUTHENTICATED, staff FORBIDDEN; kiosks issue nothing ONLINE', async () => {
      const { serviceId } = await newQueue(run);
      const fromKiosk = await run.ask('mutation($s: ID!) { issueTicket(input: { serviceId: $s }) { ticket { channel } } }', { s: serviceId }, kiosk());
      expect(fromKiosk.data?.issueTicket.ticket.channel).toBe('KIOSK');
      expect(refusal(await issue(run, { serviceId, channel: 'KIOSK' }))).toEqual({ code: 'UNAUTHENTICATED' });
      expect(refusal(await issue(run, { serviceId, channel: 'KIOSK' }, EDITOR))).toEqual({ code: 'FORBIDDEN' });
      expect(refusal(await issue(run, { serviceId, channel: 'ONLINE' }, kiosk()))).toEqual({ code: 'FORBIDDEN' });
    });

    it('issues COUNTER tickets to an officer signed in to an open counter of the queue\'s agency, and to editors', async () => {
      const { serviceId } = await newQueue(run, 'samsat');
      const officer = officerOf('samsat', 'counter-issuer');
      expect(refusal(await issue(run, { serviceId, channel: 'COUNTER' }, officer))).toEqual({ code: 'FORBIDDEN' });
      const counter = await newCounter(run, 'samsat', [serviceId], { closed: true });
      await ok(run, 'mutation($id: ID!) { signInToCounter(counterId: $id) { status } }', { id: counter.id }, officer);
      expect((await issue(run, { serviceId, channel: 'COUNTER' }, officer)).data?.issueTicket.ticket.channel).toBe('COUNTER');
      expect(refusal(await issue(run, { serviceId, channel: 'COUNTER' }, officerOf('polres')))).toEqual({ code: 'FORBIDDEN' });
      expect(refusal(await issue(run, { serviceId, channel: 'COUNTER' }, partnerOf('samsat')))).toEqual({ code: 'FORBIDDEN' });
      expect(refusal(await issue(run, { serviceId, channel: 'COUNTER' }))).toEqual({ code: 'UNAUTHENTICATED' });
      expect((await issue(run, { serviceId, channel: 'COUNTER' }, EDITOR)).data?.issueTicket.ticket.channel).toBe('COUNTER');
      await ok(run, 'mutation($id: ID!) { signOutOfCounter(counterId: $id) { status } }', { id: counter.id }, officer);
      expect(refusal(await issue(run, { serviceId, channel: 'COUNTER' }, officer))).toEqual({ code: 'FORBIDDEN' });
    });
  });

  describe('priority', () => {
    it('gives priority tickets at kiosks (KIOSK) and by officers of the agency and DPMPTSP staff at a counter (COUNTER); refuses everyone else on the priority field, taking no number', async () => {
      const { serviceId } = await newQueue(run, 'samsat');
      const asked = async (viewer: StaffIdentity | Viewer | undefined, channel = 'ONLINE') =>
        run.ask(ISSUE_PRIORITY, { input: { serviceId, channel, priority: true } }, viewer);
      const anonymous = await asked(undefined);
      expect([refusal(anonymous), anonymous.data]).toEqual([{ code: 'BAD_USER_INPUT', field: 'priority' }, null]);
      expect(anonymous.errors![0].message).toBe('Priority tickets (for elderly, disabled or pregnant visitors) are given at the kiosk in the hall or at the counter: please ask there.');
      expect(refusal(await asked(partnerOf('samsat')))).toEqual({ code: 'BAD_USER_INPUT', field: 'priority' });
      expect(refusal(await asked(officerOf('polres')))).toEqual({ code: 'BAD_USER_INPUT', field: 'priority' });
      // Staff give priority where they see the visitor, at the counter; not as an online ticket.
      const officer = officerOf('samsat', 'priority-giver');
      expect(refusal(await asked(officer))).toEqual({ code: 'BAD_USER_INPUT', field: 'priority' });
      expect(refusal(await asked(EDITOR))).toEqual({ code: 'BAD_USER_INPUT', field: 'priority' });
      expect(await numbersTaken(serviceId)).toBe(0);

      const counter = await newCounter(run, 'samsat', [serviceId], { closed: true });
      await ok(run, 'mutation($id: ID!) { signInToCounter(counterId: $id) { status } }', { id: counter.id }, officer);
      const given = [
        await asked(kiosk(), 'KIOSK'),
        await asked(officer, 'COUNTER'),
        await asked(EDITOR, 'COUNTER'),
        await asked({ userId: 'u-admin', role: 'ADMIN', agencyId: null }, 'COUNTER'),
      ];
      expect(given.map((result) => result.errors ?? result.data.issueTicket.ticket.priority)).toEqual([true, true, true, true]);
      // Without priority, anyone online as before.
      expect((await issue(run, { serviceId, priority: false })).errors).toBeUndefined();
    });
  });

  it('lets the holder cancel with the access code and staff of the agency without; others are refused', async () => {
    const { serviceId } = await newQueue(run, 'bri');
    const mine = (await issue(run, { serviceId })).data.issueTicket;
    const wrong = await run.ask(CANCEL, { id: mine.ticket.id, code: 'AAAAAAAA' });
    expect(refusal(wrong)).toEqual({ code: 'UNAUTHENTICATED' });
    expect(refusal(await run.ask(CANCEL, { id: mine.ticket.id }))).toEqual({ code: 'UNAUTHENTICATED' });
    expect(refusal(await run.ask(CANCEL, { id: mine.ticket.id }, partnerOf('bni')))).toEqual({ code: 'FORBIDDEN' });
    expect((await ok(run, READ_TICKET, { id: mine.ticket.id })).ticket.status).toBe('WAITING');
    // As typed on a phone: lower case, a space.
    const typed = `${mine.accessCode.slice(0, 4).toLowerCase()} ${mine.accessCode.slice(4)}`;
    expect((await ok(run, CANCEL, { id: mine.ticket.id, code: typed })).cancelTicket.status).toBe('CANCELLED');
    expect(refusal(await run.ask(CANCEL, { id: mine.ticket.id, code: mine.accessCode }))).toEqual({ code: 'CONFLICT' });

    const theirs = await issued(run, serviceId);
    expect((await ok(run, CANCEL, { id: theirs.id }, partnerOf('bri'))).cancelTicket.status).toBe('CANCELLED');
    expect(refusal(await run.ask(CANCEL, { id: newId() }, EDITOR))).toEqual({ code: 'NOT_FOUND' });
  });

  it('numbers 200 tickets issued at once for one service exactly 1..200', async () => {
    const { serviceId, prefix } = await newQueue(run);
    const results = await Promise.all(Array.from({ length: 200 }, () => issue(run, { serviceId })));
    expect(results.flatMap((result) => result.errors ?? [])).toEqual([]);
    const numbers = results.map((result) => result.data.issueTicket.ticket.number as string).sort();
    expect(numbers).toEqual(Array.from({ length: 200 }, (_, index) => `${prefix}-${String(index + 1).padStart(3, '0')}`));
    expect(await run.subgraph.database.orm.em.fork().count(Ticket, { serviceId })).toBe(200);
  });
});

describe.each(testDatabaseTargets())('issuing limits, on $label', ({ databaseUrl }) => {
  let run: QueueingRun;

  beforeAll(async () => {
    freezeClockAt(MONDAY_MORNING);
    run = await startQueueing(databaseUrl, { MPP_TICKET_RATE_LIMIT_PER_MINUTE: '3' });
  });

  afterAll(async () => {
    await run?.stop();
    clock.reset();
  });

  /** Limits count per minute of real time: start a count well inside one. */
  beforeEach(async () => {
    const leftInMinute = 60_000 - (Date.now() % 60_000);
    if (leftInMinute < 20_000) await new Promise((resolve) => setTimeout(resolve, leftInMinute + 100));
  });

  it('limits anonymous online tickets per client address (an IPv6 client by its /64); refusals count for nothing', async () => {
    const { serviceId } = await newQueue(run);
    const closed = await newQueue(run, 'polres', { enabled: false });
    expect(refusal(await issue(run, { serviceId: closed.serviceId }, undefined, '203.0.113.5'))).toEqual({ code: 'BAD_USER_INPUT', field: 'serviceId' });
    for (let index = 0; index < 3; index += 1) expect((await issue(run, { serviceId }, undefined, '203.0.113.5')).errors).toBeUndefined();
    const limited = await issue(run, { serviceId }, undefined, '203.0.113.5');
    expect([refusal(limited), limited.data]).toEqual([{ code: 'RATE_LIMITED' }, null]);
    expect((await issue(run, { serviceId }, undefined, '::ffff:203.0.113.5')).errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect((await issue(run, { serviceId }, undefined, '203.0.113.6')).errors).toBeUndefined();

    for (let index = 0; index < 3; index += 1) expect((await issue(run, { serviceId }, undefined, `2001:db8:1:2::${index + 1}`)).errors).toBeUndefined();
    expect(refusal(await issue(run, { serviceId }, undefined, '2001:db8:1:2:ffff::9'))).toEqual({ code: 'RATE_LIMITED' });
    expect((await issue(run, { serviceId }, undefined, '2001:db8:1:3::1')).errors).toBeUndefined();
    // Staff are accountable, not limited.
    for (let index = 0; index < 5; index += 1) expect((await issue(run, { serviceId }, EDITOR)).errors).toBeUndefined();
  });

  it('counts a retry that finds its request in flight once against the limit, however long it waits', async () => {
    const limited = await startQueueing(databaseUrl, { MPP_KIOSK_TICKET_RATE_LIMIT_PER_MINUTE: '2' });
    try {
      const { serviceId } = await newQueue(limited);
      const hall = kiosk('retrying-hall');
      const em = limited.subgraph.database.orm.em.fork();
      em.create(TicketIssueClaim, { scope: `kiosk:${(hall as { kioskId: string }).kioskId}`, key: 'in-flight', requestFingerprint: requestFingerprint(serviceId, TicketChannel.KIOSK, false), ticketId: newId(), serviceDate: MONDAY, claimedAt: new Date() });
      await em.flush();
      // Waits about 2 s, looking many times, and counts once.
      expect(refusal(await issue(limited, { channel: 'KIOSK', serviceId, idempotencyKey: 'in-flight' }, hall))).toEqual({ code: 'CONFLICT' });
      expect((await issue(limited, { channel: 'KIOSK', serviceId }, hall)).errors).toBeUndefined();
      expect(refusal(await issue(limited, { channel: 'KIOSK', serviceId }, hall))).toEqual({ code: 'RATE_LIMITED' });

      // Another kiosk's retry waits for a request that then fails and lets the key go: the
      // retry claims it and issues the ticket, counted once in all (its first look).
      const other = kiosk('released-hall');
      em.create(TicketIssueClaim, { scope: `kiosk:${(other as { kioskId: string }).kioskId}`, key: 'released', requestFingerprint: requestFingerprint(serviceId, TicketChannel.KIOSK, false), ticketId: newId(), serviceDate: MONDAY, claimedAt: new Date() });
      await em.flush();
      const retrying = issue(limited, { channel: 'KIOSK', serviceId, idempotencyKey: 'released' }, other);
      await new Promise((resolve) => setTimeout(resolve, 300));
      await limited.subgraph.database.orm.em.fork().nativeDelete(TicketIssueClaim, { key: 'released' });
      expect((await retrying).errors).toBeUndefined();
      expect((await issue(limited, { channel: 'KIOSK', serviceId }, other)).errors).toBeUndefined();
      expect(refusal(await issue(limited, { channel: 'KIOSK', serviceId }, other))).toEqual({ code: 'RATE_LIMITED' });
    } finally {
      await limited.stop();
    }
  });

  it('lets a kiosk print without limit when MPP_KIOSK_TICKET_RATE_LIMIT_PER_MINUTE is 0', async () => {
    const unlimited = await startQueueing(databaseUrl, { MPP_KIOSK_TICKET_RATE_LIMIT_PER_MINUTE: '0' });
    try {
      const { serviceId } = await newQueue(unlimited);
      const results = await Promise.all(
        Array.from({ length: 130 }, () => unlimited.ask('mutation($s: ID!) { issueTicket(input: { serviceId: $s }) { ticket { id } } }', { s: serviceId }, kiosk('unlimited-hall'))),
      );
      expect(results.flatMap((result) => result.errors ?? [])).toEqual([]);
    } finally {
      await unlimited.stop();
    }
  });

  it('lets a kiosk issue 120 tickets a minute, counted exactly when they come at once', async () => {
    const { serviceId } = await newQueue(run);
    const results = await Promise.all(
      Array.from({ length: 121 }, () => run.ask('mutation($s: ID!) { issueTicket(input: { serviceId: $s }) { ticket { id } } }', { s: serviceId }, kiosk('busy-hall'))),
    );
    expect(results.filter((result) => !result.errors)).toHaveLength(120);
    expect(results.flatMap((result) => (result.errors ? [refusal(result)] : []))).toEqual([{ code: 'RATE_LIMITED' }]);
    expect((await run.ask('mutation($s: ID!) { issueTicket(input: { serviceId: $s }) { ticket { id } } }', { s: serviceId }, kiosk('quiet-hall'))).errors).toBeUndefined();
  });
});
