import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import autocannon from 'autocannon';
import { bearer, type TestPlatformRun } from '../support/platform';
import type { ScreenMode, ScreensTally } from './board-screens';

/*
 * The queueing figures of `npm run bench`, measured on the running platform through the gateway:
 * - tickets a second with 50 clients all issuing for ONE service (one hot daily counter) against
 *   the same 50 clients issuing for 50 different services, taken in turn so that both see the
 *   same machine (goal: hot ≥ half of spread — the hot counter must not collapse throughput);
 * - the CPU the platform spends while 100 display screens follow the board as a counter calls
 *   a ticket every 2 s, in the two ways a screen can: polling `queueBoard` once a second
 *   through the gateway (whose cache answers most polls), and keeping `GET /board/events` open
 *   (server-sent events: the gateway reads the board once a second for all of them). Beside
 *   them the same time idle, and with the calls alone. Goal: at most 10% of one core, for the
 *   way displays use (the stream).
 */

const execFileAsync = promisify(execFile);

/** The benchmark's smoke run (CI): every part, briefly. */
const SMOKE = process.env.MPP_BENCH_SMOKE === '1';
const CLIENTS = 50;
const ROUND_SECONDS = Number(process.env.MPP_BENCH_TICKET_SECONDS ?? (SMOKE ? 1 : 5));
const SCREENS = SMOKE ? 10 : 100;
const BOARD_SECONDS = Number(process.env.MPP_BENCH_BOARD_SECONDS ?? (SMOKE ? 3 : 20));
const IDLE_SECONDS = SMOKE ? 1 : 5;
/** How often the counter calls while screens follow the board: each call changes it. */
const CALL_INTERVAL_MS = 2_000;
const ISSUE = 'mutation($input: IssueTicketInput!) { issueTicket(input: $input) { ticket { number } } }';

/** 100 screens following the board one way, for BOARD_SECONDS while the counter calls. */
export interface ScreensFigures extends ScreensTally {
  /** Seconds of CPU the platform spent per second of wall time: 0.1 is 10% of one core. */
  coreShare: number;
  /** Tickets the counter called meanwhile. */
  calls: number;
}

export interface QueueingFigures {
  hotTicketsPerSecond: number;
  spreadTicketsPerSecond: number;
  idleCoreShare: number;
  /** The counter calling every CALL_INTERVAL_MS with no screen following: what both modes below include. */
  callsAlone: { coreShare: number; calls: number };
  polling: ScreensFigures;
  streams: ScreensFigures;
}

async function graphql<T>(platform: TestPlatformRun, query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}): Promise<T> {
  const result = await platform.post<T>(query, variables, headers);
  if (result.errors?.length || !result.data) throw new Error(`${query.slice(0, 60)}… failed: ${JSON.stringify(result.errors)}`);
  return result.data;
}

/**
 * `count` services whose queue gives out tickets now (the seed opens one for each service of an
 * open booth), paging through the catalog: the bench's generated services have no queue.
 */
async function openQueues(platform: TestPlatformRun, count: number): Promise<string[]> {
  const open: string[] = [];
  for (let offset = 0; open.length < count; offset += 100) {
    const { services } = await graphql<{ services: { totalCount: number; items: { id: string; queue: { open: boolean } | null }[] } }>(
      platform,
      'query($offset: Int!) { services(limit: 100, offset: $offset) { totalCount items { id queue { open } } } }',
      { offset },
    );
    open.push(...services.items.filter((service) => service.queue?.open).map((service) => service.id));
    if (offset + 100 >= services.totalCount) break;
  }
  if (open.length < count) throw new Error(`only ${open.length} queues give out tickets now; the benchmark needs ${count}`);
  return open.slice(0, count);
}

/** Tickets a second for CLIENTS connections issuing in turn for the given services. */
async function issueRate(url: string, serviceIds: string[]): Promise<number> {
  const bodies = serviceIds.map((serviceId) => JSON.stringify({ query: ISSUE, variables: { input: { serviceId, channel: 'ONLINE' } } }));
  let next = 0;
  let refused = 0;
  const result = await autocannon({
    url,
    method: 'POST',
    connections: CLIENTS,
    duration: ROUND_SECONDS,
    headers: { 'content-type': 'application/json' },
    requests: [
      {
        setupRequest: (request) => ({ ...request, body: bodies[next++ % bodies.length] }),
        onResponse: (_status, body) => {
          if (body.includes('"errors"')) refused += 1;
        },
      },
    ],
  });
  if (result.non2xx > 0 || result.errors > 0 || refused > 0) {
    throw new Error(`issuing had ${result.non2xx} non-2xx answers, ${result.errors} errors and ${refused} refusals`);
  }
  return result.requests.average;
}

/** Seconds of this process's CPU per second of wall time while `during` runs. */
async function coreShare(during: () => Promise<void>): Promise<number> {
  const cpuBefore = process.cpuUsage();
  const wallBefore = process.hrtime.bigint();
  await during();
  const cpu = process.cpuUsage(cpuBefore);
  const wallSeconds = Number(process.hrtime.bigint() - wallBefore) / 1e9;
  return (cpu.user + cpu.system) / 1e6 / wallSeconds;
}

interface BoardCounter {
  id: string;
  serviceId: string;
}

/**
 * Puts a few calls on the board (a seeded counter calls and finishes tickets of its queue), so
 * screens read real rows; the counter, signed in to and free for the next call.
 */
async function fillBoard(platform: TestPlatformRun, editor: Record<string, string>): Promise<BoardCounter> {
  const { counters } = await graphql<{ counters: { id: string; services: { id: string }[] }[] }>(platform, '{ counters { id services { id } } }', {}, editor);
  const counter = counters.find((candidate) => candidate.services.length > 0);
  if (!counter) throw new Error('no seeded counter serves a queue');
  await graphql(platform, 'mutation($id: ID!) { signInToCounter(counterId: $id) { id } }', { id: counter.id }, editor);
  for (let call = 0; call < 10; call += 1) {
    await graphql(platform, ISSUE, { input: { serviceId: counter.services[0].id, channel: 'ONLINE' } });
    const { callNextTicket } = await graphql<{ callNextTicket: { id: string } | null }>(
      platform,
      'mutation($id: ID!) { callNextTicket(counterId: $id) { id } }',
      { id: counter.id },
      editor,
    );
    if (!callNextTicket) continue;
    await graphql(platform, 'mutation($id: ID!) { startServingTicket(ticketId: $id) { id } }', { id: callNextTicket.id }, editor);
    await graphql(platform, 'mutation($id: ID!) { finishTicket(ticketId: $id) { id } }', { id: callNextTicket.id }, editor);
  }
  return { id: counter.id, serviceId: counter.services[0].id };
}

/**
 * Runs `during` while the counter calls a new ticket every CALL_INTERVAL_MS (the one called
 * before is marked a no-show, so the counter is free again); the number of calls made.
 */
async function whileCalling(platform: TestPlatformRun, editor: Record<string, string>, counter: BoardCounter, during: () => Promise<void>): Promise<number> {
  let done = false;
  let calls = 0;
  const calling = (async () => {
    let called: string | null = null;
    while (!done) {
      const started = Date.now();
      if (called) await graphql(platform, 'mutation($id: ID!) { markTicketNoShow(ticketId: $id) { id } }', { id: called }, editor);
      await graphql(platform, ISSUE, { input: { serviceId: counter.serviceId, channel: 'ONLINE' } });
      const { callNextTicket } = await graphql<{ callNextTicket: { id: string } | null }>(
        platform,
        'mutation($id: ID!) { callNextTicket(counterId: $id) { id } }',
        { id: counter.id },
        editor,
      );
      called = callNextTicket?.id ?? null;
      calls += 1;
      await sleep(Math.max(0, CALL_INTERVAL_MS - (Date.now() - started)));
    }
    if (called) await graphql(platform, 'mutation($id: ID!) { markTicketNoShow(ticketId: $id) { id } }', { id: called }, editor);
  })();
  try {
    await during();
  } finally {
    done = true;
    await calling;
  }
  return calls;
}

/** The platform's CPU while SCREENS screens (a process of their own) follow the board one way and the counter calls. */
async function screensFollowing(
  mode: ScreenMode,
  platform: TestPlatformRun,
  editor: Record<string, string>,
  counter: BoardCounter,
): Promise<ScreensFigures> {
  const screens = join(__dirname, 'board-screens.js');
  let tally: ScreensTally = { answers: 0, failures: 0, slowestMs: 0 };
  let calls = 0;
  const coreShareOfMode = await coreShare(async () => {
    calls = await whileCalling(platform, editor, counter, async () => {
      const { stdout } = await execFileAsync(process.execPath, [screens, mode, platform.url, String(SCREENS), String(BOARD_SECONDS)]);
      tally = JSON.parse(stdout) as ScreensTally;
    });
  });
  if (tally.failures > 0) throw new Error(`${tally.failures} failures among ${SCREENS} screens following the board (${mode})`);
  return { ...tally, coreShare: coreShareOfMode, calls };
}

export async function measureQueueing(platform: TestPlatformRun): Promise<QueueingFigures> {
  const editor = bearer(await platform.loginAs('EDITOR'));
  const queues = await openQueues(platform, CLIENTS);
  const hot = [queues[0]];
  await issueRate(platform.url, queues); // warm up: JIT, connections, every queue's first ticket
  let hotTotal = 0;
  let spreadTotal = 0;
  for (let round = 0; round < 2; round += 1) {
    hotTotal += await issueRate(platform.url, hot);
    spreadTotal += await issueRate(platform.url, queues);
  }

  const counter = await fillBoard(platform, editor);
  const idleCoreShare = await coreShare(() => sleep(IDLE_SECONDS * 1000));
  let callsAloneCalls = 0;
  const callsAloneCoreShare = await coreShare(async () => {
    callsAloneCalls = await whileCalling(platform, editor, counter, () => sleep(BOARD_SECONDS * 1000));
  });
  const polling = await screensFollowing('poll', platform, editor, counter);
  const streams = await screensFollowing('stream', platform, editor, counter);
  return {
    hotTicketsPerSecond: hotTotal / 2,
    spreadTicketsPerSecond: spreadTotal / 2,
    idleCoreShare,
    callsAlone: { coreShare: callsAloneCoreShare, calls: callsAloneCalls },
    polling,
    streams,
  };
}

export function printQueueing(figures: QueueingFigures): void {
  const { hotTicketsPerSecond: hot, spreadTicketsPerSecond: spread } = figures;
  process.stdout.write(`\nqueueing, through the gateway, ${CLIENTS} clients issuing for ${ROUND_SECONDS} s, two rounds each, taken in turn\n`);
  process.stdout.write(`tickets/s, all for one service (one hot counter): ${hot.toFixed(0)}\n`);
  process.stdout.write(`tickets/s, for ${CLIENTS} different services:          ${spread.toFixed(0)}\n`);
  process.stdout.write(`hot ÷ spread: ${(hot / spread).toFixed(2)}× (goal ≥ 0.50)\n`);
  const percent = (share: number) => `${(share * 100).toFixed(1)}%`.padStart(6);
  const { callsAlone, polling, streams } = figures;
  const rows: [label: string, share: number, note?: string][] = [
    ['idle', figures.idleCoreShare],
    [`the calls alone, no screen (${callsAlone.calls} calls)`, callsAlone.coreShare],
    [`polling queueBoard once a second, gateway cache on (${polling.answers} polls, slowest ${polling.slowestMs} ms)`, polling.coreShare],
    [`following GET /board/events (${streams.answers} board events, the first within ${streams.slowestMs} ms)`, streams.coreShare, 'goal ≤ 10%'],
  ];
  const width = Math.max(...rows.map(([label]) => label.length)) + 1;
  process.stdout.write(`\nboard, ${SCREENS} screens for ${BOARD_SECONDS} s while a counter calls a ticket every ${CALL_INTERVAL_MS / 1000} s: platform CPU, share of one core\n`);
  for (const [label, share, note] of rows) process.stdout.write(`${`${label}:`.padEnd(width)} ${percent(share)}${note ? ` (${note})` : ''}\n`);
  process.stdout.write(
    streams.coreShare < polling.coreShare
      ? `displays should follow GET /board/events (${(polling.coreShare / streams.coreShare).toFixed(1)}× less CPU than polling); other screens may poll queueBoard\n`
      : `streams cost no less than polling here (${percent(streams.coreShare).trim()} vs ${percent(polling.coreShare).trim()}): find out why before telling displays to use them\n`,
  );
}
