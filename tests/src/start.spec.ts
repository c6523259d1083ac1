import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findRepositoryRoot, subgraphRegistry } from '@mpp/kit';
import { freePort, testDatabaseTargets, testPlatformConfig, type TestPlatform } from '@mpp/kit/testing';

const root = findRepositoryRoot(__dirname);

/** A running `npm start` (or scripts/start.mjs itself), in a process group of its own. */
interface Launched {
  child: ChildProcess;
  /** Its process group: the launcher and everything it started. */
  group: number;
  output(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Every writer of its output is gone and all it wrote has been read: the output is final. */
  drained: Promise<void>;
}

/**
 * `npm start` as an operator runs it (`how: 'npm'`), or scripts/start.mjs without npm in
 * between, detached so that it leads a process group of its own as a terminal's job does.
 */
function launch(how: 'npm' | 'start.mjs', env: Record<string, string>): Launched {
  const [command, args] = how === 'npm' ? ['npm', ['start']] : [process.execPath, [join(root, 'scripts/start.mjs')]];
  const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const drained = new Promise<void>((resolve) => child.once('close', () => resolve()));
  return { child, group: child.pid!, output: () => output, exited, drained };
}

/** Calls `check` on everything it prints from now on; returns what stops that. */
function onOutput(launched: Launched, check: () => void): () => void {
  launched.child.stdout!.on('data', check);
  launched.child.stderr!.on('data', check);
  return () => {
    launched.child.stdout!.off('data', check);
    launched.child.stderr!.off('data', check);
  };
}

/** Resolves with everything printed so far once `pattern` appears; rejects if it exits first or time is up. */
function waitForOutput(launched: Launched, pattern: RegExp, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const settle = (outcome: () => void) => {
      clearTimeout(timer);
      stopWatching();
      outcome();
    };
    const timer = setTimeout(() => settle(() => reject(new Error(`no ${pattern} within ${timeoutMs} ms:\n${launched.output()}`))), timeoutMs);
    const check = () => {
      if (pattern.test(launched.output())) settle(() => resolve(launched.output()));
    };
    const stopWatching = onOutput(launched, check);
    check();
    void launched.exited.then(({ code, signal }) =>
      settle(() => reject(new Error(`exited (${signal ?? code}) before ${pattern}:\n${launched.output()}`))),
    );
  });
}

/** Resolves how it exited; rejects as soon as it prints `instead` (it went on rather than stop). */
function exitWithout(launched: Launched, instead: RegExp): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve, reject) => {
    const check = () => {
      if (instead.test(launched.output())) reject(new Error(`${instead} rather than an exit:\n${launched.output()}`));
    };
    const stopWatching = onOutput(launched, check);
    check();
    void launched.exited.then((exit) => {
      stopWatching();
      resolve(exit);
    });
  });
}

/** The live processes of a process group (zombies waiting to be reaped are gone already). */
function processesOf(group: number): { pid: number; args: string }[] {
  return execFileSync('ps', ['-A', '-o', 'pid=,pgid=,stat=,args='], { encoding: 'utf8' })
    .split('\n')
    .map((line) => /^\s*(\d+)\s+(\d+)\s+(\S+)\s+(.*)$/.exec(line))
    .filter((match): match is RegExpExecArray => match !== null && Number(match[2]) === group && !match[3].startsWith('Z'))
    .map((match) => ({ pid: Number(match[1]), args: match[4] }));
}

/** Resolves with how long it took until no process of the group is left; fails after `timeoutMs`. */
async function untilGroupGone(group: number, timeoutMs: number): Promise<number> {
  const since = Date.now();
  for (;;) {
    const left = processesOf(group);
    if (left.length === 0) return Date.now() - since;
    if (Date.now() - since > timeoutMs) {
      throw new Error(`still running after ${timeoutMs} ms:\n${left.map((entry) => `${entry.pid} ${entry.args}`).join('\n')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A failed test must not leave a platform running behind it. */
function killGroup(launched: Launched | undefined): void {
  if (!launched) return;
  try {
    process.kill(-launched.group, 'SIGKILL');
  } catch {
    // nothing of it left
  }
}

/**
 * Whether a service logged that it closed its server and database itself, rather than being
 * killed: a JSON log line, or a developer's readable one.
 */
function saidStopped(output: string, service: string): boolean {
  return output.split('\n').some((line) => {
    if (line.includes(`[${service}] stopped`)) return true;
    try {
      const event = JSON.parse(line) as { service?: unknown; msg?: unknown };
      return event.service === service && event.msg === 'stopped';
    } catch {
      return false;
    }
  });
}

async function expectNothingAnswers(ports: Record<string, number>): Promise<void> {
  for (const port of Object.values(ports)) {
    await expect(fetch(`http://127.0.0.1:${port}/health`)).rejects.toThrow();
  }
}

/** A free port for the gateway and each registered subgraph, and the variables that set them. */
async function freePorts(): Promise<{ ports: Record<string, number>; env: Record<string, string> }> {
  const ports: Record<string, number> = { gateway: await freePort() };
  for (const { name } of subgraphRegistry(root)) ports[name] = await freePort();
  const env = Object.fromEntries(Object.entries(ports).map(([name, port]) => [`MPP_${name.toUpperCase()}_PORT`, String(port)]));
  return { ports, env };
}

const post = async (gatewayPort: number, query: string, token?: string) => {
  const response = await fetch(`http://127.0.0.1:${gatewayPort}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as { data: any; errors?: unknown[] };
};

const READY = /platform is ready/;
/** The first start builds (turbo), migrates and seeds; later ones find the build cached. */
const START_TIMEOUT_MS = 150_000;
/** A test's own limit: one start that may build, and what the test does with it. */
const TEST_TIMEOUT_MS = 240_000;
/** What operators are promised: every process gone within 10 s of the signal. */
const STOP_WITHIN_MS = 10_000;

describe('npm start (the front door)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'mpp-start-'));
  let running: Launched | undefined;

  afterAll(() => {
    killGroup(running);
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** `npm start` with its own ports and data folder, until it says it is ready. */
  async function startPlatform(ports: Record<string, string>): Promise<{ launched: Launched; output: string }> {
    const launched = launch('start.mjs', { NODE_ENV: 'development', MPP_DATA_DIR: dataDir, MPP_DATABASE_URL: '', ...ports });
    running = launched;
    return { launched, output: await waitForOutput(launched, READY, START_TIMEOUT_MS) };
  }

  /** Stops it with SIGTERM; resolves with its exit code and what it printed meanwhile. */
  async function stopPlatform(launched: Launched): Promise<{ code: number | null; output: string }> {
    const before = launched.output().length;
    launched.child.kill('SIGTERM');
    const { code } = await launched.exited;
    return { code, output: launched.output().slice(before) };
  }

  /** The version of every record an editor can read: agencies, booths, services of every state, the editor's account. */
  async function versions(gatewayPort: number): Promise<Record<string, number>> {
    const accounts = JSON.parse(readFileSync(join(dataDir, 'dev-accounts.json'), 'utf8')) as { email: string; password: string; role: string }[];
    const editor = accounts.find((account) => account.role === 'EDITOR')!;
    const signIn = await post(gatewayPort, `mutation { login(email: "${editor.email}", password: "${editor.password}") { token } }`);
    const { data } = await post(
      gatewayPort,
      '{ me { id version } agencies { id version } booths { id version } services(limit: 100) { totalCount items { id version } } }',
      signIn.data.login.token,
    );
    expect(data.services.totalCount).toBeLessThanOrEqual(100);
    const records = [data.me, ...data.agencies, ...data.booths, ...data.services.items] as { id: string; version: number }[];
    return Object.fromEntries(records.map((record) => [record.id, record.version]));
  }

  it('runs every registered service on SQLite, seeds, answers across subgraphs, stops cleanly, and three starts change no version', async () => {
    const { ports, env } = await freePorts();
    const seen: Record<string, number>[] = [];
    for (let start = 1; start <= 3; start += 1) {
      const { launched, output } = await startPlatform(env);
      expect(output).toContain(`http://127.0.0.1:${ports.gateway}/graphql`);
      if (start === 1) {
        expect((await fetch(`http://127.0.0.1:${ports.gateway}/health`)).status).toBe(200);
        const body = await post(ports.gateway, '{ agency(slug: "bri") { name booths { code floor status } services { name fee { amount tiers { label amount } } } } }');
        expect(body.data.agency.booths.length).toBeGreaterThan(0);
        expect(body.data.agency.services.length).toBeGreaterThanOrEqual(2);
      }
      seen.push(await versions(ports.gateway));
      const stopped = await stopPlatform(launched);
      expect(stopped.code).toBe(0);
      // Each service closed its server and database itself, rather than being killed.
      for (const service of Object.keys(ports)) expect(saidStopped(stopped.output, service)).toBe(true);
      // Every port is free again: no service outlived the launcher.
      await expectNothingAnswers(ports);
    }
    // Starting again (migrations, seed check, start-up work) and signing in rewrite nothing.
    expect(Object.keys(seen[0]).length).toBeGreaterThan(100);
    expect(seen[1]).toEqual(seen[0]);
    expect(seen[2]).toEqual(seen[0]);
  }, 3 * TEST_TIMEOUT_MS);
});

describe('npm start under signals, port problems and crashes', () => {
  const registry = subgraphRegistry(root);
  const sqliteDataDir = mkdtempSync(join(tmpdir(), 'mpp-start-signals-'));
  const sqliteEnv = { NODE_ENV: 'development', MPP_DATA_DIR: sqliteDataDir, MPP_DATABASE_URL: '' };
  let launched: Launched | undefined;
  let blocker: Server | undefined;

  afterEach(async () => {
    killGroup(launched);
    launched = undefined;
    if (blocker) await new Promise((resolve) => blocker!.close(resolve));
    blocker = undefined;
  });
  afterAll(() => rmSync(sqliteDataDir, { recursive: true, force: true }));

  /** Every service's own line saying it closed its server and database, rather than being killed. */
  const expectEveryServiceStoppedItself = (output: string) => {
    expect(['gateway', ...registry.map((entry) => entry.name)].filter((name) => !saidStopped(output, name))).toEqual([]);
  };

  it('SIGTERM to the npm process alone (npm does not pass it on) stops every process of it within 10 s', async () => {
    const { ports, env } = await freePorts();
    launched = launch('npm', { ...sqliteEnv, ...env });
    await waitForOutput(launched, READY, START_TIMEOUT_MS);
    // npm, the shell it runs the script in, start.mjs, every subgraph and the gateway.
    expect(processesOf(launched.group).length).toBeGreaterThanOrEqual(3 + registry.length + 1);

    process.kill(launched.group, 'SIGTERM');

    expect(await untilGroupGone(launched.group, STOP_WITHIN_MS)).toBeLessThanOrEqual(STOP_WITHIN_MS);
    // The group is gone; what the launcher wrote last may still be in the pipe.
    await launched.drained;
    expect(launched.output()).toContain('the process that ran npm start is gone');
    expectEveryServiceStoppedItself(launched.output());
    await expectNothingAnswers(ports);
  }, TEST_TIMEOUT_MS);

  it('a closed terminal (SIGHUP to the group) stops everything within 10 s, each service stopping itself', async () => {
    const { ports, env } = await freePorts();
    launched = launch('npm', { ...sqliteEnv, ...env });
    await waitForOutput(launched, READY, START_TIMEOUT_MS);

    process.kill(-launched.group, 'SIGHUP');

    expect(await untilGroupGone(launched.group, STOP_WITHIN_MS)).toBeLessThanOrEqual(STOP_WITHIN_MS);
    // The group is gone; what the launcher wrote last may still be in the pipe.
    await launched.drained;
    // The launcher hears the hangup itself, or first notices that npm, hung up too, is gone: either stops everything.
    expect(launched.output()).toMatch(/\[start\] stopped everything( \(SIGHUP\)|: the process that ran npm start is gone)\./);
    expectEveryServiceStoppedItself(launched.output());
    await expectNothingAnswers(ports);
  }, TEST_TIMEOUT_MS);

  it('a launcher killed with SIGKILL leaves nothing behind: each service stops itself when its channel closes', async () => {
    const { ports, env } = await freePorts();
    launched = launch('start.mjs', { ...sqliteEnv, ...env });
    await waitForOutput(launched, READY, START_TIMEOUT_MS);

    process.kill(launched.group, 'SIGKILL');

    expect(await untilGroupGone(launched.group, STOP_WITHIN_MS)).toBeLessThanOrEqual(STOP_WITHIN_MS);
    // The group is gone; what the launcher wrote last may still be in the pipe.
    await launched.drained;
    expectEveryServiceStoppedItself(launched.output());
    await expectNothingAnswers(ports);
  }, TEST_TIMEOUT_MS);

  describe.each(testDatabaseTargets())('on $label', ({ databaseUrl }) => {
    let platform: TestPlatform;
    beforeAll(() => (platform = testPlatformConfig(databaseUrl)));
    afterAll(() => platform.cleanup(registry.map((entry) => entry.name)));

    it('a subgraph killed after ready is started again and answers through the gateway; Ctrl-C (SIGINT to the group) then stops everything within 10 s', async () => {
      const { ports, env } = await freePorts();
      launched = launch('npm', {
        NODE_ENV: 'development',
        MPP_DATA_DIR: platform.config.dataDir,
        MPP_DATABASE_URL: databaseUrl ?? '',
        MPP_DATABASE_PREFIX: platform.config.databasePrefix,
        ...env,
      });
      expect(await waitForOutput(launched, READY, START_TIMEOUT_MS)).toMatch(databaseUrl ? /ready .* on MySQL\/MariaDB/ : /ready .* on SQLite/);
      const agencies = registry.find((entry) => entry.name === 'agencies')!;
      const [killed] = processesOf(launched.group).filter((entry) => entry.args.includes(join(agencies.workspace, 'dist/main.js')));
      const agencyQuery = '{ agency(slug: "bri") { name booths { code } } }';
      expect((await post(ports.gateway, agencyQuery)).data.agency.booths.length).toBeGreaterThan(0);

      process.kill(killed.pid, 'SIGKILL');

      await waitForOutput(launched, /\[start\] agencies stopped unexpectedly after [\d.]+ s \(killed by SIGKILL\)/, 10_000);
      await waitForOutput(launched, /\[start\] restarting agencies in 1\.0 s \(restart 1\)/, 10_000);
      await waitForOutput(launched, /agencies is healthy again \(restart 1\)/, 60_000);
      const restarted = processesOf(launched.group).filter((entry) => entry.args.includes(join(agencies.workspace, 'dist/main.js')));
      expect(restarted.map((entry) => entry.pid)).not.toContain(killed.pid);
      expect(restarted).toHaveLength(1);
      const answer = await post(ports.gateway, agencyQuery);
      expect(answer.errors).toBeUndefined();
      expect(answer.data.agency.booths.length).toBeGreaterThan(0);

      const beforeSigint = launched.output().length;
      process.kill(-launched.group, 'SIGINT');

      expect(await untilGroupGone(launched.group, STOP_WITHIN_MS)).toBeLessThanOrEqual(STOP_WITHIN_MS);
      // The group is gone; what the launcher wrote last may still be in the pipe.
      await launched.drained;
      const stopping = launched.output().slice(beforeSigint);
      // Every service got the signal too; none of them stopping is taken for a crash.
      // As for a hangup: the signal itself, or npm (interrupted too) found gone first.
      expect(stopping).toMatch(/\[start\] stopped everything( \(SIGINT\)|: the process that ran npm start is gone)\./);
      expect(stopping).not.toMatch(/unexpectedly|could not start|restarting/);
      expectEveryServiceStoppedItself(stopping);
      await expectNothingAnswers(ports);
    }, TEST_TIMEOUT_MS);
  });

  it('a service that keeps crashing is restarted after 1, 2, 4 … seconds, each time with its reason, and comes back once it can', async () => {
    const { ports, env } = await freePorts();
    launched = launch('npm', { ...sqliteEnv, ...env });
    await waitForOutput(launched, READY, START_TIMEOUT_MS);
    const catalog = registry.find((entry) => entry.name === 'catalog')!;
    const [first] = processesOf(launched.group).filter((entry) => entry.args.includes(join(catalog.workspace, 'dist/main.js')));

    // Once it is gone, something else takes its port: every restart fails until that goes away.
    process.kill(first.pid, 'SIGKILL');
    await waitForOutput(launched, /\[start\] restarting catalog in 1\.0 s \(restart 1\)/, 10_000);
    blocker = createServer((_req, res) => res.writeHead(200).end());
    await new Promise<void>((resolve) => blocker!.listen(ports.catalog, '127.0.0.1', resolve));

    await waitForOutput(launched, /\[start\] restarting catalog in 2\.0 s \(restart 2\)/, 20_000);
    const secondRestartSaid = Date.now();
    const failedRestart = launched.output().split('\n').find((line) => line.startsWith('[start] catalog stopped unexpectedly') && line.includes('exit code 1'));
    expect(failedRestart).toMatch(`(exit code 1): configuration error: MPP_CATALOG_PORT: port ${ports.catalog} on 127.0.0.1 is in use`);
    await waitForOutput(launched, /\[start\] restarting catalog in 4\.0 s \(restart 3\)/, 20_000);
    // It waited as long as it said, rather than spinning.
    expect(Date.now() - secondRestartSaid).toBeGreaterThanOrEqual(2_000);
    await new Promise((resolve) => blocker!.close(resolve));
    blocker = undefined;

    await waitForOutput(launched, /catalog is healthy again \(restart 3\)/, 30_000);
    const answer = await post(ports.gateway, '{ service(slug: "perpanjangan-sim") { name agency { name } } }');
    expect(answer.errors).toBeUndefined();
    expect(answer.data.service.agency.name).toBeTruthy();
    expect(launched.output()).not.toMatch(/restart 4/);
  }, TEST_TIMEOUT_MS);

  it.each(['agencies', 'gateway'])(
    'the %s port already in use stops everything with a message naming its variable, even when what holds it answers /health',
    async (service) => {
      const { ports, env } = await freePorts();
      // Something else, healthy-looking, holds the port: its answers must not pass for the service's.
      blocker = createServer((_req, res) => res.writeHead(200).end('{"status":"ok"}'));
      await new Promise<void>((resolve) => blocker!.listen(ports[service], '127.0.0.1', resolve));
      launched = launch('npm', { ...sqliteEnv, ...env });

      const { code } = await exitWithout(launched, /platform is ready|restarting/);

      const variable = `MPP_${service.toUpperCase()}_PORT`;
      expect(code).not.toBe(0);
      expect(launched.output()).toContain(
        `configuration error: ${variable}: port ${ports[service]} on 127.0.0.1 is in use: stop what uses it or set ${variable} to another port.`,
      );
      // The reason comes last, where the operator looks.
      const lastLine = launched.output().trim().split('\n').at(-1);
      expect(lastLine).toBe(
        `[start] ${service} could not start (exit code 1): configuration error: ${variable}: port ${ports[service]} on 127.0.0.1 is in use: stop what uses it or set ${variable} to another port.`,
      );
      expect(launched.output()).not.toMatch(/healthy|restarting/);
      expect(await untilGroupGone(launched.group, STOP_WITHIN_MS)).toBeLessThanOrEqual(STOP_WITHIN_MS);
      // The group is gone; what the launcher wrote last may still be in the pipe.
      await launched.drained;
      await expectNothingAnswers(Object.fromEntries(Object.entries(ports).filter(([name]) => name !== service)));
    },
    TEST_TIMEOUT_MS,
  );

  it('an MPP_HOST that is not an address of this machine stops everything with a message naming MPP_HOST', async () => {
    const { env } = await freePorts();
    // 192.0.2.0/24 is reserved for documentation (RFC 5737): no machine has it.
    launched = launch('npm', { ...sqliteEnv, ...env, MPP_HOST: '192.0.2.1' });

    const { code } = await exitWithout(launched, /platform is ready|restarting/);

    expect(code).not.toBe(0);
    expect(launched.output()).toMatch(
      /\[start\] \w+ could not start \(exit code 1\): configuration error: MPP_HOST: 192\.0\.2\.1 is not an address of this machine: set MPP_HOST to one of its addresses, or 0\.0\.0\.0 for all\.\n$/,
    );
    expect(await untilGroupGone(launched.group, STOP_WITHIN_MS)).toBeLessThanOrEqual(STOP_WITHIN_MS);
    // The group is gone; what the launcher wrote last may still be in the pipe.
    await launched.drained;
  }, TEST_TIMEOUT_MS);

  it('a port fetch refuses (MPP_AGENCIES_PORT=5061) is refused before anything starts, naming its variable', async () => {
    const { env } = await freePorts();
    launched = launch('npm', { ...sqliteEnv, ...env, MPP_AGENCIES_PORT: '5061' });

    const { code } = await exitWithout(launched, /platform is ready|\[agencies\]/);

    expect(code).not.toBe(0);
    expect(launched.output()).toMatch(/\[start\] configuration error: MPP_AGENCIES_PORT: port 5061 is one that fetch refuses/);
    expect(launched.output()).not.toMatch(/healthy|\[agencies\]|\[gateway\]/);
    expect(await untilGroupGone(launched.group, STOP_WITHIN_MS)).toBeLessThanOrEqual(STOP_WITHIN_MS);
    // The group is gone; what the launcher wrote last may still be in the pipe.
    await launched.drained;
  }, TEST_TIMEOUT_MS);
});
