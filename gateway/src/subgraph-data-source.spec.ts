import type { IncomingHttpHeaders, ServerResponse } from 'node:http';
import { RemoteGraphQLDataSource, type GraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { CLIENT_ADDRESS_HEADER, INTERNAL_TOKEN_HEADER, InternalTokenIssuer, REQUEST_ID_HEADER, newId, requiredKey, verifyInternalToken } from '@mpp/kit';
import { testPlatformConfig, type TestPlatform } from '@mpp/kit/testing';
import type { GatewayContext } from './gateway';
import { StandInSubgraph } from './spec-support';
import { SubgraphCalls } from './subgraph-calls';
import { SubgraphDataSource } from './subgraph-data-source';

/** What a subgraph answers: status, headers and body. */
interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

const JSON_TYPE = { 'content-type': 'application/json; charset=utf-8' };
const DATA = JSON.stringify({ data: { services: [{ name: 'Paspor' }] } });

/** Every kind of answer a subgraph (or something in its place) can give, as Apollo's own data source reads them. */
const ANSWERS: Record<string, Answer> = {
  'public data for a second': { status: 200, headers: { ...JSON_TYPE, 'cache-control': 'max-age=1, public' }, body: DATA },
  'data without Cache-Control': { status: 200, headers: JSON_TYPE, body: DATA },
  'no-store': { status: 200, headers: { ...JSON_TYPE, 'cache-control': 'no-store' }, body: DATA },
  'private for five seconds, spaced and upper case': { status: 200, headers: { ...JSON_TYPE, 'cache-control': ' private , MAX-AGE = 5' }, body: DATA },
  'public and private at once': { status: 200, headers: { ...JSON_TYPE, 'cache-control': 'private, public, max-age=3' }, body: DATA },
  'a quoted max-age': { status: 200, headers: { ...JSON_TYPE, 'cache-control': 'public, max-age="7"' }, body: DATA },
  'errors with status 200': { status: 200, headers: JSON_TYPE, body: JSON.stringify({ data: null, errors: [{ message: 'No.', extensions: { code: 'FORBIDDEN' } }] }) },
  'graphql-response+json': { status: 200, headers: { 'content-type': 'application/graphql-response+json' }, body: DATA },
  'a 400 with GraphQL errors': { status: 400, headers: JSON_TYPE, body: JSON.stringify({ errors: [{ message: 'Bad variable', extensions: { code: 'BAD_USER_INPUT' } }] }) },
  'a 401': { status: 401, headers: JSON_TYPE, body: JSON.stringify({ errors: [{ message: 'Who?' }] }) },
  'a 403 in plain text': { status: 403, headers: { 'content-type': 'text/plain' }, body: 'forbidden' },
  'a 503 with no body': { status: 503, headers: {}, body: '' },
  'text with status 200': { status: 200, headers: { 'content-type': 'text/html' }, body: '<p>a proxy page</p>' },
  'a JSON string': { status: 200, headers: JSON_TYPE, body: '"data"' },
};

/** What a data source made of an answer: its result or its error, and the cache hints it gave the request. */
async function outcome(source: GraphQLDataSource<GatewayContext>, context: GatewayContext): Promise<unknown> {
  const hints: unknown[] = [];
  const options = {
    kind: 'incoming operation',
    request: { query: '{ services { name } }', variables: { limit: 2 }, operationName: undefined },
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
      response.writeHead(answer.status, answer.headers);
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

  it('fails on malformed JSON, as Apollo does', async () => {
    answer = { status: 200, headers: JSON_TYPE, body: '{"data": ' };
    const ours = (await outcome(new SubgraphDataSource(url, 'catalog', issuer, calls), context)) as { failed?: { name: string } };
    expect(ours.failed?.name).toBe('SyntaxError');
  });

  it('sends an internal token for the subgraph speaking for the viewer, the request id and the client address, and nothing of its own', async () => {
    answer = ANSWERS['data without Cache-Control'];
    await outcome(new SubgraphDataSource(url, 'catalog', issuer, calls), context);
    const [{ headers }] = received;
    const caller = await verifyInternalToken(String(headers[INTERNAL_TOKEN_HEADER]), requiredKey(platform.config, 'internalTokenVerification'), 'catalog');
    expect(caller.viewer).toEqual({ kind: 'staff', ...context.identity });
    expect({ requestId: headers[REQUEST_ID_HEADER], clientAddress: headers[CLIENT_ADDRESS_HEADER], contentType: headers['content-type'] }).toEqual({
      requestId: 'req-1',
      clientAddress: '203.0.113.9',
      contentType: 'application/json',
    });
    // A token for another subgraph is refused by this one's check.
    await expect(verifyInternalToken(String(headers[INTERNAL_TOKEN_HEADER]), requiredKey(platform.config, 'internalTokenVerification'), 'agencies')).rejects.toThrow();
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
