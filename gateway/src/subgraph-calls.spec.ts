import type { IncomingMessage, ServerResponse } from 'node:http';
import { testPlatformConfig, type TestPlatform } from '@mpp/kit/testing';
import { startGateway, type RunningGateway } from './gateway';
import { StandInSubgraph } from './spec-support';
import { SubgraphCalls } from './subgraph-calls';

const AGENCIES = { data: { agencies: [{ name: 'Disdukcapil' }] } };

describe("the gateway's connections to a subgraph", () => {
  let platform: TestPlatform;
  let agencies: StandInSubgraph;
  let gateway: RunningGateway;
  const CONNECTIONS = 4;

  const ask = async () => {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ agencies { name } }' }),
    });
    return response.json();
  };

  beforeAll(async () => {
    platform = testPlatformConfig(undefined, { MPP_LOG_LEVEL: 'silent' });
    agencies = new StandInSubgraph(30, (_request, response) => {
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify(AGENCIES));
    });
    const url = await agencies.start();
    gateway = await startGateway({ ...platform.config, subgraphConnections: CONNECTIONS }, { port: 0, subgraphUrls: { agencies: url } });
  });

  afterAll(async () => {
    await gateway?.stop();
    await agencies?.stop();
    await platform?.cleanup([]);
  });

  beforeEach(() => agencies.reset());

  // Each connection to a subgraph holds a database connection there: a burst of clients must queue at the gateway.
  it('opens at most MPP_SUBGRAPH_CONNECTIONS connections to a subgraph, however many requests wait', async () => {
    const answers = await Promise.all(Array.from({ length: 100 }, ask));
    expect(answers).toEqual(Array.from({ length: 100 }, () => AGENCIES));
    expect(agencies.calls).toBe(100);
    expect(agencies.mostInFlight).toBeLessThanOrEqual(CONNECTIONS);
    expect(agencies.connections).toBeLessThanOrEqual(CONNECTIONS);
  });

  it('keeps a connection alive: sequential requests reuse one', async () => {
    expect(await ask()).toEqual(AGENCIES);
    agencies.reset();
    // The request before left its connection open: these reuse it and open none.
    for (let i = 0; i < 10; i += 1) expect(await ask()).toEqual(AGENCIES);
    expect(agencies.calls).toBe(10);
    expect(agencies.connections).toBe(0);
  });
});

describe('a call to a subgraph', () => {
  const standIns: StandInSubgraph[] = [];
  afterAll(async () => {
    for (const standIn of standIns) await standIn.stop();
  });
  const standIn = async (delayMs: number, answer: (request: IncomingMessage, response: ServerResponse, body: string) => void) => {
    const subgraph = new StandInSubgraph(delayMs, answer);
    standIns.push(subgraph);
    return { subgraph, url: await subgraph.start() };
  };

  it('reuses one connection for calls one after another', async () => {
    const { subgraph, url } = await standIn(0, (_request, response) => response.end('{}'));
    // One connection allowed: without keep-alive each call would open one of its own.
    const calls = new SubgraphCalls(1, 5_000);
    for (let i = 0; i < 10; i += 1) expect((await calls.post(url, {}, '{}')).body).toBe('{}');
    expect(subgraph.connections).toBe(1);
    await calls.close();
  });

  it('sends the headers and body given, and gives the status, the headers in lower case and the body whatever the status', async () => {
    let received: { method?: string; headers?: IncomingMessage['headers']; body?: string } = {};
    const { url } = await standIn(0, (request, response, body) => {
      response.statusCode = 503;
      response.setHeader('Cache-Control', 'max-age=1, public');
      response.setHeader('content-type', 'application/json');
      response.end('{"errors":[]}');
      received = { method: request.method, headers: request.headers, body };
    });
    const calls = new SubgraphCalls(1, 5_000);
    const answer = await calls.post(url, { 'content-type': 'application/json', 'x-mpp-request-id': 'r-1' }, '{"query":"{ a }"}');
    expect({ status: answer.status, cacheControl: answer.headers['cache-control'], contentType: answer.headers['content-type'], body: answer.body }).toEqual({
      status: 503,
      cacheControl: 'max-age=1, public',
      contentType: 'application/json',
      body: '{"errors":[]}',
    });
    expect(received).toEqual(expect.objectContaining({ method: 'POST', body: '{"query":"{ a }"}' }));
    expect(received.headers).toEqual(expect.objectContaining({ 'content-type': 'application/json', 'x-mpp-request-id': 'r-1' }));
    // The connection is free again: the answer was read whole.
    expect((await calls.post(url, {}, '{}')).status).toBe(503);
    await calls.close();
  });

  /** How the first answer stalls: never begun, or stopped half way through its body. */
  const STALLS: [string, (response: ServerResponse) => void][] = [
    ['no answer at all', () => undefined],
    [
      'an answer stopped half way, its body included',
      (response) => {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.write('{"data": {');
      },
    ],
  ];

  it.each(STALLS)('is given up after the timeout on %s, the connection freed for the next call', async (_stall, stall) => {
    let answered = 0;
    const { url } = await standIn(0, (request, response) => {
      // The first call stalls; the next ones are answered at once.
      if (answered++ > 0) return response.end('{}');
      stall(response);
      request.socket.on('close', () => response.destroy());
    });
    const calls = new SubgraphCalls(1, 300);
    const started = performance.now();
    await expect(calls.post(url, {}, '{}')).rejects.toThrow(/timeout|abort/i);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect((await calls.post(url, {}, '{}')).body).toBe('{}');
    await calls.close();
  });

  it('closes its connections once, however often it is asked to', async () => {
    const calls = new SubgraphCalls(1, 200);
    await calls.close();
    await expect(calls.close()).resolves.toBeUndefined();
  });
});
