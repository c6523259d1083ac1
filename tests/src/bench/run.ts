/**
 * `npm run bench`: latency and throughput of the platform, measured in one run so the
 * figures compare with each other on a shared, noisy machine. Reports the median and 95th
 * percentile of sequential requests, and the gateway's cost as a ratio to the subgraph
 * answering directly. Runs on SQLite, or on MySQL/MariaDB with MPP_BENCH_MYSQL_URL.
 */
import autocannon from 'autocannon';
import { GATEWAY_SECRET_HEADER } from '@mpp/kit';
import { TestPlatformRun } from '../support/platform';

interface Figures {
  label: string;
  median: number;
  p95: number;
}

const SAMPLES = Number(process.env.MPP_BENCH_SAMPLES ?? 400);

async function measure(label: string, url: string, query: string, headers: Record<string, string> = {}): Promise<Figures> {
  const body = JSON.stringify({ query });
  const send = async () => {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
    const result = (await response.json()) as { errors?: unknown };
    if (!response.ok || result.errors) throw new Error(`${label}: ${JSON.stringify(result)}`);
  };
  for (let i = 0; i < 50; i += 1) await send(); // warm up: JIT, connections, statement caches
  const timings: number[] = [];
  for (let i = 0; i < SAMPLES; i += 1) {
    const start = process.hrtime.bigint();
    await send();
    timings.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  timings.sort((a, b) => a - b);
  return { label, median: percentile(timings, 0.5), p95: percentile(timings, 0.95) };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
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

async function main(): Promise<void> {
  const platform = await TestPlatformRun.start(process.env.MPP_BENCH_MYSQL_URL, { MPP_LOG_LEVEL: 'error' });
  try {
    const secret = { [GATEWAY_SECRET_HEADER]: platform.platform.config.gatewaySecret };
    const list = '{ services(limit: 20) { items { name fee { amount } } } }';
    const cross = '{ agency(slug: "bri") { name booths { code floor status } services { name fee { amount tiers { label amount } } } } }';
    const gatewayList = await measure('services(limit: 20) via gateway', platform.url, list);
    const directList = await measure('services(limit: 20) direct to catalog', platform.subgraphs.catalog.url, list, secret);
    const crossQuery = await measure('agency(slug: "bri") across both subgraphs', platform.url, cross);
    const gatewayRps = await throughput(platform.url, list);
    const directRps = await throughput(platform.subgraphs.catalog.url, list, secret);

    const rows = [gatewayList, directList, crossQuery];
    process.stdout.write(`\nMPP Paser benchmark — ${platform.platform.config.database.kind}, ${SAMPLES} sequential requests each\n\n`);
    process.stdout.write(`${'query'.padEnd(48)} ${'median ms'.padStart(10)} ${'p95 ms'.padStart(10)}\n`);
    for (const row of rows) {
      process.stdout.write(`${row.label.padEnd(48)} ${row.median.toFixed(2).padStart(10)} ${row.p95.toFixed(2).padStart(10)}\n`);
    }
    process.stdout.write(`\ngateway ÷ direct, median: ${(gatewayList.median / directList.median).toFixed(2)}×\n`);
    process.stdout.write(`cross-subgraph ÷ gateway list, median: ${(crossQuery.median / gatewayList.median).toFixed(2)}×\n`);
    process.stdout.write(`throughput, 10 connections, 5 s: gateway ${gatewayRps.toFixed(0)} req/s, direct ${directRps.toFixed(0)} req/s (${(gatewayRps / directRps).toFixed(2)}×)\n`);
  } finally {
    await platform.stop();
  }
}

main().catch((error) => {
  process.stderr.write(`${error?.stack ?? error}\n`);
  process.exit(1);
});
