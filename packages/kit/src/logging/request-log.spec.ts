import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { loadConfig, type LogLevel } from '../config/config';
import { badUserInput } from '../errors/errors';
import { commonApolloOptions } from '../server/apollo-options';
import { listen } from '../server/listen';
import { createLogger } from './logger';
import { requestLogPlugin, type LoggedRequestContext, type RequestLogOptions } from './request-log';

interface TestContext extends LoggedRequestContext {
  userId: string | null;
}

const PASSWORD_HASH = '$argon2id$v=19$m=19456,t=2,p=1$bXBwLXBhc2VyLXNhbHQtMTI$K9nXbS0hY3J0ZXN0aGFzaHZhbHVlMTIzNDU2Nzg';

const typeDefs = `#graphql
  type Query { service(slug: String!): String, broken: String, refused: String }
  type Mutation { login(email: String!, password: String!): String }
`;

const resolvers = {
  Query: {
    service: (_: unknown, { slug }: { slug: string }) => `Layanan ${slug}`,
    broken: () => {
      throw new Error(`insert into \`staff_user\` values ('${PASSWORD_HASH}') - Duplicate entry`);
    },
    refused: () => {
      throw badUserInput('slug', 'No such service.');
    },
  },
  Mutation: { login: () => `token-${randomUUID()}` },
};

/**
 * An Apollo Server configured as the gateway and the subgraphs are (commonApolloOptions plus
 * the request log), over real HTTP, logging into an array. The context takes the request id
 * and the caller from test headers, as a subgraph takes them from the gateway's.
 */
async function serve(loggerLevel: LogLevel, level: RequestLogOptions<TestContext>['level']) {
  const written: string[] = [];
  const logger = createLogger('catalog', loggerLevel, { destination: { write: (line) => written.push(line) } });
  const app = express();
  const server = await listen(app, '127.0.0.1', 0);
  const apollo = new ApolloServer<TestContext>({
    typeDefs,
    resolvers,
    ...commonApolloOptions<TestContext>(loadConfig({ NODE_ENV: 'test' }), logger, server, [
      requestLogPlugin<TestContext>(logger, { level, caller: ({ userId }) => (userId ? { user: userId, role: 'EDITOR' } : undefined) }),
    ]),
  });
  await apollo.start();
  app.use(
    '/graphql',
    express.json(),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        if (req.header('x-test-fail-context')) throw new Error('the context could not be built');
        return { requestId: req.header('x-request-id') ?? randomUUID(), userId: req.header('x-test-user') ?? null };
      },
    }),
  );
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  return {
    written,
    lines: () => written.map((line) => JSON.parse(line) as Record<string, any>),
    stop: () => apollo.stop(),
    async post(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
      return { status: response.status, body: (await response.json()) as { data?: any; errors?: { message: string; extensions: { code: string } }[] } };
    },
  };
}

describe('request log (the gateway and every subgraph)', () => {
  let api: Awaited<ReturnType<typeof serve>>;

  beforeAll(async () => {
    api = await serve('info', 'info');
  });

  afterAll(() => api?.stop());

  beforeEach(() => {
    api.written.length = 0;
  });

  it("logs each request once, under its id: operation, duration, status and the staff caller, not the query or its variables", async () => {
    const answer = await api.post('query Lookup($slug: String!) { service(slug: $slug) }', { slug: 'perpanjangan-sim' }, { 'x-request-id': 'req-lookup', 'x-test-user': 'user-7' });
    expect(answer.body.data).toEqual({ service: 'Layanan perpanjangan-sim' });
    const lines = api.lines();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toEqual({
      level: 'info',
      time: expect.any(String),
      service: 'catalog',
      pid: process.pid,
      hostname: expect.any(String),
      requestId: 'req-lookup',
      operation: 'Lookup',
      ms: expect.any(Number),
      status: 200,
      user: 'user-7',
      role: 'EDITOR',
      msg: 'request',
    });
    expect(api.written.join('')).not.toMatch(/perpanjangan-sim|service\(slug/);
  });

  it('names no one for an anonymous caller, and null for an unnamed operation', async () => {
    await api.post('{ service(slug: "skck") }', {}, { 'x-request-id': 'req-anonymous' });
    const [line] = api.lines();
    expect(line).toMatchObject({ requestId: 'req-anonymous', operation: null, status: 200 });
    expect(line).not.toHaveProperty('user');
    expect(line).not.toHaveProperty('role');
  });

  it('logs an unexpected error once, with its stack and under its request id, while the client sees it masked', async () => {
    const answer = await api.post('query Broken { broken }', {}, { 'x-request-id': 'req-broken' });
    expect(answer.body.errors).toEqual([expect.objectContaining({ message: 'Internal server error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } })]);
    const lines = api.lines();
    const failures = lines.filter((line) => line.msg === 'unexpected error');
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({ level: 'error', requestId: 'req-broken' });
    expect(failures[0].error.cause.message).toBe("insert into `staff_user` values ('[redacted]') - Duplicate entry");
    expect(failures[0].error.stack).toMatch(/at .*request-log\.spec\.ts/);
    expect(lines.find((line) => line.msg === 'request')).toMatchObject({ requestId: 'req-broken', operation: 'Broken', errors: ['INTERNAL_SERVER_ERROR'] });
    expect(api.written.join('')).not.toContain('argon2');
  });

  it("names a client's own errors on the request line and nowhere else", async () => {
    const refused = await api.post('query Refused { refused }', {}, { 'x-request-id': 'req-refused' });
    expect(refused.body.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const unparsable = await api.post('{ service(', {}, { 'x-request-id': 'req-unparsable' });
    expect(unparsable.status).toBe(400);
    expect(api.lines()).toEqual([
      expect.objectContaining({ msg: 'request', requestId: 'req-refused', errors: ['BAD_USER_INPUT'], status: 200 }),
      expect.objectContaining({ msg: 'request', requestId: 'req-unparsable', errors: ['GRAPHQL_PARSE_FAILED'], status: 400 }),
    ]);
  });

  it('never logs a password, a token or any variable', async () => {
    const password = `pw-${randomUUID()}`;
    const token = `bearer-${randomUUID()}`;
    const answer = await api.post(
      'mutation SignIn($e: String!, $p: String!) { login(email: $e, password: $p) }',
      { e: 'admin@mpp-paser.local', p: password },
      { authorization: `Bearer ${token}`, 'x-request-id': 'req-sign-in' },
    );
    const text = api.written.join('');
    expect(api.lines()).toEqual([expect.objectContaining({ requestId: 'req-sign-in', operation: 'SignIn' })]);
    for (const secret of [password, token, answer.body.data.login, 'admin@mpp-paser.local']) expect(text).not.toContain(secret);
  });

  it('logs an unexpected failure to build the context, which has no request id yet', async () => {
    const answer = await api.post('{ service(slug: "skck") }', {}, { 'x-test-fail-context': '1' });
    expect(answer.status).toBe(500);
    expect(answer.body.errors?.[0].message).toBe('Internal server error.');
    expect(api.lines()).toEqual([
      expect.objectContaining({ level: 'error', msg: 'unexpected error', error: expect.objectContaining({ message: 'the context could not be built' }) }),
    ]);
  });

  it('writes at the level it is given: debug lines only where the logger takes debug', async () => {
    const quiet = await serve('info', 'debug');
    const verbose = await serve('debug', 'debug');
    try {
      await quiet.post('{ service(slug: "skck") }', {}, { 'x-request-id': 'req-quiet' });
      await verbose.post('{ service(slug: "skck") }', {}, { 'x-request-id': 'req-verbose' });
      expect(quiet.written).toEqual([]);
      expect(verbose.lines()).toEqual([expect.objectContaining({ level: 'debug', msg: 'request', requestId: 'req-verbose' })]);
    } finally {
      await quiet.stop();
      await verbose.stop();
    }
  });
});
