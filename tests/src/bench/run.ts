/**
 * `npm run bench`: latency and throughput of the platform, measured in one run so the
 * figures compare with each other on a shared, noisy machine. Reports the median and 95th
 * percentile of sequential requests, and the gateway's cost as a ratio to the subgraph
 * answering directly. Runs on SQLite, or on MySQL/MariaDB with MPP_BENCH_MYSQL_URL.
 */
import autocannon from 'autocannon';
import { PublishStatus, Service, reindexServices } from '@mpp/catalog';
import { ANONYMOUS, INTERNAL_TOKEN_HEADER, newId, requiredKey, signInternalToken } from '@mpp/kit';
import { TestPlatformRun } from '../support/platform';
import { measureQueueing, printQueueing } from './queueing';
import { measureTrustCost } from './trust-cost';

interface Figures {
  label: string;
  median: number;
  p95: number;
}

const SAMPLES = Number(process.env.MPP_BENCH_SAMPLES ?? 400);

/** Sequential requests; several queries are taken in turn and counted together. */
async function measure(
  label: string,
  url: string,
  queries: string | { query: string; variables?: Record<string, unknown> }[],
  headers: Record<string, string> = {},
): Promise<Figures> {
  const bodies = (typeof queries === 'string' ? [{ query: queries }] : queries).map((operation) => JSON.stringify(operation));
  const send = async (body: string) => {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
    const result = (await response.json()) as { errors?: unknown };
    if (!response.ok || result.errors) throw new Error(`${label}: ${JSON.stringify(result)}`);
  };
  for (let i = 0; i < 50; i += 1) await send(bodies[i % bodies.length]); // warm up: JIT, connections, caches
  const timings: number[] = [];
  for (let i = 0; i < SAMPLES; i += 1) {
    const start = process.hrtime.bigint();
    await send(bodies[i % bodies.length]);
    timings.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  timings.sort((a, b) => a - b);
  return { label, median: percentile(timings, 0.5), p95: percentile(timings, 0.95) };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

async function throughput(url: string, query: string, headers: Record<string, string> = {}): Promise<number> {
  const result = await autocannon({
    url,
    method: 'POST',
    connections: 10,
    duration: 5,
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`throughput run had ${result.non2xx} non-2xx and ${result.errors} errors`);
  return result.requests.average;
}

const SEARCH_QUERY = 'query($search: String) { services(filter: { search: $search }, limit: 10) { totalCount items { name } } }';
/** Typical citizen queries, taken in turn: everyday words, a typo, an abbreviation, five words. */
const SEARCHES = ['perpanjang sim', 'bikin paspor', 'akte lahir anak', 'pasport', 'skck', 'cara daftar bpjs kesehatan mandiri'];

async function serviceCount(platform: TestPlatformRun): Promise<number> {
  return platform.subgraphs.catalog.database.orm.em.fork().count(Service);
}

/**
 * Grows the catalog to `factor` times its size with variants of the seeded services (new
 * names from the seeded vocabulary, same components), indexed as publishing would.
 */
async function growCatalog(platform: TestPlatformRun, factor: number): Promise<void> {
  const em = platform.subgraphs.catalog.database.orm.em.fork();
  const seeded = await em.find(Service, {});
  const vocabulary = seeded.flatMap((service) => service.name.split(/\s+/));
  let made = 0;
  for (let copy = 1; copy < factor; copy += 1) {
    await em.transactional(async (tx) => {
      const created = seeded.map((original, index) => {
        const extra = [1, 2, 3].map((n) => vocabulary[(copy * 7919 + index * 104729 + n * 31) % vocabulary.length]).join(' ');
        made += 1;
        const draft = index % 10 === 0;
        const slug = `${original.slug}-varian-${copy}`;
        return tx.create(Service, {
          ...original,
          id: newId(),
          slug,
          // The slug the public knows it by, unique among services ever published.
          publicSlug: draft ? null : slug,
          name: `${original.name} ${extra}`.slice(0, 200),
          status: draft ? PublishStatus.DRAFT : PublishStatus.PUBLISHED,
          version: 1,
          createdAt: new Date(),
          updatedAt: new Date(),
        });
      });
      await tx.flush();
      await reindexServices(tx, created);
    });
  }
  process.stdout.write(`grew the catalog by ${made} generated services\n`);
}

async function main(): Promise<void> {
  const platform = await TestPlatformRun.start(process.env.MPP_BENCH_MYSQL_URL, {
    MPP_LOG_LEVEL: 'error',
    // A Monday morning that is no holiday, so the seeded queues give tickets whenever the bench runs.
    MPP_CLOCK_START: '2026-12-07T09:00:00+08:00',
    // Many clients from one address: the per-address limit of anonymous tickets is not what is measured.
    MPP_TICKET_RATE_LIMIT_PER_MINUTE: '0',
    // A hundred screens from one address: the streams' per-address limit is not what is measured either.
    MPP_BOARD_STREAMS_PER_CLIENT: '200',
  });
  try {
    // As `npm run internal-token` admits a benchmark: an anonymous caller, for longer than a run.
    const { token } = await signInternalToken(requiredKey(platform.platform.config, 'internalTokenSigning'), 'catalog', ANONYMOUS, { lifetimeSeconds: 3600 });
    const secret = { [INTERNAL_TOKEN_HEADER]: token };
    const list = '{ services(limit: 20) { items { name fee { amount } } } }';
    const cross = '{ agency(slug: "bri") { name booths { code floor status } services { name fee { amount tiers { label amount } } } } }';
    const gatewayList = await measure('services(limit: 20) via gateway', platform.url, list);
    const directList = await measure('services(limit: 20) direct to catalog', platform.subgraphs.catalog.url, list, secret);
    const crossQuery = await measure('agency(slug: "bri") across both subgraphs', platform.url, cross);
    const gatewayRps = await throughput(platform.url, list);
    const directRps = await throughput(platform.subgraphs.catalog.url, list, secret);

    const searches = SEARCHES.map((search) => ({ query: SEARCH_QUERY, variables: { search } }));
    const searchSeeded = await measure(`search, ${await serviceCount(platform)} services, direct`, platform.subgraphs.catalog.url, searches, secret);
    await growCatalog(platform, 10);
    const searchGrown = await measure(`search, ${await serviceCount(platform)} services, direct`, platform.subgraphs.catalog.url, searches, secret);

    const rows = [gatewayList, directList, crossQuery, searchSeeded, searchGrown];
    process.stdout.write(`\nMPP Paser benchmark — ${platform.platform.config.database.kind}, ${SAMPLES} sequential requests each\n\n`);
    process.stdout.write(`${'query'.padEnd(48)} ${'median ms'.padStart(10)} ${'p95 ms'.padStart(10)}\n`);
    for (const row of rows) {
      process.stdout.write(`${row.label.padEnd(48)} ${row.median.toFixed(2).padStart(10)} ${row.p95.toFixed(2).padStart(10)}\n`);
    }
    process.stdout.write(`\ngateway ÷ direct, median: ${(gatewayList.median / directList.median).toFixed(2)}×\n`);
    process.stdout.write(`cross-subgraph ÷ gateway list, median: ${(crossQuery.median / gatewayList.median).toFixed(2)}×\n`);
    process.stdout.write(`search with 10× the catalog ÷ seeded catalog, median: ${(searchGrown.median / searchSeeded.median).toFixed(2)}×, p95: ${(searchGrown.p95 / searchSeeded.p95).toFixed(2)}×\n`);
    process.stdout.write(`throughput, 10 connections, 5 s: gateway ${gatewayRps.toFixed(0)} req/s, direct ${directRps.toFixed(0)} req/s (${(gatewayRps / directRps).toFixed(2)}×)\n`);

    const costs = await measureTrustCost(platform.platform.config);
    process.stdout.write(`\ntrust, in-process cost per call (beside ${gatewayList.median.toFixed(2)} ms for a gateway request)\n`);
    for (const cost of costs) process.stdout.write(`${cost.label.padEnd(58)} ${cost.microsecondsPerCall.toFixed(2).padStart(9)} µs\n`);

    printQueueing(await measureQueueing(platform));
  } finally {
    await platform.stop();
  }
}

main().catch((error) => {
  process.stderr.write(`${error?.stack ?? error}\n`);
  process.exit(1);
});
