import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import express from 'express';
import { INTERNAL_TOKEN_HEADER, createLogger, loadSubgraphDefinition, requiredKey, subgraphRegistry, verifyInternalToken, type Viewer } from '@mpp/kit';
import { QueryLog, startSubgraph, type RunningSubgraph, type SubgraphDefinition } from '@mpp/kit/subgraph';
import { freePort, testPlatformConfig, type TestPlatform } from '@mpp/kit/testing';
import { startGateway, type RunningGateway } from './gateway';
import { AnonymousResponseCache, ResponseCacheStore, publicMaxAge, type StoredResponse } from './response-cache';

/*
 * The gateway's cache of anonymous answers, through the real gateway over HTTP in front of the
 * real subgraphs (SQLite), counting the SQL statements the queueing subgraph runs: an answer
 * from the cache runs none. The platform's clock is a Monday morning inside the seeded ticket
 * hours, so queues take tickets and counters call them.
 */

const MONDAY_MORNING = '2026-12-07T09:00:00+08:00';
const BOARD = '{ queueBoard { id number counter { id } } }';
const COUNTERS_WITH_SERVICES = '{ counters { id services { id } } }';
const COUNTERS_WITH_OFFICER = '{ counters { id officer { id } } }';
const ISSUE_TICKET = 'mutation($input: IssueTicketInput!) { issueTicket(input: $input) { ticket { id number } } }';
const CALL_NEXT = 'mutation($counterId: ID!) { callNextTicket(counterId: $counterId) { id number counter { id } } }';
const OPEN_QUEUES = '{ services(limit: 100) { items { id queue { open } } } }';

interface Answer {
  status: number;
  headers: Headers;
  body: { data?: any; errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } }[] };
}

async function ask(url: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Answer['body'] };
}

/** The data of an answer without errors; fails with the errors it got. */
async function data(url: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<any> {
  const { status, body } = await ask(url, query, variables, headers);
  if (body.errors?.length || !body.data) throw new Error(`${query.slice(0, 60)}… failed (HTTP ${status}): ${JSON.stringify(body.errors)}`);
  return body.data;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("the gateway's cache of anonymous answers", () => {
  let platform: TestPlatform;
  const subgraphs: Record<string, RunningSubgraph> = {};
  let gateway: RunningGateway;
  /** Gateways a test starts besides the platform's; stopped after all. */
  const otherGateways: RunningGateway[] = [];
  const standIns: Server[] = [];
  /** The platform gateway's log lines (the subgraphs' are dropped). */
  const gatewayLines: Record<string, unknown>[] = [];
  let editor: Record<string, string>;
  let kiosk: Record<string, string>;

  const subgraphUrls = () => Object.fromEntries(Object.entries(subgraphs).map(([name, running]) => [name, running.url]));
  /** SQL statements the queueing subgraph ran while `action` did. */
  const queueingStatements = async (action: () => Promise<unknown>): Promise<number> => {
    const log = subgraphs.queueing.database.queryLog;
    log.reset();
    await action();
    return log.count;
  };
  const startOtherGateway = async (responseCacheBytes: number, urls: Record<string, string> = {}) => {
    const other = await startGateway({ ...platform.config, responseCacheBytes }, { port: 0, subgraphUrls: { ...subgraphUrls(), ...urls }, logDestination: { write: () => undefined } });
    otherGateways.push(other);
    return other;
  };
  const devAccounts = () => JSON.parse(readFileSync(join(platform.config.dataDir, 'dev-accounts.json'), 'utf8')) as { role: string; email?: string; password?: string; token?: string }[];

  beforeAll(async () => {
    // The gateway's port first: subgraphs ask the public API for other domains' facts.
    platform = testPlatformConfig(undefined, {
      MPP_CLOCK_START: MONDAY_MORNING,
      MPP_CLOCK_SET_AT: new Date().toISOString(),
      MPP_TICKET_RATE_LIMIT_PER_MINUTE: '0',
      MPP_GATEWAY_PORT: String(await freePort()),
      MPP_LOG_LEVEL: 'info',
    });
    for (const entry of subgraphRegistry(platform.config.rootDir)) {
      const definition = await loadSubgraphDefinition<SubgraphDefinition>(entry, platform.config.rootDir);
      subgraphs[entry.name] = await startSubgraph(definition, platform.config, { port: 0, queryLog: new QueryLog(), logDestination: { write: () => undefined } });
    }
    gateway = await startGateway(platform.config, {
      subgraphUrls: subgraphUrls(),
      logDestination: { write: (line) => gatewayLines.push(JSON.parse(line) as Record<string, unknown>) },
    });

    const editorAccount = devAccounts().find((account) => account.role === 'EDITOR')!;
    const { login } = await data(gateway.url, 'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }', {
      email: editorAccount.email,
      password: editorAccount.password,
    });
    editor = { authorization: `Bearer ${login.token}` };
    const deviceToken = devAccounts().find((account) => account.role === 'KIOSK')!.token;
    const { startKioskSession } = await data(gateway.url, 'mutation($deviceToken: String!) { startKioskSession(deviceToken: $deviceToken) { token } }', { deviceToken });
    kiosk = { authorization: `Bearer ${startKioskSession.token}` };
  });

  afterAll(async () => {
    for (const other of otherGateways) await other.stop();
    await gateway?.stop();
    for (const standIn of standIns) await new Promise((resolve) => standIn.close(resolve));
    for (const running of Object.values(subgraphs)) await running.stop();
    await platform?.cleanup(Object.keys(subgraphs));
  });

  // Each test starts with nothing of its queries stored: every answer lives a second at most.
  beforeEach(() => sleep(1_100));

  it('answers ten anonymous polls of the board within a second with one subgraph query, all equal', async () => {
    let first: Answer | undefined;
    const oneQuery = await queueingStatements(async () => (first = await ask(gateway.url, BOARD)));
    await sleep(1_100);

    const answers: Answer[] = [];
    const statements = await queueingStatements(async () => {
      for (let poll = 0; poll < 10; poll++) answers.push(await ask(gateway.url, BOARD));
    });

    expect(first?.body.errors).toBeUndefined();
    expect(oneQuery).toBeGreaterThan(0);
    expect(statements).toBe(oneQuery);
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.body).toEqual(answers[0].body);
      // A stored answer goes out with the policy it was stored with.
      expect(answer.headers.get('cache-control')).toBe('max-age=1, public');
    }
    expect(answers[0].headers.get('age')).toBeNull();
    expect(answers[9].headers.get('age')).toMatch(/^[01]$/);
  });

  it('is off when its size is 0: every poll asks the subgraph', async () => {
    const uncached = await startOtherGateway(0);
    const oneQuery = await queueingStatements(() => ask(uncached.url, BOARD));
    const statements = await queueingStatements(async () => {
      for (let poll = 0; poll < 10; poll++) await ask(uncached.url, BOARD);
    });
    expect(statements).toBe(10 * oneQuery);
  });

  it('answers a request asking afresh (Cache-Control: no-cache) from the subgraphs, and stores nothing of it', async () => {
    const oneQuery = await queueingStatements(() => ask(gateway.url, BOARD));
    // Stored now: a plain poll costs nothing, and so does one whose directive allows a stored
    // answer; one asking afresh costs its query every time.
    expect(await queueingStatements(() => ask(gateway.url, BOARD))).toBe(0);
    expect(await queueingStatements(() => ask(gateway.url, BOARD, {}, { 'cache-control': 'max-stale=5' }))).toBe(0);
    for (const cacheControl of ['no-cache', 'max-age=0, no-cache', 'No-Cache']) {
      let fresh: Answer | undefined;
      expect(await queueingStatements(async () => (fresh = await ask(gateway.url, BOARD, {}, { 'cache-control': cacheControl })))).toBe(oneQuery);
      expect(fresh?.headers.get('age')).toBeNull();
    }
  });

  it('shows a called ticket on the board within two seconds', async () => {
    // A seeded counter whose service takes tickets now; an anonymous online ticket for it.
    const { services } = await data(gateway.url, OPEN_QUEUES);
    const open = new Set((services.items as { id: string; queue: { open: boolean } | null }[]).filter((item) => item.queue?.open).map((item) => item.id));
    const { counters } = await data(gateway.url, COUNTERS_WITH_SERVICES);
    const counter = (counters as { id: string; services: { id: string }[] }[]).find((candidate) => candidate.services.some((service) => open.has(service.id)))!;
    expect(counter).toBeDefined();
    const serviceId = counter.services.find((service) => open.has(service.id))!.id;
    await data(gateway.url, ISSUE_TICKET, { input: { serviceId, channel: 'ONLINE' } });

    // The board is stored as it is before the call.
    const before = await data(gateway.url, BOARD);
    // A closed counter calls nobody: the editor opens it first.
    await data(gateway.url, 'mutation($counterId: ID!) { signInToCounter(counterId: $counterId) { id } }', { counterId: counter.id }, editor);
    const { callNextTicket } = await data(gateway.url, CALL_NEXT, { counterId: counter.id }, editor);
    expect(callNextTicket).not.toBeNull();
    const called = performance.now();
    expect(before.queueBoard.map((ticket: { id: string }) => ticket.id)).not.toContain(callNextTicket.id);

    let shownAfterMs: number | null = null;
    while (performance.now() - called < 3_000) {
      const { queueBoard } = await data(gateway.url, BOARD);
      if (queueBoard.some((ticket: { id: string }) => ticket.id === callNextTicket.id)) {
        shownAfterMs = performance.now() - called;
        break;
      }
      await sleep(50);
    }
    expect(shownAfterMs).not.toBeNull();
    expect(shownAfterMs!).toBeLessThan(2_000);
  });

  it('never answers a request with an Authorization header from the cache: staff, kiosk, even an empty header', async () => {
    const anonymous = await ask(gateway.url, BOARD);
    expect(anonymous.body.errors).toBeUndefined();

    for (const headers of [editor, kiosk, { authorization: '' }]) {
      // Each asks the subgraph (a stored answer runs no statement), and twice in a row too.
      for (let time = 0; time < 2; time++) {
        const statements = await queueingStatements(async () => {
          const answer = await ask(gateway.url, BOARD, {}, headers);
          expect(answer.body.errors).toBeUndefined();
          expect(answer.headers.get('age')).toBeNull();
        });
        expect(statements).toBeGreaterThan(0);
      }
    }
    // The anonymous answer is still there for anonymous callers.
    expect(await queueingStatements(() => ask(gateway.url, BOARD))).toBe(0);
  });

  it("never gives an anonymous caller an editor's answer with staff-only data", async () => {
    const forEditor = await ask(gateway.url, COUNTERS_WITH_OFFICER, {}, editor);
    expect(forEditor.body.errors).toBeUndefined();
    expect(forEditor.headers.get('cache-control')).not.toMatch(/public/);

    const statements = await queueingStatements(async () => {
      const anonymous = await ask(gateway.url, COUNTERS_WITH_OFFICER);
      // Refused on the staff-only field, as it is for every anonymous caller.
      expect(anonymous.body.errors?.map((error) => error.extensions?.code)).toContain('UNAUTHENTICATED');
      expect(anonymous.body.data?.counters.every((counter: { officer: unknown }) => counter.officer === null)).toBe(true);
    });
    expect(statements).toBeGreaterThan(0);
  });

  it("never stores a signed-in caller's answer, even one a subgraph wrongly marks public", async () => {
    // A stand-in for the queueing subgraph that marks every answer public for a minute and
    // tells staff from anonymous callers by the internal token, as the real one does.
    const calls: Viewer['kind'][] = [];
    const standIn = createServer((req, res) => {
      req.resume().on('end', () => {
        verifyInternalToken(String(req.headers[INTERNAL_TOKEN_HEADER]), requiredKey(platform.config, 'internalTokenVerification'), 'queueing').then(
          ({ viewer }) => {
            calls.push(viewer.kind);
            const number = viewer.kind === 'staff' ? 'STAFF-ONLY' : 'A-001';
            res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'max-age=60, public' });
            res.end(JSON.stringify({ data: { queueBoard: [{ id: 'ticket-1', number }] } }));
          },
          () => res.writeHead(401).end(),
        );
      });
    });
    standIns.push(standIn);
    await new Promise<void>((resolve) => standIn.listen(0, '127.0.0.1', resolve));
    const other = await startOtherGateway(1024 * 1024, { queueing: `http://127.0.0.1:${(standIn.address() as AddressInfo).port}/graphql` });
    const board = '{ queueBoard { id number } }';

    expect((await data(other.url, board, {}, editor)).queueBoard).toEqual([{ id: 'ticket-1', number: 'STAFF-ONLY' }]);
    expect((await data(other.url, board)).queueBoard).toEqual([{ id: 'ticket-1', number: 'A-001' }]);
    expect(calls).toEqual(['staff', 'anonymous']);
    // The anonymous answer is stored (public, a minute), and given to anonymous callers only.
    expect((await data(other.url, board)).queueBoard).toEqual([{ id: 'ticket-1', number: 'A-001' }]);
    expect((await data(other.url, board, {}, editor)).queueBoard).toEqual([{ id: 'ticket-1', number: 'STAFF-ONLY' }]);
    expect(calls).toEqual(['staff', 'anonymous', 'staff']);
  });

  it('never stores an answer with errors: a staff-only field asked anonymously', async () => {
    const answers: Answer[] = [];
    const statements = await queueingStatements(async () => {
      for (let time = 0; time < 2; time++) answers.push(await ask(gateway.url, COUNTERS_WITH_OFFICER));
    });
    const oneQuery = await queueingStatements(() => ask(gateway.url, COUNTERS_WITH_OFFICER));
    for (const answer of answers) expect(answer.body.errors?.map((error) => error.extensions?.code)).toContain('UNAUTHENTICATED');
    expect(oneQuery).toBeGreaterThan(0);
    expect(statements).toBe(2 * oneQuery);
  });

  it('never stores a partial answer, even when the part it has is public (a subgraph down)', async () => {
    // The agencies subgraph cannot be reached: it sends no Cache-Control at all, so the policy
    // is the queueing subgraph's alone (public, a second) while the answer has an error.
    const agenciesDown = await startOtherGateway(1024 * 1024, { agencies: `http://127.0.0.1:${await freePort()}/graphql` });
    const partial = '{ queueBoard { id number } agency(slug: "bri") { id } }';
    const answers: Answer[] = [];
    const statements = await queueingStatements(async () => {
      for (let time = 0; time < 2; time++) answers.push(await ask(agenciesDown.url, partial));
    });
    const oneQuery = await queueingStatements(() => ask(agenciesDown.url, '{ queueBoard { id number } }'));
    for (const answer of answers) {
      expect(answer.body.data?.queueBoard).toEqual(expect.any(Array));
      expect(answer.body.data?.agency).toBeNull();
      expect(answer.body.errors?.length).toBeGreaterThan(0);
    }
    expect(oneQuery).toBeGreaterThan(0);
    expect(statements).toBe(2 * oneQuery);
  });

  it('stores a public page that two subgraphs answer: a service with its queue (catalog and queueing)', async () => {
    const { services } = await data(gateway.url, OPEN_QUEUES);
    const query = 'query($id: ID) { service(id: $id) { id name queue { open waiting } } }';
    const variables = { id: services.items[0].id };
    /** The answer, and the SQL statements the catalog and queueing subgraphs ran for it. */
    const asked = async () => {
      for (const name of ['catalog', 'queueing']) subgraphs[name].database.queryLog.reset();
      const answer = await ask(gateway.url, query, variables);
      return { answer, catalog: subgraphs.catalog.database.queryLog.count, queueing: subgraphs.queueing.database.queryLog.count };
    };
    const first = await asked();
    const again = await asked();
    expect(first.answer.body.errors).toBeUndefined();
    expect(first.answer.headers.get('cache-control')).toBe('max-age=1, public');
    expect([first.catalog, first.queueing].every((count) => count > 0)).toBe(true);
    expect([again.catalog, again.queueing]).toEqual([0, 0]);
    expect(again.answer.body).toEqual(first.answer.body);
  });

  it("stores nothing with a field that must be fresh: a citizen's own ticket", async () => {
    const { services } = await data(gateway.url, OPEN_QUEUES);
    const serviceId = (services.items as { id: string; queue: { open: boolean } | null }[]).find((item) => item.queue?.open)!.id;
    const { issueTicket } = await data(gateway.url, ISSUE_TICKET, { input: { serviceId, channel: 'ONLINE' } });
    const query = 'query($id: ID!) { ticket(id: $id) { number status service { name } } }';
    const variables = { id: issueTicket.ticket.id };
    const answers: Answer[] = [];
    const statements = await queueingStatements(async () => {
      for (let time = 0; time < 2; time++) answers.push(await ask(gateway.url, query, variables));
    });
    const oneQuery = await queueingStatements(() => ask(gateway.url, query, variables));
    for (const answer of answers) {
      expect(answer.body.errors).toBeUndefined();
      expect(answer.body.data.ticket).toMatchObject({ number: issueTicket.ticket.number, status: 'WAITING' });
      expect(answer.headers.get('cache-control')).toBe('no-store');
    }
    expect(oneQuery).toBeGreaterThan(0);
    expect(statements).toBe(2 * oneQuery);
  });

  it("keys answers by operation text, variables and operation name, never by the caller's address", async () => {
    // Behind one trusted proxy, so that each request may come from an address of its own.
    const behindProxy = await startGateway({ ...platform.config, trustProxyHops: 1 }, { port: 0, subgraphUrls: subgraphUrls(), logDestination: { write: () => undefined } });
    otherGateways.push(behindProxy);
    const boards = 'query Board($limit: Int) { queueBoard(limit: $limit) { id number } } query Other { queueBoard(limit: 1) { id } }';
    const post = (query: string, variables: Record<string, unknown>, operationName: string, clientAddress: string) =>
      queueingStatements(async () => {
        const response = await fetch(behindProxy.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': clientAddress },
          body: JSON.stringify({ query, variables, operationName }),
        });
        expect(response.status).toBe(200);
        expect(((await response.json()) as Answer['body']).errors).toBeUndefined();
      });

    const oneQuery = await post(boards, { limit: 5 }, 'Board', '203.0.113.1');
    expect(oneQuery).toBeGreaterThan(0);
    // Each differs from the stored one in one of the three: each asks the subgraph.
    expect(await post(boards, { limit: 6 }, 'Board', '203.0.113.1')).toBe(oneQuery);
    expect(await post(`${boards} `, { limit: 5 }, 'Board', '203.0.113.1')).toBeGreaterThan(0);
    expect(await post(boards, { limit: 5 }, 'Other', '203.0.113.1')).toBeGreaterThan(0);
    // The same operation from another address is the same public answer.
    expect(await post(boards, { limit: 5 }, 'Board', '198.51.100.7')).toBe(0);
  });

  it('still logs each answer from the cache, under its own request id', async () => {
    await ask(gateway.url, BOARD);
    const cached = await ask(gateway.url, BOARD);
    expect(cached.headers.get('age')).not.toBeNull();
    const requestId = cached.headers.get('x-request-id');
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    const lines = gatewayLines.filter((line) => line.requestId === requestId);
    // One line, as the request-log plugin writes it (an anonymous caller: no user, no role), marked cached.
    expect(lines).toEqual([expect.objectContaining({ level: 'info', msg: 'request', requestId, operation: null, status: 200, cached: true, ms: expect.any(Number) })]);
    expect(lines[0]).not.toHaveProperty('user');
    expect(lines[0]).not.toHaveProperty('errors');
    // A named operation is logged under its name, as Apollo would have named it.
    const named = 'query FloorBoard { queueBoard(floor: 1) { id } }';
    await ask(gateway.url, named);
    const cachedNamed = await ask(gateway.url, named);
    expect(gatewayLines).toContainEqual(expect.objectContaining({ requestId: cachedNamed.headers.get('x-request-id'), operation: 'FloorBoard', cached: true }));
    // With the same security headers as any other answer.
    expect(cachedNamed.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('merges concurrent misses: twenty identical anonymous requests after expiry cost one board query', async () => {
    const oneQuery = await queueingStatements(() => ask(gateway.url, BOARD));
    // The stored answer lives a second.
    await sleep(1_100);
    const answers: Answer[] = [];
    const statements = await queueingStatements(async () => {
      answers.push(...(await Promise.all(Array.from({ length: 20 }, () => ask(gateway.url, BOARD)))));
    });
    expect(oneQuery).toBeGreaterThan(0);
    expect(statements).toBe(oneQuery);
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.body).toEqual(answers[0].body);
      expect(answer.headers.get('cache-control')).toBe('max-age=1, public');
    }
    // Each still has its own request id, and its own line in the log.
    const requestIds = new Set(answers.map((answer) => answer.headers.get('x-request-id')));
    expect(requestIds.size).toBe(20);
    for (const requestId of requestIds) expect(gatewayLines.filter((line) => line.requestId === requestId && line.msg === 'request')).toHaveLength(1);
  });

  it("never hands a waiting request its leader's answer that may not be shared: each then asks for itself", async () => {
    // A stand-in for the queueing subgraph, slow enough for requests to arrive while one is
    // asked, numbering each answer; what it marks the answers with is the test's to choose.
    let answerWith: { cacheControl?: string; errors?: boolean; noBoard?: boolean } = {};
    let calls = 0;
    const standIn = createServer((req, res) => {
      req.resume().on('end', () => {
        const number = `A-${String(++calls).padStart(3, '0')}`;
        setTimeout(() => {
          res.writeHead(200, { 'content-type': 'application/json', ...(answerWith.cacheControl ? { 'cache-control': answerWith.cacheControl } : {}) });
          res.end(JSON.stringify({ data: { queueBoard: answerWith.noBoard ? null : [{ id: 'ticket-1', number }] }, ...(answerWith.errors ? { errors: [{ message: 'Partly failed.', path: ['queueBoard', 0, 'number'] }] } : {}) }));
        }, 300);
      });
    });
    standIns.push(standIn);
    await new Promise<void>((resolve) => standIn.listen(0, '127.0.0.1', resolve));
    const other = await startOtherGateway(1024 * 1024, { queueing: `http://127.0.0.1:${(standIn.address() as AddressInfo).port}/graphql` });
    const concurrently = (board: string) => Promise.all(Array.from({ length: 5 }, () => ask(other.url, board)));

    // Public for a minute: one call for all five, the same answer.
    answerWith = { cacheControl: 'max-age=60, public' };
    const shared = await concurrently('query Shared { queueBoard { id number } }');
    expect(calls).toBe(1);
    expect(new Set(shared.map((answer) => answer.body.data?.queueBoard[0].number))).toEqual(new Set(['A-001']));

    // Not public, public with an error, or no hint at all: five calls, each request its own answer.
    for (const [index, marks] of [{ cacheControl: 'max-age=60, private' }, { cacheControl: 'max-age=60, public', errors: true }, {}].entries()) {
      answerWith = marks;
      calls = 0;
      const answers = await concurrently(`query Own${index} { queueBoard { id number } }`);
      expect([index, calls]).toEqual([index, 5]);
      const numbers = answers.map((answer) => answer.body.data?.queueBoard[0].number);
      expect([index, new Set(numbers).size]).toEqual([index, 5]);
      for (const answer of answers) expect(answer.headers.get('age')).toBeNull();
    }

    // A public answer without `errors` whose data is null (Apollo reports a null for a non-null
    // field in its extensions): no data to share, so each asks for itself too.
    answerWith = { cacheControl: 'max-age=60, public', noBoard: true };
    calls = 0;
    const empty = await concurrently('query NoBoard { queueBoard { id number } }');
    expect(calls).toBe(5);
    for (const answer of empty) expect([answer.status, answer.body.data, answer.body.errors, answer.headers.get('cache-control')]).toEqual([200, null, undefined, 'max-age=60, public']);
  });

  it('refuses from a warm cache what Apollo refuses, as it refuses it without one', async () => {
    const uncached = await startOtherGateway(0);
    const body = JSON.stringify({ query: BOARD, variables: {} });
    const warm = await ask(gateway.url, BOARD);
    expect(warm.body.errors).toBeUndefined();
    expect((await ask(gateway.url, BOARD)).headers.get('age')).not.toBeNull();

    const refusals: { name: string; init: RequestInit; status: number }[] = [
      // No preflight-forcing content type and no preflight header: CSRF prevention refuses it.
      { name: 'csrf', init: { method: 'POST', headers: { 'content-type': 'text/plain' }, body }, status: 400 },
      // An answer in no type the client accepts.
      { name: 'accept', init: { method: 'POST', headers: { 'content-type': 'application/json', accept: 'text/html' }, body }, status: 406 },
      { name: 'invalid JSON', init: { method: 'POST', headers: { 'content-type': 'application/json' }, body: body.slice(0, -1) }, status: 400 },
      { name: 'too large', init: { method: 'POST', headers: { 'content-type': 'application/json' }, body: body.replace('{', `{${' '.repeat(platform.config.maxBodyBytes)}`) }, status: 413 },
    ];
    for (const { name, init, status } of refusals) {
      const fromWarm = await fetch(gateway.url, init);
      const fromUncached = await fetch(uncached.url, init);
      const [warmBody, uncachedBody] = [(await fromWarm.json()) as Answer['body'], (await fromUncached.json()) as Answer['body']];
      expect([name, fromWarm.status, fromWarm.headers.get('age')]).toEqual([name, status, null]);
      expect([name, fromUncached.status]).toEqual([name, status]);
      expect([name, warmBody.data, warmBody.errors?.map((error) => error.message)]).toEqual([name, uncachedBody.data, uncachedBody.errors?.map((error) => error.message)]);
    }

    // Another accepted type is another answer (its content type), not the stored one.
    const asGraphqlResponse = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' }, body });
    expect(asGraphqlResponse.status).toBe(200);
    expect(asGraphqlResponse.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
    expect(asGraphqlResponse.headers.get('age')).toBeNull();
  });

  it('answers only POST from the cache: a GET of a stored query goes to Apollo, refused or answered afresh', async () => {
    await ask(gateway.url, BOARD);
    expect(await queueingStatements(() => ask(gateway.url, BOARD))).toBe(0);
    const search = `?query=${encodeURIComponent(BOARD)}`;
    // Without a preflight header Apollo refuses a GET (CSRF prevention), stored answer or not.
    const refused = await fetch(`${gateway.url}${search}`, { headers: { accept: 'application/json' } });
    expect(refused.status).toBe(400);
    const statements = await queueingStatements(async () => {
      const answered = await fetch(`${gateway.url}${search}`, { headers: { accept: 'application/json', 'apollo-require-preflight': 'true' } });
      expect(answered.status).toBe(200);
      expect(answered.headers.get('age')).toBeNull();
      expect(((await answered.json()) as Answer['body']).errors).toBeUndefined();
    });
    expect(statements).toBeGreaterThan(0);
  });

  it('keeps within its size: a tiny cache forgets the least recently used answers', async () => {
    // Room for about two board answers (each a few hundred bytes with its key).
    const tiny = await startOtherGateway(1_200);
    // Each attempt must run within the answers' second, so that it is the size, not the time,
    // that makes the first answer go; a machine too slow for that tries again with new answers.
    for (let attempt = 1; ; attempt++) {
      const boardOf = (floor: number) => `{ attempt${attempt}: queueBoard(floor: ${floor}) { id number } }`;
      const started = performance.now();
      const firstTime = await queueingStatements(() => ask(tiny.url, boardOf(1)));
      expect(firstTime).toBeGreaterThan(0);
      const again = await queueingStatements(() => ask(tiny.url, boardOf(1)));
      // Many distinct answers later, the first is gone; the latest is still there.
      await queueingStatements(async () => {
        for (let floor = 2; floor <= 20; floor++) await ask(tiny.url, boardOf(floor));
      });
      const latest = await queueingStatements(() => ask(tiny.url, boardOf(20)));
      const forgotten = await queueingStatements(() => ask(tiny.url, boardOf(1)));
      if (performance.now() - started >= 1_000 && attempt < 5) continue;
      expect(performance.now() - started).toBeLessThan(1_000);
      expect([again, latest, forgotten]).toEqual([0, 0, firstTime]);
      break;
    }
  });
});

describe('the cache in front of a stand-in for Apollo', () => {
  // What Apollo's cache-control never sends today (a public policy with errors, a public error
  // status) but the cache must still refuse to share, should Apollo or its plugins ever do so.
  let server: Server;
  let url: string;
  let calls = 0;
  let answerWith: { status: number; cacheControl: string; body: string } = { status: 200, cacheControl: 'max-age=60, public', body: '{"data":{}}' };
  let delayMs = 0;
  const post = (query: string, signal?: AbortSignal) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }), signal });

  afterEach(() => (delayMs = 0));

  beforeAll(async () => {
    const cache = new AnonymousResponseCache(new ResponseCacheStore(1024 * 1024), { logger: createLogger('gateway', 'error'), maxWaitMs: 1_000 });
    const app = express();
    app.use(express.json({ verify: cache.keepBody }), cache.handler, (_req, res) => {
      const call = ++calls;
      // Apollo answers even when the client has gone: so does the stand-in, after its delay.
      setTimeout(() => {
        res.status(answerWith.status).setHeader('cache-control', answerWith.cacheControl).setHeader('content-type', 'application/json; charset=utf-8');
        res.send(answerWith.body.replace('CALL', String(call)));
      }, delayMs);
    });
    server = createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });

  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it.each([
    ['errors beside data, marked public', 200, 'max-age=60, public', '{"errors":[{"message":"Partly failed."}],"data":{"n":CALL}}'],
    ['errors alone, marked public', 200, 'max-age=60, public', '{"errors":[{"message":"Failed."}]}'],
    ['an error status, marked public', 400, 'max-age=60, public', '{"data":{"n":CALL}}'],
    ['a private answer', 200, 'max-age=60, private', '{"data":{"n":CALL}}'],
  ])('never stores %s', async (name, status, cacheControl, body) => {
    answerWith = { status, cacheControl, body };
    calls = 0;
    for (let time = 0; time < 2; time++) {
      // Each case its own key: the operation text, named after the case.
      const response = await post(`query ${name.replace(/[^a-z]/gi, '')} { n }`);
      expect([response.status, response.headers.get('age')]).toEqual([status, null]);
    }
    expect(calls).toBe(2);
  });

  it('never stores nor merges a mutation, even one marked public', async () => {
    answerWith = { status: 200, cacheControl: 'max-age=60, public', body: '{"data":{"n":CALL}}' };
    calls = 0;
    const answers = [await post('mutation { n }'), await post('mutation { n }')];
    expect(await Promise.all(answers.map((response) => response.text()))).toEqual(['{"data":{"n":1}}', '{"data":{"n":2}}']);
    expect(answers.map((response) => response.headers.get('age'))).toEqual([null, null]);
  });

  it("keeps merging when the leader's client leaves: Apollo still answers, the waiters get it and it is stored", async () => {
    answerWith = { status: 200, cacheControl: 'max-age=60, public', body: '{"data":{"n":CALL}}' };
    delayMs = 300;
    calls = 0;
    const leaving = new AbortController();
    const leader = post('{ leaves: n }', leaving.signal).catch(() => 'left');
    await new Promise((resolve) => setTimeout(resolve, 50));
    const waiters = [post('{ leaves: n }'), post('{ leaves: n }'), post('{ leaves: n }')];
    await new Promise((resolve) => setTimeout(resolve, 50));
    leaving.abort();
    expect(await leader).toBe('left');
    const bodies = await Promise.all(waiters.map(async (response) => (await response).text()));
    expect(bodies).toEqual(Array(3).fill('{"data":{"n":1}}'));
    expect(await (await post('{ leaves: n }')).text()).toBe('{"data":{"n":1}}');
    expect(calls).toBe(1);
  });

  it('stores a public answer with data and no errors', async () => {
    answerWith = { status: 200, cacheControl: 'max-age=60, public', body: '{"data":{"n":CALL}}' };
    calls = 0;
    const bodies: string[] = [];
    for (let time = 0; time < 2; time++) {
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ n }"}' });
      bodies.push(await response.text());
    }
    expect(calls).toBe(1);
    expect(bodies).toEqual(['{"data":{"n":1}}', '{"data":{"n":1}}']);
  });
});

describe('the response cache store', () => {
  /** An answer of `body` as the cache stores it. */
  const answer = (body: string): StoredResponse => ({
    contentType: 'application/json; charset=utf-8',
    cacheControl: 'max-age=60, public',
    etag: undefined,
    body: Buffer.from(body),
    operation: null,
    answeredAt: performance.now(),
  });
  /** What one entry of a key and body costs: its bytes, the two headers above and the overhead. */
  const entryBytes = (key: string, body: string) => Buffer.byteLength(key) + Buffer.byteLength(body) + 31 + 18 + 100;
  const bodyOf = (stored: StoredResponse | undefined) => stored?.body.toString();

  it('never holds more bytes than its size, however many answers it is given', () => {
    const store = new ResponseCacheStore(2_000);
    for (let index = 0; index < 1_000; index++) {
      store.set(`key-${index}`, answer('x'.repeat(index % 300)), 60);
      expect(store.bytes).toBeLessThanOrEqual(2_000);
    }
    expect(store.size).toBeGreaterThan(0);
    expect(store.size).toBeLessThan(20);
    // Counted in UTF-8 bytes: Indonesian text is mostly ASCII, but not every answer is.
    const wide = new ResponseCacheStore(1_000);
    wide.set('k', answer('é'.repeat(450)), 60);
    expect(wide.get('k')).toBeUndefined();
  });

  it('forgets the least recently used first, a read counting as a use', () => {
    const store = new ResponseCacheStore(3 * entryBytes('a', 'a'.repeat(100)));
    for (const key of ['a', 'b', 'c']) store.set(key, answer(key.repeat(100)), 60);
    expect(store.bytes).toBe(store.maxBytes);
    expect(bodyOf(store.get('a'))).toBe('a'.repeat(100));
    store.set('d', answer('d'.repeat(100)), 60);
    expect(store.get('b')).toBeUndefined();
    expect(bodyOf(store.get('a'))).toBe('a'.repeat(100));
    expect(bodyOf(store.get('c'))).toBe('c'.repeat(100));
    expect(bodyOf(store.get('d'))).toBe('d'.repeat(100));
  });

  it('gives nothing back after its time to live, and stores nothing without one or larger than itself', async () => {
    const store = new ResponseCacheStore(10_000);
    store.set('short', answer('answer'), 0.05);
    expect(bodyOf(store.get('short'))).toBe('answer');
    await sleep(80);
    expect(store.get('short')).toBeUndefined();
    store.set('zero', answer('answer'), 0);
    store.set('huge', answer('x'.repeat(10_000)), 60);
    expect([store.get('zero'), store.get('huge')]).toEqual([undefined, undefined]);
    expect(store.bytes).toBe(0);
  });

  it('counts an answer stored again under its key once', () => {
    const store = new ResponseCacheStore(10_000);
    store.set('k', answer('first'), 60);
    const once = store.bytes;
    store.set('k', answer('again'), 60);
    expect(store.bytes).toBe(once);
    expect(bodyOf(store.get('k'))).toBe('again');
    // Stored again without a time to live: gone, and nothing held.
    store.set('k', answer('again'), 0);
    expect([store.get('k'), store.bytes]).toEqual([undefined, 0]);
  });
});

describe('which cache-control lets an answer be shared', () => {
  it.each([
    ['max-age=1, public', 1],
    ['public, max-age=60', 60],
    ['max-age=0, public', 0],
    ['max-age=60, private', 0],
    ['max-age=60', 0],
    ['no-store', 0],
    ['public', 0],
    ['public, no-cache, max-age=5', 0],
  ])('%s: %d s', (header, seconds) => {
    expect(publicMaxAge(header)).toBe(seconds);
  });
});
