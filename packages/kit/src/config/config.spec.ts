import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig, requiredKey } from './config';
import { developmentKeyPaths, ensureDevelopmentKeyPair, keyId } from '../identity/keys';
import { environmentForPart, type ProcessPart } from './process-keys';

describe('configuration', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'mpp-config-'));
  const base = { MPP_DATA_DIR: dataDir };
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('has the documented defaults (README, Configuration)', () => {
    const config = loadConfig(base);
    expect(config).toMatchObject({
      mode: 'development',
      database: { kind: 'sqlite' },
      databasePrefix: 'mpp_',
      host: '127.0.0.1',
      gatewayPort: 4000,
      subgraphPorts: { agencies: 4001, catalog: 4002 },
      subgraphUrls: { agencies: 'http://127.0.0.1:4001/graphql', catalog: 'http://127.0.0.1:4002/graphql' },
      corsOrigins: ['http://127.0.0.1:4000'],
      maxBodyBytes: 1048576,
      subgraphTimeoutMs: 10000,
      subgraphConnections: 32,
      responseCacheBytes: 16 * 1024 * 1024,
      timeZone: 'Asia/Makassar',
      clockStart: null,
      clockSetAt: null,
      publicApiUrl: 'http://127.0.0.1:4000/graphql',
      loginRateLimitPerMinute: 10,
      ticketRateLimitPerMinute: 10,
      kioskTicketRateLimitPerMinute: 120,
      boardStreamsMax: 2000,
      boardStreamsPerClient: 32,
      facilityStatusStaleHours: 24,
      closedDatesRefreshSeconds: 60,
    });
  });

  it('reads the mall\'s zone, a set clock with the moment it was set, the public API and the ticket limit', () => {
    const config = loadConfig({
      ...base,
      MPP_TIMEZONE: 'asia/jayapura',
      MPP_CLOCK_START: '2026-12-07T08:00:00+08:00',
      MPP_CLOCK_SET_AT: '2026-11-30T02:15:00.123Z',
      MPP_GATEWAY_URL: 'https://api.mpp.paserkab.go.id/graphql',
      MPP_TICKET_RATE_LIMIT_PER_MINUTE: '0',
    });
    expect(config).toMatchObject({
      timeZone: 'Asia/Jayapura',
      clockStart: new Date('2026-12-07T00:00:00Z'),
      clockSetAt: new Date('2026-11-30T02:15:00.123Z'),
      publicApiUrl: 'https://api.mpp.paserkab.go.id/graphql',
      ticketRateLimitPerMinute: 0,
    });
    // The gateway's own URL follows its host and port; a wildcard host is reached on loopback.
    expect(loadConfig({ ...base, MPP_HOST: '0.0.0.0', MPP_GATEWAY_PORT: '4100' }).publicApiUrl).toBe('http://127.0.0.1:4100/graphql');
    expect(loadConfig({ ...base, MPP_TIMEZONE: 'Asia/Jakarta' }).timeZone).toBe('Asia/Jakarta');
  });

  it('reads the board streams\' limits, the kiosks\' ticket limit, the stale-status age and the closed dates\' refresh', () => {
    expect(loadConfig({
      ...base,
      MPP_BOARD_STREAMS_MAX: '500',
      MPP_BOARD_STREAMS_PER_CLIENT: '4',
      MPP_KIOSK_TICKET_RATE_LIMIT_PER_MINUTE: '0',
      MPP_FACILITY_STATUS_STALE_HOURS: '6',
      MPP_CLOSED_DATES_REFRESH_SECONDS: '1',
    })).toMatchObject({
      boardStreamsMax: 500,
      boardStreamsPerClient: 4,
      kioskTicketRateLimitPerMinute: 0,
      facilityStatusStaleHours: 6,
      closedDatesRefreshSeconds: 1,
    });
    expect(() => loadConfig({ ...base, MPP_BOARD_STREAMS_PER_CLIENT: '0' })).toThrow(/MPP_BOARD_STREAMS_PER_CLIENT/);
    expect(() => loadConfig({ ...base, MPP_CLOSED_DATES_REFRESH_SECONDS: 'often' })).toThrow(/MPP_CLOSED_DATES_REFRESH_SECONDS/);
  });

  it('reads the size of the gateway\'s cache of anonymous answers, 0 turning it off', () => {
    expect(loadConfig({ ...base, MPP_RESPONSE_CACHE_BYTES: '65536' }).responseCacheBytes).toBe(65536);
    expect(loadConfig({ ...base, MPP_RESPONSE_CACHE_BYTES: '0' }).responseCacheBytes).toBe(0);
  });

  const gateway: ProcessPart = { kind: 'gateway' };
  const agencies: ProcessPart = { kind: 'subgraph', name: 'agencies', issuesStaffTokens: true };
  const catalog: ProcessPart = { kind: 'subgraph', name: 'catalog', issuesStaffTokens: false };

  it('generates development key pairs once into the data folder, readable by the owner only, and reuses them', () => {
    const first = loadConfig(base, undefined, { kind: 'whole-platform' }).keys;
    const again = loadConfig(base, undefined, { kind: 'whole-platform' }).keys;
    expect(again.internalTokenSigning!.kid).toBe(first.internalTokenSigning!.kid);
    expect(again.staffTokenSigning!.kid).toBe(first.staffTokenSigning!.kid);
    expect(first.internalTokenSigning!.kid).not.toBe(first.staffTokenSigning!.kid);
    // Each verifier holds exactly its signer's public key.
    expect([...first.internalTokenVerification!.byKid.keys()]).toEqual([first.internalTokenSigning!.kid]);
    expect([...first.staffTokenVerification!.byKid.keys()]).toEqual([first.staffTokenSigning!.kid]);
    expect(statSync(join(dataDir, 'keys', 'staff-token', 'private.pem')).mode & 0o077).toBe(0);
    expect(statSync(join(dataDir, 'keys')).mode & 0o077).toBe(0);
    expect(readFileSync(join(dataDir, 'keys', 'internal-token', 'public.pem'), 'utf8')).toMatch(/^-----BEGIN PUBLIC KEY-----/);
  });

  /** Every private key a configuration holds, wherever it is. */
  const privateKeysIn = (config: ReturnType<typeof loadConfig>): KeyObject[] =>
    Object.values(config.keys).flatMap((slot) =>
      slot === null ? [] : 'privateKey' in slot ? [slot.privateKey] : [...slot.byKid.values()].filter((key) => key.type === 'private'),
    );

  it('gives each process only its own part\'s keys', () => {
    const forGateway = loadConfig(base, undefined, gateway).keys;
    expect(forGateway.internalTokenSigning).not.toBeNull();
    expect(forGateway.staffTokenVerification).not.toBeNull();
    expect([forGateway.staffTokenSigning, forGateway.internalTokenVerification]).toEqual([null, null]);

    const forAgencies = loadConfig(base, undefined, agencies).keys;
    expect(forAgencies.staffTokenSigning).not.toBeNull();
    expect(forAgencies.internalTokenVerification).not.toBeNull();
    expect([forAgencies.internalTokenSigning, forAgencies.staffTokenVerification]).toEqual([null, null]);

    const forCatalog = loadConfig(base, undefined, catalog);
    expect(privateKeysIn(forCatalog)).toEqual([]);
    expect(forCatalog.keys.internalTokenVerification).not.toBeNull();
    expect(() => requiredKey(forCatalog, 'staffTokenSigning')).toThrow(/^MPP_STAFF_TOKEN_PRIVATE_KEY: /);
    expect(privateKeysIn(loadConfig(base))).toEqual([]);
  });

  it('reads a MySQL URL', () => {
    expect(loadConfig({ ...base, MPP_DATABASE_URL: 'mysql://app:p%40ss@db.local:3307' }).database).toEqual({
      kind: 'mysql', host: 'db.local', port: 3307, user: 'app', password: 'p@ss',
    });
  });

  it.each([
    ['MPP_GATEWAY_PORT', 'eighty'],
    ['MPP_CATALOG_PORT', '70000'],
    ['MPP_DATABASE_URL', 'postgres://localhost'],
    ['MPP_DATABASE_URL', 'mysql://root@localhost/mydb'],
    ['MPP_DATABASE_PREFIX', 'Bad-Prefix'],
    ['MPP_CLOCK_START', 'tomorrow'],
    ['MPP_CLOCK_START', '2026-12-07T08:00:00'],
    ['MPP_CLOCK_SET_AT', '2026-12-07T08:00:00Z'],
    ['MPP_TIMEZONE', 'Asia/Samarinda'],
    ['MPP_TIMEZONE', '+08:00'],
    ['MPP_GATEWAY_URL', 'gateway:4000'],
    ['MPP_GATEWAY_URL', 'http://user:secret@127.0.0.1:4000/graphql'],
    ['MPP_TICKET_RATE_LIMIT_PER_MINUTE', '-1'],
    ['MPP_TICKET_RATE_LIMIT_PER_MINUTE', 'ten'],
    ['MPP_CORS_ORIGINS', 'not a url'],
    ['MPP_MAX_BODY_BYTES', '-1'],
    ['MPP_SUBGRAPH_TIMEOUT_MS', '1.5'],
    ['MPP_SUBGRAPH_CONNECTIONS', '0'],
    ['MPP_SUBGRAPH_CONNECTIONS', 'many'],
    ['MPP_RESPONSE_CACHE_BYTES', '-1'],
    ['MPP_RESPONSE_CACHE_BYTES', '16MiB'],
    ['MPP_AGENCIES_URL', 'ftp://x'],
    ['MPP_CATALOG_URL', 'http://10.0.0.12:5060/graphql'],
    ['MPP_AGENCIES_PORT', '5061'],
    ['MPP_GATEWAY_PORT', '6000'],
    ['MPP_LOGIN_RATE_LIMIT_PER_MINUTE', '0'],
    ['MPP_TRUST_PROXY_HOPS', '-1'],
    ['NODE_ENV', 'staging'],
    ['MPP_LOG_LEVEL', 'loud'],
  ])('stops at start on a malformed %s (%s), naming it', (variable, value) => {
    expect(() => loadConfig({ ...base, [variable]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ ...base, [variable]: value })).toThrow(new RegExp(`^${variable}:`));
  });

  it.each([
    ['not an instant', 'yesterday'],
    ['an instant without its zone', '2026-11-30T02:15:00'],
  ])('stops at start on an MPP_CLOCK_SET_AT that is %s, naming it', (_label, value) => {
    expect(() => loadConfig({ ...base, MPP_CLOCK_START: '2026-12-07T08:00:00+08:00', MPP_CLOCK_SET_AT: value })).toThrow(/^MPP_CLOCK_SET_AT:/);
  });

  const pemPair = () => {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    return {
      privateKey: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
      publicKey: publicKey.export({ format: 'pem', type: 'spki' }).toString(),
      kid: keyId(publicKey),
    };
  };

  it('in production requires each part\'s keys, generates nothing, and refuses a set clock', () => {
    const production = { ...base, MPP_DATA_DIR: mkdtempSync(join(tmpdir(), 'mpp-config-production-')), NODE_ENV: 'production' };
    expect(() => loadConfig(production, undefined, gateway)).toThrow(/^MPP_INTERNAL_TOKEN_PRIVATE_KEY: .*required/);
    expect(() => loadConfig(production, undefined, catalog)).toThrow(/^MPP_INTERNAL_TOKEN_PUBLIC_KEYS: .*required/);
    const internal = pemPair();
    const staff = pemPair();
    expect(() => loadConfig({ ...production, MPP_INTERNAL_TOKEN_PUBLIC_KEYS: internal.publicKey }, undefined, agencies)).toThrow(
      /^MPP_STAFF_TOKEN_PRIVATE_KEY: .*required/,
    );
    // PEM values as environment files often hold them: newlines written as \n.
    const config = loadConfig(
      { ...production, MPP_INTERNAL_TOKEN_PRIVATE_KEY: internal.privateKey.replace(/\n/g, '\\n'), MPP_STAFF_TOKEN_PUBLIC_KEYS: staff.publicKey },
      undefined,
      gateway,
    );
    expect(config.keys.internalTokenSigning!.kid).toBe(internal.kid);
    expect([...config.keys.staffTokenVerification!.byKid.keys()]).toEqual([staff.kid]);
    expect(() => readFileSync(join(production.MPP_DATA_DIR, 'keys', 'internal-token', 'private.pem'))).toThrow();
    expect(loadConfig({ ...production, MPP_INTERNAL_TOKEN_PUBLIC_KEYS: internal.publicKey }, undefined, catalog).keys.internalTokenVerification).not.toBeNull();
    expect(() => loadConfig({ ...production, MPP_CLOCK_START: '2026-12-07T08:00:00+08:00' })).toThrow(/^MPP_CLOCK_START:/);
    expect(() => loadConfig({ ...production, MPP_CLOCK_SET_AT: '2026-11-30T02:15:00Z' })).toThrow(/^MPP_CLOCK_SET_AT: a set clock is refused in production/);
    rmSync(production.MPP_DATA_DIR, { recursive: true, force: true });
  });

  it('hands a part\'s process only its own key variables', () => {
    const env = { MPP_HOST: '127.0.0.1', MPP_DATABASE_URL: 'mysql://u:p@db', MPP_INTERNAL_TOKEN_PRIVATE_KEY: 'a', MPP_INTERNAL_TOKEN_PUBLIC_KEYS: 'b', MPP_STAFF_TOKEN_PRIVATE_KEY: 'c', MPP_STAFF_TOKEN_PUBLIC_KEYS: 'd' };
    expect(environmentForPart(catalog, env)).toEqual({ MPP_HOST: '127.0.0.1', MPP_DATABASE_URL: 'mysql://u:p@db', MPP_INTERNAL_TOKEN_PUBLIC_KEYS: 'b' });
    expect(environmentForPart(agencies, env)).toEqual({ MPP_HOST: '127.0.0.1', MPP_DATABASE_URL: 'mysql://u:p@db', MPP_INTERNAL_TOKEN_PUBLIC_KEYS: 'b', MPP_STAFF_TOKEN_PRIVATE_KEY: 'c' });
    expect(environmentForPart(gateway, env)).toEqual({ MPP_HOST: '127.0.0.1', MPP_INTERNAL_TOKEN_PRIVATE_KEY: 'a', MPP_STAFF_TOKEN_PUBLIC_KEYS: 'd' });
  });

  it('reads keys from files, and two public keys at once for a rotation', () => {
    const current = pemPair();
    const next = pemPair();
    writeFileSync(join(dataDir, 'current.pem'), current.publicKey);
    writeFileSync(join(dataDir, 'next.pem'), next.publicKey);
    writeFileSync(join(dataDir, 'signer.pem'), next.privateKey);
    const fromFiles = loadConfig(
      { ...base, MPP_STAFF_TOKEN_PUBLIC_KEYS: `${join(dataDir, 'current.pem')}, ${join(dataDir, 'next.pem')}`, MPP_INTERNAL_TOKEN_PRIVATE_KEY: join(dataDir, 'signer.pem') },
      undefined,
      gateway,
    ).keys;
    expect([...fromFiles.staffTokenVerification!.byKid.keys()]).toEqual([current.kid, next.kid]);
    expect(fromFiles.internalTokenSigning!.kid).toBe(next.kid);
    const concatenated = loadConfig({ ...base, MPP_INTERNAL_TOKEN_PUBLIC_KEYS: current.publicKey + next.publicKey }, undefined, catalog).keys;
    expect([...concatenated.internalTokenVerification!.byKid.keys()]).toEqual([current.kid, next.kid]);
  });

  it.each([
    ['MPP_INTERNAL_TOKEN_PRIVATE_KEY', () => 'not a key', gateway],
    ['MPP_INTERNAL_TOKEN_PRIVATE_KEY', () => '/nowhere/key.pem', gateway],
    ['MPP_INTERNAL_TOKEN_PRIVATE_KEY', () => generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(), gateway],
    ['MPP_INTERNAL_TOKEN_PRIVATE_KEY', () => pemPair().privateKey + pemPair().privateKey, gateway],
    ['MPP_STAFF_TOKEN_PUBLIC_KEYS', () => pemPair().privateKey, gateway],
    ['MPP_STAFF_TOKEN_PUBLIC_KEYS', () => pemPair().publicKey + pemPair().publicKey + pemPair().publicKey, gateway],
    ['MPP_STAFF_TOKEN_PUBLIC_KEYS', () => { const key = pemPair().publicKey; return key + key; }, gateway],
    ['MPP_INTERNAL_TOKEN_PUBLIC_KEYS', () => generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ format: 'pem', type: 'spki' }).toString(), catalog],
    ['MPP_STAFF_TOKEN_PRIVATE_KEY', () => pemPair().publicKey, agencies],
  ])('stops at start on an unusable %s, naming it', (variable, value, part) => {
    expect(() => loadConfig({ ...base, [variable]: value() }, undefined, part)).toThrow(new RegExp(`^${variable}:`));
  });

  it('never repeats a mistyped key in its message (messages reach logs)', () => {
    const { privateKey } = pemPair();
    const body = privateKey.split('\n')[1];
    for (const value of [body, privateKey.replace('-----BEGIN', '----BEGIN'), privateKey.replace(/\n/g, '')]) {
      let message = '';
      try {
        loadConfig({ ...base, MPP_INTERNAL_TOKEN_PRIVATE_KEY: value }, undefined, gateway);
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message).toMatch(/^MPP_INTERNAL_TOKEN_PRIVATE_KEY: /);
      expect(message).not.toContain(body.slice(0, 20));
    }
    // A path is named, so an operator sees which file is missing.
    expect(() => loadConfig({ ...base, MPP_INTERNAL_TOKEN_PRIVATE_KEY: '/etc/mpp-paser/keys/missing.pem' }, undefined, gateway)).toThrow(/"\/etc\/mpp-paser\/keys\/missing\.pem"/);
  });

  it('generates each development pair whole and once; later starts reuse it', () => {
    const fresh = mkdtempSync(join(tmpdir(), 'mpp-config-race-'));
    const kids = Array.from({ length: 8 }, () => ensureDevelopmentKeyPair(fresh, 'internal-token')).map((paths) =>
      keyId(createPublicKey(readFileSync(paths.publicKey, 'utf8'))),
    );
    expect(new Set(kids).size).toBe(1);
    expect(keyId(createPublicKey(createPrivateKey(readFileSync(developmentKeyPaths(fresh, 'internal-token').privateKey, 'utf8'))))).toBe(kids[0]);
    expect(readdirSync(join(fresh, 'keys'))).toEqual(['internal-token']);
    rmSync(fresh, { recursive: true, force: true });
  });
});
