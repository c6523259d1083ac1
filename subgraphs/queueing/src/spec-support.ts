import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CLIENT_ADDRESS_HEADER, clock, newId, seedId, type StaffIdentity, type Viewer } from '@mpp/kit';
import type { RunningSubgraph } from '@mpp/kit/subgraph';
import { startSubgraphForSpecs, type GraphqlResponse, type SubgraphForSpecs, type TestPlatform } from '@mpp/kit/testing';
import { counterSeeds, queueSeeds, seedTicketHours } from './seed/queueing.data';
import { queueingSubgraph } from './subgraph';

/*
 * What the queueing specs share: the subgraph on a database of its own, asked as the gateway
 * asks it (an internal token speaking for a staff account, a kiosk or nobody), a stand-in for
 * the gateway's public API (the one thing the subgraph asks another domain), the viewers, and
 * the instants the specs freeze the clock at. Not built (tsconfig.build.json leaves it out).
 */

/** A Monday, 09:00 WITA: inside the seeded ticket hours, no closed date. */
export const MONDAY = '2026-12-07';
export const MONDAY_MORNING = wita('2026-12-07T09:00');

/** An instant given as WITA wall-clock time ("2026-12-07T23:59"). */
export function wita(localDateTime: string): Date {
  return new Date(`${localDateTime}:00+08:00`);
}

export const EDITOR: StaffIdentity = { userId: 'u-editor', role: 'EDITOR', agencyId: null };

export function officerOf(agencySlug: string, name = 'officer'): StaffIdentity {
  return { userId: `u-${name}-${agencySlug}`, role: 'OFFICER', agencyId: seedId('agency', agencySlug) };
}

export function partnerOf(agencySlug: string): StaffIdentity {
  return { userId: `u-partner-${agencySlug}`, role: 'PARTNER', agencyId: seedId('agency', agencySlug) };
}

export function kiosk(name = 'hall-1'): Viewer {
  return { kind: 'kiosk', kioskId: seedId('kiosk', name), sessionId: `session-${name}` };
}

/**
 * The gateway's public API as the queueing subgraph asks it: `service(id:)` with its agency and
 * `booths` with their floor and agency, answered from what the test registered (the seeded
 * services and open booths to begin with); down, it answers 503.
 */
export class FakePublicApi {
  readonly services = new Map<string, string>();
  readonly booths = new Map<string, { floor: number; agencyId: string }>();
  down = false;
  url = '';
  private server: Server | null = null;

  constructor() {
    for (const queue of queueSeeds) this.services.set(seedId('service', queue.serviceSlug), seedId('agency', queue.agencySlug));
    for (const counter of counterSeeds) this.booths.set(seedId('booth', counter.boothCode), { floor: counter.floor, agencyId: seedId('agency', counter.agencySlug) });
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => void this.answer(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/graphql`;
  }

  async stop(): Promise<void> {
    await new Promise((resolve) => this.server?.close(resolve));
  }

  /** A published service of the agency, as the catalog would have it. */
  publishService(agencySlug: string): string {
    const id = newId();
    this.services.set(id, seedId('agency', agencySlug));
    return id;
  }

  private async answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let body = '';
    for await (const chunk of req) body += String(chunk);
    if (this.down) {
      res.writeHead(503).end();
      return;
    }
    const { query, variables } = JSON.parse(body) as { query: string; variables?: { id?: string } };
    const data = query.includes('booths')
      ? { booths: [...this.booths].map(([id, booth]) => ({ id, floor: booth.floor, agency: { id: booth.agencyId } })) }
      : { service: variables?.id && this.services.has(variables.id) ? { id: variables.id, agency: { id: this.services.get(variables.id) } } : null };
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data }));
  }
}

/** An answer's data as specs read it: any shape, which their assertions check (the kit's testing default). */
type AnswerData = NonNullable<GraphqlResponse['data']>;

export interface QueueingRun {
  platform: TestPlatform;
  subgraph: RunningSubgraph;
  publicApi: FakePublicApi;
  /** Asks the subgraph as the gateway does, for the viewer (anonymous unless given), from a client address when given. */
  ask<T = AnswerData>(query: string, variables?: Record<string, unknown>, viewer?: StaffIdentity | Viewer, clientAddress?: string): Promise<GraphqlResponse<T>>;
  stop(): Promise<void>;
}

/**
 * The queueing subgraph on a fresh database (seeded, the kit's startSubgraphForSpecs), asking a
 * stand-in public API of its own, the online limit off unless `env` sets it.
 */
export async function startQueueing(databaseUrl: string | undefined, env: Record<string, string> = {}): Promise<QueueingRun> {
  const publicApi = new FakePublicApi();
  await publicApi.start();
  let started: SubgraphForSpecs;
  try {
    started = await startSubgraphForSpecs(queueingSubgraph, databaseUrl, { env: { MPP_GATEWAY_URL: publicApi.url, MPP_TICKET_RATE_LIMIT_PER_MINUTE: '0', ...env } });
  } catch (error) {
    await publicApi.stop();
    throw error;
  }
  return {
    platform: started.platform,
    // Read at each use, as facilities' run does, so a run that restarts gives the running one.
    get subgraph() {
      return started.subgraph;
    },
    publicApi,
    ask(query, variables = {}, viewer, clientAddress) {
      return started.ask(query, variables, viewer, clientAddress ? { [CLIENT_ADDRESS_HEADER]: clientAddress } : {});
    },
    async stop() {
      await started.stop();
      await publicApi.stop();
    },
  };
}

/** Runs an operation and returns its data; fails with the errors it got. */
export async function ok<T = AnswerData>(run: QueueingRun, query: string, variables: Record<string, unknown> = {}, viewer?: StaffIdentity | Viewer): Promise<T> {
  const result = await run.ask<T>(query, variables, viewer);
  if (result.errors?.length || !result.data) throw new Error(`${query.slice(0, 60)}… failed: ${JSON.stringify(result.errors)}`);
  return result.data;
}

/** The first error's code and field. */
export function refusal(result: GraphqlResponse<unknown>): { code: unknown; field?: unknown } {
  const extensions = result.errors?.[0]?.extensions ?? {};
  return 'field' in extensions ? { code: extensions.code, field: extensions.field } : { code: extensions.code };
}

export const TICKET = 'id number serviceDate status priority channel issuedAt calledAt servingStartedAt finishedAt agencyId service { id } issuedForService { id } counter { id }';
const OPEN_QUEUE = `mutation($serviceId: ID!, $input: QueueSettingsInput!) { upsertQueueSettings(serviceId: $serviceId, input: $input) { serviceId prefix version } }`;
const CREATE_COUNTER = 'mutation($input: CounterInput!) { createCounter(input: $input) { id name agencyId floor } }';

let prefixes = 0;
/** A fresh three-letter prefix no seeded queue uses ("QAA", "QAB" …). */
export function freshPrefix(): string {
  const index = prefixes++;
  return `Q${String.fromCharCode(65 + Math.floor(index / 26) % 26)}${String.fromCharCode(65 + (index % 26))}`;
}

/** A new queue (a new published service of the agency), open on the seeded hours unless told otherwise. */
export async function newQueue(run: QueueingRun, agencySlug = 'polres', input: Record<string, unknown> = {}): Promise<{ serviceId: string; prefix: string }> {
  const serviceId = run.publicApi.publishService(agencySlug);
  const prefix = freshPrefix();
  await ok(run, OPEN_QUEUE, { serviceId, input: { prefix, ticketHours: seedTicketHours, ...input } }, EDITOR);
  return { serviceId, prefix };
}

let counters = 0;
/**
 * A new counter at one of the agency's open booths, calling from the given queues: open, with a
 * DPMPTSP editor of its own signed in (a counter calls only while someone is signed in to it;
 * EDITOR may then work it too), unless `closed` — for specs that sign an officer in.
 */
export async function newCounter(
  run: QueueingRun,
  agencySlug: string,
  serviceIds: string[],
  { closed = false }: { closed?: boolean } = {},
): Promise<{ id: string; name: string; floor: number; staff: StaffIdentity | null }> {
  const booth = counterSeeds.find((seed) => seed.agencySlug === agencySlug)!;
  const number = ++counters;
  const { createCounter } = await ok<{ createCounter: { id: string; name: string; floor: number } }>(run, CREATE_COUNTER, { input: { name: `Loket Uji ${number}`, boothId: seedId('booth', booth.boothCode), serviceIds } }, EDITOR);
  if (closed) return { ...createCounter, staff: null };
  const staff: StaffIdentity = { userId: `u-editor-at-counter-${number}`, role: 'EDITOR', agencyId: null };
  await ok(run, 'mutation($id: ID!) { signInToCounter(counterId: $id) { id } }', { id: createCounter.id }, staff);
  return { ...createCounter, staff };
}

export const ISSUE = `mutation($input: IssueTicketInput!) { issueTicket(input: $input) { accessCode ticket { ${TICKET} } } }`;

/** Issues one ticket online as an anonymous caller unless told otherwise; the whole result. */
export function issue(
  run: QueueingRun,
  input: { serviceId: string; channel?: string; priority?: boolean; idempotencyKey?: string },
  viewer?: StaffIdentity | Viewer,
  clientAddress?: string,
) {
  return run.ask(ISSUE, { input: { channel: 'ONLINE', ...input } }, viewer, clientAddress);
}

/**
 * Issues one ticket and returns it; fails with the errors it got. Online and anonymously, or a
 * priority ticket (given where the visitor is seen) at the counter by a DPMPTSP editor.
 */
export async function issued(run: QueueingRun, serviceId: string, priority = false): Promise<IssuedShape> {
  const input = priority ? { channel: 'COUNTER', serviceId, priority } : { channel: 'ONLINE', serviceId, priority };
  const { issueTicket } = await ok<{ issueTicket: { ticket: IssuedShape } }>(run, ISSUE, { input }, priority ? EDITOR : undefined);
  return issueTicket.ticket;
}

interface IssuedShape {
  id: string;
  number: string;
  priority: boolean;
  issuedAt: string;
}

/** Freezes the business clock at an instant (the specs' time passes only when they say). */
export function freezeClockAt(instant: Date): void {
  clock.freezeAt(instant);
}
