/**
 * The processes the benchmark measures, each on its own so that its CPU and memory are its own
 * and the load generator (this process) takes nothing from it: every subgraph (the built
 * `dist/main.js`, as production runs it), our gateway (`gateway/dist/main.js`) twice, as
 * configured and with its response cache off, a stock @apollo/gateway and Hive Gateway, all on the
 * same subgraphs and the same supergraph. Stock and Hive run as shipped (NODE_ENV=production, their
 * own HTTP clients: stock's keeps at most 15 sockets per subgraph).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ANONYMOUS, INTERNAL_TOKEN_HEADER, findRepositoryRoot, graphqlUrl, requiredKey, signInternalToken } from '@mpp/kit';
import { freePort } from '@mpp/kit/testing';
import { SUPERGRAPH_PATH } from '@mpp/gateway';
import type { TestPlatformRun } from '../support/platform';
import { ServiceProcess, type ServiceLaunch } from '../support/service-process';
import { SubgraphProcess } from '../support/subgraph-process';

const root = findRepositoryRoot(__dirname);

export type GatewayKind = 'ours' | 'oursUncached' | 'stock' | 'hive';

export const GATEWAY_LABELS: Record<GatewayKind, string> = {
  ours: 'our gateway',
  // Ours without its anonymous response cache: what the pool, the plans and the subgraphs' plain
  // reads give by themselves, beside gateways that cache nothing either.
  oursUncached: 'our gateway, cache off',
  stock: 'stock @apollo/gateway',
  hive: 'Hive Gateway',
};

/** A gateway the benchmark drives, in a process of its own. */
export class BenchGateway extends ServiceProcess {
  private constructor(
    readonly kind: GatewayKind,
    readonly url: string,
    launch: ServiceLaunch,
  ) {
    super(launch);
  }

  /** Starts one and resolves once it answers a GraphQL request at `url`. */
  static async start(kind: GatewayKind, launch: ServiceLaunch, url: string): Promise<BenchGateway> {
    const gateway = new BenchGateway(kind, url, launch);
    await gateway.untilReady(async () => {
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
      return response.ok;
    });
    return gateway;
  }
}

/** CPU seconds a process has used since it started (user and system), from /proc. */
export function cpuSeconds(pid: number): number {
  // Fields after the command (which may hold spaces, so split after its closing parenthesis): utime is the 14th, stime the 15th.
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND;
}

/** Linux's USER_HZ, the unit of /proc's CPU times: 100 on every architecture Node runs on. */
const CLOCK_TICKS_PER_SECOND = 100;

/** The most resident memory a process has held since it started, in MiB (VmHWM). */
export function peakRssMiB(pid: number): number {
  const match = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : NaN;
}

export interface BenchProcesses {
  subgraphs: Record<string, SubgraphProcess>;
  gateways: Record<GatewayKind, BenchGateway>;
  /** Every process the platform side runs on (the subgraphs): what a gateway's requests cost beyond itself. */
  subgraphPids: number[];
  stop(): Promise<void>;
}

/**
 * Every subgraph as a process on the platform's database, and the gateways in front of
 * them. Stock and Hive read the committed supergraph with its subgraph URLs pointed at these
 * processes, and send each subgraph an anonymous internal token (as `npm run internal-token`
 * admits a benchmark); ours reads the same supergraph and signs its own.
 */
export async function startBenchProcesses(platform: TestPlatformRun, workDir: string): Promise<BenchProcesses> {
  const started: ServiceProcess[] = [];
  try {
    const subgraphs: Record<string, SubgraphProcess> = {};
    for (const name of platform.platform.config.subgraphs) {
      subgraphs[name] = await SubgraphProcess.start(platform, name, await freePort());
      started.push(subgraphs[name]);
    }
    const subgraphUrlVariables = Object.fromEntries(Object.entries(subgraphs).map(([name, running]) => [`MPP_${name.toUpperCase()}_URL`, running.url]));
    const supergraphFile = join(workDir, 'supergraph.graphql');
    writeFileSync(supergraphFile, supergraphAt(readFileSync(SUPERGRAPH_PATH, 'utf8'), Object.fromEntries(Object.entries(subgraphs).map(([name, running]) => [name, running.url]))));
    const signingKey = requiredKey(platform.platform.config, 'internalTokenSigning');
    const headers: Record<string, Record<string, string>> = {};
    for (const name of Object.keys(subgraphs)) {
      headers[name] = { [INTERNAL_TOKEN_HEADER]: (await signInternalToken(signingKey, name, ANONYMOUS, { lifetimeSeconds: 3600 })).token };
    }
    const otherGatewayEnv = { PATH: process.env.PATH ?? '', NODE_ENV: 'production', MPP_BENCH_SUBGRAPH_HEADERS: JSON.stringify(headers) };

    const startOurs = async (kind: 'ours' | 'oursUncached', env: Record<string, string>) => {
      const port = await freePort();
      const gateway = await BenchGateway.start(
        kind,
        {
          name: GATEWAY_LABELS[kind],
          script: join(root, 'gateway/dist/main.js'),
          cwd: root,
          env: { PATH: process.env.PATH ?? '', ...platform.processEnvironment('gateway', port), ...subgraphUrlVariables, ...env },
        },
        graphqlUrl('127.0.0.1', port),
      );
      started.push(gateway);
      return gateway;
    };
    const ours = await startOurs('ours', {});
    const oursUncached = await startOurs('oursUncached', { MPP_RESPONSE_CACHE_BYTES: '0' });
    const stockPort = await freePort();
    const stock = await BenchGateway.start(
      'stock',
      { name: GATEWAY_LABELS.stock, script: join(__dirname, 'gateways/stock-apollo-gateway.js'), args: [supergraphFile, String(stockPort)], cwd: workDir, env: otherGatewayEnv },
      // Apollo's standalone server answers at its root.
      `http://127.0.0.1:${stockPort}/`,
    );
    started.push(stock);
    const hivePort = await freePort();
    const hive = await BenchGateway.start(
      'hive',
      {
        name: GATEWAY_LABELS.hive,
        script: hiveGatewayBin(),
        args: ['supergraph', supergraphFile, '--host', '127.0.0.1', '--port', String(hivePort), '--config-path', join(__dirname, 'gateways/hive-gateway.config.js')],
        cwd: workDir,
        env: otherGatewayEnv,
      },
      graphqlUrl('127.0.0.1', hivePort),
    );
    started.push(hive);
    return {
      subgraphs,
      gateways: { ours, oursUncached, stock, hive },
      subgraphPids: Object.values(subgraphs).map((running) => running.pid),
      async stop() {
        for (const running of started.reverse()) await running.stop();
      },
    };
  } catch (error) {
    for (const running of started.reverse()) await running.stop();
    throw error;
  }
}

/** Hive Gateway's command (its package exports no path to it: found beside its package.json's main). */
function hiveGatewayBin(): string {
  const main = require.resolve('@graphql-hive/gateway');
  return join(dirname(main), 'bin.js');
}

/** The supergraph with each subgraph's URL replaced by where it runs now. */
export function supergraphAt(supergraph: string, urls: Record<string, string>): string {
  let replaced = supergraph;
  for (const [name, url] of Object.entries(urls)) {
    const pattern = new RegExp(`(@join__graph\\(name: "${name}", url: ")[^"]*(")`);
    if (!pattern.test(replaced)) throw new Error(`the supergraph has no subgraph "${name}"`);
    replaced = replaced.replace(pattern, `$1${url}$2`);
  }
  return replaced;
}
