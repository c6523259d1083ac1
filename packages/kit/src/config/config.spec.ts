import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './config';

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
      clockStart: null,
    });
  });

  it('generates the gateway secret once into the data folder and reuses it', () => {
    const first = loadConfig(base).gatewaySecret;
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(loadConfig(base).gatewaySecret).toBe(first);
    expect(readFileSync(join(dataDir, 'gateway-secret'), 'utf8')).toBe(first);
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
    ['MPP_CORS_ORIGINS', 'not a url'],
    ['MPP_MAX_BODY_BYTES', '-1'],
    ['MPP_SUBGRAPH_TIMEOUT_MS', '1.5'],
    ['MPP_AGENCIES_URL', 'ftp://x'],
    ['MPP_GATEWAY_SECRET', 'short'],
    ['MPP_JWT_SECRET', 'short'],
    ['MPP_LOGIN_RATE_LIMIT_PER_MINUTE', '0'],
    ['MPP_TRUST_PROXY_HOPS', '-1'],
    ['NODE_ENV', 'staging'],
    ['MPP_LOG_LEVEL', 'loud'],
  ])('stops at start on a malformed %s (%s), naming it', (variable, value) => {
    expect(() => loadConfig({ ...base, [variable]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ ...base, [variable]: value })).toThrow(new RegExp(`^${variable}:`));
  });

  it('in production requires secrets and refuses a set clock', () => {
    expect(() => loadConfig({ ...base, NODE_ENV: 'production' })).toThrow(/^MPP_GATEWAY_SECRET: .*required/);
    const secret = 'x'.repeat(40);
    const jwt = 'y'.repeat(40);
    expect(() => loadConfig({ ...base, NODE_ENV: 'production', MPP_GATEWAY_SECRET: secret })).toThrow(/^MPP_JWT_SECRET: .*required/);
    const production = { ...base, NODE_ENV: 'production', MPP_GATEWAY_SECRET: secret, MPP_JWT_SECRET: jwt };
    expect(() => loadConfig({ ...production, MPP_CLOCK_START: '2026-12-07T08:00:00+08:00' })).toThrow(/^MPP_CLOCK_START:/);
    expect(loadConfig(production)).toMatchObject({ gatewaySecret: secret, jwtSecret: jwt });
  });
});
