import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { createLogger, loadSubgraphDefinition, subgraphRegistry } from '@mpp/kit';
import { QueryLog, startSubgraph, type RunningSubgraph, type SubgraphDefinition } from '@mpp/kit/subgraph';
import { freePort, testPlatformConfig, type TestPlatform } from '@mpp/kit/testing';
import { BOARD_EVENTS_PATH, BOARD_EVENTS_QUERY, BoardEvents } from './board-stream';
import { startGateway, type RunningGateway } from './gateway';

/*
 * The board as server-sent events, through the real gateway over HTTP in front of the real
 * subgraphs (SQLite), counting the SQL statements the queueing subgraph runs. The platform's
 * clock is a Monday morning inside the seeded ticket hours, so queues take tickets and counters
 * call them.
 */

const MONDAY_MORNING = '2026-12-07T09:00:00+08:00';
const DISPLAY_ORIGIN = 'https://layar.mpp.example';
const ISSUE_TICKET = 'mutation($input: IssueTicketInput!) { issueTicket(input: $input) { ticket { id number } } }';
const CALL_NEXT = 'mutation($counterId: ID!) { callNextTicket(counterId: $counterId) { id number } }';
const OPEN_QUEUES = '{ services(limit: 100) { items { id queue { open } } } }';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function data(url: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<any> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as { data?: any; errors?: unknown[] };
  if (body.errors?.length || !body.data) throw new Error(`${query.slice(0, 60)}… failed (HTTP ${response.status}): ${JSON.stringify(body.errors)}`);
  return body.data;
}

interface BoardCall {
  id: string;
  number: string;
  status: string;
  calledAt: string;
  service: { id: string };
  counter: { id: string; name: string; floor: number; booth: { code: string } | null };
}

interface StreamEvent {
  event: string;
  data: any;
  /** performance.now() when it arrived. */
  receivedAt: number;
}

/** A client of the event stream as a browser's EventSource reads it: events, comments and the retry field. */
class EventStreamClient {
  readonly events: StreamEvent[] = [];
  readonly comments: string[] = [];
  retry: number | null = null;
  ended = false;
  private readonly waiters = new Set<() => void>();

  private constructor(
    readonly response: Response,
    private readonly abort: AbortController,
  ) {}

  static async open(url: string, headers: Record<string, string> = {}): Promise<EventStreamClient> {
    const abort = new AbortController();
    const response = await fetch(url, { headers: { accept: 'text/event-stream', ...headers }, signal: abort.signal });
    const client = new EventStreamClient(response, abort);
    if (response.ok && response.body) void client.read(response.body);
    return client;
  }

  /** The first event (from the start of the stream) that `matches`, waiting up to `timeoutMs` for it. */
  async next(matches: (event: StreamEvent) => boolean, timeoutMs = 3_000): Promise<StreamEvent> {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      const found = this.events.find(matches);
      if (found) return found;
      const left = deadline - performance.now();
      if (left <= 0 || this.ended) throw new Error(`no matching event in ${timeoutMs} ms; got ${JSON.stringify(this.events.map((event) => event.event))}`);
      await new Promise<void>((resolve) => {
        const wake = () => {
          clearTimeout(timer);
          this.waiters.delete(wake);
          resolve();
        };
        const timer = setTimeout(wake, left);
        this.waiters.add(wake);
      });
    }
  }

  /** The first board event, waiting for it. */
  firstBoard(timeoutMs?: number): Promise<StreamEvent> {
    return this.next((event) => event.event === 'board', timeoutMs);
  }

  /** Waits until the server ends the stream. */
  async waitForEnd(timeoutMs: number): Promise<void> {
    const deadline = performance.now() + timeoutMs;
    while (!this.ended && performance.now() < deadline) await sleep(20);
  }

  close(): void {
    this.abort.abort();
  }

  private async read(body: ReadableStream<Uint8Array>): Promise<void> {
    const decoder = new TextDecoder();
    let buffered = '';
    try {
      for await (const chunk of body) {
        buffered += decoder.decode(chunk, { stream: true });
        let end: number;
        while ((end = buffered.indexOf('\n\n')) >= 0) {
          this.take(buffered.slice(0, end));
          buffered = buffered.slice(end + 2);
        }
      }
    } catch {
      // Aborted by close(), or the server dropped the connection.
    }
    this.ended = true;
    this.wakeWaiters();
  }

  private take(block: string): void {
    let event = 'message';
    const data: string[] = [];
    for (const line of block.split('\n')) {
      if (line.startsWith(':')) this.comments.push(line.slice(1).trim());
      else if (line.startsWith('event: ')) event = line.slice('event: '.length);
      else if (line.startsWith('data: ')) data.push(line.slice('data: '.length));
      else if (line.startsWith('retry: ')) this.retry = Number(line.slice('retry: '.length));
    }
    if (data.length > 0) this.events.push({ event, data: JSON.parse(data.join('\n')), receivedAt: performance.now() });
    this.wakeWaiters();
  }

  private wakeWaiters(): void {
    for (const wake of [...this.waiters]) wake();
  }
}

describe('GET /board/events: the queue board as server-sent events', () => {
  let platform: TestPlatform;
  const subgraphs: Record<string, RunningSubgraph> = {};
  let gateway: RunningGateway;
  const otherGateways: RunningGateway[] = [];
  const standIns: Server[] = [];
  const clients: EventStreamClient[] = [];
  let editor: Record<string, string>;
  let counter: { id: string; floor: number; serviceId: string };

  const eventsUrl = (base: RunningGateway, query = '') => `${new URL(BOARD_EVENTS_PATH, base.url).href}${query}`;
  const follow = async (query = '', headers: Record<string, string> = {}, base = gateway) => {
    const client = await EventStreamClient.open(eventsUrl(base, query), headers);
    clients.push(client);
    return client;
  };
  const subgraphUrls = () => Object.fromEntries(Object.entries(subgraphs).map(([name, running]) => [name, running.url]));
  /** SQL statements the queueing subgraph runs during `ms`. */
  const queueingStatementsDuring = async (ms: number): Promise<number> => {
    const log = subgraphs.queueing.database.queryLog;
    log.reset();
    await sleep(ms);
    return log.count;
  };
  /** The ticket the counter called last: it must leave the counter before the next call. */
  let lastCalled: string | null = null;
  /** A new online ticket for the counter's service, called at the counter: the board's newest call. */
  const callOne = async (): Promise<{ id: string; number: string; calledAfter: number }> => {
    if (lastCalled) await data(gateway.url, 'mutation($id: ID!) { markTicketNoShow(ticketId: $id) { id } }', { id: lastCalled }, editor);
    await data(gateway.url, ISSUE_TICKET, { input: { serviceId: counter.serviceId, channel: 'ONLINE' } });
    const { callNextTicket } = await data(gateway.url, CALL_NEXT, { counterId: counter.id }, editor);
    expect(callNextTicket).not.toBeNull();
    lastCalled = callNextTicket.id;
    return { ...callNextTicket, calledAfter: performance.now() };
  };
  const shows = (ticketId: string) => (event: StreamEvent) => event.event === 'board' && event.data.board.some((call: BoardCall) => call.id === ticketId);

  beforeAll(async () => {
    platform = testPlatformConfig(undefined, {
      MPP_CLOCK_START: MONDAY_MORNING,
      MPP_CLOCK_SET_AT: new Date().toISOString(),
      MPP_TICKET_RATE_LIMIT_PER_MINUTE: '0',
      MPP_GATEWAY_PORT: String(await freePort()),
      MPP_CORS_ORIGINS: DISPLAY_ORIGIN,
      // A hundred screens on one machine's address (the per-client limit has a test of its own).
      MPP_BOARD_STREAMS_PER_CLIENT: '200',
    });
    for (const entry of subgraphRegistry(platform.config.rootDir)) {
      const definition = await loadSubgraphDefinition<SubgraphDefinition>(entry, platform.config.rootDir);
      subgraphs[entry.name] = await startSubgraph(definition, platform.config, { port: 0, queryLog: new QueryLog(), logDestination: { write: () => undefined } });
    }
    gateway = await startGateway(platform.config, { subgraphUrls: subgraphUrls(), logDestination: { write: () => undefined } });

    const accounts = JSON.parse(readFileSync(join(platform.config.dataDir, 'dev-accounts.json'), 'utf8')) as { role: string; email: string; password: string }[];
    const editorAccount = accounts.find((account) => account.role === 'EDITOR')!;
    const { login } = await data(gateway.url, 'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }', {
      email: editorAccount.email,
      password: editorAccount.password,
    });
    editor = { authorization: `Bearer ${login.token}` };

    // A seeded counter whose service takes tickets now, signed in to by the editor.
    const { services } = await data(gateway.url, OPEN_QUEUES);
    const open = new Set((services.items as { id: string; queue: { open: boolean } | null }[]).filter((item) => item.queue?.open).map((item) => item.id));
    const { counters } = await data(gateway.url, '{ counters { id floor services { id } } }');
    const seeded = (counters as { id: string; floor: number; services: { id: string }[] }[]).find((candidate) => candidate.services.some((service) => open.has(service.id)))!;
    expect(seeded).toBeDefined();
    counter = { id: seeded.id, floor: seeded.floor, serviceId: seeded.services.find((service) => open.has(service.id))!.id };
    await data(gateway.url, 'mutation($counterId: ID!) { signInToCounter(counterId: $counterId) { id } }', { counterId: counter.id }, editor);
  });

  afterEach(async () => {
    for (const client of clients.splice(0)) client.close();
    // The feeds of this test stop before the next one counts statements.
    await sleep(200);
  });

  afterAll(async () => {
    for (const other of otherGateways) await other.stop();
    await gateway?.stop();
    for (const standIn of standIns) await new Promise((resolve) => standIn.close(resolve));
    for (const running of Object.values(subgraphs)) await running.stop();
    await platform?.cleanup(Object.keys(subgraphs));
  });

  it('sends the current board at once, and a new call within two seconds', async () => {
    const earlier = await callOne();
    const connecting = performance.now();
    const screen = await follow();
    const first = await screen.firstBoard(1_000);
    expect(first.receivedAt - connecting).toBeLessThan(1_000);
    expect(screen.retry).toBe(2_000);
    expect(Number.isNaN(Date.parse(first.data.at))).toBe(false);
    const shown = (first.data.board as BoardCall[]).find((call) => call.id === earlier.id);
    expect(shown).toEqual({
      id: earlier.id,
      number: earlier.number,
      status: 'CALLED',
      calledAt: expect.any(String),
      service: { id: counter.serviceId },
      counter: { id: counter.id, name: expect.any(String), floor: counter.floor, booth: { code: expect.any(String) } },
    });

    const call = await callOne();
    const arrived = await screen.next(shows(call.id), 3_000);
    expect(arrived.receivedAt - call.calledAfter).toBeLessThan(2_000);
    // Only changes are sent: the board before the call, then the board with it.
    expect(screen.events.map((event) => event.event)).toEqual(['board', 'board']);

    // Another floor's board, or fewer calls: one floor's latest call, and a floor without counters.
    const oneFloor = await (await follow(`?floor=${counter.floor}&limit=1`)).firstBoard(1_000);
    expect((oneFloor.data.board as BoardCall[]).map((entry) => entry.id)).toEqual([call.id]);
    const emptyFloor = counter.floor === 9 ? 8 : 9;
    expect((await (await follow(`?floor=${emptyFloor}`)).firstBoard(1_000)).data.board).toEqual([]);
  });

  it('serves 100 screens with about one board reading a second, and every screen sees a call', async () => {
    // What one reading of the board costs the queueing subgraph (the text differs by a space,
    // so the gateway's cache of anonymous answers cannot answer it).
    const log = subgraphs.queueing.database.queryLog;
    log.reset();
    await data(gateway.url, `${BOARD_EVENTS_QUERY} `, { limit: 10, floor: null });
    const oneReading = log.count;
    expect(oneReading).toBeGreaterThan(0);

    const screens = await Promise.all(Array.from({ length: 100 }, () => follow()));
    const firsts = await Promise.all(screens.map((screen) => screen.firstBoard(3_000)));
    // Every screen got the same board, including those that joined a feed already running.
    for (const first of firsts) expect(first.data).toEqual(firsts[0].data);

    // About one reading a second for all of them, not one per screen: at most four in these three
    // seconds, and at least one (a busy CI machine has delayed the feed's timer to 1.5 readings).
    const statements = await queueingStatementsDuring(3_000);
    expect(statements).toBeGreaterThanOrEqual(oneReading);
    expect(statements).toBeLessThanOrEqual(4 * oneReading);

    const call = await callOne();
    const arrivals = await Promise.all(screens.map((screen) => screen.next(shows(call.id), 3_000)));
    for (const arrival of arrivals) expect(arrival.receivedAt - call.calledAfter).toBeLessThan(2_000);
  });

  it('stops reading the board when its last screen leaves', async () => {
    const screens = await Promise.all([follow(), follow(), follow()]);
    await Promise.all(screens.map((screen) => screen.firstBoard()));
    screens[0].close();
    screens[1].close();
    // One screen still follows: the board is still read.
    expect(await queueingStatementsDuring(1_500)).toBeGreaterThan(0);
    screens[2].close();
    await sleep(200);
    expect(await queueingStatementsDuring(2_500)).toBe(0);
  });

  it.each([
    ['floor=first', 'floor'],
    ['floor=1.5', 'floor'],
    ['floor=11', 'floor'],
    ['floor=-3', 'floor'],
    ['floor=', 'floor'],
    ['floor=1&floor=2', 'floor'],
    ['limit=0', 'limit'],
    ['limit=21', 'limit'],
    ['limit=ten', 'limit'],
    ['limit=1e1', 'limit'],
  ])('refuses ?%s with 400 and a sentence about %s', async (query, parameter) => {
    const response = await fetch(eventsUrl(gateway, `?${query}`), { headers: { origin: DISPLAY_ORIGIN } });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    // A display on another allowed origin can read why.
    expect(response.headers.get('access-control-allow-origin')).toBe(DISPLAY_ORIGIN);
    expect(await response.text()).toMatch(new RegExp(`^${parameter} must be a whole number from -?\\d+ to \\d+\\.$`));
  });

  it('reads each floor once a second whatever number of calls its screens show, each screen getting its own first calls', async () => {
    const log = subgraphs.queueing.database.queryLog;
    log.reset();
    await data(gateway.url, `${BOARD_EVENTS_QUERY} `, { limit: 20, floor: null });
    const oneReading = log.count;

    await callOne();
    const screens = await Promise.all(Array.from({ length: 20 }, (_, index) => follow(`?limit=${index + 1}`)));
    const firsts = await Promise.all(screens.map((screen) => screen.firstBoard(3_000)));
    const widest = firsts[19].data.board as BoardCall[];
    expect(widest.length).toBeGreaterThan(0);
    firsts.forEach((first, index) => expect(first.data.board).toEqual(widest.slice(0, index + 1)));

    // Twenty selections, one feed: about one reading a second, not twenty.
    const statements = await queueingStatementsDuring(3_000);
    expect(statements).toBeLessThanOrEqual(4 * oneReading);

    // A new call reaches every screen, as its own first calls.
    const call = await callOne();
    const arrivals = await Promise.all(screens.map((screen) => screen.next(shows(call.id), 3_000)));
    const newest = arrivals[19].data.board as BoardCall[];
    arrivals.forEach((arrival, index) => expect(arrival.data.board).toEqual(newest.slice(0, index + 1)));
  });

  it('refuses streams beyond its cap with 503, takes one again when a screen leaves, and ends every stream and feed when it stops', async () => {
    const capped = await startGateway({ ...platform.config, boardStreamsMax: 2 }, { port: 0, subgraphUrls: subgraphUrls(), logDestination: { write: () => undefined } });
    otherGateways.push(capped);
    const first = await follow('', {}, capped);
    const second = await follow('?floor=1', {}, capped);
    expect([first.response.status, second.response.status]).toEqual([200, 200]);
    const refused = await fetch(eventsUrl(capped));
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('5');
    expect(await refused.text()).toMatch(/try again/);

    first.close();
    let again: EventStreamClient | undefined;
    for (let attempt = 0; attempt < 20 && again?.response.status !== 200; attempt++) {
      await sleep(50);
      again = await follow('', {}, capped);
    }
    expect(again?.response.status).toBe(200);
    await again!.firstBoard();

    // Stopping the gateway ends the open streams at once instead of waiting for them.
    const stopping = performance.now();
    await capped.stop();
    expect(performance.now() - stopping).toBeLessThan(3_000);
    await again!.waitForEnd(1_000);
    expect(again!.ended).toBe(true);
    // And no feed of it goes on reading the board (no other gateway has a screen now).
    await sleep(200);
    expect(await queueingStatementsDuring(2_500)).toBe(0);
  });

  it('limits the streams of one client address with 429 (an IPv6 /64 is one client), and logs its board readings at debug only', async () => {
    const lines: any[] = [];
    const limited = await startGateway(
      { ...platform.config, boardStreamsMax: 5, boardStreamsPerClient: 2, trustProxyHops: 1, logLevel: 'debug' },
      { port: 0, subgraphUrls: subgraphUrls(), logDestination: { write: (line: string) => void lines.push(JSON.parse(line)) } },
    );
    otherGateways.push(limited);
    const from = (address: string) => ({ 'x-forwarded-for': address });

    const wall = [await follow('', from('10.1.0.7'), limited), await follow('?floor=1&limit=3', from('10.1.0.7'), limited)];
    expect(wall.map((screen) => screen.response.status)).toEqual([200, 200]);
    const third = await fetch(eventsUrl(limited), { headers: from('10.1.0.7') });
    expect(third.status).toBe(429);
    expect(third.headers.get('retry-after')).toBe('30');
    expect(await third.text()).toMatch(/At most 2 screens at one address/);

    // Two addresses of one IPv6 /64 are one client.
    const v6 = [await follow('', from('2001:db8:5:6::1'), limited), await follow('', from('2001:db8:5:6::2'), limited)];
    expect(v6.map((screen) => screen.response.status)).toEqual([200, 200]);
    expect((await fetch(eventsUrl(limited), { headers: from('2001:db8:5:6::3') })).status).toBe(429);
    // Another address has its own count, until the cap in all refuses everyone.
    expect((await follow('', from('10.1.0.8'), limited)).response.status).toBe(200);
    expect((await fetch(eventsUrl(limited), { headers: from('10.1.0.9') })).status).toBe(503);

    // A screen that leaves gives its address's place back (and one in all).
    wall[0].close();
    let again: EventStreamClient | undefined;
    for (let attempt = 0; attempt < 20 && again?.response.status !== 200; attempt++) {
      await sleep(50);
      again = await follow('', from('10.1.0.7'), limited);
    }
    expect(again?.response.status).toBe(200);
    await again!.firstBoard();

    // Readings went on every second for two floors: request lines at debug, none at info, while
    // a client's own request is an info line.
    await sleep(1_500);
    const boardLines = lines.filter((line) => line.msg === 'request' && line.operation === 'BoardEvents');
    expect(boardLines.length).toBeGreaterThanOrEqual(2);
    expect(new Set(boardLines.map((line) => line.level))).toEqual(new Set(['debug']));
    await data(limited.url, 'query ScreenPoll { queueBoard(limit: 1) { id } }');
    expect(lines.filter((line) => line.msg === 'request' && line.operation === 'ScreenPoll').map((line) => line.level)).toEqual(['info']);
  });

  it('answers as an event stream nothing may cache or buffer, with the security headers and CORS of the other routes', async () => {
    const screen = await follow('', { origin: DISPLAY_ORIGIN });
    const { headers, status } = screen.response;
    expect(status).toBe(200);
    expect(headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(headers.get('cache-control')).toBe('no-cache, no-transform');
    expect(headers.get('x-accel-buffering')).toBe('no');
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('x-frame-options')).toBe('DENY');
    expect(headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(headers.get('access-control-allow-origin')).toBe(DISPLAY_ORIGIN);
    await screen.firstBoard();

    const elsewhere = await follow('', { origin: 'https://elsewhere.example' });
    expect(elsewhere.response.status).toBe(200);
    expect(elsewhere.response.headers.get('access-control-allow-origin')).toBeNull();

    const post = await fetch(eventsUrl(gateway), { method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET');
  });

  it('says once that the board is unavailable while the queueing subgraph cannot answer, and sends the board when it can again', async () => {
    // A stand-in in front of the queueing subgraph that fails while `down`, else passes calls on.
    let down = true;
    const standIn = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        if (down) {
          res.writeHead(503, { 'content-type': 'text/plain' }).end('down');
          return;
        }
        const headers = Object.fromEntries(Object.entries(req.headers).filter(([name]) => !['host', 'content-length', 'connection'].includes(name))) as Record<string, string>;
        fetch(subgraphs.queueing.url, { method: 'POST', headers, body: Buffer.concat(chunks) }).then(
          async (answer) => {
            res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json', 'cache-control': answer.headers.get('cache-control') ?? 'no-store' });
            res.end(Buffer.from(await answer.arrayBuffer()));
          },
          () => res.writeHead(502).end(),
        );
      });
    });
    standIns.push(standIn);
    await new Promise<void>((resolve) => standIn.listen(0, '127.0.0.1', resolve));
    const other = await startGateway(platform.config, {
      port: 0,
      subgraphUrls: { ...subgraphUrls(), queueing: `http://127.0.0.1:${(standIn.address() as AddressInfo).port}/graphql` },
      logDestination: { write: () => undefined },
    });
    otherGateways.push(other);

    const screen = await follow('', {}, other);
    const unavailable = await screen.next((event) => event.event === 'unavailable', 2_000);
    expect(Number.isNaN(Date.parse(unavailable.data.at))).toBe(false);
    // Still trying, and saying it once.
    await sleep(2_500);
    expect(screen.events.map((event) => event.event)).toEqual(['unavailable']);
    // A screen arriving during the outage is told at once.
    const late = await follow('', {}, other);
    await late.next((event) => event.event === 'unavailable', 500);

    down = false;
    const recovered = performance.now();
    const board = await screen.firstBoard(3_000);
    expect(board.receivedAt - recovered).toBeLessThan(2_000);
    await late.firstBoard(1_000);

    // The same board after another outage is sent again: the screens were told it was unavailable.
    down = true;
    await screen.next((event) => event.event === 'unavailable' && event !== unavailable, 3_000);
    down = false;
    await sleep(2_000);
    expect(screen.events.map((event) => event.event)).toEqual(['unavailable', 'board', 'unavailable', 'board']);
    expect(screen.events[3].data.board).toEqual(board.data.board);
  });

  it('keeps a quiet stream alive with a comment every 15 seconds', async () => {
    const screen = await follow();
    await screen.firstBoard();
    const started = performance.now();
    while (!screen.comments.includes('keep-alive') && performance.now() - started < 16_500) await sleep(100);
    expect(screen.comments).toContain('keep-alive');
    expect(screen.ended).toBe(false);
  }, 30_000);
});

describe('a board feed and a screen that does not keep up', () => {
  it('drops the screen whose unread events pass the bound, and goes on for the others', async () => {
    // A board that changes at every reading and is large: two events are more than a slow screen may owe.
    let reading = 0;
    const read = async () => [{ reading: ++reading, padding: 'x'.repeat(40 * 1024) }];
    const events = new BoardEvents(read, createLogger('gateway', 'silent'), { maxStreams: 10, maxStreamsPerClient: 10 });
    const stuck = new Writable({ write: () => undefined });
    let received = 0;
    const healthy = new Writable({
      write(chunk: Buffer, _encoding, done) {
        if (chunk.toString().startsWith('event: board')) received += 1;
        done();
      },
    });
    events.follow({ floor: null, limit: 10 }, stuck);
    const unfollow = events.follow({ floor: null, limit: 10 }, healthy);

    const started = performance.now();
    while (!stuck.destroyed && performance.now() - started < 5_000) await sleep(50);
    expect(stuck.destroyed).toBe(true);
    await sleep(1_200);
    expect(healthy.destroyed).toBe(false);
    expect(received).toBeGreaterThanOrEqual(3);

    unfollow();
    expect(events.activeFeeds).toBe(0);
    const readings = reading;
    await sleep(1_200);
    expect(reading).toBe(readings);
  });
});

describe('board feeds', () => {
  it('are one per floor, read for the widest board, each screen sent only its own first calls and only when they change', async () => {
    const readings: (number | null)[] = [];
    let board = [1, 2, 3, 4, 5].map((id) => ({ id }));
    const read = async (floor: number | null) => {
      readings.push(floor);
      return board;
    };
    const events = new BoardEvents(read, createLogger('gateway', 'silent'), { maxStreams: 10, maxStreamsPerClient: 10 });
    const screen = () => {
      const boards: number[][] = [];
      const stream = new Writable({
        write(chunk: Buffer, _encoding, done) {
          const text = chunk.toString();
          if (text.startsWith('event: board')) boards.push(JSON.parse(text.split('data: ')[1]).board.map((call: { id: number }) => call.id));
          done();
        },
      });
      return { stream, boards };
    };
    const one = screen();
    const three = screen();
    const allFloorsThree = screen();
    const floorTwo = screen();
    const stops = [
      events.follow({ floor: null, limit: 1 }, one.stream),
      events.follow({ floor: null, limit: 3 }, three.stream),
      events.follow({ floor: null, limit: 3 }, allFloorsThree.stream),
      events.follow({ floor: 2, limit: 3 }, floorTwo.stream),
    ];
    expect(events.activeFeeds).toBe(2);
    await sleep(100);
    expect(one.boards).toEqual([[1]]);
    expect(three.boards).toEqual([[1, 2, 3]]);
    expect(floorTwo.boards).toEqual([[1, 2, 3]]);

    // A change beyond the first call reaches the screens of three, not the screen of one.
    board = [1, 2, 9, 4, 5].map((id) => ({ id }));
    await sleep(1_200);
    expect(one.boards).toEqual([[1]]);
    expect(three.boards).toEqual([[1, 2, 3], [1, 2, 9]]);
    expect(allFloorsThree.boards).toEqual(three.boards);
    // One reading a second for each floor, for every number of calls shown.
    expect(readings.filter((floor) => floor === null).length).toBeLessThanOrEqual(2);

    // A screen arriving later gets the board at once, as it shows it.
    const five = screen();
    stops.push(events.follow({ floor: null, limit: 5 }, five.stream));
    await sleep(20);
    expect(five.boards).toEqual([[1, 2, 9, 4, 5]]);

    for (const stop of stops) stop();
    expect(events.activeFeeds).toBe(0);
  });
});
