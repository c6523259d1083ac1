import type { ApolloServer } from '@apollo/server';
import cors from 'cors';
import { Router, type Request, type Response } from 'express';
import { clock, normaliseClientAddress, type Logger } from '@mpp/kit';
import { securityHeaders } from './admin-site';
import type { GatewayContext } from './gateway';

/**
 * `GET /board/events`: the queue board as server-sent events, for the display screens of the
 * mall hall. @apollo/gateway forwards no subscriptions, and a hall of screens polling
 * `queueBoard` through /graphql costs the gateway an HTTP request each per screen and second,
 * even when its cache of anonymous answers answers them. Here the gateway reads each
 * board once a second, whoever follows it, and writes only what changed to every screen on
 * connections that stay open.
 */
export const BOARD_EVENTS_PATH = '/board/events';

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
 * second. Counted from the answer, not the start, so readings never overlap.
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

/** What a screen follows: one floor's (null: every floor's) latest `limit` calls. */
export interface BoardSelection {
  floor: number | null;
  limit: number;
}

/**
 * Reads one floor's (null: every floor's) latest MAX_BOARD_LIMIT calls, newest first, or null
 * when the board cannot be read now (the queueing subgraph is unreachable). A screen's board
 * of `limit` calls is the first `limit` of them.
 */
export type BoardReader = (floor: number | null) => Promise<unknown[] | null>;

/** How many board streams a gateway process keeps open (MPP_BOARD_STREAMS_MAX, MPP_BOARD_STREAMS_PER_CLIENT). */
export interface BoardStreamLimits {
  /**
   * All boards together: each stream holds a connection and its buffers for as long as it
   * stays, so this bounds the process's memory and file descriptors. Beyond it: 503.
   */
  maxStreams: number;
  /**
   * From one client address (as the sign-in limits count it: an IPv6 /64 is one client): the
   * screens of one wall share an address, but one client alone cannot take every stream from
   * the hall's screens. Beyond it: 429.
   */
  maxStreamsPerClient: number;
}

/**
 * Reads the board through the gateway's own execution, with the context a request without a
 * token gets: the same operation limits and anonymous internal token as a screen's poll of
 * /graphql, without an HTTP round trip to itself (its request log line is a debug one: the
 * context says it is the gateway's own reading). It never goes through the gateway's cache of
 * anonymous answers, which stands in front of Apollo's HTTP handler: every reading is fresh, and
 * a floor's board costs one query plan a second whether or not the cache is on. A partial answer
 * (booth codes missing while the agencies subgraph is down) still shows the calls.
 */
export function boardThroughGateway(apollo: ApolloServer<GatewayContext>, anonymousContext: () => GatewayContext): BoardReader {
  return async (floor) => {
    const response = await apollo.executeOperation<{ queueBoard: unknown[] }>(
      { query: BOARD_EVENTS_QUERY, variables: { floor, limit: MAX_BOARD_LIMIT } },
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
 * One floor's board and every screen following it, whatever number of calls each shows: reads
 * the floor's latest MAX_BOARD_LIMIT calls while at least one screen stays, sends each screen
 * its first `limit` of them when those changed, and stops — no timer left — when the last one
 * leaves. A feed that stopped never starts again; the next screen gets a new one.
 */
class BoardFeed {
  /** Each screen and the number of calls it shows. */
  private readonly listeners = new Map<EventStreamListener, number>();
  /** The last board read, with when; null before the first reading and while it cannot be read. */
  private latest: { board: unknown[]; at: string } | null = null;
  /**
   * The board last sent to the screens of each limit, as JSON, so that only a change is sent;
   * a limit leaves it with its last screen, so it holds at most MAX_BOARD_LIMIT entries.
   */
  private readonly sentByLimit = new Map<number, string>();
  /** The `unavailable` event while the board cannot be read: a new screen gets it at once. */
  private unavailableFrame: string | null = null;
  private nextReading: NodeJS.Timeout | undefined;
  private readonly keepAlive: NodeJS.Timeout;
  private stopped = false;

  constructor(
    private readonly floor: number | null,
    private readonly read: BoardReader,
    private readonly logger: Logger,
    private readonly onStopped: () => void,
  ) {
    this.keepAlive = setInterval(() => this.broadcast(KEEP_ALIVE_COMMENT), KEEP_ALIVE_MS);
    void this.readBoard();
  }

  add(listener: EventStreamListener, limit: number): void {
    this.listeners.set(listener, limit);
    if (this.unavailableFrame) {
      this.send(listener, this.unavailableFrame);
    } else if (this.latest) {
      const json = JSON.stringify(this.latest.board.slice(0, limit));
      this.sentByLimit.set(limit, json);
      this.send(listener, boardFrame(json, this.latest.at));
    }
  }

  remove(listener: EventStreamListener): void {
    const limit = this.listeners.get(listener);
    if (limit === undefined) return;
    this.listeners.delete(listener);
    if (this.listeners.size === 0) {
      this.stop();
      return;
    }
    if (![...this.listeners.values()].includes(limit)) this.sentByLimit.delete(limit);
  }

  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    clearTimeout(this.nextReading);
    clearInterval(this.keepAlive);
    this.listeners.clear();
    this.onStopped();
  }

  private get logFields(): { floor: number | null } {
    return { floor: this.floor };
  }

  private async readBoard(): Promise<void> {
    let board: unknown[] | null;
    try {
      board = await this.read(this.floor);
    } catch (error) {
      this.logger.warn('the board could not be read', { ...this.logFields, error });
      board = null;
    }
    // Everyone left while it was being read: nobody to tell, nothing to schedule.
    if (this.stopped) return;
    const at = JSON.stringify(clock.now().toISOString());
    if (board) {
      if (this.unavailableFrame) this.logger.info('the board can be read again', this.logFields);
      this.unavailableFrame = null;
      this.latest = { board, at };
      this.sendChanges(board, at);
    } else if (!this.unavailableFrame) {
      // Once per outage: screens keep the calls they show and may say the board is not current.
      this.logger.warn('the board cannot be read: its screens are told it is unavailable', this.logFields);
      this.latest = null;
      // After the outage every screen gets the board whatever it holds.
      this.sentByLimit.clear();
      this.unavailableFrame = eventFrame('unavailable', `{"at":${at}}`);
      this.broadcast(this.unavailableFrame);
    }
    // Sending may have dropped the last listener (a slow one).
    if (!this.stopped) this.nextReading = setTimeout(() => void this.readBoard(), READING_INTERVAL_MS);
  }

  /** To the screens of each limit whose calls changed, the board as they show it. */
  private sendChanges(board: unknown[], at: string): void {
    const frames = new Map<number, string | null>();
    for (const limit of new Set(this.listeners.values())) {
      const json = JSON.stringify(board.slice(0, limit));
      if (this.sentByLimit.get(limit) === json) {
        frames.set(limit, null);
      } else {
        this.sentByLimit.set(limit, json);
        frames.set(limit, boardFrame(json, at));
      }
    }
    // A copy: sending may remove a listener (a slow one dropped).
    for (const [listener, limit] of [...this.listeners]) {
      const frame = frames.get(limit);
      if (frame) this.send(listener, frame);
    }
  }

  private broadcast(frame: string): void {
    for (const listener of [...this.listeners.keys()]) this.send(listener, frame);
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

/** A `board` event: the calls a screen shows, as JSON, and when they were read (a JSON string). */
function boardFrame(boardJson: string, at: string): string {
  return eventFrame('board', `{"board":${boardJson},"at":${at}}`);
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
 * Every board followed through one gateway process: one feed per floor (a handful, each read
 * once a second, whatever number of calls its screens show), the open streams counted against
 * the limits in all and per client address. Anonymous: a display is public, and so is the board.
 */
export class BoardEvents {
  private readonly feeds = new Map<string, BoardFeed>();
  private readonly streams = new Set<Response>();
  /** Open streams by client address (normalised as the sign-in limits count it). */
  private readonly streamsByClient = new Map<string, number>();
  private closed = false;

  constructor(
    private readonly read: BoardReader,
    private readonly logger: Logger,
    private readonly limits: BoardStreamLimits,
  ) {}

  /** Boards being read now. */
  get activeFeeds(): number {
    return this.feeds.size;
  }

  /** Streams open now. */
  get openStreams(): number {
    return this.streams.size;
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
    const key = String(selection.floor ?? 'all');
    let feed = this.feeds.get(key);
    if (!feed) {
      const started: BoardFeed = new BoardFeed(selection.floor, this.read, this.logger, () => {
        if (this.feeds.get(key) === started) this.feeds.delete(key);
      });
      this.feeds.set(key, started);
      feed = started;
    }
    const followed = feed;
    followed.add(listener, selection.limit);
    return () => followed.remove(listener);
  }

  /** Ends every stream and stops every feed (the gateway stopping); later requests get 503. */
  close(): void {
    this.closed = true;
    for (const stream of this.streams) stream.end();
    this.streams.clear();
    this.streamsByClient.clear();
    for (const feed of [...this.feeds.values()]) feed.stop();
  }

  private open(req: Request, res: Response): void {
    const selection = boardSelectionOf(req.query);
    if (typeof selection === 'string') {
      res.status(400).set('Cache-Control', 'no-store').type('text/plain').send(selection);
      return;
    }
    if (this.closed || this.streams.size >= this.limits.maxStreams) {
      res.status(503).set({ 'Cache-Control': 'no-store', 'Retry-After': '5' }).type('text/plain').send('Too many screens follow the board here now; try again in a few seconds.');
      return;
    }
    // req.ip honours MPP_TRUST_PROXY_HOPS: behind nginx, the screen's address, not the proxy's.
    const client = normaliseClientAddress(req.ip);
    const fromClient = this.streamsByClient.get(client) ?? 0;
    if (fromClient >= this.limits.maxStreamsPerClient) {
      res.status(429).set({ 'Cache-Control': 'no-store', 'Retry-After': '30' }).type('text/plain').send(`At most ${this.limits.maxStreamsPerClient} screens at one address may follow the board; close one first.`);
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
    // A connection reset must not reach the process as an unhandled error; 'close' follows it.
    res.on('error', (error) => this.logger.debug('a board stream failed', { error }));
    this.streams.add(res);
    this.streamsByClient.set(client, fromClient + 1);
    const stream: { unfollow?: () => void; ended: boolean } = { ended: false };
    const end = (): void => {
      if (stream.ended) return;
      stream.ended = true;
      stream.unfollow?.();
      // After close() the maps were cleared with every stream: nothing of this one is left to count.
      if (!this.streams.delete(res)) return;
      const left = (this.streamsByClient.get(client) ?? 1) - 1;
      if (left > 0) this.streamsByClient.set(client, left);
      else this.streamsByClient.delete(client);
    };
    // Listening before following: a screen gone while the stream opened still leaves its feed.
    res.on('close', end);
    res.write(`retry: ${RECONNECT_MS}\n\n`);
    if (res.destroyed) {
      end();
      return;
    }
    stream.unfollow = this.follow(selection, res);
  }
}
