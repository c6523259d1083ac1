/**
 * Display screens following the queue board, as a hall full of them would, in one of two ways:
 * - `poll`: each asks the gateway for `queueBoard` once a second (anonymously, like a display);
 * - `stream`: each keeps `GET /board/events` open, as a browser's EventSource does, and reads
 *   the events the gateway sends.
 * Each screen starts at a random moment of the first second so they do not all arrive at once.
 * Run as a process of its own by the queueing benchmark, so that the screens' own work is not
 * counted as the platform's.
 *
 * argv: <poll|stream> <gateway url> <screens> <seconds>. Prints one JSON line (ScreensTally).
 */
import { setTimeout as sleep } from 'node:timers/promises';

export const BOARD_QUERY = '{ queueBoard(limit: 10) { number calledAt counter { name } } }';
export const BOARD_EVENTS_PATH = '/board/events?limit=10';

export type ScreenMode = 'poll' | 'stream';

export interface ScreensTally {
  /** Polls sent (poll), or board events received (stream). */
  answers: number;
  failures: number;
  /** The slowest poll (poll), or the longest wait from connecting to the first board (stream), in ms. */
  slowestMs: number;
}

async function pollBoard(url: string, untilMs: number, tally: ScreensTally): Promise<void> {
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
    tally.answers += 1;
    const tookMs = Date.now() - started;
    tally.slowestMs = Math.max(tally.slowestMs, tookMs);
    await sleep(Math.max(0, 1000 - tookMs));
  }
}

/** Follows the stream until `untilMs`; a refusal, an `unavailable` event or a stream the gateway ends early is a failure. */
async function streamBoard(url: string, untilMs: number, tally: ScreensTally): Promise<void> {
  await sleep(Math.random() * 1000);
  const started = Date.now();
  const leave = new AbortController();
  const timer = setTimeout(() => leave.abort(), Math.max(0, untilMs - started));
  try {
    const response = await fetch(url, { headers: { accept: 'text/event-stream' }, signal: leave.signal });
    if (!response.ok || !response.body) {
      tally.failures += 1;
      return;
    }
    const decoder = new TextDecoder();
    let buffered = '';
    let waitingForFirst = true;
    for await (const chunk of response.body) {
      buffered += decoder.decode(chunk as Uint8Array, { stream: true });
      let end: number;
      while ((end = buffered.indexOf('\n\n')) >= 0) {
        const block = buffered.slice(0, end);
        buffered = buffered.slice(end + 2);
        if (block.startsWith('event: unavailable')) tally.failures += 1;
        if (!block.startsWith('event: board')) continue;
        tally.answers += 1;
        if (waitingForFirst) {
          waitingForFirst = false;
          tally.slowestMs = Math.max(tally.slowestMs, Date.now() - started);
        }
      }
    }
    tally.failures += 1;
  } catch {
    if (!leave.signal.aborted) tally.failures += 1;
  } finally {
    clearTimeout(timer);
  }
}

async function main(): Promise<void> {
  const [givenMode, url, screens, seconds] = [process.argv[2], process.argv[3], Number(process.argv[4]), Number(process.argv[5])];
  if (givenMode !== 'poll' && givenMode !== 'stream') throw new Error(`the mode is poll or stream, not ${givenMode}`);
  const mode: ScreenMode = givenMode;
  const tally: ScreensTally = { answers: 0, failures: 0, slowestMs: 0 };
  const untilMs = Date.now() + seconds * 1000;
  const follow = mode === 'poll' ? pollBoard : streamBoard;
  const target = mode === 'poll' ? url : new URL(BOARD_EVENTS_PATH, url).href;
  await Promise.all(Array.from({ length: screens }, () => follow(target, untilMs, tally)));
  process.stdout.write(`${JSON.stringify(tally)}\n`);
}

if (require.main === module) {
  main().catch((error) => {
    process.stderr.write(`${error?.stack ?? error}\n`);
    process.exit(1);
  });
}
