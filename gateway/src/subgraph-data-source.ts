import { STATUS_CODES } from 'node:http';
import type { CacheHint, CachePolicy } from '@apollo/cache-control-types';
import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import { ANONYMOUS, CLIENT_ADDRESS_HEADER, INTERNAL_TOKEN_HEADER, REQUEST_ID_HEADER, type InternalTokenIssuer, type Viewer } from '@mpp/kit';
import type { GatewayContext } from './gateway';
import type { SubgraphAnswer, SubgraphCalls } from './subgraph-calls';

type SubgraphResponse = Awaited<ReturnType<GraphQLDataSource['process']>>;

/**
 * Sends a query plan's fetch to one subgraph through the gateway's SubgraphCalls, with an
 * internal token for that subgraph speaking for the viewer, the request id and the client's
 * address, and nothing else: neither the client's headers nor any Apollo puts in `request.http`
 * (a trace request, which no subgraph of ours answers).
 *
 * Apollo's data source interface, implemented here rather than by extending
 * RemoteGraphQLDataSource: that one builds node-fetch Headers twice and a node-fetch Request
 * (kept only to report an error) for every call, about a tenth of what a staff request costs the
 * gateway. What Apollo does with a 2xx answer is kept, and the spec compares the two: a body that
 * is no JSON object fails the fetch, and the answer's Cache-Control restricts the request's cache
 * policy (none: not cacheable), which decides what the gateway's own answer may be cached for.
 *
 * One thing differs on purpose. Apollo turns a status outside 2xx into a client error
 * (UNAUTHENTICATED for 401, FORBIDDEN for 403) carrying the subgraph's URL and answer; but a
 * subgraph answers 401 only when it refuses the gateway's own internal token (a key rotation gone
 * wrong, a clock adrift), which is no fault of the client's, and a refusal of the viewer comes as
 * a 200 with errors. Here such an answer fails the fetch with no client code: the client gets
 * "Internal server error" under its request id, and the log gets the status, URL and body.
 */
export class SubgraphDataSource implements GraphQLDataSource<GatewayContext> {
  constructor(
    private readonly url: string,
    private readonly subgraph: string,
    private readonly internalTokens: InternalTokenIssuer,
    private readonly calls: SubgraphCalls,
  ) {}

  async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<SubgraphResponse> {
    const { query, variables, operationName, extensions } = options.request;
    if (!query) throw new Error('Missing query');
    // Apollo types the context of its own requests (health checks) loosely; ours is always a GatewayContext.
    const context = options.context as Partial<GatewayContext> | undefined;
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      [INTERNAL_TOKEN_HEADER]: await this.internalTokens.tokenFor(this.subgraph, viewerOf(context)),
    };
    if (context?.requestId) headers[REQUEST_ID_HEADER] = context.requestId;
    if (context?.clientAddress) headers[CLIENT_ADDRESS_HEADER] = context.clientAddress;
    const answer = await this.calls.post(this.url, headers, JSON.stringify({ query, variables, operationName, extensions }));
    if (answer.status < 200 || answer.status > 299) throw failedAnswer(this.url, answer);
    const body = bodyOf(answer);
    if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new Error(`Expected JSON response body, but received: ${String(body)}`);
    // Only a fetch for a client's operation has a request whose cache policy it restricts (the
    // enum naming the kinds is not among @apollo/gateway's exports, hence the property check).
    if ('incomingRequestContext' in options) {
      // Typed loosely by Apollo; Apollo Server's request context always has one.
      const policy = options.incomingRequestContext.overallCachePolicy as Partial<CachePolicy> | undefined;
      policy?.restrict?.(cacheHintOf(answer.headers['cache-control']));
    }
    return body;
  }
}

/** The viewer an internal token speaks for: the verified, current staff identity or kiosk, or anonymous. */
export function viewerOf(context: Partial<Pick<GatewayContext, 'identity' | 'kiosk'>> | undefined): Viewer {
  if (context?.identity) {
    const { userId, role, agencyId, mustChangePassword, sessionId } = context.identity;
    return { kind: 'staff', userId, role, agencyId, mustChangePassword, sessionId };
  }
  if (context?.kiosk) return { kind: 'kiosk', kioskId: context.kiosk.kioskId, sessionId: context.kiosk.sessionId };
  return ANONYMOUS;
}

/** JSON when the answer says so (a malformed one fails the fetch), its text otherwise. */
function bodyOf({ headers, body }: SubgraphAnswer): unknown {
  const contentType = headers['content-type'];
  return contentType?.startsWith('application/json') || contentType?.startsWith('application/graphql-response+json') ? JSON.parse(body) : body;
}

/**
 * Logged, never shown: no client code, so the client gets "Internal server error" (see the
 * class) and the log line, whose message is this one, names the subgraph and what it said.
 */
function failedAnswer(url: string, { status, body }: SubgraphAnswer): GraphQLError {
  const statusText = STATUS_CODES[status] ?? 'Unknown';
  const said = body.slice(0, FAILED_BODY_LOGGED);
  return new GraphQLError(`${status}: ${statusText} from ${url}${said ? `: ${said}` : ''}`, { extensions: { response: { url, status, statusText, body: said } } });
}

/** Enough of a failed answer to see why (an error list, a proxy's page), not a whole page. */
const FAILED_BODY_LOGGED = 2_000;

/**
 * What a subgraph's Cache-Control allows, read exactly as Apollo's data source reads it (the
 * spec compares the two): max-age 0 (not cacheable) unless it says more, directive names as
 * written (our subgraphs write them in lower case), `public` outweighing `private`.
 */
function cacheHintOf(cacheControl: string | undefined): CacheHint {
  const directives = new Map<string, string | true>();
  for (const part of (cacheControl ?? '').trim().split(/\s*,\s*/)) {
    const [name, value] = part.split(/\s*=\s*/, 2);
    directives.set(name, value === undefined ? true : value.replace(/^"|"$/g, ''));
  }
  const maxAge = directives.get('max-age');
  const hint: CacheHint = { maxAge: typeof maxAge === 'string' && /^[0-9]+$/.test(maxAge) ? Number(maxAge) : 0 };
  if (directives.get('public') === true) hint.scope = 'PUBLIC';
  else if (directives.get('private') === true) hint.scope = 'PRIVATE';
  return hint;
}
