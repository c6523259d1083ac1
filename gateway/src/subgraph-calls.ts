import { Agent, request } from 'undici';

/** A subgraph's answer, read whole. */
export interface SubgraphAnswer {
  status: number;
  /** Names in lower case; a header sent more than once has its values joined with ", ", as fetch's Headers joins them. */
  headers: Record<string, string>;
  body: string;
}

/**
 * The gateway's calls to its subgraphs, shared by every one of them (query plans' fetches and
 * the live identity lookups alike), over connections kept alive between calls, so a call on a
 * busy gateway finds an open connection instead of paying a TCP handshake, and at most
 * `connectionsPerSubgraph` to each subgraph (each origin), so a burst of clients queues at the
 * gateway instead of opening a socket — and a database connection behind it — per request.
 *
 * Each call is undici's `request`, not the global fetch: fetch's WHATWG machinery (Request,
 * Response, web streams, resource timing) costs several hundred microseconds of CPU a call,
 * `request` a fraction of that. The whole call, body included, is given up after `timeoutMs`,
 * counted from when it is made: time spent waiting for one of the subgraph's connections counts
 * too, so a burst beyond the pool fails fast rather than piling up. Redirects are not followed:
 * a subgraph never redirects, and the internal token goes nowhere else.
 */
export class SubgraphCalls {
  private readonly connections: Agent;

  constructor(
    connectionsPerSubgraph: number,
    private readonly timeoutMs: number,
  ) {
    this.connections = new Agent({ connections: connectionsPerSubgraph });
  }

  /** POSTs `body` to `url` and reads the answer whatever its status (an unread answer would keep its connection from the next call). */
  async post(url: string, headers: Record<string, string>, body: string): Promise<SubgraphAnswer> {
    const response = await request(url, { dispatcher: this.connections, method: 'POST', headers, body, signal: AbortSignal.timeout(this.timeoutMs) });
    const text = await response.body.text();
    const received: Record<string, string> = {};
    for (const [name, value] of Object.entries(response.headers)) {
      if (value !== undefined) received[name] = Array.isArray(value) ? value.join(', ') : value;
    }
    return { status: response.statusCode, headers: received, body: text };
  }

  /** Closes every connection; calling it again does nothing. */
  async close(): Promise<void> {
    // A closed pool refuses to close again.
    if (!this.connections.closed) await this.connections.close();
  }
}
