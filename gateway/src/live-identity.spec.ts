import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { INTERNAL_TOKEN_HEADER, newId, requiredKey, signAccessToken, signKioskAccessToken, verifyInternalToken, type AccessClaims, type Viewer } from '@mpp/kit';
import { freePort, testPlatformConfig, type TestPlatform } from '@mpp/kit/testing';
import { startGateway, type RunningGateway } from './gateway';
import { LIVE_IDENTITY_CACHE_MS } from './live-identity';

/**
 * The gateway against a stand-in agencies subgraph that answers the identity lookup as each
 * test says, counting the lookups; `{ __typename }` needs no subgraph, so every call the
 * stand-in sees is a lookup.
 */
describe('the live identity check in the gateway', () => {
  let platform: TestPlatform;
  let gateway: RunningGateway;
  let agencies: Server;
  let lookups: IncomingHttpHeaders[];
  /** The viewer each lookup's internal token spoke for, as the real subgraph would verify it. */
  let viewers: Viewer[];
  /** The operation of each call. */
  let queries: string[];
  let answer: (viewer: any, query: string) => unknown;

  const token = async (claims: Partial<AccessClaims> = {}) =>
    (await signAccessToken(
      { userId: newId(), role: 'PARTNER', agencyId: 'agency-a', mustChangePassword: false, sessionId: newId(), ...claims },
      requiredKey(platform.config, 'staffTokenSigning'),
    )).token;
  const ask = async (query: string, bearer?: string) => {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) },
      body: JSON.stringify({ query }),
    });
    return { status: response.status, ...((await response.json()) as { data?: unknown; errors?: { message: string; extensions: { code: string } }[] }) };
  };
  const kioskToken = async (kioskId = newId()) =>
    (await signKioskAccessToken({ kioskId, sessionId: newId() }, requiredKey(platform.config, 'staffTokenSigning'))).token;
  /** The agencies subgraph's answers: an OFFICER now, for any staff token; a live kiosk; no agencies. */
  const current = (viewer: Viewer, query: string) => {
    if (query.includes('agencies')) return { data: { agencies: [] } };
    if (viewer.kind === 'kiosk') return { data: { currentKiosk: { id: viewer.kioskId } } };
    return { data: { me: { id: (viewer as { userId: string }).userId, role: 'OFFICER', mustChangePassword: false, agency: { id: 'agency-b' } } } };
  };

  beforeAll(async () => {
    platform = testPlatformConfig(undefined, { MPP_LOG_LEVEL: 'silent' });
    agencies = createServer((req, res) => {
      lookups.push(req.headers);
      let body = '';
      req.setEncoding('utf8').on('data', (chunk: string) => (body += chunk)).on('end', () => {
        verifyInternalToken(String(req.headers[INTERNAL_TOKEN_HEADER]), requiredKey(platform.config, 'internalTokenVerification'), 'agencies').then(
          ({ viewer }) => {
            const { query } = JSON.parse(body) as { query: string };
            viewers.push(viewer);
            queries.push(query);
            res.setHeader('content-type', 'application/json');
            res.end(JSON.stringify(answer(viewer, query)));
          },
          // As the real subgraph would: a call without a valid token gets 401, not an answer.
          () => res.writeHead(401).end(),
        );
      });
    });
    await new Promise<void>((resolve) => agencies.listen(0, '127.0.0.1', resolve));
    const agenciesUrl = `http://127.0.0.1:${(agencies.address() as AddressInfo).port}/graphql`;
    const closed = `http://127.0.0.1:${await freePort()}/graphql`;
    gateway = await startGateway(platform.config, { port: 0, subgraphUrls: { agencies: agenciesUrl, catalog: closed } });
  });

  beforeEach(() => {
    lookups = [];
    viewers = [];
    queries = [];
    answer = current;
  });

  afterAll(async () => {
    await gateway?.stop();
    await new Promise((resolve) => agencies?.close(resolve));
    await platform?.cleanup([]);
  });

  it('asks once for concurrent requests of one session, with an internal token speaking for the token\'s holder and session', async () => {
    const first = await token();
    const results = await Promise.all(Array.from({ length: 20 }, () => ask('{ __typename }', first)));
    expect(results.every((result) => result.status === 200)).toBe(true);
    expect(lookups).toHaveLength(1);
    expect(lookups[0].authorization).toBeUndefined();
    expect(viewers[0]).toMatchObject({ kind: 'staff', role: 'PARTNER', agencyId: 'agency-a', sessionId: expect.any(String), userId: expect.any(String) });

    await ask('{ __typename }', await token());
    expect(lookups).toHaveLength(2);
  });

  it(`asks again once an answer is ${LIVE_IDENTITY_CACHE_MS} ms old`, async () => {
    const bearer = await token();
    await ask('{ __typename }', bearer);
    await ask('{ __typename }', bearer);
    expect(lookups).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, LIVE_IDENTITY_CACHE_MS + 100));
    await ask('{ __typename }', bearer);
    expect(lookups).toHaveLength(2);
  });

  it('refuses the token with 401 when the session has ended or the account is inactive', async () => {
    answer = () => ({ data: { me: null } });
    const result = await ask('{ __typename }', await token());
    expect(result.status).toBe(401);
    expect(result.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect(result.data ?? null).toBeNull();
  });

  it('gates a password change on the account as it is now, not as the token was signed', async () => {
    answer = (viewer) => ({ data: { me: { id: viewer.userId, role: 'PARTNER', mustChangePassword: true, agency: { id: 'agency-a' } } } });
    const bearer = await token({ mustChangePassword: false });
    expect((await ask('{ __typename }', bearer)).status).toBe(200);
    const blocked = await ask('{ agencies { name } }', bearer);
    expect([blocked.status, blocked.errors?.[0]?.extensions.code]).toEqual([403, 'FORBIDDEN']);
  });

  it('fails closed, and does not remember the failure, when the answer is unusable', async () => {
    const bearer = await token();
    for (const broken of [
      () => ({ data: { me: null }, errors: [{ message: 'database down' }] }),
      () => ({ data: { me: { id: 'someone-else', role: 'ADMIN', mustChangePassword: false, agency: null } } }),
      (viewer: { userId: string }) => ({ data: { me: { id: viewer.userId, role: 'KING', mustChangePassword: false, agency: null } } }),
    ]) {
      answer = broken;
      const result = await ask('{ __typename }', bearer);
      expect([result.status, result.errors?.[0]?.extensions.code]).toEqual([503, 'SERVICE_UNAVAILABLE']);
      expect(result.errors?.[0]?.message).toBe('Your sign-in cannot be checked right now; try again shortly.');
    }
    answer = current;
    expect((await ask('{ __typename }', bearer)).status).toBe(200);
    expect(lookups).toHaveLength(4);
  });

  it('checks a kiosk\'s token the same way: once per session and period, asking currentKiosk, speaking for the kiosk', async () => {
    const kioskId = newId();
    const bearer = await kioskToken(kioskId);
    const results = await Promise.all(Array.from({ length: 10 }, () => ask('{ __typename }', bearer)));
    expect(results.every((result) => result.status === 200)).toBe(true);
    expect(queries).toEqual(['{ currentKiosk { id } }']);
    expect(viewers).toEqual([{ kind: 'kiosk', kioskId, sessionId: expect.any(String) }]);
    // Another session of the same kiosk is looked up on its own.
    await ask('{ __typename }', await kioskToken(kioskId));
    expect(queries).toHaveLength(2);
  });

  it('forwards a live kiosk to subgraphs as a kiosk viewer, never gated as an account that must change its password', async () => {
    const kioskId = newId();
    const result = await ask('{ agencies { name } }', await kioskToken(kioskId));
    expect([result.status, result.errors]).toEqual([200, undefined]);
    expect(viewers).toHaveLength(2);
    expect(viewers[1]).toEqual({ kind: 'kiosk', kioskId, sessionId: (viewers[0] as { sessionId: string }).sessionId });
  });

  it('refuses a revoked kiosk\'s token with 401, and fails closed on an unusable answer', async () => {
    answer = () => ({ data: { currentKiosk: null } });
    const revoked = await ask('{ __typename }', await kioskToken());
    expect([revoked.status, revoked.errors?.[0]?.extensions.code]).toEqual([401, 'UNAUTHENTICATED']);
    for (const broken of [() => ({ data: { currentKiosk: { id: 'another-kiosk' } } }), () => ({ data: { currentKiosk: null }, errors: [{ message: 'down' }] }), () => ({ data: { me: null } })]) {
      answer = broken;
      const result = await ask('{ __typename }', await kioskToken());
      expect([result.status, result.errors?.[0]?.extensions.code]).toEqual([503, 'SERVICE_UNAVAILABLE']);
    }
  });
});

describe('the live identity check while the agencies subgraph is down', () => {
  let platform: TestPlatform;
  let gateway: RunningGateway;

  beforeAll(async () => {
    platform = testPlatformConfig(undefined, { MPP_LOG_LEVEL: 'silent' });
    const closed = `http://127.0.0.1:${await freePort()}/graphql`;
    gateway = await startGateway(platform.config, { port: 0, subgraphUrls: { agencies: closed, catalog: closed } });
  });

  afterAll(async () => {
    await gateway?.stop();
    await platform?.cleanup([]);
  });

  it('refuses staff requests with a clear 503, never serving them as anonymous; anonymous ones go on', async () => {
    const { token } = await signAccessToken(
      { userId: newId(), role: 'ADMIN', agencyId: null, mustChangePassword: false, sessionId: newId() },
      requiredKey(platform.config, 'staffTokenSigning'),
    );
    const post = (headers: Record<string, string>) =>
      fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query: '{ __typename }' }) });
    const staff = await post({ authorization: `Bearer ${token}` });
    const body = (await staff.json()) as { data?: unknown; errors: { message: string; extensions: Record<string, unknown> }[] };
    expect(staff.status).toBe(503);
    expect(body.data ?? null).toBeNull();
    expect(body.errors[0].extensions).toEqual({ code: 'SERVICE_UNAVAILABLE' });
    expect(JSON.stringify(body)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|stack|fetch failed/);
    const anonymous = await post({});
    expect([anonymous.status, await anonymous.json()]).toEqual([200, { data: { __typename: 'Query' } }]);
  });
});
