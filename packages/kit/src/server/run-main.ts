import { GraphQLError } from 'graphql';
import { ConfigError } from '../config/config';

/**
 * Runs a service's main(): a configuration error prints its message (naming the variable)
 * and exits 1; SIGINT/SIGTERM call the returned stop function once, then exit. A command
 * (`exitWhenDone`) exits as soon as main is done.
 */
export function runMain(main: () => Promise<() => Promise<void>>, options: { exitWhenDone?: boolean } = {}): void {
  void main().then(
    (stop) => {
      if (options.exitWhenDone) {
        void stop().then(() => process.exit(0));
        return;
      }
      let stopping = false;
      const shutdown = (signal: NodeJS.Signals) => {
        if (stopping) return;
        stopping = true;
        void stop().then(
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
        error instanceof ConfigError
          ? `configuration error: ${error.message}\n`
          : error instanceof GraphQLError
            ? `${error.message}\n`
            : `failed: ${(error as Error | undefined)?.stack ?? String(error)}\n`,
      );
      process.exit(1);
    },
  );
}
