import { bearer, type GraphqlResult, type TestPlatformRun } from './platform';

/*
 * What the queueing specs share: the operations as a kiosk, a counter screen and the CMS send
 * them (raw text, so the specs do not depend on codegen), the instant their platforms run at,
 * and helpers that fail loudly with the errors they got.
 */

/**
 * A Monday, 09:00 in WITA, inside the seeded ticket hours (Mon–Thu 08:00–15:00) and no holiday
 * nor cuti bersama: the platforms of these specs run their clock from here (MPP_CLOCK_START).
 */
export const MONDAY_MORNING = '2026-12-07T09:00:00+08:00';
/** Its local calendar date, the tickets' service date. */
export const MONDAY = '2026-12-07';

/** A platform whose queues are open (the set clock), with the anonymous online limit off. */
export const QUEUE_PLATFORM_ENV: Record<string, string> = {
  MPP_CLOCK_START: MONDAY_MORNING,
  MPP_TICKET_RATE_LIMIT_PER_MINUTE: '0',
};

/**
 * The same for the concurrency specs, whose requests wait on one another by design: one queue's
 * numbers are taken one at a time, and the last of 500 simultaneous requests waits for the 499
 * before it (on MariaDB on a busy two-core machine, with other suites on the same server, some
 * 30–40 tickets a second), longer than the gateway's default 10 s for a subgraph's answer. Those
 * specs are about the numbers, not the wait: the gateway gives a subgraph a minute there.
 */
export const CONCURRENCY_PLATFORM_ENV: Record<string, string> = { ...QUEUE_PLATFORM_ENV, MPP_SUBGRAPH_TIMEOUT_MS: '60000' };

export const TICKET_FIELDS = 'id number serviceDate status priority channel issuedAt calledAt finishedAt service { id } counter { id }';

export const ISSUE_TICKET = `mutation($input: IssueTicketInput!) { issueTicket(input: $input) { accessCode ticket { ${TICKET_FIELDS} } } }`;
export const READ_TICKET = `query($id: ID!) { ticket(id: $id) { ${TICKET_FIELDS} } }`;
export const CALL_NEXT = `mutation($counterId: ID!) { callNextTicket(counterId: $counterId) { ${TICKET_FIELDS} } }`;
export const FINISH = `mutation($ticketId: ID!) { finishTicket(ticketId: $ticketId) { ${TICKET_FIELDS} } }`;
export const SIGN_IN_TO_COUNTER = 'mutation($counterId: ID!) { signInToCounter(counterId: $counterId) { id status agencyId officer { id email } } }';
export const SIGN_OUT_OF_COUNTER = 'mutation($counterId: ID!) { signOutOfCounter(counterId: $counterId) { id status officer { id } } }';
export const COUNTERS = '{ counters { id name agencyId status version booth { id code } services { id } } }';
export const COUNTERS_WITH_OFFICER = '{ counters { id name agencyId status officer { id } } }';
export const SERVICE_QUEUE = 'query($id: ID) { service(id: $id) { id queue { prefix open waiting nowServing { id number } estimatedWaitMinutes } } }';
export const REGISTER_KIOSK = 'mutation($name: String!) { registerKiosk(name: $name) { deviceToken kiosk { id } } }';
export const REVOKE_KIOSK = 'mutation($id: ID!) { revokeKiosk(id: $id) { id } }';
export const START_KIOSK_SESSION = 'mutation($deviceToken: String!) { startKioskSession(deviceToken: $deviceToken) { token expiresAt } }';

export interface Ticket {
  id: string;
  number: string;
  serviceDate: string;
  status: string;
  priority: boolean;
  channel: string;
  issuedAt: string;
  calledAt: string | null;
  finishedAt: string | null;
  service: { id: string } | null;
  counter: { id: string } | null;
}

export interface IssuedTicket {
  accessCode: string;
  ticket: Ticket;
}

/** The first error's code, if any. */
export const codeOf = (result: GraphqlResult<unknown>): unknown => result.errors?.[0]?.extensions?.code;

/** Runs an operation and returns its data; fails with the errors it got. */
export async function ok<T = any>(platform: { post: TestPlatformRun['post'] }, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<T> {
  const result = await platform.post<T>(query, variables, headers);
  if (result.errors?.length || !result.data) throw new Error(`${query.slice(0, 80)}… failed (HTTP ${result.status}): ${JSON.stringify(result.errors)}`);
  return result.data;
}

/** A ticket number as the issue defines it: prefix, a dash, the day's sequence zero-padded to three digits ("A-007"). */
export function ticketNumber(prefix: string, sequence: number): string {
  return `${prefix}-${String(sequence).padStart(3, '0')}`;
}

/** The day's sequence of a ticket number of the given prefix; fails on any other shape. */
export function sequenceOf(number: string, prefix: string): number {
  const match = /^([A-Z]{1,3})-(\d{3,})$/.exec(number);
  if (!match || match[1] !== prefix) throw new Error(`"${number}" is not a ticket number of queue ${prefix}`);
  return Number(match[2]);
}

/** 1..count, the sequences a fresh day hands out. */
export const oneTo = (count: number): number[] => Array.from({ length: count }, (_, index) => index + 1);

export interface OpenQueue {
  serviceId: string;
  prefix: string;
}

/**
 * The seeded queues that take tickets now, by prefix (the anonymous view, as a kiosk sees
 * them); fails when there are none, which means the set clock is outside the ticket hours.
 */
export async function openQueues(platform: TestPlatformRun): Promise<OpenQueue[]> {
  const found: OpenQueue[] = [];
  for (let offset = 0; ; offset += 100) {
    const { services } = await ok(platform, 'query($offset: Int) { services(limit: 100, offset: $offset) { totalCount items { id queue { prefix open } } } }', { offset });
    for (const item of services.items as { id: string; queue: { prefix: string; open: boolean } | null }[]) {
      if (item.queue?.open) found.push({ serviceId: item.id, prefix: item.queue.prefix });
    }
    if (offset + 100 >= services.totalCount) break;
  }
  if (found.length === 0) throw new Error(`no seeded queue is open at ${MONDAY_MORNING}`);
  return found.sort((a, b) => a.prefix.localeCompare(b.prefix));
}

/** Registers a kiosk as `editor`, starts its session; its id, device token and access header. */
export async function newKiosk(platform: TestPlatformRun, editor: Record<string, string>, name: string): Promise<{ id: string; deviceToken: string; headers: Record<string, string> }> {
  const { registerKiosk } = await ok(platform, REGISTER_KIOSK, { name }, editor);
  const { startKioskSession } = await ok(platform, START_KIOSK_SESSION, { deviceToken: registerKiosk.deviceToken });
  return { id: registerKiosk.kiosk.id, deviceToken: registerKiosk.deviceToken, headers: bearer(startKioskSession.token) };
}

/** Issues one ticket; the whole result, errors included. */
export function issue(
  platform: { post: TestPlatformRun['post'] },
  input: { serviceId: string; channel?: 'KIOSK' | 'ONLINE' | 'COUNTER'; priority?: boolean; idempotencyKey?: string },
  headers: Record<string, string> = {},
): Promise<GraphqlResult<{ issueTicket: IssuedTicket }>> {
  return platform.post<{ issueTicket: IssuedTicket }>(ISSUE_TICKET, { input }, headers);
}

/** Runs `work` for every item with at most `concurrency` at a time; results in the items' order. */
export async function withConcurrency<T, R>(items: readonly T[], concurrency: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index], index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return results;
}

/** Tickets read in one request: as many aliases as the gateway allows an operation (15). */
const TICKETS_PER_READ = 15;

/** Reads each ticket back with `ticket(id)` through the gateway, several to a request; in the ids' order. */
export async function readTickets(platform: TestPlatformRun, ids: readonly string[], headers: Record<string, string> = {}): Promise<(Ticket | null)[]> {
  const batches: string[][] = [];
  for (let start = 0; start < ids.length; start += TICKETS_PER_READ) batches.push(ids.slice(start, start + TICKETS_PER_READ));
  const read = await withConcurrency(batches, 5, async (batch) => {
    const query = `query(${batch.map((_, index) => `$id${index}: ID!`).join(', ')}) { ${batch.map((_, index) => `t${index}: ticket(id: $id${index}) { ${TICKET_FIELDS} }`).join(' ')} }`;
    const data = await ok<Record<string, Ticket | null>>(platform, query, Object.fromEntries(batch.map((id, index) => [`id${index}`, id])), headers);
    return batch.map((_, index) => data[`t${index}`]);
  });
  return read.flat();
}

/** The errors of failed results, with their codes, for a readable failure. */
export function failures(results: readonly GraphqlResult<unknown>[]): { status: number; code: unknown; message: string | undefined }[] {
  return results.filter((result) => result.errors?.length || !result.data).map((result) => ({ status: result.status, code: codeOf(result), message: result.errors?.[0]?.message }));
}
