import type { ApolloServer } from '@apollo/server';
import cors from 'cors';
import { Router, type Request, type Response } from 'express';
import { clock, type Logger } from '@mpp/kit';
import { securityHeaders } from './admin-site';
import type { GatewayContext } from './gateway';

/**
 * `GET /board/events`: the queue board as server-sent events, for the display screens of the
 * mall hall. @apollo/gateway forwards no subscriptions, and a hall of screens polling
 * `queueBoard` through /graphql costs the gateway an HTTP request and an Apollo request each
 * per screen and second, even when its response cache answers them. Here the gateway reads each
 * board once a second, whoever follows it, and writes only what changed to every screen on
 * connections that stay open.
 */
export const BOARD_EVENTS_PATH = '/board/events';

/**
 * Open streams per gateway process, all boards together: a hall has dozens of screens, and each
 * stream holds a connection and its buffers for as long as it stays, so a few thousand is room
 * for every screen of the mall many times over while no flood of connections can take the
 * process's memory or file descriptors. Beyond it: 503.
 */
export const MAX_BOARD_STREAMS = 2_000;

export const DEFAULT_BOARD_LIMIT = 10;
/** The largest board a display asks for; the queueing subgraph allows more to other readers. */
export const MAX_BOARD_LIMIT = 20;
/**
 * The floors a booth can be on (the agencies subgraph's rule for booths): a board of any other
 * floor is empty, and refusing it keeps the number of distinct boards, each read every second,
 * small.
 */
const LOWEST_FLOOR = -2;
const HIGHEST_FLOOR = 10;

/**
 * What a display shows of a call, read as an anonymous caller. Named, so that the gateway's
 * request log tells these readings from screens' own queries.
 */
export const BOARD_EVENTS_QUERY =
  'query BoardEvents($limit: Int!, $floor: Int) { queueBoard(limit: $limit, floor: $floor) { id number status calledAt service { id } counter { id name floor booth { code } } } }';

/**
 * A second between one reading's answer and the next reading: a call shows within about a
 * second. Counted from the answer, not the start, so readings never overlap, and the gateway's
 * response cache, which keeps an anonymous board for the second its cache hint allows from just
 * before the answer came back, has let it go when the next reading asks.
 */
const READING_INTERVAL_MS = 1_000;
/** A comment on every stream this often, so proxies and browsers do not take it for dead. */
const KEEP_ALIVE_MS = 15_000;
/** How soon a browser's EventSource reconnects after losing the stream. */
const RECONNECT_MS = 2_000;
/**
 * Bytes a stream may have waiting for its client (a few board events): a screen that reads
 * slower than the board changes is dropped rather than held in memory; its EventSource
 * reconnects and gets the board as it is then.
 */
const MAX_WAITING_BYTES = 64 * 1024;

const KEEP_ALIVE_COMMENT = ': keep-alive\n\n';

/** Which board: one floor's (null: every floor's) latest `limit` calls. */
export interface BoardSelection {
  floor: number | null;
  limit: number;
}

/** Reads a board: its calls, or null when it cannot be read now (the queueing subgraph is unreachable). */
export type BoardReader = (selection: BoardSelection) => Promise<unknown[] | null>;

/**
 * Reads the board through the gateway's own execution, with the context a request without a
 * token gets: the same operation limits, request log line and anonymous internal token as a
 * screen's poll of /graphql, without an HTTP round trip to itself. A partial answer (booth
 * codes missing while the agencies subgraph is down) still shows the calls.
 */
export function boardThroughGateway(apollo: ApolloServer<GatewayContext>, anonymousContext: () => GatewayContext): BoardReader {
  return async ({ floor, limit }) => {
    const response = await apollo.executeOperation<{ queueBoard: unknown[] }>(
      { query: BOARD_EVENTS_QUERY, variables: { floor, limit } },
      { contextValue: anonymousContext() },
    );
    if (response.body.kind !== 'single') return null;
    const board = response.body.singleResult.data?.queueBoard;
    return Array.isArray(board) ? board : null;
  };
}

/** Where a feed writes its events: an HTTP response in the gateway, any writable stream in a test. */
export interface EventStreamListener {
  write(chunk: string): boolean;
  /** Bytes written and not yet taken by the client's connection. */
  readonly writableLength: number;
  readonly writableEnded: boolean;
  readonly destroyed: boolean;
  destroy(): void;
}

/** One server-sent event; `data` is one line of JSON. */
function eventFrame(name: 'board' | 'unavailable', data: string): string {
  return `event: ${name}\ndata: ${data}\n\n`;
}

/**
 * One board and everyone following it: reads it while at least one listener stays, sends each
 * change to all of them, and stops — no timer left — when the last one leaves. A feed that
 * stopped never starts again; the next listener gets a new one.
 */
class BoardFeed {
  private readonly listeners = new Set<EventStreamListener>();
  /** The last event sent (the board, or that it is unavailable): a new listener gets it at once. */
  private latest: string | null = null;
  /** The board last sent, as JSON; null before the first and after `unavailable`, so the next reading is sent whatever it holds. */
  private sentBoard: string | null = null;
  private unavailable = false;
  private nextReading: NodeJS.Timeout | undefined;
  private readonly keepAlive: NodeJS.Timeout;
  private stopped = false;

  constructor(
    private readonly selection: BoardSelection,
    private readonly read: BoardReader,
    private readonly logger: Logger,
    private readonly onStopped: () => void,
  ) {
    this.keepAlive = setInterval(() => this.broadcast(KEEP_ALIVE_COMMENT), KEEP_ALIVE_MS);
    void this.readBoard();
  }

  add(listener: EventStreamListener): void {
    this.listeners.add(listener);
    if (this.latest) this.send(listener, this.latest);
  }

  remove(listener: EventStreamListener): void {
    if (!this.listeners.delete(listener) || this.listeners.size > 0) return;
    this.stop();
  }

  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    clearTimeout(this.nextReading);
    clearInterval(this.keepAlive);
    this.listeners.clear();
    this.onStopped();
  }

  private async readBoard(): Promise<void> {
    let board: unknown[] | null;
    try {
      board = await this.read(this.selection);
    } catch (error) {
      this.logger.warn('the board could not be read', { ...this.selection, error });
      board = null;
    }
    // Everyone left while it was being read: nobody to tell, nothing to schedule.
    if (this.stopped) return;
    const at = JSON.stringify(clock.now().toISOString());
    if (board) {
      const json = JSON.stringify(board);
      if (this.unavailable) this.logger.info('the board can be read again', { ...this.selection });
      this.unavailable = false;
      if (json !== this.sentBoard) {
        this.sentBoard = json;
        this.publish(eventFrame('board', `{"board":${json},"at":${at}}`));
      }
    } else if (!this.unavailable) {
      // Once per outage: screens keep the calls they show and may say the board is not current.
      this.logger.warn('the board cannot be read: its screens are told it is unavailable', { ...this.selection });
      this.unavailable = true;
      this.sentBoard = null;
      this.publish(eventFrame('unavailable', `{"at":${at}}`));
    }
    // Sending may have dropped the last listener (a slow one).
    if (!this.stopped) this.nextReading = setTimeout(() => void this.readBoard(), READING_INTERVAL_MS);
  }

  private publish(frame: string): void {
    this.latest = frame;
    this.broadcast(frame);
  }

  private broadcast(frame: string): void {
    // A copy: sending may remove a listener (a slow one dropped).
    for (const listener of [...this.listeners]) this.send(listener, frame);
  }

  private send(listener: EventStreamListener, frame: string): void {
    if (listener.destroyed || listener.writableEnded) {
      this.remove(listener);
      return;
    }
    listener.write(frame);
    if (listener.writableLength > MAX_WAITING_BYTES) {
      this.remove(listener);
      listener.destroy();
    }
  }
}

/** The query string's floor and limit, or a sentence saying what is wrong with them. */
export function boardSelectionOf(query: Request['query']): BoardSelection | string {
  const { floor, limit } = query;
  const floorMessage = `floor must be a whole number from ${LOWEST_FLOOR} to ${HIGHEST_FLOOR}.`;
  const limitMessage = `limit must be a whole number from 1 to ${MAX_BOARD_LIMIT}.`;
  let selection: BoardSelection = { floor: null, limit: DEFAULT_BOARD_LIMIT };
  if (floor !== undefined) {
    const value = typeof floor === 'string' && /^-?\d{1,3}$/.test(floor) ? Number(floor) : NaN;
    if (!(value >= LOWEST_FLOOR && value <= HIGHEST_FLOOR)) return floorMessage;
    selection = { ...selection, floor: value };
  }
  if (limit !== undefined) {
    const value = typeof limit === 'string' && /^\d{1,3}$/.test(limit) ? Number(limit) : NaN;
    if (!(value >= 1 && value <= MAX_BOARD_LIMIT)) return limitMessage;
    selection = { ...selection, limit: value };
  }
  return selection;
}

/**
 * Every board followed through one gateway process: one feed per distinct (floor, limit), the
 * open streams counted against a cap. Anonymous: a display is public, and so is the board.
 */
export class BoardEvents {
  private readonly feeds = new Map<string, BoardFeed>();
  private readonly streams = new Set<Response>();
  private closed = false;

  constructor(
    private readonly read: BoardReader,
    private readonly logger: Logger,
    private readonly maxStreams: number = MAX_BOARD_STREAMS,
  ) {}

  /** Boards being read now. */
  get activeFeeds(): number {
    return this.feeds.size;
  }

  /**
   * The route, mounted at BOARD_EVENTS_PATH: CORS for the configured origins (MPP_CORS_ORIGINS)
   * and the security headers of the gateway's other pages, on refusals too.
   */
  router(corsOrigins: string[]): Router {
    const router = Router();
    router.use(securityHeaders, cors({ origin: corsOrigins, methods: ['GET'], maxAge: 600 }));
    router.get('/', (req, res) => this.open(req, res));
    router.all('/', (_req, res) => {
      res.status(405).set({ Allow: 'GET', 'Cache-Control': 'no-store' }).type('text/plain').send('Follow the board with GET.');
    });
    return router;
  }

  /** Sends the board's events to `listener` from now on; the function returned stops that. */
  follow(selection: BoardSelection, listener: EventStreamListener): () => void {
    const key = `${selection.floor ?? 'all'}:${selection.limit}`;
    let feed = this.feeds.get(key);
    if (!feed) {
      const started: BoardFeed = new BoardFeed(selection, this.read, this.logger, () => {
        if (this.feeds.get(key) === started) this.feeds.delete(key);
      });
      this.feeds.set(key, started);
      feed = started;
    }
    const followed = feed;
    followed.add(listener);
    return () => followed.remove(listener);
  }

  /** Ends every stream and stops every feed (the gateway stopping); later requests get 503. */
  close(): void {
    this.closed = true;
    for (const stream of this.streams) stream.end();
    this.streams.clear();
    for (const feed of [...this.feeds.values()]) feed.stop();
  }

  private open(req: Request, res: Response): void {
    const selection = boardSelectionOf(req.query);
    if (typeof selection === 'string') {
      res.status(400).set('Cache-Control', 'no-store').type('text/plain').send(selection);
      return;
    }
    if (this.closed || this.streams.size >= this.maxStreams) {
      res.status(503).set({ 'Cache-Control': 'no-store', 'Retry-After': '5' }).type('text/plain').send('Too many screens follow the board here now; try again in a few seconds.');
      return;
    }
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      // Every event is news: nothing may keep, transform (compress) or hold back (nginx) the stream.
      'Cache-Control': 'no-cache, no-transform',
      'X-Accel-Buffering': 'no',
    });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    res.write(`retry: ${RECONNECT_MS}\n\n`);
    this.streams.add(res);
    const unfollow = this.follow(selection, res);
    // A connection reset must not reach the process as an unhandled error; 'close' follows it.
    res.on('error', (error) => this.logger.debug('a board stream failed', { error }));
    res.on('close', () => {
      this.streams.delete(res);
      unfollow();
    });
  }
}
