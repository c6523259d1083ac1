import { clock, type StaffIdentity, type Viewer } from '@mpp/kit';
import { internalTokenHeader, testDatabaseTargets } from '@mpp/kit/testing';
import { EDITOR, freezeClockAt, issued, MONDAY_MORNING, newCounter, newQueue, ok, refusal, startQueueing, wita, type QueueingRun } from '../spec-support';

const BOARD = 'query($limit: Int, $floor: Int) { queueBoard(limit: $limit, floor: $floor) { number status counter { name floor } } }';
const CALL_NEXT = 'mutation($id: ID!) { callNextTicket(counterId: $id) { id number } }';

describe.each(testDatabaseTargets())('the board, on $label', ({ databaseUrl }) => {
  let run: QueueingRun;
  let seconds = 0;
  const tick = () => freezeClockAt(new Date(MONDAY_MORNING.getTime() + ++seconds * 1000));

  beforeAll(async () => {
    freezeClockAt(MONDAY_MORNING);
    run = await startQueueing(databaseUrl);
  });

  afterAll(async () => {
    await run?.stop();
    clock.reset();
  });

  /** The board's answer with its Cache-Control header. */
  async function boardAs(viewer?: StaffIdentity | Viewer, query = BOARD): Promise<{ cacheControl: string | null; body: any }> {
    const response = await fetch(run.subgraph.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await internalTokenHeader(run.platform.config, 'queueing', viewer)) },
      body: JSON.stringify({ query, variables: {} }),
    });
    return { cacheControl: response.headers.get('cache-control'), body: await response.json() };
  }

  it("shows today's latest calls newest first, each with its counter, one floor's when asked; a recall goes back to the top", async () => {
    const downstairs = await newQueue(run, 'samsat');
    const upstairs = await newQueue(run, 'imigrasi');
    const floorOne = await newCounter(run, 'samsat', [downstairs.serviceId]);
    const floorTwo = await newCounter(run, 'imigrasi', [upstairs.serviceId]);
    const first = await issued(run, downstairs.serviceId);
    const second = await issued(run, upstairs.serviceId);
    tick();
    await ok(run, CALL_NEXT, { id: floorOne.id }, EDITOR);
    tick();
    await ok(run, CALL_NEXT, { id: floorTwo.id }, EDITOR);
    expect((await ok(run, BOARD, { limit: 2 })).queueBoard).toEqual([
      { number: second.number, status: 'CALLED', counter: { name: floorTwo.name, floor: 2 } },
      { number: first.number, status: 'CALLED', counter: { name: floorOne.name, floor: 1 } },
    ]);
    expect((await ok(run, BOARD, { floor: 1 })).queueBoard.map((call: { number: string }) => call.number)).toEqual([first.number]);

    tick();
    await ok(run, 'mutation($id: ID!) { recallTicket(ticketId: $id) { id } }', { id: first.id }, EDITOR);
    expect((await ok(run, BOARD, { limit: 1 })).queueBoard.map((call: { number: string }) => call.number)).toEqual([first.number]);

    // The next day starts with an empty board.
    freezeClockAt(wita('2026-12-08T08:00'));
    expect((await ok(run, BOARD, {})).queueBoard).toEqual([]);
    freezeClockAt(new Date(MONDAY_MORNING.getTime() + seconds * 1000));
  });

  it('reads the board in one statement', async () => {
    run.subgraph.database.queryLog.reset();
    await ok(run, '{ queueBoard { number status calledAt } }');
    expect(run.subgraph.database.queryLog.count).toBe(1);
  });

  it.each([0, 51])('refuses limit %s with BAD_USER_INPUT', async (limit) => {
    expect(refusal(await run.ask(BOARD, { limit }))).toEqual({ code: 'BAD_USER_INPUT', field: 'limit' });
  });

  it("lets the answers polled by screens be reused for a second by anyone for the public; never staff's, staff-only fields or a citizen's own ticket", async () => {
    expect((await boardAs()).cacheControl).toBe('max-age=1, public');
    expect((await boardAs(EDITOR)).cacheControl).toBe('no-store');
    expect((await boardAs(undefined, '{ counters { name status currentTicket { number } services { id } booth { id } } }')).cacheControl).toBe('max-age=1, public');
    const withOfficer = await boardAs(EDITOR, '{ counters { name officer { id } } }');
    expect(withOfficer.cacheControl).not.toMatch(/max-age=[1-9]/);
    // Its holder reads it again right after a change (a cancel): always as it is now.
    const queue = await newQueue(run, 'samsat');
    const ticket = await boardAs(undefined, `{ ticket(id: "${(await issued(run, queue.serviceId)).id}") { number status counter { name } } }`);
    expect(ticket.body.data.ticket).toMatchObject({ status: 'WAITING', counter: null });
    expect(ticket.cacheControl).toBe('no-store');
  });
});
