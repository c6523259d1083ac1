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
 * address. Nothing of the client's own headers is passed on.
 *
 * Apollo's data source interface, implemented here rather than by extending
 * RemoteGraphQLDataSource: that one builds node-fetch Headers twice and a node-fetch Request
 * (kept only to report an error) for every call, about a fifth of what a call costs the
 * gateway. What it does with an answer is kept: a status outside 2xx fails the fetch as
 * "503: Service Unavailable", the answer in `extensions.response` (UNAUTHENTICATED for 401,
 * FORBIDDEN for 403); a body that is no JSON object fails it too; and the answer's
 * Cache-Control restricts the request's cache policy (none: not cacheable), which decides what
 * the gateway's own answer may be cached for.
 */
export class SubgraphDataSource implements GraphQLDataSource<GatewayContext> {
  constructor(
    private readonly url: string,
    private readonly subgraph: string,
    private readonly internalTokens: InternalTokenIssuer,
    private readonly calls: SubgraphCalls,
  ) {}

  async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<SubgraphResponse> {
    // Apollo types the context of its own requests (health checks) loosely; ours is always a GatewayContext.
    const context = options.context as Partial<GatewayContext> | undefined;
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      [INTERNAL_TOKEN_HEADER]: await this.internalTokens.tokenFor(this.subgraph, viewerOf(context)),
    };
    if (context?.requestId) headers[REQUEST_ID_HEADER] = context.requestId;
    if (context?.clientAddress) headers[CLIENT_ADDRESS_HEADER] = context.clientAddress;
    const { query, variables, operationName, extensions } = options.request;
    if (!query) throw new Error('Missing query');
    const answer = await this.calls.post(this.url, headers, JSON.stringify({ query, variables, operationName, extensions }));
    const body = bodyOf(answer);
    if (answer.status < 200 || answer.status > 299) throw failedAnswer(this.url, answer, body);
    if (typeof body !== 'object' || body === null) throw new Error(`Expected JSON response body, but received: ${String(body)}`);
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

function failedAnswer(url: string, { status }: SubgraphAnswer, body: unknown): GraphQLError {
  const statusText = STATUS_CODES[status] ?? '';
  const code = status === 401 ? 'UNAUTHENTICATED' : status === 403 ? 'FORBIDDEN' : undefined;
  return new GraphQLError(`${status}: ${statusText}`, { extensions: { response: { url, status, statusText, body }, ...(code ? { code } : {}) } });
}

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
