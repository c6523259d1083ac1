import { GraphQLError } from 'graphql';
import { ConfigError } from '../config/config';

/**
 * What a service tells the process that started it with an IPC channel (`npm start`): that it
 * is up (listening, so its /health now speaks for it), or why it could not start.
 */
export type SupervisorReport = { mppService: 'started' } | { mppService: 'failed'; reason: string };

/**
 * Runs a service's main(): a configuration error prints its message (naming the variable)
 * and exits 1; SIGINT/SIGTERM call the returned stop function once, then exit. A command
 * (`exitWhenDone`) exits as soon as main is done.
 *
 * A service started with an IPC channel (by `npm start`) also reports to its starter (see
 * SupervisorReport), stops when the channel closes (its starter is gone, even if it was killed
 * with SIGKILL, and no service may outlive it) and on SIGHUP. Without a channel (systemd, a
 * container) nothing of this applies.
 */
export function runMain(main: () => Promise<() => Promise<void>>, options: { exitWhenDone?: boolean } = {}): void {
  const supervised = !options.exitWhenDone && typeof process.send === 'function';
  let stopService: ((reason: string) => void) | undefined;
  if (supervised) {
    // The channel must not be what keeps a service alive; the servers do that.
    process.channel?.unref();
    process.once('disconnect', () => {
      if (stopService) {
        stopService('its starter is gone');
      } else {
        // Still starting: end as a signal would end it now, rather than finish starting for nobody.
        process.stderr.write('stopping while starting: its starter is gone\n');
        process.exit(1);
      }
    });
  }
  void main().then(
    (stop) => {
      if (options.exitWhenDone) {
        void stop().then(() => process.exit(0));
        return;
      }
      let stopping = false;
      stopService = (reason: string) => {
        if (stopping) return;
        stopping = true;
        void stop().then(
          () => process.exit(0),
          (error) => {
            process.stderr.write(`error while stopping (${reason}): ${String(error)}\n`);
            process.exit(1);
          },
        );
      };
      process.once('SIGINT', stopService);
      process.once('SIGTERM', stopService);
      if (supervised) {
        // Its starter's terminal closed: the whole group is hung up on, and stops as on Ctrl-C.
        process.once('SIGHUP', stopService);
        void report({ mppService: 'started' });
      }
    },
    (error) => {
      process.stderr.write(`${describeFailure(error, true)}\n`);
      const exit = () => process.exit(1);
      if (supervised) void report({ mppService: 'failed', reason: describeFailure(error, false) }).then(exit);
      else exit();
    },
  );
}

/** The message a failed start prints; with `details`, an unexpected error's stack. */
function describeFailure(error: unknown, details: boolean): string {
  if (error instanceof ConfigError) return `configuration error: ${error.message}`;
  if (error instanceof GraphQLError) return error.message;
  return `failed: ${details ? ((error as Error | undefined)?.stack ?? String(error)) : String(error)}`;
}

/** Resolves once the report is handed over (or could not be), so exiting right after loses nothing. */
function report(message: SupervisorReport): Promise<void> {
  return new Promise((resolve) => {
    if (!process.connected) return resolve();
    process.send!(message, undefined, undefined, () => resolve());
  });
}
