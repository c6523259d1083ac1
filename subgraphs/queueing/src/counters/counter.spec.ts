import { clock, newId, seedId } from '@mpp/kit';
import { AuditRecord } from '@mpp/kit/subgraph';
import { testDatabaseTargets } from '@mpp/kit/testing';
import { EDITOR, freezeClockAt, issued, kiosk, MONDAY_MORNING, newCounter, newQueue, officerOf, ok, partnerOf, refusal, startQueueing, type QueueingRun } from '../spec-support';
import { counterSeeds, queueSeeds } from '../seed/queueing.data';
import { CounterStatus } from './counter.entity';
import { COUNTER_STEPS, type CounterStep } from './counter.states';

const COUNTER = 'id name agencyId floor status version booth { id } services { id } officer { id } currentTicket { id number }';
const CREATE = `mutation($input: CounterInput!) { createCounter(input: $input) { ${COUNTER} } }`;
const UPDATE = `mutation($id: ID!, $version: Int!, $input: CounterInput!) { updateCounter(id: $id, version: $version, input: $input) { ${COUNTER} } }`;
const STEPS: Record<Exclude<CounterStep, 'endOfDay'>, string> = {
  signIn: 'mutation($id: ID!) { signInToCounter(counterId: $id) { status officer { id } } }',
  pause: 'mutation($id: ID!) { pauseCounter(counterId: $id) { status officer { id } } }',
  resume: 'mutation($id: ID!) { resumeCounter(counterId: $id) { status officer { id } } }',
  signOut: 'mutation($id: ID!) { signOutOfCounter(counterId: $id) { status officer { id } } }',
};
const booth = (code: string) => seedId('booth', code);
const service = (slug: string) => seedId('service', slug);

describe.each(testDatabaseTargets())('counters, on $label', ({ databaseUrl }) => {
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
    run.publicApi.down = false;
  });

  it("shows everyone the seeded counters, closed, each calling its own agency's queues; who sits there only to staff", async () => {
    const asPublic = await run.ask('{ counters { id name agencyId status services { id } booth { id } officer { id } } }');
    const counters = asPublic.data.counters as { id: string; agencyId: string; status: string; services: { id: string }[]; booth: { id: string }; officer: null }[];
    expect(counters).toHaveLength(counterSeeds.length);
    for (const counter of counters) {
      expect(counter.status).toBe('CLOSED');
      const own = queueSeeds.filter((queue) => seedId('agency', queue.agencySlug) === counter.agencyId).map((queue) => service(queue.serviceSlug));
      expect(counter.services.map((each) => each.id).sort()).toEqual(own.sort());
    }
    expect(new Set(asPublic.errors?.map((error) => error.extensions?.code))).toEqual(new Set(['UNAUTHENTICATED']));
    expect(asPublic.errors).toHaveLength(counters.length);
    const forKiosk = await run.ask('{ counters { officer { id } } }', {}, kiosk());
    expect([forKiosk.errors, forKiosk.data.counters[0]]).toEqual([undefined, { officer: null }]);
  });

  it("creates a counter at a booth, taking the booth's agency and floor from the public API", async () => {
    const { createCounter } = await ok(run, CREATE, { input: { name: 'Loket SKCK Tambahan', boothId: booth('G-27'), serviceIds: [service('skck'), service('skck')] } }, EDITOR);
    expect(createCounter).toMatchObject({ name: 'Loket SKCK Tambahan', agencyId: seedId('agency', 'polres'), floor: 1, status: 'CLOSED', version: 1, booth: { id: booth('G-27') }, services: [{ id: service('skck') }], officer: null, currentTicket: null });
    const audit = await run.subgraph.database.orm.em.fork().find(AuditRecord, { entityType: 'Counter', entityId: createCounter.id });
    expect(audit.map((record) => record.action)).toEqual(['CREATE']);
    // A partner sets up counters at their own agency's booths.
    const byPartner = await run.ask(CREATE, { input: { name: 'Loket BRI Prioritas', boothId: booth('G-20'), serviceIds: [service('bri-kur-mikro')] } }, partnerOf('bri'));
    expect(byPartner.data?.createCounter.agencyId).toBe(seedId('agency', 'bri'));
  });

  const briCounter = { boothId: booth('G-20'), serviceIds: [service('bri-kur-mikro')] };
  it.each([
    ['by a partner of another agency', briCounter, partnerOf('bni'), { code: 'FORBIDDEN' }],
    ['by an officer', briCounter, officerOf('bri'), { code: 'FORBIDDEN' }],
    ['by a kiosk', briCounter, kiosk(), { code: 'FORBIDDEN' }],
    ['by an anonymous caller', briCounter, undefined, { code: 'UNAUTHENTICATED' }],
    ['at an unknown booth', { ...briCounter, boothId: newId() }, EDITOR, { code: 'BAD_USER_INPUT', field: 'boothId' }],
    ['at no booth', { serviceIds: briCounter.serviceIds }, EDITOR, { code: 'BAD_USER_INPUT', field: 'boothId' }],
    ["for another agency's service", { ...briCounter, serviceIds: [service('bri-kur-mikro'), service('bni-kur')] }, EDITOR, { code: 'BAD_USER_INPUT', field: 'serviceIds.1' }],
    ['for a service without a queue', { ...briCounter, serviceIds: [newId()] }, EDITOR, { code: 'BAD_USER_INPUT', field: 'serviceIds.0' }],
    ['for no service', { ...briCounter, serviceIds: [] }, EDITOR, { code: 'BAD_USER_INPUT', field: 'serviceIds' }],
    ["of another counter's name", { ...briCounter, name: 'Loket G-21' }, EDITOR, { code: 'BAD_USER_INPUT', field: 'name' }],
  ])('refuses a counter %s', async (_label, input, viewer, expected) => {
    const result = await run.ask(CREATE, { input: { name: `Loket Ditolak ${newId().slice(0, 8)}`, ...input } }, viewer);
    expect([refusal(result), result.data]).toEqual([expected, null]);
  });

  it('says SERVICE_UNAVAILABLE when the public API cannot be reached', async () => {
    run.publicApi.down = true;
    const result = await run.ask(CREATE, { input: { name: 'Loket Tanpa Gerbang', boothId: booth('G-20'), serviceIds: [service('bri-kur-mikro')] } }, EDITOR);
    expect(refusal(result)).toEqual({ code: 'SERVICE_UNAVAILABLE' });
  });

  it("moves a closed counter to another agency's booth only with that agency's services; an open one not at all", async () => {
    const { serviceId } = await newQueue(run, 'kejaksaan');
    const counter = await newCounter(run, 'kejaksaan', [serviceId], { closed: true });
    const toPn = { boothId: booth('G-33') };
    expect(refusal(await run.ask(UPDATE, { id: counter.id, version: 1, input: toPn }, EDITOR))).toEqual({ code: 'BAD_USER_INPUT', field: 'serviceIds.0' });
    expect(refusal(await run.ask(UPDATE, { id: counter.id, version: 1, input: { name: 'Loket Baru' } }, partnerOf('pengadilan-negeri')))).toEqual({ code: 'FORBIDDEN' });
    expect(refusal(await run.ask(UPDATE, { id: counter.id, version: 9, input: { name: 'Loket Baru' } }, EDITOR))).toEqual({ code: 'CONFLICT' });
    expect(refusal(await run.ask(UPDATE, { id: newId(), version: 1, input: { name: 'Loket Baru' } }, EDITOR))).toEqual({ code: 'NOT_FOUND' });

    const officer = officerOf('kejaksaan', 'mover');
    await ok(run, STEPS.signIn, { id: counter.id }, officer);
    expect(refusal(await run.ask(UPDATE, { id: counter.id, version: 2, input: { ...toPn, serviceIds: [service('perubahan-nama')] } }, EDITOR))).toEqual({ code: 'CONFLICT' });
    await ok(run, STEPS.signOut, { id: counter.id }, officer);
    const { updateCounter } = await ok(run, UPDATE, { id: counter.id, version: 3, input: { ...toPn, serviceIds: [service('perubahan-nama')], name: 'Loket PN 2' } }, EDITOR);
    expect(updateCounter).toMatchObject({ name: 'Loket PN 2', agencyId: seedId('agency', 'pengadilan-negeri'), floor: 2, booth: { id: booth('G-33') }, services: [{ id: service('perubahan-nama') }], version: 4 });
  });

  describe('signing in and out', () => {
    /** A counter of Disdukcapil brought to a status by its officer. */
    async function counterIn(status: CounterStatus, officer = officerOf('disdukcapil', `o-${newId().slice(0, 8)}`)): Promise<string> {
      const counter = await newCounter(run, 'disdukcapil', [service('ktp-el')], { closed: true });
      if (status !== CounterStatus.CLOSED) await ok(run, STEPS.signIn, { id: counter.id }, officer);
      if (status === CounterStatus.PAUSED) await ok(run, STEPS.pause, { id: counter.id }, officer);
      return counter.id;
    }

    const cases = Object.values(CounterStatus).flatMap((status) => (Object.keys(STEPS) as (keyof typeof STEPS)[]).map((step) => [status, step, COUNTER_STEPS[status][step] ?? 'CONFLICT'] as const));

    it.each(cases)('%s, %s → %s (by an editor)', async (status, step, expected) => {
      const id = await counterIn(status);
      const before = (await ok(run, `query($id: ID!) { counter(id: $id) { ${COUNTER} } }`, { id }, EDITOR)).counter;
      const result = await run.ask(STEPS[step], { id }, EDITOR);
      const after = (await ok(run, `query($id: ID!) { counter(id: $id) { ${COUNTER} } }`, { id }, EDITOR)).counter;
      if (expected === 'CONFLICT') {
        expect([refusal(result), after]).toEqual([{ code: 'CONFLICT' }, before]);
      } else {
        expect(Object.values(result.data)[0]).toMatchObject({ status: expected });
        expect(after.status).toBe(expected);
      }
    });

    it('opens the counter for the officer who signs in, one counter at a time', async () => {
      const officer = officerOf('disdukcapil', 'one-at-a-time');
      const first = await counterIn(CounterStatus.CLOSED);
      const second = await counterIn(CounterStatus.CLOSED);
      expect((await ok(run, STEPS.signIn, { id: first }, officer)).signInToCounter).toEqual({ status: 'OPEN', officer: { id: officer.userId } });
      // Again where one is: nothing changes.
      expect((await ok(run, STEPS.signIn, { id: first }, officer)).signInToCounter).toEqual({ status: 'OPEN', officer: { id: officer.userId } });
      const elsewhere = await run.ask(STEPS.signIn, { id: second }, officer);
      expect(refusal(elsewhere)).toEqual({ code: 'CONFLICT' });
      expect(elsewhere.errors![0].message).toMatch(/You are signed in to Loket Uji \d+: sign out of it first/);
      // Another officer may not take the open counter, nor sign the first one out.
      const colleague = officerOf('disdukcapil', 'colleague');
      expect(refusal(await run.ask(STEPS.signIn, { id: first }, colleague))).toEqual({ code: 'CONFLICT' });
      expect(refusal(await run.ask(STEPS.signOut, { id: first }, colleague))).toEqual({ code: 'FORBIDDEN' });
      expect(refusal(await run.ask(STEPS.signIn, { id: first }, officerOf('samsat')))).toEqual({ code: 'FORBIDDEN' });
      expect(refusal(await run.ask(STEPS.signIn, { id: first }, partnerOf('disdukcapil')))).toEqual({ code: 'FORBIDDEN' });
      // An editor signs anyone out.
      expect((await ok(run, STEPS.signOut, { id: first }, EDITOR)).signOutOfCounter).toEqual({ status: 'CLOSED', officer: null });
      expect((await ok(run, STEPS.signIn, { id: second }, officer)).signInToCounter.status).toBe('OPEN');
      const audit = await run.subgraph.database.orm.em.fork().find(AuditRecord, { entityType: 'Counter', entityId: first }, { orderBy: { at: 'asc', id: 'asc' } });
      expect(audit.map((record) => [record.action, record.actor?.userId])).toEqual([
        ['CREATE', EDITOR.userId],
        ['SIGN_IN', officer.userId],
        ['SIGN_OUT', EDITOR.userId],
      ]);
    });

    it('shows who sits at a counter to staff of its agency and DPMPTSP; others see null', async () => {
      const officer = officerOf('disdukcapil', 'seen');
      const id = await counterIn(CounterStatus.OPEN, officer);
      const officerAs = async (viewer: Parameters<QueueingRun['ask']>[2]) => (await ok(run, 'query($id: ID!) { counter(id: $id) { officer { id } } }', { id }, viewer)).counter.officer;
      expect(await officerAs(EDITOR)).toEqual({ id: officer.userId });
      expect(await officerAs(partnerOf('disdukcapil'))).toEqual({ id: officer.userId });
      expect(await officerAs(officerOf('disdukcapil', 'neighbour'))).toEqual({ id: officer.userId });
      expect(await officerAs(partnerOf('samsat'))).toBeNull();
    });

    it("keeps a called ticket as the counter's current ticket when its officer signs out", async () => {
      const officer = officerOf('disdukcapil', 'leaver');
      const { serviceId } = await newQueue(run, 'disdukcapil');
      const counter = await newCounter(run, 'disdukcapil', [serviceId], { closed: true });
      await ok(run, STEPS.signIn, { id: counter.id }, officer);
      const ticket = await issued(run, serviceId);
      await ok(run, 'mutation($id: ID!) { callNextTicket(counterId: $id) { id } }', { id: counter.id }, officer);
      await ok(run, STEPS.signOut, { id: counter.id }, officer);
      const read = (await ok(run, 'query($id: ID!) { counter(id: $id) { status currentTicket { id status } } }', { id: counter.id })).counter;
      expect(read).toEqual({ status: 'CLOSED', currentTicket: { id: ticket.id, status: 'CALLED' } });
    });
  });
});
