import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findRepositoryRoot, subgraphRegistry } from '@mpp/kit';
import { freePort } from '@mpp/kit/testing';

function waitForOutput(child: ChildProcess, pattern: RegExp, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`no ${pattern} within ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (pattern.test(output)) {
        clearTimeout(timer);
        resolve(output);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code} before ${pattern}:\n${output}`));
    });
  });
}

describe('npm start (the front door)', () => {
  const root = findRepositoryRoot(__dirname);
  const dataDir = mkdtempSync(join(tmpdir(), 'mpp-start-'));
  let child: ChildProcess | undefined;

  afterAll(() => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** `npm start` with its own ports and data folder, until it says it is ready. */
  async function startPlatform(ports: Record<string, number>): Promise<{ child: ChildProcess; output: string }> {
    const started = spawn(process.execPath, [join(root, 'scripts/start.mjs')], {
      cwd: root,
      env: {
        ...process.env,
        NODE_ENV: 'development',
        MPP_DATA_DIR: dataDir,
        MPP_DATABASE_URL: '',
        ...Object.fromEntries(Object.entries(ports).map(([name, port]) => [`MPP_${name.toUpperCase()}_PORT`, String(port)])),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = started;
    return { child: started, output: await waitForOutput(started, /platform is ready/, 120_000) };
  }

  /** Stops it with SIGTERM; resolves with its exit code and what it printed meanwhile. */
  async function stopPlatform(started: ChildProcess): Promise<{ code: number | null; output: string }> {
    let output = '';
    started.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => started.once('exit', (code) => resolve(code)));
    started.kill('SIGTERM');
    return { code: await exited, output };
  }

  const post = async (gatewayPort: number, query: string, token?: string) => {
    const response = await fetch(`http://127.0.0.1:${gatewayPort}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query }),
    });
    return (await response.json()) as { data: any; errors?: unknown[] };
  };

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
    const ports: Record<string, number> = { gateway: await freePort() };
    for (const { name } of subgraphRegistry(root)) ports[name] = await freePort();
    const seen: Record<string, number>[] = [];
    for (let start = 1; start <= 3; start += 1) {
      const { child: running, output } = await startPlatform(ports);
      expect(output).toContain(`http://127.0.0.1:${ports.gateway}/graphql`);
      if (start === 1) {
        expect((await fetch(`http://127.0.0.1:${ports.gateway}/health`)).status).toBe(200);
        const body = await post(ports.gateway, '{ agency(slug: "bri") { name booths { code floor status } services { name fee { amount tiers { label amount } } } } }');
        expect(body.data.agency.booths.length).toBeGreaterThan(0);
        expect(body.data.agency.services.length).toBeGreaterThanOrEqual(2);
      }
      seen.push(await versions(ports.gateway));
      const stopped = await stopPlatform(running);
      expect(stopped.code).toBe(0);
      // Each service closed its server and database itself, rather than being killed.
      for (const service of Object.keys(ports)) expect(stopped.output).toContain(`[${service}] stopped`);
      // Every port is free again: no service outlived the launcher.
      for (const port of Object.values(ports)) {
        await expect(fetch(`http://127.0.0.1:${port}/health`)).rejects.toThrow();
      }
    }
    // Starting again (migrations, seed check, start-up work) and signing in rewrite nothing.
    expect(Object.keys(seen[0]).length).toBeGreaterThan(100);
    expect(seen[1]).toEqual(seen[0]);
    expect(seen[2]).toEqual(seen[0]);
  });
});
