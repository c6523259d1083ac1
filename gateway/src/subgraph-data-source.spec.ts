import type { IncomingHttpHeaders, ServerResponse } from 'node:http';
import { RemoteGraphQLDataSource, type GraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { CLIENT_ADDRESS_HEADER, INTERNAL_TOKEN_HEADER, InternalTokenIssuer, REQUEST_ID_HEADER, newId, requiredKey, verifyInternalToken } from '@mpp/kit';
import { testPlatformConfig, type TestPlatform } from '@mpp/kit/testing';
import { startGateway, type GatewayContext, type RunningGateway } from './gateway';
import { StandInSubgraph } from './spec-support';
import { SubgraphCalls } from './subgraph-calls';
import { SubgraphDataSource } from './subgraph-data-source';

/** What a subgraph answers: status, headers (a name may come twice) and body. */
interface Answer {
  status: number;
  headers: [string, string][];
  body: string;
}

const JSON_TYPE: [string, string] = ['content-type', 'application/json; charset=utf-8'];
const DATA = JSON.stringify({ data: { services: [{ name: 'Paspor' }] } });

/** Every kind of 2xx answer a subgraph (or something in its place) can give, read as Apollo's own data source reads them. */
const ANSWERS: Record<string, Answer> = {
  'public data for a second': { status: 200, headers: [JSON_TYPE, ['cache-control', 'max-age=1, public']], body: DATA },
  'data without Cache-Control': { status: 200, headers: [JSON_TYPE], body: DATA },
  'no-store': { status: 200, headers: [JSON_TYPE, ['cache-control', 'no-store']], body: DATA },
  'private for five seconds, spaced': { status: 200, headers: [JSON_TYPE, ['cache-control', ' private , max-age = 5']], body: DATA },
  'an upper-case MAX-AGE': { status: 200, headers: [JSON_TYPE, ['cache-control', 'public, MAX-AGE=5']], body: DATA },
  'public and private at once': { status: 200, headers: [JSON_TYPE, ['cache-control', 'private, public, max-age=3']], body: DATA },
  'a quoted max-age': { status: 200, headers: [JSON_TYPE, ['cache-control', 'public, max-age="7"']], body: DATA },
  'Cache-Control twice (a proxy adding its own)': { status: 200, headers: [JSON_TYPE, ['cache-control', 'public'], ['cache-control', 'max-age=60, private']], body: DATA },
  'Content-Type twice': { status: 200, headers: [JSON_TYPE, JSON_TYPE], body: DATA },
  'errors with status 200': { status: 200, headers: [JSON_TYPE], body: JSON.stringify({ data: null, errors: [{ message: 'No.', extensions: { code: 'FORBIDDEN' } }] }) },
  'graphql-response+json': { status: 200, headers: [['content-type', 'application/graphql-response+json']], body: DATA },
  'text with status 200': { status: 200, headers: [['content-type', 'text/html']], body: '<p>a proxy page</p>' },
  'a JSON string': { status: 200, headers: [JSON_TYPE], body: '"data"' },
  'a JSON array (errors wrapped by a proxy), public for a minute': {
    status: 200,
    headers: [JSON_TYPE, ['cache-control', 'public, max-age=60']],
    body: JSON.stringify([{ errors: [{ message: 'a proxy said no' }] }]),
  },
};

/** Answers outside 2xx: each fails the fetch, and nothing of it may reach a client. */
const FAILED_ANSWERS: Record<string, Answer> = {
  'a 400 with GraphQL errors': { status: 400, headers: [JSON_TYPE], body: JSON.stringify({ errors: [{ message: 'Bad variable', extensions: { code: 'BAD_USER_INPUT' } }] }) },
  "a 401 (the gateway's own token refused)": { status: 401, headers: [JSON_TYPE], body: JSON.stringify({ errors: [{ message: 'Who?' }] }) },
  'a 403 in plain text': { status: 403, headers: [['content-type', 'text/plain']], body: 'forbidden' },
  'a 502 page from a proxy, labelled JSON': { status: 502, headers: [JSON_TYPE], body: '<html>Bad gateway</html>' },
  'a 503 with no body': { status: 503, headers: [], body: '' },
};

/** What a data source made of an answer: its result or its error, and the cache hints it gave the request. */
async function outcome(source: GraphQLDataSource<GatewayContext>, context: GatewayContext): Promise<unknown> {
  const hints: unknown[] = [];
  const options = {
    kind: 'incoming operation',
    // What Apollo may put in `request.http` (a trace request) is not ours to send.
    request: { query: '{ services { name } }', variables: { limit: 2 }, operationName: undefined, http: { headers: new Map([['x-from-apollo', 'yes']]) } },
    incomingRequestContext: { overallCachePolicy: { restrict: (hint: unknown) => hints.push(hint) } },
    context,
  } as unknown as GraphQLDataSourceProcessOptions<GatewayContext>;
  try {
    const { data, errors, extensions } = await source.process(options);
    return { result: { data, errors, extensions }, hints };
  } catch (error) {
    const { name, message, extensions } = error as { name: string; message: string; extensions?: unknown };
    return { failed: { name, message, extensions: JSON.parse(JSON.stringify(extensions ?? null)) }, hints };
  }
}

describe('a query plan fetch sent to a subgraph', () => {
  let platform: TestPlatform;
  let subgraph: StandInSubgraph;
  let url: string;
  let calls: SubgraphCalls;
  let issuer: InternalTokenIssuer;
  let answer: Answer;
  let received: { headers: IncomingHttpHeaders; body: string }[] = [];
  const context: GatewayContext = {
    requestId: 'req-1',
    identity: { userId: newId(), role: 'EDITOR', agencyId: null, mustChangePassword: false, sessionId: newId() },
    kiosk: null,
    clientAddress: '203.0.113.9',
  };

  beforeAll(async () => {
    platform = testPlatformConfig(undefined, { MPP_LOG_LEVEL: 'silent' });
    subgraph = new StandInSubgraph(0, (request, response: ServerResponse, body) => {
      received.push({ headers: request.headers, body });
      response.writeHead(answer.status, answer.headers.flat());
      response.end(answer.body);
    });
    url = await subgraph.start();
    calls = new SubgraphCalls(2, 5_000);
    issuer = new InternalTokenIssuer(requiredKey(platform.config, 'internalTokenSigning'));
  });

  afterAll(async () => {
    await calls?.close();
    await subgraph?.stop();
    await platform?.cleanup([]);
  });

  beforeEach(() => {
    received = [];
  });

  it.each(Object.keys(ANSWERS))('reads %s as Apollo\'s own data source does', async (name) => {
    answer = ANSWERS[name];
    const ours = await outcome(new SubgraphDataSource(url, 'catalog', issuer, calls), context);
    const apollos = await outcome(new RemoteGraphQLDataSource({ url }), context);
    expect(ours).toEqual(apollos);
    // The same request body, too: the query, its variables and nothing else.
    expect(received.map(({ body }) => JSON.parse(body))).toEqual([
      { query: '{ services { name } }', variables: { limit: 2 } },
      { query: '{ services { name } }', variables: { limit: 2 } },
    ]);
  });

  it('fails the fetch on malformed JSON, as Apollo does', async () => {
    answer = { status: 200, headers: [JSON_TYPE], body: '{"data": ' };
    const ours = (await outcome(new SubgraphDataSource(url, 'catalog', issuer, calls), context)) as { failed?: { name: string } };
    const apollos = (await outcome(new RemoteGraphQLDataSource({ url }), context)) as { failed?: { name: string } };
    expect({ ours: ours.failed?.name, apollos: apollos.failed?.name }).toEqual({ ours: 'SyntaxError', apollos: 'FetchError' });
  });

  it.each(Object.keys(FAILED_ANSWERS))('fails the fetch on %s with no client code, the answer kept for the log', async (name) => {
    answer = FAILED_ANSWERS[name];
    const ours = (await outcome(new SubgraphDataSource(url, 'catalog', issuer, calls), context)) as { failed?: { message: string; extensions: Record<string, unknown> } };
    expect(ours.failed?.message).toMatch(new RegExp(`^${answer.status}: \\S`));
    expect(ours.failed?.extensions.code).toBeUndefined();
    expect(ours.failed?.extensions.response).toEqual({ url, status: answer.status, statusText: expect.any(String), body: answer.body });
  });

  it('sends exactly an internal token for the subgraph speaking for the viewer, the request id and the client address', async () => {
    answer = ANSWERS['data without Cache-Control'];
    await outcome(new SubgraphDataSource(url, 'catalog', issuer, calls), context);
    const [{ headers }] = received;
    expect(Object.keys(headers).sort()).toEqual(['connection', 'content-length', 'content-type', 'host', CLIENT_ADDRESS_HEADER, INTERNAL_TOKEN_HEADER, REQUEST_ID_HEADER].sort());
    const caller = await verifyInternalToken(String(headers[INTERNAL_TOKEN_HEADER]), requiredKey(platform.config, 'internalTokenVerification'), 'catalog');
    expect(caller).toEqual(expect.objectContaining({ viewer: { kind: 'staff', ...context.identity }, forwardsClients: true }));
    expect({ requestId: headers[REQUEST_ID_HEADER], clientAddress: headers[CLIENT_ADDRESS_HEADER], contentType: headers['content-type'] }).toEqual({
      requestId: 'req-1',
      clientAddress: '203.0.113.9',
      contentType: 'application/json',
    });
    // A token for another subgraph is refused by this one's check.
    await expect(verifyInternalToken(String(headers[INTERNAL_TOKEN_HEADER]), requiredKey(platform.config, 'internalTokenVerification'), 'agencies')).rejects.toThrow();
  });

  it("speaks for a kiosk as that kiosk's session", async () => {
    answer = ANSWERS['data without Cache-Control'];
    const kiosk = { kioskId: newId(), sessionId: newId() };
    await outcome(new SubgraphDataSource(url, 'queueing', issuer, calls), { requestId: 'req-3', identity: null, kiosk, clientAddress: null });
    const caller = await verifyInternalToken(String(received[0].headers[INTERNAL_TOKEN_HEADER]), requiredKey(platform.config, 'internalTokenVerification'), 'queueing');
    expect(caller.viewer).toEqual({ kind: 'kiosk', ...kiosk });
  });

  it('speaks for nobody when the request has no identity, and sends no address it does not have', async () => {
    answer = ANSWERS['data without Cache-Control'];
    await outcome(new SubgraphDataSource(url, 'agencies', issuer, calls), { requestId: 'req-2', identity: null, kiosk: null, clientAddress: null });
    const [{ headers }] = received;
    const caller = await verifyInternalToken(String(headers[INTERNAL_TOKEN_HEADER]), requiredKey(platform.config, 'internalTokenVerification'), 'agencies');
    expect(caller.viewer).toEqual({ kind: 'anonymous' });
    expect(headers[CLIENT_ADDRESS_HEADER]).toBeUndefined();
  });
});

describe("a subgraph's answer outside 2xx, through the gateway", () => {
  let platform: TestPlatform;
  let agencies: StandInSubgraph;
  let gateway: RunningGateway;
  const logged: { level: number; msg: string; requestId?: string; error?: { message: string } }[] = [];

  beforeAll(async () => {
    platform = testPlatformConfig(undefined, { MPP_LOG_LEVEL: 'info' });
    agencies = new StandInSubgraph(0, (_request, response) => {
      response.writeHead(401, { 'content-type': 'application/json', 'cache-control': 'public, max-age=60' });
      response.end(JSON.stringify({ errors: [{ message: 'internal token refused', extensions: { code: 'UNAUTHENTICATED' } }] }));
    });
    const agenciesUrl = await agencies.start();
    gateway = await startGateway(platform.config, {
      port: 0,
      subgraphUrls: { agencies: agenciesUrl },
      logDestination: { write: (line: string) => void logged.push(JSON.parse(line)) },
    });
  });

  afterAll(async () => {
    await gateway?.stop();
    await agencies?.stop();
    await platform?.cleanup([]);
  });

  it("gives the client an internal error, not a sign-in refusal, and nothing of the subgraph's address or answer; nothing of it is cached", async () => {
    const ask = () =>
      fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ agencies { name } }' }) });
    const requestIds: (string | null)[] = [];
    for (let i = 0; i < 2; i += 1) {
      const response = await ask();
      requestIds.push(response.headers.get(REQUEST_ID_HEADER));
      const text = await response.text();
      expect(JSON.parse(text).errors).toEqual([expect.objectContaining({ message: 'Internal server error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } })]);
      expect(text).not.toMatch(/127\.0\.0\.1|internal token refused|UNAUTHENTICATED/);
      expect(response.headers.get('cache-control')).not.toMatch(/public/);
    }
    // Asked twice, the subgraph was asked twice: an answer with errors is never stored.
    expect(agencies.calls).toBe(2);
    // The operators' log says what happened, under each request's id.
    const unexpected = logged.filter((line) => line.msg === 'unexpected error');
    expect(unexpected.map((line) => line.requestId)).toEqual(requestIds);
    for (const line of unexpected) expect(line.error?.message).toMatch(/^401: Unauthorized from http:\/\/127\.0\.0\.1:\d+\/graphql: .*internal token refused/);
  });
});
