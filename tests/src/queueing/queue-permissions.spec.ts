import { testDatabaseTargets } from '@mpp/kit/testing';
import { bearer, FRESH, TestPlatformRun } from '../support/platform';
import {
  CALL_NEXT,
  codeOf,
  COUNTERS,
  COUNTERS_WITH_OFFICER,
  issue,
  MONDAY,
  newKiosk,
  QUEUE_PLATFORM_ENV,
  SERVICE_QUEUE,
  SIGN_IN_TO_COUNTER,
  SIGN_OUT_OF_COUNTER,
  ok,
} from '../support/queueing';

/*
 * Who may do what with queues, through the gateway with real sign-ins: an officer works at their
 * own agency's counters only, a partner configures only their own agency's queues, a kiosk only
 * issues, and the public reads queues, the board and closed dates but not who sits at a counter.
 */

const QUEUE_SETTINGS = 'query($id: ID!) { queueSettings(serviceId: $id) { serviceId enabled prefix dailyQuota version ticketHours { days { weekday ranges { opens closes } } } } }';
const UPSERT_QUEUE_SETTINGS =
  'mutation($serviceId: ID!, $version: Int, $input: QueueSettingsInput!) { upsertQueueSettings(serviceId: $serviceId, version: $version, input: $input) { serviceId enabled prefix dailyQuota version } }';
const CREATE_COUNTER = 'mutation($input: CounterInput!) { createCounter(input: $input) { id } }';
const AGENCY = 'query($slug: String) { agency(slug: $slug) { id services { id } booths { id status } } }';

interface Counter {
  id: string;
  name: string;
  agencyId: string;
  status: string;
  version: number;
  booth: { id: string; code: string } | null;
  services: { id: string }[];
}

describe.each(testDatabaseTargets())('queue permissions through the gateway, on $label', ({ databaseUrl }) => {
  let platform: TestPlatformRun;
  let editor: Record<string, string>;
  let officer: Record<string, string>;
  let officerId: string;
  let partner: Record<string, string>;
  let agencyIds: Record<string, string>;
  let counters: Counter[];
  /** The seeded counters of an agency, by slug. */
  const countersOf = (slug: string) => counters.filter((counter) => counter.agencyId === agencyIds[slug]);

  beforeAll(async () => {
    platform = await TestPlatformRun.start(databaseUrl, QUEUE_PLATFORM_ENV);
    editor = bearer(await platform.loginAs('EDITOR'));
    const officerSession = await platform.loginAs('OFFICER', 'polres');
    officer = bearer(officerSession);
    officerId = officerSession.user.id;
    partner = bearer(await platform.loginAs('PARTNER', 'bri'));
    const { agencies } = await ok(platform, '{ agencies { id slug } }');
    agencyIds = Object.fromEntries(agencies.map((agency: { id: string; slug: string }) => [agency.slug, agency.id]));
    counters = (await ok(platform, COUNTERS, {}, editor)).counters;
  });

  afterAll(async () => {
    await platform?.stop();
  });

  it('seeds closed counters for Polres and BRI, each serving services of its own agency', async () => {
    for (const slug of ['polres', 'bri']) {
      expect(countersOf(slug).length).toBeGreaterThan(0);
      const { agency } = await ok(platform, AGENCY, { slug });
      const own = new Set((agency.services as { id: string }[]).map((service) => service.id));
      for (const counter of countersOf(slug)) {
        expect(counter.status).toBe('CLOSED');
        expect(counter.services.length).toBeGreaterThan(0);
        expect(counter.services.filter((service) => !own.has(service.id))).toEqual([]);
      }
    }
  });

  it('the Polres officer signs in to a Polres counter and calls the ticket waiting there', async () => {
    const [counter] = countersOf('polres');
    const serviceId = counter.services[0].id;
    const issued = await issue(platform, { serviceId, channel: 'ONLINE' });
    expect(issued.errors).toBeUndefined();

    const { signInToCounter } = await ok(platform, SIGN_IN_TO_COUNTER, { counterId: counter.id }, officer);
    expect(signInToCounter).toMatchObject({ id: counter.id, status: 'OPEN', officer: { id: officerId } });

    const { callNextTicket } = await ok(platform, CALL_NEXT, { counterId: counter.id }, officer);
    expect(callNextTicket).toMatchObject({ id: issued.data!.issueTicket.ticket.id, status: 'CALLED', serviceDate: MONDAY, counter: { id: counter.id } });

    const { signOutOfCounter } = await ok(platform, SIGN_OUT_OF_COUNTER, { counterId: counter.id }, officer);
    expect(signOutOfCounter).toMatchObject({ id: counter.id, status: 'CLOSED', officer: null });
  });

  it('the Polres officer is refused at another agency\'s counter (FORBIDDEN: counters are public), and it changes nothing', async () => {
    const [counter] = countersOf('bri');
    const waitingTicket = await issue(platform, { serviceId: counter.services[0].id, channel: 'ONLINE' });
    expect(waitingTicket.errors).toBeUndefined();

    const signIn = await platform.post(SIGN_IN_TO_COUNTER, { counterId: counter.id }, officer);
    expect([codeOf(signIn), signIn.data?.signInToCounter ?? null]).toEqual(['FORBIDDEN', null]);
    const call = await platform.post(CALL_NEXT, { counterId: counter.id }, officer);
    expect([codeOf(call), call.data?.callNextTicket ?? null]).toEqual(['FORBIDDEN', null]);

    const after = (await ok(platform, COUNTERS_WITH_OFFICER, {}, editor)).counters.find((candidate: { id: string }) => candidate.id === counter.id);
    expect(after).toMatchObject({ status: 'CLOSED', officer: null });
    const { ticket } = await ok(platform, 'query($id: ID!) { ticket(id: $id) { status counter { id } } }', { id: waitingTicket.data!.issueTicket.ticket.id });
    expect(ticket).toEqual({ status: 'WAITING', counter: null });
  });

  it('the BRI partner configures BRI\'s queues but not Polres\'s (NOT_FOUND: hidden settings), which stay as they were', async () => {
    const polresService = countersOf('polres')[0].services[0].id;
    const briService = countersOf('bri')[0].services[0].id;
    const settingsOf = async (serviceId: string) => (await ok(platform, QUEUE_SETTINGS, { id: serviceId }, editor)).queueSettings;

    const polresBefore = await settingsOf(polresService);
    expect(polresBefore).toMatchObject({ serviceId: polresService, enabled: true });
    // Another agency's queue settings are not the partner's to read (queue.policy.ts), so, as the
    // API rule has it for a record the caller may not see, changing them is NOT_FOUND.
    expect((await ok(platform, QUEUE_SETTINGS, { id: polresService }, partner)).queueSettings).toBeNull();
    const refused = await platform.post(UPSERT_QUEUE_SETTINGS, { serviceId: polresService, version: polresBefore.version, input: { enabled: false } }, partner);
    expect([codeOf(refused), refused.data?.upsertQueueSettings ?? null]).toEqual(['NOT_FOUND', null]);
    expect(await settingsOf(polresService)).toEqual(polresBefore);
    // Still open to the public.
    expect((await ok(platform, SERVICE_QUEUE, { id: polresService })).service.queue.open).toBe(true);

    const briBefore = await settingsOf(briService);
    const { upsertQueueSettings } = await ok(platform, UPSERT_QUEUE_SETTINGS, { serviceId: briService, version: briBefore.version, input: { dailyQuota: 120 } }, partner);
    expect(upsertQueueSettings).toEqual({ serviceId: briService, enabled: briBefore.enabled, prefix: briBefore.prefix, dailyQuota: 120, version: briBefore.version + 1 });
  });

  it('a kiosk issues tickets and nothing else', async () => {
    const kiosk = await newKiosk(platform, editor, 'Kiosk Uji Hak Akses');
    const [counter] = countersOf('polres');
    const issued = await issue(platform, { serviceId: counter.services[0].id, channel: 'KIOSK' }, kiosk.headers);
    expect(issued.errors).toBeUndefined();

    const call = await platform.post(CALL_NEXT, { counterId: counter.id }, kiosk.headers);
    expect([codeOf(call), call.data?.callNextTicket ?? null]).toEqual(['FORBIDDEN', null]);
    const signIn = await platform.post(SIGN_IN_TO_COUNTER, { counterId: counter.id }, kiosk.headers);
    expect([codeOf(signIn), signIn.data?.signInToCounter ?? null]).toEqual(['FORBIDDEN', null]);
    const { agency } = await ok(platform, AGENCY, { slug: 'polres' });
    const create = await platform.post(CREATE_COUNTER, { input: { name: 'Loket Kiosk', boothId: agency.booths[0].id, serviceIds: [counter.services[0].id] } }, kiosk.headers);
    expect([codeOf(create), create.data?.createCounter ?? null]).toEqual(['FORBIDDEN', null]);
  });

  it('the public reads Service.queue, the board and closed dates, but Counter.officer is null with UNAUTHENTICATED on that field', async () => {
    const [counter] = countersOf('polres');
    const { service } = await ok(platform, SERVICE_QUEUE, { id: counter.services[0].id }, FRESH);
    expect(service.queue).toMatchObject({ open: true, prefix: expect.stringMatching(/^[A-Z]{1,3}$/) });
    expect(service.queue.waiting).toBeGreaterThanOrEqual(1);

    // The officer's call earlier in this file is on the board.
    const board = await ok(platform, '{ queueBoard(limit: 10) { id number status counter { id name } } }');
    expect(board.queueBoard.length).toBeGreaterThan(0);
    expect(board.queueBoard.map((ticket: { counter: { id: string } | null }) => ticket.counter?.id)).toContain(counter.id);

    const { closedDates } = await ok(platform, 'query($year: Int!) { closedDates(year: $year) { date reason } }', { year: 2026 });
    expect(closedDates.length).toBeGreaterThan(0);
    for (const closed of closedDates as { date: string; reason: string }[]) {
      expect(closed.date).toMatch(/^2026-\d{2}-\d{2}$/);
      expect(closed.reason.length).toBeGreaterThan(0);
    }
    // The set clock's Monday is no closed date: the queues are open on it.
    expect(closedDates.map((closed: { date: string }) => closed.date)).not.toContain(MONDAY);

    // Signed in somewhere, the officer is there; the public may not see who.
    await ok(platform, SIGN_IN_TO_COUNTER, { counterId: counter.id }, officer);
    const asPublic = await platform.post(COUNTERS_WITH_OFFICER);
    const index = (asPublic.data!.counters as { id: string }[]).findIndex((candidate) => candidate.id === counter.id);
    expect(asPublic.data!.counters[index]).toMatchObject({ id: counter.id, status: 'OPEN', officer: null });
    const officerErrors = asPublic.errors!.filter((error) => error.path?.join('.') === `counters.${index}.officer`);
    expect(officerErrors.map((error) => error.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    // Staff see who sits there.
    const asEditor = (await ok(platform, COUNTERS_WITH_OFFICER, {}, editor)).counters.find((candidate: { id: string }) => candidate.id === counter.id);
    expect(asEditor.officer).toEqual({ id: officerId });
  });

  it('an editor acts at any open counter, an officer\'s included: finishes its ticket, calls the next', async () => {
    // The officer signed in to this Polres counter in the tests before, and left SIM's first ticket called there.
    const [counter] = countersOf('polres');
    const serveAndFinish = 'mutation($id: ID!) { startServingTicket(ticketId: $id) { id } finishTicket(ticketId: $id) { status } }';
    const current = async () =>
      (await ok(platform, '{ counters { id currentTicket { id status } } }', {}, editor)).counters.find((candidate: { id: string }) => candidate.id === counter.id).currentTicket;
    const left = await current();
    expect(left).toMatchObject({ status: 'CALLED' });
    expect((await ok(platform, serveAndFinish, { id: left.id }, editor)).finishTicket).toEqual({ status: 'DONE' });
    expect(await current()).toBeNull();

    const waiting = (await ok(platform, SERVICE_QUEUE, { id: counter.services[0].id }, FRESH)).service.queue.waiting as number;
    expect(waiting).toBeGreaterThan(0);
    const { callNextTicket } = await ok(platform, CALL_NEXT, { counterId: counter.id }, editor);
    expect(callNextTicket).toMatchObject({ status: 'CALLED', counter: { id: counter.id } });
    expect(await current()).toEqual({ id: callNextTicket.id, status: 'CALLED' });
    expect((await ok(platform, SERVICE_QUEUE, { id: counter.services[0].id }, FRESH)).service.queue.waiting).toBe(waiting - 1);
  });
});
