import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { findRepositoryRoot, graphqlUrl, subgraphRegistry } from '@mpp/kit';
import type { TestPlatformRun } from './platform';

const root = findRepositoryRoot(__dirname);

/** How long a start (migrations, the seed of an empty database) may take before the test gives up. */
const READY_WITHIN_MS = 60_000;

/**
 * One subgraph of a test platform run as a process of its own, as production runs it: the built
 * `<workspace>/dist/main.js` (`npm test` builds first), configured like the platform (same data
 * folder, database and clock) on a port the test chose, so it can be killed and started again
 * where the gateway expects it.
 */
export class SubgraphProcess {
  private constructor(
    readonly name: string,
    readonly port: number,
    private readonly child: ChildProcess,
    private readonly printed: () => string,
    /** Resolves when the process has exited, however it ended. */
    readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>,
  ) {}

  /** Where the gateway finds it. */
  static urlOf(port: number): string {
    return graphqlUrl('127.0.0.1', port);
  }

  get url(): string {
    return SubgraphProcess.urlOf(this.port);
  }

  get pid(): number {
    return this.child.pid!;
  }

  /** Everything it printed so far (for a failure's message). */
  output(): string {
    return this.printed();
  }

  /** Starts it and resolves once its /health answers 200; fails with its output if it exits or takes too long. */
  static async start(platform: TestPlatformRun, name: string, port: number, env: Record<string, string> = {}): Promise<SubgraphProcess> {
    const entry = subgraphRegistry(root).find((candidate) => candidate.name === name);
    if (!entry) throw new Error(`no subgraph "${name}" in the registry`);
    const main = join(root, entry.workspace, 'dist/main.js');
    if (!existsSync(main)) throw new Error(`${entry.workspace}/dist/main.js is missing: build first (npx turbo run build)`);
    const child = spawn(process.execPath, ['--enable-source-maps', main], {
      cwd: root,
      // Nothing of this process's own settings leaks in: the child gets exactly the platform's.
      env: { PATH: process.env.PATH ?? '', ...platform.processEnvironment(name, port), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
    const running = new SubgraphProcess(name, port, child, () => output, exited);
    await running.untilHealthy();
    return running;
  }

  private async untilHealthy(): Promise<void> {
    let gone: { code: number | null; signal: NodeJS.Signals | null } | undefined;
    void this.exited.then((exit) => (gone = exit));
    const since = Date.now();
    for (;;) {
      if (gone) throw new Error(`${this.name} exited (${gone.signal ?? gone.code}) before it was healthy:\n${this.output()}`);
      try {
        const response = await fetch(`http://127.0.0.1:${this.port}/health`);
        if (response.status === 200) return;
      } catch {
        // not listening yet
      }
      if (Date.now() - since > READY_WITHIN_MS) {
        this.child.kill('SIGKILL');
        throw new Error(`${this.name} was not healthy within ${READY_WITHIN_MS} ms:\n${this.output()}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** Kills it with SIGKILL (no chance to finish anything) and resolves once it is gone. */
  async kill(): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
    return this.exited;
  }

  /** Stops it as an operator would (SIGTERM) and resolves once it is gone. */
  async stop(): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGTERM');
    return this.exited;
  }
}
