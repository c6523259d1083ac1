import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { findRepositoryRoot, graphqlUrl, subgraphRegistry } from '@mpp/kit';
import type { TestPlatformRun } from './platform';
import { ServiceProcess } from './service-process';

const root = findRepositoryRoot(__dirname);

/**
 * One subgraph of a test platform run as a process of its own, as production runs it: the built
 * `<workspace>/dist/main.js` (`npm test` builds first), configured like the platform (same data
 * folder, database and clock) on a port the test chose, so it can be killed and started again
 * where the gateway expects it.
 */
export class SubgraphProcess extends ServiceProcess {
  private constructor(
    name: string,
    readonly port: number,
    script: string,
    env: Record<string, string>,
  ) {
    super({ name, script, cwd: root, env });
  }

  /** Where the gateway finds it. */
  static urlOf(port: number): string {
    return graphqlUrl('127.0.0.1', port);
  }

  get url(): string {
    return SubgraphProcess.urlOf(this.port);
  }

  /** Starts it and resolves once its /health answers 200; fails with its output if it exits or takes too long. */
  static async start(platform: TestPlatformRun, name: string, port: number, env: Record<string, string> = {}): Promise<SubgraphProcess> {
    const entry = subgraphRegistry(root).find((candidate) => candidate.name === name);
    if (!entry) throw new Error(`no subgraph "${name}" in the registry`);
    const main = join(root, entry.workspace, 'dist/main.js');
    if (!existsSync(main)) throw new Error(`${entry.workspace}/dist/main.js is missing: build first (npx turbo run build)`);
    const running = new SubgraphProcess(name, port, main, { PATH: process.env.PATH ?? '', ...platform.processEnvironment(name, port), ...env });
    await running.untilReady(async () => (await fetch(`http://127.0.0.1:${port}/health`)).status === 200);
    return running;
  }
}
