/**
 * How the benchmark loads an endpoint: sequential requests for latency (two endpoints taken in
 * turn, request by request, so that both see the same moments of a noisy machine) and
 * autocannon for throughput, with the CPU the processes behind the endpoint spent meanwhile.
 */
import { Agent, request } from 'node:http';
import autocannon from 'autocannon';
import { cpuSeconds } from './processes';

export interface Operation {
  query: string;
  variables?: Record<string, unknown>;
}

export interface Endpoint {
  label: string;
  url: string;
  headers?: Record<string, string>;
}

export interface Latency {
  label: string;
  medianMs: number;
  p99Ms: number;
}

/** One kept-alive connection per endpoint, as a frontend's server would hold. */
const agent = new Agent({ keepAlive: true, maxSockets: 1 });

/** Posts an operation; the parsed answer, failing on a non-200 status or any error in it. */
export async function post(endpoint: Endpoint, operation: Operation): Promise<unknown> {
  const body = JSON.stringify(operation);
  const text = await new Promise<string>((resolve, reject) => {
    const sent = request(
      endpoint.url,
      { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...endpoint.headers } },
      (response) => {
        let received = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (received += chunk));
        response.on('end', () => (response.statusCode === 200 ? resolve(received) : reject(new Error(`${endpoint.label}: HTTP ${response.statusCode} ${received}`))));
      },
    );
    sent.on('error', reject);
    sent.end(body);
  });
  const answer = JSON.parse(text) as { data?: unknown; errors?: unknown };
  if (answer.errors) throw new Error(`${endpoint.label}: ${JSON.stringify(answer.errors)}`);
  return answer.data;
}

/** `samples` sequential requests to each endpoint, alternating, after a warm-up of each. */
export async function interleavedLatency(endpoints: Endpoint[], operation: Operation, samples: number): Promise<Latency[]> {
  for (let i = 0; i < 50; i += 1) for (const endpoint of endpoints) await post(endpoint, operation); // JIT, connections, caches
  const timings = endpoints.map(() => [] as number[]);
  for (let i = 0; i < samples; i += 1) {
    // Who goes first alternates too: neither always follows the other's garbage collection.
    const order = i % 2 === 0 ? endpoints.map((_, index) => index) : endpoints.map((_, index) => endpoints.length - 1 - index);
    for (const index of order) {
      const start = process.hrtime.bigint();
      await post(endpoints[index], operation);
      timings[index].push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  }
  return endpoints.map((endpoint, index) => {
    const sorted = timings[index].sort((a, b) => a - b);
    return { label: endpoint.label, medianMs: percentile(sorted, 0.5), p99Ms: percentile(sorted, 0.99) };
  });
}

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

export interface Throughput {
  requestsPerSecond: number;
  /** autocannon's, which counts whole milliseconds. */
  medianMs: number;
  p99Ms: number;
  /** CPU seconds the endpoint's own process spent per 1,000 answers. */
  cpuSecondsPer1000: number;
  /** The same, with the subgraphs' processes added: what an answer costs the whole platform. */
  platformCpuSecondsPer1000: number;
}

/**
 * `connections` clients sending the operation back to back for `seconds`; fails on any non-200
 * answer or any answer with errors.
 */
export async function throughput(
  endpoint: Endpoint,
  operation: Operation,
  { seconds, connections, pid, subgraphPids }: { seconds: number; connections: number; pid: number; subgraphPids: number[] },
): Promise<Throughput> {
  const cpuOf = (pids: number[]) => pids.reduce((sum, one) => sum + cpuSeconds(one), 0);
  const ownBefore = cpuSeconds(pid);
  const subgraphsBefore = cpuOf(subgraphPids);
  let withErrors = 0;
  let firstError = '';
  const result = await autocannon({
    url: endpoint.url,
    method: 'POST',
    connections,
    duration: seconds,
    headers: { 'content-type': 'application/json', ...endpoint.headers },
    body: JSON.stringify(operation),
    requests: [
      {
        onResponse: (_status, body) => {
          if (!body.startsWith('{"errors"') && !body.includes('"errors":[')) return;
          withErrors += 1;
          firstError ||= body.slice(0, 500);
        },
      },
    ],
  });
  const own = cpuSeconds(pid) - ownBefore;
  const subgraphs = cpuOf(subgraphPids) - subgraphsBefore;
  if (result.non2xx > 0 || result.errors > 0 || withErrors > 0) {
    throw new Error(`${endpoint.label}: ${result.non2xx} non-2xx answers, ${result.errors} failed requests and ${withErrors} answers with errors ${firstError}`);
  }
  const answers = result.requests.total;
  // None within a short run (a smoke run on a busy machine): no cost to divide by.
  if (answers === 0) return { requestsPerSecond: 0, medianMs: NaN, p99Ms: NaN, cpuSecondsPer1000: NaN, platformCpuSecondsPer1000: NaN };
  return {
    requestsPerSecond: result.requests.average,
    medianMs: result.latency.p50,
    p99Ms: result.latency.p99,
    cpuSecondsPer1000: (own / answers) * 1000,
    platformCpuSecondsPer1000: ((own + subgraphs) / answers) * 1000,
  };
}
