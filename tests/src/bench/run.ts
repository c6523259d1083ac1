/**
 * `npm run bench`: the platform measured the way the field measures gateways, in one run per
 * database so that every ratio compares figures taken side by side on this shared, noisy machine.
 *
 * For SQLite, and for MariaDB/MySQL when MPP_TEST_MYSQL_URL is set, it starts the platform with
 * the seed plus a generated catalog ten times larger, runs every subgraph and the gateways as
 * processes of their own (ours, a stock @apollo/gateway and Hive Gateway, the last two on the same
 * subgraphs and supergraph), and drives them with autocannon from this process:
 * - a single-subgraph query with a staff token (no cache serves it) through our gateway against
 *   straight to the subgraph, request by request in turn (goal ≤ 1.3× the median latency);
 * - the public pages (catalog page, a service's page, the agency directory) anonymously through
 *   each gateway in turn, two rounds (goals: ours ≥ 10× stock's requests/s, ≥ 5× Hive's), ours
 *   also with its response cache off, to show what the cache gives and what the rest does;
 * - SQL statements per request of the catalog page at limit 5 and 100 (goal: equal);
 * - search latency with the seeded and the grown catalog;
 * - the board: the platform's CPU while 100 screens follow it, and the ticket rates.
 * It prints a table and writes the figures as JSON under bench/results/.
 *
 * MPP_BENCH_SMOKE=1 runs every part briefly (CI's check that the suite still runs; its figures
 * mean nothing).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PublishStatus, Service, reindexServices } from '@mpp/catalog';
import { ANONYMOUS, INTERNAL_TOKEN_HEADER, findRepositoryRoot, newId, requiredKey, signInternalToken, verifyAccessToken, type Viewer } from '@mpp/kit';
import { TestPlatformRun, bearer } from '../support/platform';
import { type Endpoint, type Latency, type Operation, type Throughput, interleavedLatency, post, throughput } from './load';
import { AGENCY_DIRECTORY, CATALOG_PAGE, CATALOG_PAGE_OF, CATALOG_PAGE_SUBGRAPHS, SERVICE_PAGE, STAFF_CATALOG_PAGE } from './pages';
import { GATEWAY_LABELS, type GatewayKind, peakRssMiB, startBenchProcesses } from './processes';
import { type QueueingFigures, measureQueueing, printQueueing } from './queueing';
import { type CostFigure, measureTrustCost } from './trust-cost';

const SMOKE = process.env.MPP_BENCH_SMOKE === '1';
const SETTINGS = SMOKE
  ? { latencySamples: 20, seconds: 2, rounds: 1, connections: 10, catalogFactor: 2 }
  : { latencySamples: 300, seconds: 5, rounds: 2, connections: 20, catalogFactor: 10 };
const RESULTS_DIR = process.env.MPP_BENCH_RESULTS_DIR ?? join(findRepositoryRoot(__dirname), 'bench', 'results');
const GATEWAYS: GatewayKind[] = ['ours', 'oursUncached', 'stock', 'hive'];

export const GOALS = { staffPathLatencyRatio: 1.3, oursOverStock: 10, oursOverHive: 5 };

interface PageFigures {
  page: string;
  byGateway: Record<GatewayKind, Throughput & { peakRssMiB: number }>;
  oursOverStock: number;
  oursOverHive: number;
  /** The same with our cache off: what the rest of the work gives. */
  uncachedOverStock: number;
  uncachedOverHive: number;
}

export interface DatabaseFigures {
  database: string;
  smoke: boolean;
  services: { seeded: number; grown: number };
  staffPath: { gateway: Latency; direct: Latency; ratio: number };
  pages: PageFigures[];
  statementsPerRequest: { limit5: Record<string, number>; limit100: Record<string, number>; equal: boolean };
  search: { seeded: Latency; grown: Latency; ratio: number };
  trust: CostFigure[];
  queueing: QueueingFigures;
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
  for (let copy = 1; copy < factor; copy += 1) {
    await em.transactional(async (tx) => {
      const created = seeded.map((original, index) => {
        const extra = [1, 2, 3].map((n) => vocabulary[(copy * 7919 + index * 104729 + n * 31) % vocabulary.length]).join(' ');
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
}

/** Search latency straight to the (in-process) catalog subgraph, the searches taken in turn. */
async function searchLatency(label: string, catalog: Endpoint): Promise<Latency> {
  const timings: number[] = [];
  const operations = SEARCHES.map((search) => ({ query: SEARCH_QUERY, variables: { search } }));
  for (const operation of operations) await post(catalog, operation);
  const samples = Math.max(SEARCHES.length, SETTINGS.latencySamples / 2);
  for (let i = 0; i < samples; i += 1) {
    const start = process.hrtime.bigint();
    await post(catalog, operations[i % operations.length]);
    timings.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  timings.sort((a, b) => a - b);
  return { label, medianMs: timings[Math.floor(timings.length / 2)], p99Ms: timings[Math.min(timings.length - 1, Math.floor(timings.length * 0.99))] };
}

/** The same answer from every gateway, or the benchmark would compare different work. */
async function expectSameAnswers(endpoints: Endpoint[], operation: Operation, page: string): Promise<void> {
  const answers = await Promise.all(endpoints.map((endpoint) => post(endpoint, operation).then((data) => JSON.stringify(data))));
  const differing = endpoints.filter((_, index) => answers[index] !== answers[0]);
  if (differing.length > 0) throw new Error(`${page}: ${differing.map((endpoint) => endpoint.label).join(', ')} answered differently from ${endpoints[0].label}`);
}

async function benchDatabase(databaseUrl: string | undefined): Promise<DatabaseFigures> {
  const platform = await TestPlatformRun.start(databaseUrl, {
    MPP_LOG_LEVEL: 'error',
    // A Monday morning that is no holiday, so the seeded queues give tickets whenever the bench runs.
    MPP_CLOCK_START: '2026-12-07T09:00:00+08:00',
    // Many clients from one address: the per-address limit of anonymous tickets is not what is measured.
    MPP_TICKET_RATE_LIMIT_PER_MINUTE: '0',
    // A hundred screens from one address: the streams' per-address limit is not what is measured either.
    MPP_BOARD_STREAMS_PER_CLIENT: '200',
  });
  const workDir = mkdtempSync(join(tmpdir(), 'mpp-bench-'));
  try {
    const config = platform.platform.config;
    const say = (line: string) => process.stdout.write(`[${config.database.kind}] ${line}\n`);
    const anonymousToCatalog = { [INTERNAL_TOKEN_HEADER]: (await signInternalToken(requiredKey(config, 'internalTokenSigning'), 'catalog', ANONYMOUS, { lifetimeSeconds: 3600 })).token };
    const inProcessCatalog: Endpoint = { label: 'catalog (direct)', url: platform.subgraphs.catalog.url, headers: anonymousToCatalog };

    const seeded = await serviceCount(platform);
    const searchSeeded = await searchLatency(`search, ${seeded} services`, inProcessCatalog);
    await growCatalog(platform, SETTINGS.catalogFactor);
    const grown = await serviceCount(platform);
    const searchGrown = await searchLatency(`search, ${grown} services`, inProcessCatalog);
    say(`catalog grown from ${seeded} to ${grown} services`);

    const pageStatements = async (limit: number) => {
      const counted = await platform.countStatements(() => platform.post(CATALOG_PAGE_OF(limit).query, CATALOG_PAGE_OF(limit).variables));
      return Object.fromEntries(CATALOG_PAGE_SUBGRAPHS.map((name) => [name, counted[name]]));
    };
    const limit5 = await pageStatements(5);
    const limit100 = await pageStatements(100);
    const statementsEqual = Object.keys(limit5).every((name) => limit5[name] === limit100[name]);

    const editor = await platform.loginAs('EDITOR');
    const holder = await verifyAccessToken(editor.token, requiredKey(config, 'staffTokenVerification'));
    if (holder.kind !== 'staff') throw new Error('the editor signed in as something else');
    const editorViewer: Viewer = { kind: 'staff', userId: holder.userId, role: holder.role, agencyId: holder.agencyId, mustChangePassword: holder.mustChangePassword, sessionId: holder.sessionId };
    const { services } = (await platform.post<{ services: { items: { slug: string }[] } }>('{ services(limit: 1) { items { slug } } }')).data!;

    say('starting the subgraphs and the gateways as processes');
    const processes = await startBenchProcesses(platform, workDir);
    try {
      const gatewayEndpoints = GATEWAYS.map((kind): Endpoint => ({ label: GATEWAY_LABELS[kind], url: processes.gateways[kind].url }));

      say('staff path: our gateway and the catalog subgraph, request by request in turn');
      // A token speaking for staff lives about a minute, as the gateway makes them: enough for this part.
      const editorToCatalog = { [INTERNAL_TOKEN_HEADER]: (await signInternalToken(requiredKey(config, 'internalTokenSigning'), 'catalog', editorViewer)).token };
      const [staffGateway, staffDirect] = await interleavedLatency(
        [
          { label: 'through our gateway (staff token)', url: processes.gateways.ours.url, headers: bearer(editor) },
          { label: 'straight to catalog (internal token)', url: processes.subgraphs.catalog.url, headers: editorToCatalog },
        ],
        STAFF_CATALOG_PAGE,
        SETTINGS.latencySamples,
      );

      const pages = [
        { page: 'catalog page', operation: CATALOG_PAGE },
        { page: "a service's page", operation: SERVICE_PAGE(services.items[0].slug) },
        { page: 'agency directory', operation: AGENCY_DIRECTORY },
      ];
      const runs = new Map<string, Record<GatewayKind, Throughput[]>>(pages.map(({ page }) => [page, { ours: [], oursUncached: [], stock: [], hive: [] }]));
      for (const { page, operation } of pages) await expectSameAnswers(gatewayEndpoints, operation, page);
      for (let round = 0; round < SETTINGS.rounds; round += 1) {
        for (const { page, operation } of pages) {
          for (const [index, kind] of GATEWAYS.entries()) {
            say(`round ${round + 1}: ${page} through ${GATEWAY_LABELS[kind]}`);
            const load = { seconds: SETTINGS.seconds, connections: SETTINGS.connections, pid: processes.gateways[kind].pid, subgraphPids: processes.subgraphPids };
            // The first round starts each one warm: JIT, connections, plans and caches.
            if (round === 0) await throughput(gatewayEndpoints[index], operation, { ...load, seconds: 1 });
            runs.get(page)![kind].push(await throughput(gatewayEndpoints[index], operation, load));
          }
        }
      }
      const pageFigures = pages.map(({ page }): PageFigures => {
        const byGateway = Object.fromEntries(
          GATEWAYS.map((kind) => [kind, { ...meanOf(runs.get(page)![kind]), peakRssMiB: peakRssMiB(processes.gateways[kind].pid) }]),
        ) as PageFigures['byGateway'];
        return {
          page,
          byGateway,
          oursOverStock: byGateway.ours.requestsPerSecond / byGateway.stock.requestsPerSecond,
          oursOverHive: byGateway.ours.requestsPerSecond / byGateway.hive.requestsPerSecond,
          uncachedOverStock: byGateway.oursUncached.requestsPerSecond / byGateway.stock.requestsPerSecond,
          uncachedOverHive: byGateway.oursUncached.requestsPerSecond / byGateway.hive.requestsPerSecond,
        };
      });

      await processes.stop();
      say('trust costs, then the board and tickets');
      const trust = await measureTrustCost(config);
      const queueing = await measureQueueing(platform);
      return {
        database: config.database.kind,
        smoke: SMOKE,
        services: { seeded, grown },
        staffPath: { gateway: staffGateway, direct: staffDirect, ratio: staffGateway.medianMs / staffDirect.medianMs },
        pages: pageFigures,
        statementsPerRequest: { limit5, limit100, equal: statementsEqual },
        search: { seeded: searchSeeded, grown: searchGrown, ratio: searchGrown.medianMs / searchSeeded.medianMs },
        trust,
        queueing,
      };
    } finally {
      await processes.stop();
    }
  } finally {
    await platform.stop();
    rmSync(workDir, { recursive: true, force: true });
  }
}

function meanOf(runs: Throughput[]): Throughput {
  const mean = (pick: (run: Throughput) => number) => runs.reduce((sum, run) => sum + pick(run), 0) / runs.length;
  return {
    requestsPerSecond: mean((run) => run.requestsPerSecond),
    medianMs: mean((run) => run.medianMs),
    p99Ms: mean((run) => run.p99Ms),
    cpuSecondsPer1000: mean((run) => run.cpuSecondsPer1000),
    platformCpuSecondsPer1000: mean((run) => run.platformCpuSecondsPer1000),
  };
}

const goal = (met: boolean) => (met ? 'met' : 'NOT MET');

function print(figures: DatabaseFigures): void {
  const out = (line = '') => process.stdout.write(`${line}\n`);
  out(`\nMPP Paser benchmark — ${figures.database}${figures.smoke ? ' (smoke: figures mean nothing)' : ''}, ${figures.services.grown} services (${figures.services.seeded} seeded)\n`);
  const { staffPath } = figures;
  out(`single-subgraph query, staff token, ${SETTINGS.latencySamples} requests each in turn    median ms   p99 ms`);
  for (const row of [staffPath.gateway, staffPath.direct]) out(`  ${row.label.padEnd(60)} ${row.medianMs.toFixed(2).padStart(8)} ${row.p99Ms.toFixed(2).padStart(8)}`);
  out(`  gateway ÷ direct, median: ${staffPath.ratio.toFixed(2)}× (goal ≤ ${GOALS.staffPathLatencyRatio}×: ${goal(staffPath.ratio <= GOALS.staffPathLatencyRatio)})\n`);

  out(`public pages, anonymous, ${SETTINGS.connections} connections, ${SETTINGS.seconds} s × ${SETTINGS.rounds} rounds each, gateways in turn`);
  out('  (CPU s/1k: CPU seconds of the gateway per 1,000 answers, then with the subgraphs\' added; peak RSS: the gateway process\'s most so far)');
  out(`  ${'page / gateway'.padEnd(48)} ${'req/s'.padStart(8)} ${'median ms'.padStart(10)} ${'p99 ms'.padStart(8)} ${'CPU s/1k'.padStart(9)} ${'+subgraphs'.padStart(11)} ${'peak RSS MiB'.padStart(13)}`);
  for (const page of figures.pages) {
    for (const kind of GATEWAYS) {
      const row = page.byGateway[kind];
      out(
        `  ${`${page.page}: ${GATEWAY_LABELS[kind]}`.padEnd(48)} ${row.requestsPerSecond.toFixed(0).padStart(8)} ${row.medianMs.toFixed(1).padStart(10)} ${row.p99Ms.toFixed(1).padStart(8)} ${row.cpuSecondsPer1000.toFixed(3).padStart(9)} ${row.platformCpuSecondsPer1000.toFixed(3).padStart(11)} ${row.peakRssMiB.toFixed(0).padStart(13)}`,
      );
    }
    out(
      `  ${page.page}: ours ÷ stock ${page.oursOverStock.toFixed(1)}× (goal ≥ ${GOALS.oursOverStock}×: ${goal(page.oursOverStock >= GOALS.oursOverStock)}), ours ÷ Hive ${page.oursOverHive.toFixed(1)}× (goal ≥ ${GOALS.oursOverHive}×: ${goal(page.oursOverHive >= GOALS.oursOverHive)}); cache off: ÷ stock ${page.uncachedOverStock.toFixed(1)}×, ÷ Hive ${page.uncachedOverHive.toFixed(1)}×`,
    );
  }
  const { limit5, limit100, equal } = figures.statementsPerRequest;
  const listed = (counts: Record<string, number>) => Object.entries(counts).filter(([, count]) => count > 0).map(([name, count]) => `${name} ${count}`).join(', ');
  out(`\nSQL statements, catalog page, first request: limit 5: ${listed(limit5)}; limit 100: ${listed(limit100)} (goal equal: ${goal(equal)})`);
  out(`search, straight to catalog, median ${figures.search.seeded.medianMs.toFixed(2)} ms with ${figures.services.seeded} services, ${figures.search.grown.medianMs.toFixed(2)} ms with ${figures.services.grown} (${figures.search.ratio.toFixed(2)}×)`);
  out('\ntrust, in-process cost per call');
  for (const cost of figures.trust) out(`  ${cost.label.padEnd(58)} ${cost.microsecondsPerCall.toFixed(2).padStart(9)} µs`);
  printQueueing(figures.queueing);
}

async function main(): Promise<void> {
  const databases = [undefined, ...(process.env.MPP_TEST_MYSQL_URL ? [process.env.MPP_TEST_MYSQL_URL] : [])];
  mkdirSync(RESULTS_DIR, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  for (const databaseUrl of databases) {
    const started = Date.now();
    const figures = await benchDatabase(databaseUrl);
    print(figures);
    const file = join(RESULTS_DIR, `${stamp}-${figures.database}${SMOKE ? '-smoke' : ''}.json`);
    writeFileSync(file, `${JSON.stringify({ ...figures, settings: SETTINGS, goals: GOALS, seconds: (Date.now() - started) / 1000 }, null, 2)}\n`);
    process.stdout.write(`\n${figures.database}: ${((Date.now() - started) / 1000).toFixed(0)} s; figures written to ${file}\n`);
  }
}

main().catch((error) => {
  process.stderr.write(`${error?.stack ?? error}\n`);
  process.exit(1);
});
