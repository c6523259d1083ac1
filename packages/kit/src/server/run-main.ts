import { ConfigError } from '../config/config';

/**
 * Runs a service's main(): a configuration error prints its message (naming the variable)
 * and exits 1; SIGINT/SIGTERM call the returned stop function once, then exit.
 */
export function runMain(main: () => Promise<() => Promise<void>>): void {
  main().then(
    (stop) => {
      let stopping = false;
      const shutdown = (signal: NodeJS.Signals) => {
        if (stopping) return;
        stopping = true;
        stop().then(
          () => process.exit(0),
          (error) => {
            process.stderr.write(`error while stopping after ${signal}: ${String(error)}\n`);
            process.exit(1);
          },
        );
      };
      process.once('SIGINT', shutdown);
      process.once('SIGTERM', shutdown);
    },
    (error) => {
      process.stderr.write(
        error instanceof ConfigError ? `configuration error: ${error.message}\n` : `failed to start: ${error?.stack ?? error}\n`,
      );
      process.exit(1);
    },
  );
}
