import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Request, RequestHandler, Response } from 'express';
import { OperationTypeNode, getOperationAST, parse } from 'graphql';
import { REQUEST_ID_HEADER, requestLogger, type Logger } from '@mpp/kit';
import { LeastRecentlyUsed } from './least-recently-used';

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
 *   `content-type` (its charset). Nothing about the caller (address, request id): public data is
 *   the same for every anonymous caller.
 * - Only queries: a mutation runs for every request that sends it, whatever its answer says.
 * - Only answers Apollo gave with status 200, a `cache-control` that is public with a max-age
 *   above 0 (Apollo's cache-control builds it from the subgraphs' hints, the smallest winning;
 *   staff, kiosk, mutation and must-be-fresh answers are no-store by the kit's policy), and no
 *   `errors` in the body — a partial answer (a subgraph down, a staff-only field refused) can
 *   still be public by the hints of the parts that answered. Each is kept for at most its
 *   max-age from when it was answered.
 * - A stored answer goes out with status 200 and the content type, ETag and body bytes Apollo gave it,
 *   the `cache-control` it was stored with (max-age as given; the `age` header says how much of
 *   it has passed, so a downstream cache counts what remains), its own request id, and one
 *   request log line like the request-log plugin's, marked `cached`.
 * - A request with `Cache-Control: no-cache` (a subgraph asking the public API for a fact it acts
 *   on) always goes to Apollo, and its answer is not stored.
 * - Concurrent requests for one key while it is not stored: the first (the leader) runs through
 *   Apollo; the others wait for its answer, at most `maxWaitMs`, and are served from it only if
 *   it was storable. Otherwise — errors, not public, a failure, too slow — each runs through
 *   Apollo itself: a waiter never gets another request's answer that could not be shared. A
 *   leader whose client leaves still gets Apollo's answer, for the waiters and the store. After
 *   an answer that could not be shared, requests for that key skip the wait for a second.
 *
 * An answer from the cache calls no subgraph, so it needs no internal token. The gateway's
 * own board readings (board-stream.ts) call Apollo directly and never read or fill it: each
 * reading is meant to be fresh.
 */
export class AnonymousResponseCache {
  /** The raw bodies of requests that may be answered from the cache (gone with their request). */
  private readonly bodies = new WeakMap<IncomingMessage, Buffer>();
  /** The answer each key's leader is getting from Apollo, for the requests that arrive meanwhile. */
  private readonly inFlight = new Map<string, Promise<StoredResponse | null>>();
  /**
   * Keys whose last answer could not be shared (errors, not public), until when: requests for
   * them go straight to Apollo for a while instead of queueing behind a leader for nothing.
   */
  private readonly unshareable = new Map<string, number>();

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
    // Only queries are shared: a mutation runs for each request, whatever its answer says.
    if (!isQuery(req.body) || (this.unshareable.get(key) ?? 0) > started) return next();
    const flight = this.inFlight.get(key);
    if (flight) {
      flight
        .then((shared) => {
          // Its client left while it waited: nothing to answer, nothing to run.
          if (res.destroyed) return;
          if (shared) this.answer(res, shared, started);
          else next();
        })
        .catch(next);
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
    // Set, express does not hash the body again.
    if (stored.etag) res.setHeader('etag', stored.etag);
    res.status(200).send(stored.body);
    requestLogger(this.options.logger, { requestId }).info('request', {
      operation: stored.operation,
      ms: Math.round(performance.now() - started),
      status: 200,
      cached: true,
    });
  }

  /**
   * Lets this request run through Apollo and takes its answer as Apollo's middleware sends it
   * (res.send, once): stored if it may be shared, and handed to the requests that waited for it.
   */
  private lead(key: string, req: Request, res: Response): void {
    let resolveFlight: (answer: StoredResponse | null) => void = () => undefined;
    const flight = new Promise<StoredResponse | null>((resolve) => (resolveFlight = resolve));
    this.inFlight.set(key, flight);
    let released = false;
    /** The waiters go, with the answer to share or none; later arrivals lead or read the store. */
    const release = (shared: StoredResponse | null) => {
      if (released) return;
      released = true;
      clearTimeout(waitBound);
      if (this.inFlight.get(key) === flight) this.inFlight.delete(key);
      resolveFlight(shared);
    };
    // A leader slower than this (subgraphs timing out in turn) lets its waiters go their own way;
    // its answer is still stored when it comes, if it may be shared.
    const waitBound = setTimeout(() => release(null), this.options.maxWaitMs);
    waitBound.unref();
    const keep = (status: number, chunk: unknown) => {
      const storable = status === 200 ? storableAnswer(req, res, chunk) : null;
      // The waiters first: nothing that follows may keep them waiting.
      release(storable?.response ?? null);
      if (storable) this.store.set(key, storable.response, storable.maxAgeSeconds);
      else this.rememberUnshareable(key);
    };
    const send = res.send;
    res.send = function sendAndKeep(this: Response, chunk?: unknown) {
      res.send = send;
      const status = res.statusCode;
      const sent = send.call(this, chunk);
      keep(status, chunk);
      return sent;
    } as Response['send'];
    // Finished without res.send (an answer Apollo streamed): nothing was taken to share. A client
    // that leaves early changes nothing: Apollo still answers, through res.send, and that answer
    // is as good for the waiters and the store.
    res.once('finish', () => release(null));
  }

  /** For a while, requests for this key go straight to Apollo (bounded: the oldest forgotten first). */
  private rememberUnshareable(key: string): void {
    this.unshareable.delete(key);
    this.unshareable.set(key, performance.now() + UNSHAREABLE_REMEMBERED_MS);
    if (this.unshareable.size > UNSHAREABLE_REMEMBERED_KEYS) this.unshareable.delete(this.unshareable.keys().next().value!);
  }
}

/** How long requests for a key whose answer could not be shared skip the merge. */
const UNSHAREABLE_REMEMBERED_MS = 1_000;
/** How many such keys are remembered at most. */
const UNSHAREABLE_REMEMBERED_KEYS = 10_000;

/** Whether the request's operation (the one it names, or its only one) is a query. */
function isQuery(body: unknown): boolean {
  if (!isRecord(body) || typeof body.query !== 'string') return false;
  try {
    const operation = getOperationAST(parse(body.query), typeof body.operationName === 'string' ? body.operationName : undefined);
    return operation?.operation === OperationTypeNode.QUERY;
  } catch {
    return false;
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
  /** performance.now() from which it is gone. */
  expiresAt: number;
}

/**
 * The stored answers, at most `maxBytes` of them (bytes of keys, bodies and headers plus
 * ENTRY_OVERHEAD_BYTES each), the least recently used going first; each one only until its
 * time-to-live is over. An answer larger than the whole cache is not stored.
 */
export class ResponseCacheStore {
  private readonly entries: LeastRecentlyUsed<StoreEntry>;

  constructor(readonly maxBytes: number) {
    this.entries = new LeastRecentlyUsed(maxBytes, (entry) => responseBytes(entry.response) + ENTRY_OVERHEAD_BYTES);
  }

  /** Bytes held now, as counted against maxBytes. */
  get bytes(): number {
    return this.entries.bytes;
  }

  /** Answers held now (some may have expired and not been read since). */
  get size(): number {
    return this.entries.size;
  }

  get(key: string): StoredResponse | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt > performance.now()) return entry.response;
    this.entries.delete(key);
    return undefined;
  }

  /** Kept for `ttlSeconds` (the answer's max-age); without a positive one nothing is stored. */
  set(key: string, response: StoredResponse, ttlSeconds: number): void {
    this.entries.delete(key);
    if (ttlSeconds > 0) this.entries.set(key, { response, expiresAt: performance.now() + ttlSeconds * 1000 });
  }
}

function responseBytes({ body, contentType, cacheControl, etag, operation }: StoredResponse): number {
  return body.length + Buffer.byteLength(contentType) + Buffer.byteLength(cacheControl) + Buffer.byteLength(etag ?? '') + Buffer.byteLength(operation ?? '');
}
