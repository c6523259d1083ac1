import { spawn, type ChildProcess } from 'node:child_process';

/** How long a start (migrations, the seed of an empty database) may take before the caller gives up. */
const READY_WITHIN_MS = 60_000;

export interface ProcessExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface ServiceLaunch {
  /** Names it in errors. */
  name: string;
  /** A Node script and its arguments, run with this Node. */
  script: string;
  args?: string[];
  cwd: string;
  /** Its whole environment: nothing of this process's own settings leaks in. */
  env: Record<string, string>;
}

/**
 * A part of the platform (or another program a test or the bench needs) run as a process of its
 * own, with its output kept for a failure's message.
 */
export class ServiceProcess {
  readonly name: string;
  private readonly child: ChildProcess;
  private printed = '';
  /** Resolves when the process has exited, however it ended. */
  readonly exited: Promise<ProcessExit>;

  /** Starts the process, without waiting for it to serve (see untilReady). */
  protected constructor({ name, script, args = [], cwd, env }: ServiceLaunch) {
    this.name = name;
    this.child = spawn(process.execPath, ['--enable-source-maps', script, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    this.child.stdout!.on('data', (chunk: Buffer) => (this.printed += chunk.toString()));
    this.child.stderr!.on('data', (chunk: Buffer) => (this.printed += chunk.toString()));
    this.exited = new Promise<ProcessExit>((resolve) => this.child.once('exit', (code, signal) => resolve({ code, signal })));
  }

  /** Starts one and resolves once `isReady` says it serves; fails with its output if it exits or takes too long. */
  static async run(launch: ServiceLaunch, isReady: () => Promise<boolean>): Promise<ServiceProcess> {
    const started = new ServiceProcess(launch);
    await started.untilReady(isReady);
    return started;
  }

  get pid(): number {
    return this.child.pid!;
  }

  /** Everything it printed so far (for a failure's message). */
  output(): string {
    return this.printed;
  }

  /** Waits until `isReady` says so; kills it and fails with its output if it exits first or takes too long. */
  protected async untilReady(isReady: () => Promise<boolean>): Promise<void> {
    let gone: ProcessExit | undefined;
    void this.exited.then((exit) => (gone = exit));
    const since = Date.now();
    for (;;) {
      if (gone) throw new Error(`${this.name} exited (${gone.signal ?? gone.code}) before it was ready:\n${this.output()}`);
      try {
        if (await isReady()) return;
      } catch {
        // not listening yet
      }
      if (Date.now() - since > READY_WITHIN_MS) {
        this.child.kill('SIGKILL');
        throw new Error(`${this.name} was not ready within ${READY_WITHIN_MS} ms:\n${this.output()}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** Kills it with SIGKILL (no chance to finish anything) and resolves once it is gone. */
  async kill(): Promise<ProcessExit> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
    return this.exited;
  }

  /** Stops it as an operator would (SIGTERM) and resolves once it is gone. */
  async stop(): Promise<ProcessExit> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGTERM');
    return this.exited;
  }
}
