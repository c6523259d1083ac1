import { execFile } from 'node:child_process';
import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startGateway, type RunningGateway } from '@mpp/gateway';
import {
  ANONYMOUS,
  CLIENT_ADDRESS_HEADER,
  INTERNAL_TOKEN_HEADER,
  clock,
  findRepositoryRoot,
  loadConfig,
  requiredKey,
  seedId,
  signAccessToken,
  signInternalToken,
  signingKeyFromPem,
  verificationKeysFromPems,
  type PlatformConfig,
  type SigningKey,
} from '@mpp/kit';
import { startSubgraph, type RunningSubgraph } from '@mpp/kit/subgraph';
import { internalTokenHeader, postGraphql, testDatabaseTargets } from '@mpp/kit/testing';
import { SignJWT, decodeJwt } from 'jose';
import { bearer, subgraphDefinitions, TestPlatformRun } from './support/platform';

/**
 * Trust between the gateway and the subgraphs (docs/architecture.md, "Trust"): who holds which
 * key, and that nothing else gets in — not a client, not another subgraph, not a partner who
 * runs a subgraph and so holds its configuration.
 */

const PROBE = '{ __typename }';
/** The catalog answers a service the public may not see only to staff who may: a viewer-dependent probe. */
const UNPUBLISHED_PROBE = `{ service(id: "${seedId('service', 'pengaduan-layanan-jkn')}") { id } }`;

const newSigningKey = (): SigningKey =>
  signingKeyFromPem(generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString());
const publicPem = (key: SigningKey): string => createPublicKey(key.privateKey).export({ format: 'pem', type: 'spki' }).toString();
const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const now = () => Math.floor(Date.now() / 1000);

/** A process's configuration with other keys: the same platform otherwise (data folder, database). */
function withKeys(config: PlatformConfig, keys: Partial<PlatformConfig['keys']>): PlatformConfig {
  return { ...config, keys: { ...config.keys, ...keys } };
}

describe.each(testDatabaseTargets())('trust between gateway and subgraphs on $label', ({ databaseUrl }) => {
  let platform: TestPlatformRun;
  let config: PlatformConfig;
  const extraGateways: RunningGateway[] = [];
  const extraSubgraphs: RunningSubgraph[] = [];

  beforeAll(async () => {
    platform = await TestPlatformRun.start(databaseUrl);
    config = platform.platform.config;
  });

  afterAll(async () => {
    for (const gateway of extraGateways) await gateway.stop();
    for (const subgraph of extraSubgraphs) await subgraph.stop();
    await platform?.stop();
  });

  const subgraphUrls = () => Object.fromEntries(Object.entries(platform.subgraphs).map(([name, running]) => [name, running.url]));
  const anotherGateway = async (gatewayConfig: PlatformConfig, urls: Record<string, string> = subgraphUrls()) => {
    const gateway = await startGateway(gatewayConfig, { port: 0, subgraphUrls: urls });
    extraGateways.push(gateway);
    return gateway;
  };
  const anotherSubgraph = async (name: string, subgraphConfig: PlatformConfig) => {
    const running = await startSubgraph((await subgraphDefinitions()).get(name)!, subgraphConfig, { port: 0 });
    extraSubgraphs.push(running);
    return running;
  };
  const askSubgraph = (url: string, headers: Record<string, string>, query = PROBE) => postGraphql(url, query, {}, headers);
  /** A stand-in agencies subgraph that answers `agencies` with nothing and keeps the headers of each call. */
  const spyOn = async (use: (url: string) => Promise<void>): Promise<Record<string, string | undefined>[]> => {
    const received: Record<string, string | undefined>[] = [];
    const spy: Server = createServer((req, res) => {
      received.push(req.headers as Record<string, string | undefined>);
      req.resume().on('end', () => {
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ data: { agencies: [] } }));
      });
    });
    await new Promise<void>((resolve) => spy.listen(0, '127.0.0.1', resolve));
    try {
      await use(`http://127.0.0.1:${(spy.address() as AddressInfo).port}/graphql`);
    } finally {
      await new Promise((resolve) => spy.close(resolve));
    }
    return received;
  };

  describe('internal tokens', () => {
    const internalKey = () => requiredKey(config, 'internalTokenSigning');
    /** An internal token as the gateway would sign it, with the parts a test wants wrong. */
    const internal = (key: SigningKey, { audience = 'catalog', issuedAt = now(), lifetime = 60, kid = key.kid, issuer = 'mpp-paser-gateway', typ = 'mpp-internal+jwt' } = {}) =>
      new SignJWT({}).setProtectedHeader({ alg: 'EdDSA', typ, kid }).setIssuer(issuer).setAudience(audience).setIssuedAt(issuedAt).setExpirationTime(issuedAt + lifetime).sign(key.privateKey);

    it.each([
      ['none', async () => undefined],
      ['garbage', async () => 'not.a.token'],
      ['one for another subgraph', async (name: string) => internal(internalKey(), { audience: name === 'catalog' ? 'agencies' : 'catalog' })],
      ['an expired one', async (name: string) => internal(internalKey(), { audience: name, issuedAt: now() - 600 })],
      ['one issued in the future', async (name: string) => internal(internalKey(), { audience: name, issuedAt: now() + 600 })],
      ['one signed by another key', async (name: string) => internal(newSigningKey(), { audience: name })],
      ['one signed by another key claiming the gateway key\'s id', async (name: string) => internal(newSigningKey(), { audience: name, kid: internalKey().kid })],
      ['one signed with the staff-token key', async (name: string) => internal(requiredKey(config, 'staffTokenSigning'), { audience: name })],
      ['one from another issuer', async (name: string) => internal(internalKey(), { audience: name, issuer: 'mpp-paser' })],
      ['a staff access token', async () => (await signAccessToken({ userId: 'x', role: 'ADMIN', agencyId: null, mustChangePassword: false, sessionId: 'x' }, requiredKey(config, 'staffTokenSigning'))).token],
      ['alg:none', async (name: string) => `${encode({ alg: 'none', typ: 'mpp-internal+jwt', kid: internalKey().kid })}.${encode({ iss: 'mpp-paser-gateway', aud: name, iat: now(), exp: now() + 60 })}.`],
      ['HS256 keyed with the gateway\'s public key', async (name: string) =>
        new SignJWT({}).setProtectedHeader({ alg: 'HS256', typ: 'mpp-internal+jwt', kid: internalKey().kid }).setIssuer('mpp-paser-gateway').setAudience(name).setIssuedAt().setExpirationTime('1m').sign(new TextEncoder().encode(publicPem(internalKey())))],
      ['a tampered one that makes an anonymous token ADMIN', async (name: string) => {
        const { token } = await signInternalToken(internalKey(), name, ANONYMOUS);
        const [header, , signature] = token.split('.');
        return `${header}.${encode({ ...decodeJwt(token), sub: 'x', role: 'ADMIN', agency: null })}.${signature}`;
      }],
    ])('every subgraph refuses %s with 401, reading nothing', async (_label, make) => {
      for (const [name, running] of Object.entries(platform.subgraphs)) {
        const token = await make(name);
        let result: Awaited<ReturnType<typeof askSubgraph>> | undefined;
        const statements = await platform.countStatements(async () => {
          result = await askSubgraph(running.url, token === undefined ? {} : { [INTERNAL_TOKEN_HEADER]: token }, '{ services(limit: 5) { totalCount } agencies { id } }');
        });
        expect([name, result!.status, result!.errors?.[0]?.extensions?.code, result!.data]).toEqual([name, 401, 'UNAUTHENTICATED', undefined]);
        expect([name, statements[name]]).toEqual([name, 0]);
      }
    });

    it('every subgraph admits the gateway\'s token for it, and only in its own header', async () => {
      for (const [name, running] of Object.entries(platform.subgraphs)) {
        const headers = await internalTokenHeader(config, name);
        expect((await askSubgraph(running.url, headers)).data).toEqual({ __typename: 'Query' });
        // The same token as a bearer credential is no internal token at all.
        expect((await askSubgraph(running.url, { authorization: `Bearer ${headers[INTERNAL_TOKEN_HEADER]}` })).status).toBe(401);
      }
    });

    it('the gateway drops a client\'s internal token: an ADMIN one sent to the gateway buys nothing', async () => {
      const admin = await internalTokenHeader(config, 'catalog', { userId: 'x', role: 'ADMIN', agencyId: null });
      // Straight to the subgraph it would work (it is the gateway's own signature)…
      expect((await askSubgraph(platform.subgraphs.catalog.url, admin, UNPUBLISHED_PROBE)).data?.service).not.toBeNull();
      // …but through the gateway the caller stays anonymous…
      const through = await platform.post(UNPUBLISHED_PROBE, {}, admin);
      expect([through.status, through.data]).toEqual([200, { service: null }]);
      // …because the subgraph receives the gateway's token for an anonymous caller, not the client's.
      const received = await spyOn(async (url) => {
        const gateway = await anotherGateway(config, { ...subgraphUrls(), agencies: url });
        await postGraphql(gateway.url, '{ agencies { name } }', {}, { ...(await internalTokenHeader(config, 'agencies', { userId: 'x', role: 'ADMIN', agencyId: null })), 'x-mpp-client-address': '198.51.100.7' });
      });
      expect(received).toHaveLength(1);
      expect(decodeJwt(received[0][INTERNAL_TOKEN_HEADER]!).sub).toBeUndefined();
      expect(received[0]['x-mpp-client-address']).toBe('127.0.0.1');
    });

    it('signs once per viewer and subgraph for most of a minute, each token naming its audience and lasting about a minute', async () => {
      const received = await spyOn(async (url) => {
        const gateway = await anotherGateway(config, { ...subgraphUrls(), agencies: url });
        for (let i = 0; i < 5; i += 1) await postGraphql(gateway.url, '{ agencies { name } }');
      });
      const seen = received.map((headers) => headers[INTERNAL_TOKEN_HEADER]!);
      expect(seen).toHaveLength(5);
      expect(new Set(seen).size).toBe(1);
      const claims = decodeJwt(seen[0]);
      expect(claims).toMatchObject({ aud: 'agencies', iss: 'mpp-paser-gateway', fwd: true });
      expect(claims.sub).toBeUndefined();
      expect(claims.exp! - claims.iat!).toBe(60);
      expect(Math.abs(claims.iat! - now())).toBeLessThan(30);
    });
  });

  describe('what a subgraph run by a partner holds', () => {
    /** The catalog's own configuration, as its process loads it from this platform's keys. */
    const catalogConfig = () => loadConfig(
      { NODE_ENV: 'test', MPP_DATA_DIR: config.dataDir, MPP_DATABASE_PREFIX: config.databasePrefix },
      findRepositoryRoot(),
      { kind: 'subgraph', name: 'catalog', issuesStaffTokens: false },
    );

    it('is public keys only, and it serves the gateway with them', async () => {
      const own = catalogConfig();
      const keys = own.keys;
      expect([keys.internalTokenSigning, keys.staffTokenSigning, keys.staffTokenVerification]).toEqual([null, null, null]);
      for (const key of keys.internalTokenVerification!.byKid.values()) expect(key.type).toBe('public');
      const catalog = await anotherSubgraph('catalog', own);
      expect((await askSubgraph(catalog.url, await internalTokenHeader(config, 'catalog'), '{ services(limit: 1) { totalCount } }')).data?.services.totalCount).toBeGreaterThan(0);
    });

    it('mints no staff token the gateway accepts, whatever it makes of what it holds', async () => {
      const held = catalogConfig().keys.internalTokenVerification!;
      const [kid, publicKey] = [...held.byKid.entries()][0];
      const staffKid = requiredKey(config, 'staffTokenSigning').kid;
      const claims = { role: 'ADMIN', agency: null, sid: 'x' };
      const attempts: Promise<string>[] = [
        // HMAC keyed with every form of the public key it holds.
        ...[publicKey.export({ format: 'pem', type: 'spki' }).toString(), JSON.stringify(publicKey.export({ format: 'jwk' }))].map((secret) =>
          new SignJWT(claims).setProtectedHeader({ alg: 'HS256', typ: 'JWT', kid: staffKid }).setSubject('x').setIssuer('mpp-paser').setAudience('mpp-paser-api').setIssuedAt().setExpirationTime('10m').sign(new TextEncoder().encode(secret)),
        ),
        // A key of its own, under the real staff key's id and under the gateway key's id.
        ...[staffKid, kid].map((claimedKid) =>
          new SignJWT(claims).setProtectedHeader({ alg: 'EdDSA', typ: 'JWT', kid: claimedKid }).setSubject('x').setIssuer('mpp-paser').setAudience('mpp-paser-api').setIssuedAt().setExpirationTime('10m').sign(newSigningKey().privateKey),
        ),
        // An internal token the gateway really sent it, presented as a staff token.
        internalTokenHeader(config, 'catalog', { userId: 'x', role: 'ADMIN', agencyId: null, sessionId: 'x' }).then((header) => header[INTERNAL_TOKEN_HEADER]),
      ];
      for (const token of await Promise.all(attempts)) {
        const result = await platform.post('{ me { id } }', {}, bearer(token));
        expect([result.status, result.errors?.[0]?.extensions?.code]).toEqual([401, 'UNAUTHENTICATED']);
      }
    });

    it('cannot replay a token the gateway sent it at another subgraph', async () => {
      const sentToCatalog = await internalTokenHeader(config, 'catalog', { userId: 'x', role: 'ADMIN', agencyId: null });
      expect((await askSubgraph(platform.subgraphs.catalog.url, sentToCatalog)).status).toBe(200);
      expect((await askSubgraph(platform.subgraphs.agencies.url, sentToCatalog)).status).toBe(401);
    });
  });

  describe('key rotation with two active keys', () => {
    it('staff tokens: a gateway with the old and the new public key accepts both; one with either alone refuses the other\'s', async () => {
      const oldKey = requiredKey(config, 'staffTokenSigning');
      const newKey = newSigningKey();
      // An agencies replica already signing with the new key, on the same database.
      const agenciesNew = await anotherSubgraph('agencies', withKeys(config, { staffTokenSigning: newKey }));
      const both = await anotherGateway(withKeys(config, { staffTokenVerification: verificationKeysFromPems([publicPem(oldKey), publicPem(newKey)]) }), {
        ...subgraphUrls(),
        agencies: agenciesNew.url,
      });
      const newOnly = await anotherGateway(withKeys(config, { staffTokenVerification: verificationKeysFromPems([publicPem(newKey)]) }));

      const editor = platform.devAccounts().find((account) => account.role === 'EDITOR')!;
      const oldToken = (await platform.login(editor.email, editor.password)).token; // signed by the old key
      const signIn = await postGraphql(both.url, 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: editor.email, p: editor.password });
      const newToken = signIn.data.login.token as string;
      expect(JSON.parse(Buffer.from(newToken.split('.')[0], 'base64url').toString()).kid).toBe(newKey.kid);

      const me = async (url: string, token: string) => (await postGraphql(url, '{ me { email } }', {}, bearer(token))).status;
      expect([await me(both.url, oldToken), await me(both.url, newToken)]).toEqual([200, 200]);
      expect([await me(platform.url, oldToken), await me(platform.url, newToken)]).toEqual([200, 401]);
      expect([await me(newOnly.url, oldToken), await me(newOnly.url, newToken)]).toEqual([401, 200]);
    });

    it('internal tokens: a subgraph with the old and the new public key admits gateways signing with either', async () => {
      const oldKey = requiredKey(config, 'internalTokenSigning');
      const newKey = newSigningKey();
      const catalogBoth = await anotherSubgraph('catalog', withKeys(config, { internalTokenVerification: verificationKeysFromPems([publicPem(oldKey), publicPem(newKey)]) }));
      const gatewayNew = await anotherGateway(withKeys(config, { internalTokenSigning: newKey }), { ...subgraphUrls(), catalog: catalogBoth.url });
      const gatewayNewOldCatalog = await anotherGateway(withKeys(config, { internalTokenSigning: newKey }));
      const query = '{ services(limit: 1) { totalCount } }';
      expect((await postGraphql(gatewayNew.url, query)).data?.services.totalCount).toBeGreaterThan(0);
      const old = await askSubgraph(catalogBoth.url, await internalTokenHeader(config, 'catalog'), query);
      expect(old.data?.services.totalCount).toBeGreaterThan(0);
      // A subgraph not yet given the new key refuses the new gateway: hence "verifiers first".
      const refused = await postGraphql(gatewayNewOldCatalog.url, query);
      expect(refused.data?.services ?? null).toBeNull();
      expect(refused.errors?.length).toBeGreaterThan(0);
    });
  });

  it('ends access within 10 s at every gateway replica when an account is deactivated or its password reset', async () => {
    const replica = await anotherGateway(config);
    const admin = bearer(await platform.loginAs('ADMIN'));
    const results: number[] = [];
    for (const change of ['deactivate', 'reset'] as const) {
      const email = `replica-${change}-${Date.now()}@example.id`;
      const created = await platform.post(
        'mutation($input: CreateStaffUserInput!) { createStaffUser(input: $input) { temporaryPassword user { id version } } }',
        { input: { email, name: `Replika ${change}`, role: 'EDITOR' } },
        admin,
      );
      const { temporaryPassword, user } = created.data.createStaffUser;
      const first = await platform.login(email, temporaryPassword);
      const changed = await platform.post('mutation($c: String!, $n: String!) { changeOwnPassword(currentPassword: $c, newPassword: $n) { token } }', { c: temporaryPassword, n: `sandi-replika-${change}-2026` }, bearer(first));
      const token = changed.data.changeOwnPassword.token as string;
      const status = async (url: string) => (await postGraphql(url, '{ me { email } }', {}, bearer(token))).status;
      // Both replicas have the session's identity cached.
      expect([await status(platform.url), await status(replica.url)]).toEqual([200, 200]);
      const { version } = (await platform.post('{ staffUsers(limit: 100) { items { id version } } }', {}, admin)).data.staffUsers.items.find((item: { id: string }) => item.id === user.id);
      const mutation = change === 'deactivate'
        ? platform.post('mutation($id: ID!, $v: Int!) { updateStaffUser(id: $id, version: $v, input: { active: false }) { id } }', { id: user.id, v: version }, admin)
        : platform.post('mutation($id: ID!, $v: Int!) { resetStaffPassword(id: $id, version: $v) { temporaryPassword } }', { id: user.id, v: version }, admin);
      expect((await mutation).errors).toBeUndefined();
      const started = Date.now();
      const ended = new Set<string>();
      while (ended.size < 2) {
        for (const url of [platform.url, replica.url]) if ((await status(url)) === 401) ended.add(url);
        if (Date.now() - started > 10_000) throw new Error(`${change}: access went on past 10 s at ${2 - ended.size} replica(s)`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      results.push(Date.now() - started);
    }
    process.stdout.write(`access ended at both replicas after ${results.join(' ms and ')} ms\n`);
  });

  it('signs and checks token times on the real clock, whatever the business clock says', async () => {
    const shifted = await TestPlatformRun.start(databaseUrl, { MPP_CLOCK_START: '2030-01-07T08:00:00+08:00' });
    try {
      const session = await shifted.loginAs('EDITOR');
      const claims = decodeJwt(session.token);
      expect(Math.abs(claims.iat! - now())).toBeLessThan(30);
      expect(Math.abs(new Date(session.expiresAt).getTime() / 1000 - (now() + 15 * 60))).toBeLessThan(30);
      expect((await shifted.post('{ me { email } }', {}, bearer(session))).status).toBe(200);
    } finally {
      await shifted.stop();
      clock.reset();
    }
  });

  it('`npm run internal-token` prints one header line admitting an anonymous caller to that subgraph only, for the time asked', async () => {
    const root = findRepositoryRoot();
    // Asynchronously: a synchronous child would stall this process's own servers meanwhile.
    const run = (...args: string[]) =>
      new Promise<{ status: number; stdout: string; stderr: string }>((resolve) => {
        execFile('npm', ['run', '--silent', 'internal-token', '--', ...args], { cwd: root, env: { ...process.env, NODE_ENV: 'test', MPP_DATA_DIR: config.dataDir } }, (error, stdout, stderr) =>
          resolve({ status: error ? Number(error.code) : 0, stdout, stderr }),
        );
      });
    const printed = await run('catalog', '--ttl', '120');
    expect({ status: printed.status, stderr: printed.stderr }).toMatchObject({ status: 0 });
    const lines = printed.stdout.split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    const match = /^([a-z-]+): (\S+)$/.exec(lines[0])!;
    expect(match[1]).toBe(INTERNAL_TOKEN_HEADER);
    const claims = decodeJwt(match[2]);
    expect([claims.aud, claims.sub, claims.exp! - claims.iat!]).toEqual(['catalog', undefined, 120]);
    const defaultTtl = decodeJwt((await run('agencies')).stdout.trim().split(': ')[1]);
    expect(defaultTtl.exp! - defaultTtl.iat!).toBe(3600);
    for (const [args, message] of [[['nowhere'], /unknown subgraph "nowhere"/], [['catalog', '--ttl', 'soon'], /--ttl/], [[], /usage/]] as const) {
      const refused = await run(...args);
      expect([refused.status, refused.stdout]).toEqual([2, '']);
      expect(refused.stderr).toMatch(message);
    }
    expect((await askSubgraph(platform.subgraphs.catalog.url, { [match[1]]: match[2] })).data).toEqual({ __typename: 'Query' });
    expect((await askSubgraph(platform.subgraphs.agencies.url, { [match[1]]: match[2] })).status).toBe(401);

    // The client's address is believed only from a bearer that forwards clients (another
    // gateway, --forwarding): an operator's token cannot pose as many clients to the sign-in limits.
    const failedFrom = async (header: string, email: string) => {
      const [name, value] = header.trim().split(': ');
      await askSubgraph(platform.subgraphs.agencies.url, { [name]: value, [CLIENT_ADDRESS_HEADER]: '203.0.113.9' }, `mutation { login(email: "${email}", password: "wrong-password") { token } }`);
      const rows = await platform.subgraphs.agencies.database.orm.em.fork().getConnection().execute('select client_address from login_failure where email = ?', [email]);
      return (rows as { client_address: string }[]).map((row) => row.client_address);
    };
    expect(await failedFrom((await run('agencies')).stdout, 'operator-probe@example.id')).toEqual(['unknown']);
    expect(await failedFrom((await run('agencies', '--forwarding')).stdout, 'gateway-probe@example.id')).toEqual(['203.0.113.9']);
  });
});
