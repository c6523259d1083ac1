import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { freePort } from '../testing';
import { PublicApiClient, PublicApiUnavailableError } from './public-api';

type Answer = (request: IncomingMessage, body: string, response: ServerResponse) => void;

describe('the client of the gateway\'s public API', () => {
  let server: Server;
  let url: string;
  let answer: Answer;
  const received: { headers: IncomingMessage['headers']; body: string }[] = [];

  beforeAll(async () => {
    server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        received.push({ headers: request.headers, body });
        answer(request, body, response);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  beforeEach(() => {
    received.length = 0;
  });

  const json = (status: number, value: unknown): Answer => (_request, _body, response) => {
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(JSON.stringify(value));
  };

  const failure = async (promise: Promise<unknown>): Promise<Error> => {
    try {
      await promise;
    } catch (error) {
      return error as Error;
    }
    throw new Error('it answered');
  };

  it('posts the query and its variables anonymously and resolves the data', async () => {
    answer = json(200, { data: { service: { agency: { id: 'agency-1' } } } });
    const client = new PublicApiClient(url);
    const data = await client.query<{ service: { agency: { id: string } } }>('query($id: ID!) { service(id: $id) { agency { id } } }', { id: 'service-1' });
    expect(data.service.agency.id).toBe('agency-1');
    expect(received).toHaveLength(1);
    expect(JSON.parse(received[0].body)).toEqual({ query: 'query($id: ID!) { service(id: $id) { agency { id } } }', variables: { id: 'service-1' } });
    const { headers } = received[0];
    expect(headers['content-type']).toBe('application/json');
    // Never a public answer the gateway stored: facts a subgraph acts on are asked afresh.
    expect(headers['cache-control']).toBe('no-cache');
    // Nothing that could identify a caller beyond an anonymous website.
    expect(Object.keys(headers).filter((name) => /authorization|cookie|token|x-mpp/i.test(name))).toEqual([]);
  });

  it.each([
    ['with errors', json(200, { errors: [{ message: 'Cannot query field "secret" on type "Query".' }] }), /answered with errors: Cannot query field "secret"/],
    ['with errors beside partial data', json(200, { data: { service: null }, errors: [{ message: 'catalog is down' }] }), /answered with errors: catalog is down/],
    ['of HTTP 503', json(503, { errors: [{ message: 'unavailable' }] }), /answered HTTP 503/],
    ['of HTTP 400', json(400, { errors: [{ message: 'bad request' }] }), /answered HTTP 400/],
    ['other than JSON', (_request, _body, response) => response.end('<html>proxy error</html>'), /other than JSON/],
    ['without data', json(200, {}), /without data/],
  ])('refuses an answer %s, saying so', async (_label, how, message) => {
    answer = how;
    const error = await failure(new PublicApiClient(url).query('{ agencies { totalCount } }'));
    expect(error).toBeInstanceOf(PublicApiUnavailableError);
    expect(error.message).toMatch(message);
  });

  it('gives up on a gateway that does not answer in time', async () => {
    answer = () => {
      // Never answers.
    };
    const started = Date.now();
    const error = await failure(new PublicApiClient(url, { timeoutMs: 300 }).query('{ agencies { totalCount } }'));
    expect(error).toBeInstanceOf(PublicApiUnavailableError);
    expect(error.message).toMatch(/did not answer within 300 ms/);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('gives up on an answer that stops halfway', async () => {
    answer = (_request, _body, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write('{"data": {"agencies": ');
    };
    const error = await failure(new PublicApiClient(url, { timeoutMs: 300 }).query('{ agencies { totalCount } }'));
    expect(error).toBeInstanceOf(PublicApiUnavailableError);
    expect(error.message).toMatch(/did not answer within 300 ms/);
  });

  it('says when the gateway cannot be reached', async () => {
    const nobody = `http://127.0.0.1:${await freePort()}/graphql`;
    const error = await failure(new PublicApiClient(nobody).query('{ agencies { totalCount } }'));
    expect(error).toBeInstanceOf(PublicApiUnavailableError);
    expect(error.message).toMatch(/cannot be reached: ECONNREFUSED/);
  });

  it('follows no redirect and takes no URL with credentials', async () => {
    answer = (_request, _body, response) => {
      response.writeHead(307, { location: 'http://example.com/graphql' });
      response.end();
    };
    expect(await failure(new PublicApiClient(url).query('{ agencies { totalCount } }'))).toBeInstanceOf(PublicApiUnavailableError);
    expect(received).toHaveLength(1);
    expect(() => new PublicApiClient('http://user:secret@127.0.0.1:4000/graphql')).toThrow(/anonymously/);
  });
});
