/**
 * Display screens following the queue board, as a hall full of them would: each asks the
 * gateway for `queueBoard` once a second (anonymously, like a display), starting at a random
 * moment of the first second so they do not all ask at once. Run as a process of its own by
 * the queueing benchmark, so that the screens' own work is not counted as the platform's.
 *
 * argv: <gateway url> <screens> <seconds>. Prints one JSON line: polls, failures, the slowest
 * answer (ms).
 */
import { setTimeout as sleep } from 'node:timers/promises';

export const BOARD_QUERY = '{ queueBoard(limit: 10) { number calledAt counter { name } } }';

async function followBoard(url: string, untilMs: number, tally: { polls: number; failures: number; slowestMs: number }): Promise<void> {
  await sleep(Math.random() * 1000);
  const body = JSON.stringify({ query: BOARD_QUERY });
  while (Date.now() < untilMs) {
    const started = Date.now();
    try {
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      const result = (await response.json()) as { errors?: unknown };
      if (!response.ok || result.errors) tally.failures += 1;
    } catch {
      tally.failures += 1;
    }
    tally.polls += 1;
    const tookMs = Date.now() - started;
    tally.slowestMs = Math.max(tally.slowestMs, tookMs);
    await sleep(Math.max(0, 1000 - tookMs));
  }
}

async function main(): Promise<void> {
  const [url, screens, seconds] = [process.argv[2], Number(process.argv[3]), Number(process.argv[4])];
  const tally = { polls: 0, failures: 0, slowestMs: 0 };
  const untilMs = Date.now() + seconds * 1000;
  await Promise.all(Array.from({ length: screens }, () => followBoard(url, untilMs, tally)));
  process.stdout.write(`${JSON.stringify(tally)}\n`);
}

if (require.main === module) {
  main().catch((error) => {
    process.stderr.write(`${error?.stack ?? error}\n`);
    process.exit(1);
  });
}
