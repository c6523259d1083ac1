import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findRepositoryRoot } from '@mpp/kit';
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

  it('runs every service on SQLite, seeds, answers across subgraphs, and stops cleanly on SIGTERM', async () => {
    const [gateway, agencies, catalog] = [await freePort(), await freePort(), await freePort()];
    child = spawn(process.execPath, [join(root, 'scripts/start.mjs')], {
      cwd: root,
      env: {
        ...process.env,
        NODE_ENV: 'development',
        MPP_DATA_DIR: dataDir,
        MPP_DATABASE_URL: '',
        MPP_GATEWAY_PORT: String(gateway),
        MPP_AGENCIES_PORT: String(agencies),
        MPP_CATALOG_PORT: String(catalog),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const output = await waitForOutput(child, /platform is ready/, 120_000);
    expect(output).toContain(`http://127.0.0.1:${gateway}/graphql`);

    const health = await fetch(`http://127.0.0.1:${gateway}/health`);
    expect(health.status).toBe(200);
    const response = await fetch(`http://127.0.0.1:${gateway}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ agency(slug: "bri") { name booths { code floor status } services { name fee { amount tiers { label amount } } } } }' }),
    });
    const body = (await response.json()) as { data: { agency: { booths: unknown[]; services: unknown[] } } };
    expect(body.data.agency.booths.length).toBeGreaterThan(0);
    expect(body.data.agency.services.length).toBeGreaterThanOrEqual(2);

    let rest = '';
    child.stdout!.on('data', (chunk: Buffer) => (rest += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child!.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    // Each service closed its server and database itself, rather than being killed.
    for (const service of ['agencies', 'catalog', 'gateway']) expect(rest).toContain(`[${service}] stopped`);
    // Every port is free again: no service outlived the launcher.
    for (const port of [gateway, agencies, catalog]) {
      await expect(fetch(`http://127.0.0.1:${port}/health`)).rejects.toThrow();
    }
  });
});
