import { startGateway, type RunningGateway } from '@mpp/gateway';
import { REQUEST_ID_HEADER, developmentKeyPaths, loadConfig } from '@mpp/kit';
import { readFileSync } from 'node:fs';
import { bearer, TestPlatformRun } from './support/platform';

describe('the gateway facing the internet', () => {
  let platform: TestPlatformRun;
  let production: RunningGateway;
  const logged: string[] = [];

  beforeAll(async () => {
    platform = await TestPlatformRun.start(
      undefined,
      { MPP_LOG_LEVEL: 'debug', MPP_CORS_ORIGINS: 'https://mpp.paserkab.go.id' },
      { logDestination: { write: (line) => logged.push(line) } },
    );
    const config = loadConfig({
      NODE_ENV: 'production',
      MPP_DATA_DIR: platform.platform.config.dataDir,
      // The keys as production reads them: files named by the variables.
      MPP_INTERNAL_TOKEN_PRIVATE_KEY: developmentKeyPaths(platform.platform.config.dataDir, 'internal-token').privateKey,
      MPP_STAFF_TOKEN_PUBLIC_KEYS: developmentKeyPaths(platform.platform.config.dataDir, 'staff-token').publicKey,
      MPP_LOG_LEVEL: 'silent',
    }, undefined, { kind: 'gateway' });
    const subgraphUrls = { agencies: platform.subgraphs.agencies.url, catalog: platform.subgraphs.catalog.url };
    production = await startGateway(config, { port: 0, subgraphUrls });
  });

  afterAll(async () => {
    await production?.stop();
    await platform?.stop();
  });

  const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });

  describe('operation limits, in every mode, without telling the limit', () => {
    const deep = `{ ${'agencies { booths { agency { '.repeat(7)}name${' } } }'.repeat(7)} }`;
    const aliases = `{ ${Array.from({ length: 100 }, (_, i) => `a${i}: booths { code }`).join(' ')} }`;
    const tokens = `{ ${Array.from({ length: 1200 }, () => '__typename').join(' ')} }`;

    it.each([
      ['a query 20 levels deep', deep, 'GRAPHQL_VALIDATION_FAILED'],
      ['a query with 100 aliases', aliases, 'GRAPHQL_VALIDATION_FAILED'],
      ['a query of more than 1000 tokens', tokens, 'GRAPHQL_PARSE_FAILED'],
    ])('refuses %s', async (_label, query, code) => {
      for (const url of [platform.url, production.url]) {
        const response = await post(url, { query });
        const body = (await response.json()) as { data?: unknown; errors: { message: string; extensions: { code: string } }[] };
        expect(body.data).toBeUndefined();
        expect(body.errors[0].extensions.code).toBe(code);
        expect(body.errors.map((error) => error.message).join(' ')).not.toMatch(/\d/);
      }
    });

    it('counts the depth of fields, not of fragments: nested fragments within the limit pass, hidden depth does not', async () => {
      // The CMS names its selections as fragments: 5 fields deep here, through 3 fragment spreads.
      const fragments = `fragment Place on Agency { name booths { ...Stand } }
        fragment Stand on Booth { code agency { name } }
        fragment Home on Booth { agency { ...Place } }
        query { booths { ...Home } }`;
      const hiddenDepth = `fragment Deep on Booth { agency { booths { agency { booths { agency { booths { code } } } } } } }
        query { booths { ...Deep } }`;
      for (const url of [platform.url, production.url]) {
        const passing = (await (await post(url, { query: fragments })).json()) as { data?: { booths: unknown[] }; errors?: unknown };
        expect(passing.errors).toBeUndefined();
        expect(passing.data?.booths.length).toBeGreaterThan(0);
        const refused = (await (await post(url, { query: hiddenDepth })).json()) as { errors: { extensions: { code: string } }[] };
        expect(refused.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
      }
    });

    it('refuses batched requests', async () => {
      const response = await post(platform.url, [{ query: '{ __typename }' }, { query: '{ __typename }' }]);
      expect(response.status).toBe(400);
    });

    it('refuses a 2 MB body with a GraphQL-shaped error, before reading it as GraphQL', async () => {
      const response = await post(platform.url, { query: '{ __typename }', variables: { padding: 'x'.repeat(2 * 1024 * 1024) } });
      expect(response.status).toBe(413);
      expect(await response.json()).toEqual({ errors: [{ message: 'The request body is too large.', extensions: { code: 'BAD_REQUEST' } }] });
    });

    it('refuses a simple GET that a browser could send cross-site (CSRF prevention)', async () => {
      const response = await fetch(`${platform.url}?query=${encodeURIComponent('{ __typename }')}`);
      expect(response.status).toBe(400);
    });
  });

  describe('production mode', () => {
    const introspection = '{ __schema { queryType { name } } }';

    it('turns introspection off (development keeps it for frontend teams)', async () => {
      const dev = (await (await post(platform.url, { query: introspection })).json()) as { data?: { __schema: unknown } };
      expect(dev.data?.__schema).toEqual({ queryType: { name: 'Query' } });
      const prod = (await (await post(production.url, { query: introspection })).json()) as { errors?: { extensions: { code: string } }[] };
      expect(prod.errors?.[0]?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    });

    it('gives no "did you mean" suggestions', async () => {
      const query = '{ agencie { name } }';
      const dev = (await (await post(platform.url, { query })).json()) as { errors: { message: string }[] };
      expect(dev.errors[0].message).toMatch(/Did you mean/);
      const prod = (await (await post(production.url, { query })).json()) as { errors: { message: string }[] };
      expect(prod.errors[0].message).not.toMatch(/Did you mean|agencies/);
    });

    it('answers normal queries and verifies tokens the same way', async () => {
      const session = await platform.loginAs('EDITOR');
      const response = (await (await post(production.url, { query: '{ me { role } agency(slug: "bri") { name services { name } } }' }, bearer(session))).json()) as { data: { me: { role: string } } };
      expect(response.data.me.role).toBe('EDITOR');
    });
  });

  it('allows browsers only from the configured origins', async () => {
    const preflight = (origin: string) =>
      fetch(platform.url, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });
    expect((await preflight('https://mpp.paserkab.go.id')).headers.get('access-control-allow-origin')).toBe('https://mpp.paserkab.go.id');
    expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('stays ready with the catalog down, costing only the missing subgraph\'s fields, and recovers when it returns', async () => {
    const query = '{ agencies(kind: BANK) { slug services { name } } }';
    await platform.stopSubgraph('catalog');
    try {
      const down = (await (await post(platform.url, { query })).json()) as { data: { agencies: { slug: string; services: unknown }[] }; errors: { message: string }[] };
      expect(down.data.agencies.map((agency) => agency.slug).sort()).toEqual(['bankaltimtara', 'bni', 'bri', 'mandiri']);
      expect(down.data.agencies.every((agency) => agency.services === null)).toBe(true);
      expect(down.errors.length).toBeGreaterThan(0);
      expect(JSON.stringify(down.errors)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|stack/);
      // A load balancer keeps the gateway in rotation: partial answers beat none.
      const health = await fetch(new URL('/health', platform.url));
      const others = Object.fromEntries(platform.platform.config.subgraphs.filter((name) => name !== 'catalog').map((name) => [name, 'ok']));
      expect([health.status, await health.json()]).toEqual([200, { status: 'degraded', subgraphs: { ...others, catalog: 'unavailable' } }]);
    } finally {
      await platform.startSubgraphAgain('catalog');
    }
    const back = (await (await post(platform.url, { query })).json()) as { data: { agencies: { services: unknown[] }[] }; errors?: unknown };
    expect(back.errors).toBeUndefined();
    expect(back.data.agencies.every((agency) => agency.services.length >= 2)).toBe(true);
    // The gateway checks its subgraphs at most once a second for all probes: the next check shows it back.
    let health: unknown;
    for (const started = Date.now(); Date.now() - started < 3000; await new Promise((resolve) => setTimeout(resolve, 200))) {
      health = await (await fetch(new URL('/health', platform.url))).json();
      if ((health as { status: string }).status === 'ok') break;
    }
    expect(health).toEqual({ status: 'ok', subgraphs: Object.fromEntries(platform.platform.config.subgraphs.map((name) => [name, 'ok'])) });
  });

  it('logs each request with its id, passes the id on, and never logs tokens or passwords', async () => {
    const account = platform.devAccounts().find((candidate) => candidate.role === 'ADMIN')!;
    logged.length = 0;
    const response = await post(platform.url, {
      query: 'mutation SignIn($e: String!, $p: String!) { login(email: $e, password: $p) { token refreshToken } }',
      variables: { e: account.email, p: account.password },
    });
    const requestId = response.headers.get(REQUEST_ID_HEADER);
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    const { data } = (await response.json()) as { data: { login: { token: string; refreshToken: string } } };
    await post(platform.url, { query: 'mutation($t: String!) { refreshSession(refreshToken: $t) { token } }', variables: { t: data.login.refreshToken } }, bearer(data.login.token));
    await post(platform.url, { query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', variables: { e: account.email, p: 'a-wrong-password' } });
    // Refused before execution (a bad token): still one request line, under the id the client got.
    const refused = await post(platform.url, { query: '{ me { id } }' }, bearer('not.a.token'));
    const refusedId = refused.headers.get(REQUEST_ID_HEADER);
    const text = logged.join('');
    const lines = logged.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toContainEqual(expect.objectContaining({ service: 'gateway', level: 'info', msg: 'request', requestId, operation: 'SignIn', status: 200 }));
    // The agencies subgraph answered the same request under the same id.
    expect(lines).toContainEqual(expect.objectContaining({ service: 'agencies', level: 'debug', msg: 'request', requestId }));
    expect([refused.status, refusedId]).toEqual([401, expect.stringMatching(/^[0-9a-f-]{36}$/)]);
    expect(lines).toContainEqual(expect.objectContaining({ service: 'gateway', msg: 'request', requestId: refusedId, status: 401, errors: ['UNAUTHENTICATED'] }));
    const privateKeys = ['internal-token', 'staff-token'].map((pair) =>
      readFileSync(developmentKeyPaths(platform.platform.config.dataDir, pair).privateKey, 'utf8').split('\n')[1],
    );
    for (const secret of [account.password, 'a-wrong-password', data.login.token, data.login.refreshToken, ...privateKeys]) {
      expect(text).not.toContain(secret);
    }
  });
});
