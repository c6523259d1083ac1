import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import autocannon from 'autocannon';
import { bearer, type TestPlatformRun } from '../support/platform';

/*
 * The queueing figures of `npm run bench`, measured on the running platform through the gateway:
 * - tickets a second with 50 clients all issuing for ONE service (one hot daily counter) against
 *   the same 50 clients issuing for 50 different services, taken in turn so that both see the
 *   same machine (goal: hot ≥ half of spread — the hot counter must not collapse throughput);
 * - the CPU the platform spends while 100 display screens follow the board, each polling it
 *   once a second through the gateway (goal: at most 10% of one core), beside the same time idle.
 */

const execFileAsync = promisify(execFile);

const CLIENTS = 50;
const ROUND_SECONDS = Number(process.env.MPP_BENCH_TICKET_SECONDS ?? 5);
const SCREENS = 100;
const BOARD_SECONDS = Number(process.env.MPP_BENCH_BOARD_SECONDS ?? 20);
const ISSUE = 'mutation($input: IssueTicketInput!) { issueTicket(input: $input) { ticket { number } } }';

export interface QueueingFigures {
  hotTicketsPerSecond: number;
  spreadTicketsPerSecond: number;
  /** Seconds of CPU the platform spent per second of wall time: 0.1 is 10% of one core. */
  boardCoreShare: number;
  idleCoreShare: number;
  boardPolls: number;
  boardSlowestMs: number;
}

async function graphql<T>(platform: TestPlatformRun, query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}): Promise<T> {
  const result = await platform.post<T>(query, variables, headers);
  if (result.errors?.length || !result.data) throw new Error(`${query.slice(0, 60)}… failed: ${JSON.stringify(result.errors)}`);
  return result.data;
}

/** `count` services whose queue gives out tickets now (the seed opens one for each service of an open booth). */
async function openQueues(platform: TestPlatformRun, count: number): Promise<string[]> {
  const { services } = await graphql<{ services: { items: { id: string; queue: { open: boolean } | null }[] } }>(
    platform,
    '{ services(limit: 100) { items { id queue { open } } } }',
    {},
  );
  const open = services.items.filter((service) => service.queue?.open).map((service) => service.id);
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

/** Puts a few calls on the board (a seeded counter calls and finishes tickets of its queue), so screens read real rows. */
async function fillBoard(platform: TestPlatformRun, editor: Record<string, string>): Promise<void> {
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

  await fillBoard(platform, editor);
  const screens = join(__dirname, 'board-screens.js');
  const idleCoreShare = await coreShare(() => new Promise((resolve) => setTimeout(resolve, 5_000)));
  let tally = { polls: 0, failures: 0, slowestMs: 0 };
  const boardCoreShare = await coreShare(async () => {
    const { stdout } = await execFileAsync(process.execPath, [screens, platform.url, String(SCREENS), String(BOARD_SECONDS)]);
    tally = JSON.parse(stdout) as typeof tally;
  });
  if (tally.failures > 0) throw new Error(`${tally.failures} of ${tally.polls} board polls failed`);
  return {
    hotTicketsPerSecond: hotTotal / 2,
    spreadTicketsPerSecond: spreadTotal / 2,
    boardCoreShare,
    idleCoreShare,
    boardPolls: tally.polls,
    boardSlowestMs: tally.slowestMs,
  };
}

export function printQueueing(figures: QueueingFigures): void {
  const { hotTicketsPerSecond: hot, spreadTicketsPerSecond: spread } = figures;
  process.stdout.write(`\nqueueing, through the gateway, ${CLIENTS} clients issuing for ${ROUND_SECONDS} s, two rounds each, taken in turn\n`);
  process.stdout.write(`tickets/s, all for one service (one hot counter): ${hot.toFixed(0)}\n`);
  process.stdout.write(`tickets/s, for ${CLIENTS} different services:          ${spread.toFixed(0)}\n`);
  process.stdout.write(`hot ÷ spread: ${(hot / spread).toFixed(2)}× (goal ≥ 0.50)\n`);
  process.stdout.write(
    `board, ${SCREENS} screens polling once a second for ${BOARD_SECONDS} s (${figures.boardPolls} polls, slowest ${figures.boardSlowestMs} ms): ` +
      `platform CPU ${(figures.boardCoreShare * 100).toFixed(1)}% of one core (idle: ${(figures.idleCoreShare * 100).toFixed(1)}%; goal ≤ 10%)\n`,
  );
}
