import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Request, RequestHandler, Response } from 'express';
import { getOperationAST, parse } from 'graphql';
import { REQUEST_ID_HEADER, requestLogger, type Logger } from '@mpp/kit';

/**
 * Whole answers to anonymous queries, reused for as long as the subgraphs' cache hints allow,
 * served before Apollo sees the request. The public pages (the catalog, a service, the agency
 * directory) are read thousands of times for each edit, and the screens of the mall hall poll
 * the queue board: a stored answer costs express's body parsing, a map lookup and a write —
 * no context, no plugins, no parse or validation, no query plan, no JSON re-serialised — and
 * concurrent requests for an answer not stored (yet, or any more) share one run through Apollo,
 * so that a busy page costs one query plan per max-age instead of one per request that arrives
 * while the answer is being renewed.
 *
 * What is shared, and with whom:
 * - Only POST requests with a JSON body (express.json parsed it) and no Authorization header at
 *   all — the only credential the gateway accepts — even an empty one. Everything else (a GET,
 *   a signed-in request, a body express.json refused) goes to Apollo as if this were not here.
 *   GET is left out: its answer also depends on CSRF-prevention headers, and the platform's
 *   clients POST.
 * - The key is the body's bytes exactly as received, with the two headers that change Apollo's
 *   answer to such a request: `accept` (the content type it answers in, or a 406) and
 *   `content-type` (its charset; and a type Apollo's CSRF prevention refuses is never stored, so
 *   never matches). Nothing about the caller (address, request id): public data is the same
 *   for every anonymous caller.
 * - Only answers Apollo gave with status 200, a `cache-control` that is public with a max-age
 *   above 0 (Apollo's cache-control builds it from the subgraphs' hints, the smallest winning;
 *   staff, kiosk, mutation and must-be-fresh answers are no-store by the kit's policy), and no
 *   `errors` in the body — a partial answer (a subgraph down, a staff-only field refused) can
 *   still be public by the hints of the parts that answered. Each is kept for at most its
 *   max-age from when it was answered.
 * - A stored answer goes out with the status, content type, ETag and body bytes Apollo gave it,
 *   the `cache-control` it was stored with (max-age as given; the `age` header says how much of
 *   it has passed, so a downstream cache counts what remains), its own request id, and one
 *   request log line like the request-log plugin's, marked `cached`.
 * - A request with `Cache-Control: no-cache` (a subgraph asking the public API for a fact it acts
 *   on) always goes to Apollo, and its answer is not stored.
 * - Concurrent requests for one key while it is not stored: the first (the leader) runs through
 *   Apollo; the others wait for its answer, at most `maxWaitMs`, and are served from it only if
 *   it was storable. Otherwise — errors, not public, a failure, the leader's client gone, too
 *   slow — each runs through Apollo itself: a waiter never gets another request's answer that
 *   could not be shared.
 *
 * An answer from the cache calls no subgraph, so it needs no internal token. The gateway's
 * own board readings (board-stream.ts) call Apollo directly and never read or fill it: each
 * reading is meant to be fresh.
 */
export class AnonymousResponseCache {
  /** The raw bodies of requests that may be answered from the cache, until their handler runs. */
  private readonly bodies = new WeakMap<IncomingMessage, Buffer>();
  /** The answer each key's leader is getting from Apollo, for the requests that arrive meanwhile. */
  private readonly inFlight = new Map<string, Promise<StoredResponse | null>>();

  constructor(
    private readonly store: ResponseCacheStore,
    private readonly options: { logger: Logger; maxWaitMs: number },
  ) {}

  /** express.json's `verify` hook: the body's bytes as received (after any content-encoding), before JSON parsing. */
  readonly keepBody = (req: IncomingMessage, _res: unknown, body: Buffer): void => {
    if (mayShare(req)) this.bodies.set(req, body);
  };

  /** After express.json({ verify: keepBody }), before Apollo's middleware. */
  readonly handler: RequestHandler = (req, res, next) => {
    const body = this.bodies.get(req);
    // A client asking for a fresh answer (HTTP's `Cache-Control: no-cache`) gets one from Apollo,
    // as a subgraph learning a fact it acts on does: nothing stored is served to it, nor kept from it.
    if (!body || asksAfresh(req)) return next();
    const started = performance.now();
    const key = cacheKey(req, body);
    const stored = this.store.get(key);
    if (stored) return this.answer(res, stored, started);
    const flight = this.inFlight.get(key);
    if (flight) {
      flight.then((shared) => (shared ? this.answer(res, shared, started) : next())).catch(next);
      return;
    }
    this.lead(key, req, res);
    next();
  };

  /** Sends a stored answer as Apollo sent it, under a request id of its own, and logs it. */
  private answer(res: Response, stored: StoredResponse, started: number): void {
    const requestId = randomUUID();
    res.setHeader(REQUEST_ID_HEADER, requestId);
    res.setHeader('content-type', stored.contentType);
    res.setHeader('cache-control', stored.cacheControl);
    res.setHeader('age', String(Math.floor((performance.now() - stored.answeredAt) / 1000)));
    // Set, express does not hash the body again, and still answers a matching If-None-Match with 304.
    if (stored.etag) res.setHeader('etag', stored.etag);
    res.status(stored.status).send(stored.body);
    requestLogger(this.options.logger, { requestId }).info('request', {
      operation: stored.operation,
      ms: Math.round(performance.now() - started),
      status: stored.status,
      cached: true,
    });
  }

  /**
   * Lets this request run through Apollo and takes its answer as Apollo's middleware sends it
   * (res.send, once): stored if it may be shared, and handed to the requests that waited for it.
   */
  private lead(key: string, req: Request, res: Response): void {
    let resolveFlight: (answer: StoredResponse | null) => void = () => undefined;
    this.inFlight.set(key, new Promise((resolve) => (resolveFlight = resolve)));
    let settled = false;
    const settle = (storable: Storable | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(waitBound);
      this.inFlight.delete(key);
      if (storable) this.store.set(key, storable.response, storable.maxAgeSeconds);
      resolveFlight(storable?.response ?? null);
    };
    // A leader slower than this (subgraphs timing out in turn) lets its waiters go their own way.
    const waitBound = setTimeout(() => settle(null), this.options.maxWaitMs);
    waitBound.unref();
    const send = res.send;
    res.send = function sendAndKeep(this: Response, chunk?: unknown) {
      res.send = send;
      // Apollo's status, before express turns a matching If-None-Match into a 304.
      const status = res.statusCode;
      const sent = send.call(this, chunk);
      settle(status === 200 ? storableAnswer(req, res, chunk) : null);
      return sent;
    } as Response['send'];
    // Closed before anything was sent: the client left, or the request failed without an answer.
    res.once('close', () => settle(null));
  }
}

/** Whether the request says no stored answer will do (a `no-cache` directive of its Cache-Control). */
function asksAfresh(req: IncomingMessage): boolean {
  return /(^|,)\s*no-cache\s*(,|$)/i.test(req.headers['cache-control'] ?? '');
}

/** A request that may be answered from the cache, and its answer shared: a POST with no Authorization header at all. */
function mayShare(req: IncomingMessage): boolean {
  return req.method === 'POST' && req.headers.authorization === undefined;
}

/**
 * The body's bytes (latin1 maps each byte to one character: exact, and cheap to hash) after
 * the headers that change Apollo's answer. Header values hold no line break, so the parts
 * cannot run into each other.
 */
function cacheKey(req: IncomingMessage, body: Buffer): string {
  return `${req.headers.accept ?? ''}\n${req.headers['content-type'] ?? ''}\n${body.toString('latin1')}`;
}

/** An answer as it goes out again. */
export interface StoredResponse {
  status: number;
  contentType: string;
  cacheControl: string;
  etag: string | undefined;
  body: Buffer;
  /** The operation's name for the request log line (null: unnamed), as the request-log plugin names it. */
  operation: string | null;
  /** performance.now() when Apollo answered: the `age` header counts from here. */
  answeredAt: number;
}

interface Storable {
  response: StoredResponse;
  maxAgeSeconds: number;
}

/** The answer Apollo sent with status 200, if it may be shared: public for a while, a content type, no errors. */
function storableAnswer(req: Request, res: Response, chunk: unknown): Storable | null {
  const cacheControl = res.getHeader('cache-control');
  const contentType = res.getHeader('content-type');
  if (typeof cacheControl !== 'string' || typeof contentType !== 'string') return null;
  const maxAgeSeconds = publicMaxAge(cacheControl);
  if (maxAgeSeconds <= 0) return null;
  const text = typeof chunk === 'string' ? chunk : Buffer.isBuffer(chunk) ? chunk.toString('utf8') : null;
  if (text === null || !answeredWithoutErrors(text)) return null;
  const etag = res.getHeader('etag');
  return {
    maxAgeSeconds,
    response: {
      status: 200,
      contentType,
      cacheControl,
      etag: typeof etag === 'string' ? etag : undefined,
      body: Buffer.from(text, 'utf8'),
      operation: operationName(req.body),
      answeredAt: performance.now(),
    },
  };
}

/** The max-age of a `cache-control` that lets anyone share the answer; 0 for any other. */
export function publicMaxAge(cacheControl: string): number {
  const directives = cacheControl.toLowerCase().split(',').map((directive) => directive.trim());
  if (!directives.includes('public') || directives.some((directive) => ['private', 'no-store', 'no-cache'].includes(directive))) return 0;
  const maxAge = directives.map((directive) => /^max-age=(\d+)$/.exec(directive)).find((match) => match !== null);
  return maxAge ? Number(maxAge[1]) : 0;
}

/** The body itself, not only the headers: a partial answer has data and errors, and may be public by its parts' hints. */
function answeredWithoutErrors(text: string): boolean {
  try {
    const body = JSON.parse(text) as unknown;
    return isRecord(body) && !('errors' in body) && isRecord(body.data);
  } catch {
    return false;
  }
}

/** The name the request-log plugin gives the operation: the one the request names, else its single operation's. */
function operationName(body: unknown): string | null {
  if (!isRecord(body)) return null;
  if (typeof body.operationName === 'string') return body.operationName;
  if (typeof body.query !== 'string') return null;
  try {
    return getOperationAST(parse(body.query))?.name?.value ?? null;
  } catch {
    return null;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * What an entry costs beyond its key, body and headers (its map slot and bookkeeping), so that
 * a flood of distinct tiny answers is bounded too.
 */
const ENTRY_OVERHEAD_BYTES = 100;

interface StoreEntry {
  response: StoredResponse;
  bytes: number;
  /** performance.now() from which it is gone. */
  expiresAt: number;
}

/**
 * The stored answers, at most `maxBytes` of them (bytes of keys, bodies and headers plus
 * ENTRY_OVERHEAD_BYTES each), the least recently used going first; each one only until its
 * time-to-live is over. An answer larger than the whole cache is not stored.
 */
export class ResponseCacheStore {
  /** Least recently used first: a Map keeps insertion order, and a read moves its entry last. */
  private readonly entries = new Map<string, StoreEntry>();
  private heldBytes = 0;

  constructor(readonly maxBytes: number) {
    if (!Number.isInteger(maxBytes) || maxBytes <= 0) throw new Error(`a response cache needs a positive size in bytes, got ${maxBytes}`);
  }

  /** Bytes held now, as counted against maxBytes. */
  get bytes(): number {
    return this.heldBytes;
  }

  /** Answers held now (some may have expired and not been read since). */
  get size(): number {
    return this.entries.size;
  }

  get(key: string): StoredResponse | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= performance.now()) {
      this.remove(key, entry);
      return undefined;
    }
    // Used now: last in the order of eviction.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.response;
  }

  /** Kept for `ttlSeconds` (the answer's max-age); without a positive one nothing is stored. */
  set(key: string, response: StoredResponse, ttlSeconds: number): void {
    const existing = this.entries.get(key);
    if (existing) this.remove(key, existing);
    if (!(ttlSeconds > 0)) return;
    const bytes = Buffer.byteLength(key) + responseBytes(response) + ENTRY_OVERHEAD_BYTES;
    if (bytes > this.maxBytes) return;
    this.entries.set(key, { response, bytes, expiresAt: performance.now() + ttlSeconds * 1000 });
    this.heldBytes += bytes;
    for (const [oldest, entry] of this.entries) {
      if (this.heldBytes <= this.maxBytes) break;
      this.remove(oldest, entry);
    }
  }

  delete(key: string): boolean {
    const entry = this.entries.get(key);
    if (!entry) return false;
    this.remove(key, entry);
    return true;
  }

  private remove(key: string, entry: StoreEntry): void {
    this.entries.delete(key);
    this.heldBytes -= entry.bytes;
  }
}

function responseBytes({ body, contentType, cacheControl, etag, operation }: StoredResponse): number {
  return body.length + Buffer.byteLength(contentType) + Buffer.byteLength(cacheControl) + Buffer.byteLength(etag ?? '') + Buffer.byteLength(operation ?? '');
}
