import { STATUS_CODES, type IncomingHttpHeaders } from 'node:http';
import type { Fetcher, FetcherHeaders, FetcherResponse } from '@apollo/utils.fetcher';
import { Agent, request, type Dispatcher } from 'undici';

/**
 * The gateway's connections to its subgraphs, shared by every call to them (query plans'
 * fetches and the live identity lookups alike): kept alive between calls, so a call on a busy
 * gateway finds an open connection instead of paying a TCP handshake, and at most
 * `connectionsPerSubgraph` to each subgraph (each origin), so a burst of clients queues at the
 * gateway instead of opening a socket — and a database connection behind it — per request.
 */
export function subgraphConnections(connectionsPerSubgraph: number): Agent {
  return new Agent({ connections: connectionsPerSubgraph });
}

/**
 * A fetch for Apollo's data sources that sends each call through `connections` with undici's
 * `request`, not the global fetch: fetch's WHATWG machinery (Request, Response, web streams,
 * resource timing) costs several hundred microseconds of CPU a call, `request` a fraction of
 * that. The whole exchange, body included, is given up after `timeoutMs`. Redirects are not
 * followed: a subgraph never redirects, and the internal token goes nowhere else.
 */
export function subgraphFetcher(connections: Dispatcher, timeoutMs: number): Fetcher {
  return async (url, init = {}) => {
    const response = await request(url, {
      dispatcher: connections,
      method: (init.method ?? 'GET') as Dispatcher.HttpMethod,
      headers: init.headers,
      body: init.body,
      signal: AbortSignal.timeout(timeoutMs),
    });
    return new SubgraphResponse(url, response);
  };
}

/** An undici answer as the fetch response Apollo's data source reads (status, headers, body once). */
class SubgraphResponse implements FetcherResponse {
  readonly status: number;
  readonly ok: boolean;
  readonly statusText: string;
  readonly headers: FetcherHeaders;
  readonly redirected = false;
  private readonly body: Dispatcher.ResponseData['body'];

  constructor(
    readonly url: string,
    { statusCode, headers, body }: Dispatcher.ResponseData,
  ) {
    this.status = statusCode;
    this.ok = statusCode >= 200 && statusCode < 300;
    this.statusText = STATUS_CODES[statusCode] ?? '';
    this.headers = new ReceivedHeaders(headers);
    this.body = body;
  }

  get bodyUsed(): boolean {
    return this.body.bodyUsed;
  }

  text(): Promise<string> {
    return this.body.text();
  }

  json(): Promise<unknown> {
    return this.body.json();
  }

  arrayBuffer(): Promise<ArrayBuffer> {
    return this.body.arrayBuffer();
  }

  clone(): FetcherResponse {
    throw new Error('a subgraph answer is read once');
  }
}

/** A response's headers, read by lower-case name as Node received them. */
class ReceivedHeaders implements FetcherHeaders {
  constructor(private readonly received: IncomingHttpHeaders) {}

  get(name: string): string | null {
    const value = this.received[name.toLowerCase()];
    if (value === undefined) return null;
    return Array.isArray(value) ? value.join(', ') : value;
  }

  has(name: string): boolean {
    return this.received[name.toLowerCase()] !== undefined;
  }

  set(name: string, value: string): void {
    this.received[name.toLowerCase()] = value;
  }

  append(name: string, value: string): void {
    const existing = this.get(name);
    this.set(name, existing === null ? value : `${existing}, ${value}`);
  }

  delete(name: string): void {
    delete this.received[name.toLowerCase()];
  }

  *entries(): IterableIterator<[string, string]> {
    for (const name of Object.keys(this.received)) {
      const value = this.get(name);
      if (value !== null) yield [name, value];
    }
  }

  *keys(): IterableIterator<string> {
    for (const [name] of this.entries()) yield name;
  }

  *values(): IterableIterator<string> {
    for (const [, value] of this.entries()) yield value;
  }

  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.entries();
  }
}
