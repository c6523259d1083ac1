import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { testPlatformConfig, type TestPlatform } from '@mpp/kit/testing';
import { startGateway, type RunningGateway } from './gateway';
import { subgraphConnections, subgraphFetcher } from './subgraph-calls';

/**
 * A stand-in subgraph on a real HTTP server that counts the connections opened to it and the
 * calls it is answering at once; each call is answered after `delayMs`.
 */
class StandInSubgraph {
  connections = 0;
  inFlight = 0;
  mostInFlight = 0;
  calls = 0;
  private readonly server: Server;

  constructor(
    private readonly delayMs: number,
    private readonly answer: (request: IncomingMessage, response: ServerResponse) => void,
  ) {
    this.server = createServer((request, response) => {
      this.calls += 1;
      this.inFlight += 1;
      this.mostInFlight = Math.max(this.mostInFlight, this.inFlight);
      request.resume();
      request.on('end', () =>
        setTimeout(() => {
          this.inFlight -= 1;
          this.answer(request, response);
        }, this.delayMs),
      );
    });
    this.server.on('connection', () => (this.connections += 1));
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/graphql`;
  }

  reset(): void {
    this.connections = 0;
    this.mostInFlight = 0;
    this.calls = 0;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }
}

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
  const standIn = async (delayMs: number, answer: (request: IncomingMessage, response: ServerResponse) => void) => {
    const subgraph = new StandInSubgraph(delayMs, answer);
    standIns.push(subgraph);
    return { subgraph, url: await subgraph.start() };
  };

  it('reuses one connection for calls one after another', async () => {
    const { subgraph, url } = await standIn(0, (_request, response) => response.end('{}'));
    // One connection allowed: without keep-alive each call would open one of its own.
    const connections = subgraphConnections(1);
    const fetcher = subgraphFetcher(connections, 5_000);
    for (let i = 0; i < 10; i += 1) expect(await (await fetcher(url, { method: 'POST', body: '{}' })).json()).toEqual({});
    expect(subgraph.connections).toBe(1);
    await connections.close();
  });

  it('gives the status and headers (any case) Apollo reads, and the body once', async () => {
    const { url } = await standIn(0, (_request, response) => {
      response.statusCode = 503;
      response.setHeader('Cache-Control', 'max-age=1, public');
      response.setHeader('content-type', 'application/json');
      response.end('{"errors":[]}');
    });
    const connections = subgraphConnections(1);
    const response = await subgraphFetcher(connections, 5_000)(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect({ status: response.status, ok: response.ok, statusText: response.statusText }).toEqual({ status: 503, ok: false, statusText: 'Service Unavailable' });
    expect(response.headers.get('cache-control')).toBe('max-age=1, public');
    expect(response.headers.get('Content-Type')).toBe('application/json');
    expect(response.headers.get('x-absent')).toBeNull();
    expect(await response.text()).toBe('{"errors":[]}');
    expect(response.bodyUsed).toBe(true);
    await connections.close();
  });

  it('is given up after the timeout, the connection freed for the next call', async () => {
    let answered = 0;
    const { url } = await standIn(0, (request, response) => {
      // The first call is never answered; the next ones at once.
      if (answered++ > 0) response.end('{}');
      else request.socket.on('close', () => response.destroy());
    });
    const connections = subgraphConnections(1);
    const fetcher = subgraphFetcher(connections, 200);
    const started = performance.now();
    await expect(fetcher(url, { method: 'POST', body: '{}' })).rejects.toThrow(/timeout|abort/i);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(await (await fetcher(url, { method: 'POST', body: '{}' })).json()).toEqual({});
    await connections.close();
  });
});
