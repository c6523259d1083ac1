import { freePort, testPlatformConfig, type TestPlatform } from '@mpp/kit/testing';
import { composeSupergraph } from './compose';
import { startGateway, type RunningGateway } from './gateway';

describe('composition', () => {
  it('reports every composition error instead of writing a broken supergraph', () => {
    const federation = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])';
    expect(() =>
      composeSupergraph([
        { name: 'one', url: 'http://127.0.0.1:1/graphql', sdl: `${federation}\ntype Query { price: Int }` },
        { name: 'two', url: 'http://127.0.0.1:2/graphql', sdl: `${federation}\ntype Query { price: String }` },
      ]),
    ).toThrow(/composition failed:\n- .*price/);
  });
});

describe('gateway health', () => {
  let platform: TestPlatform;
  let gateway: RunningGateway;

  beforeAll(async () => {
    platform = testPlatformConfig(undefined, { MPP_LOG_LEVEL: 'silent' });
    // A port that was free a moment ago: both subgraphs are unreachable.
    const closed = `http://127.0.0.1:${await freePort()}/graphql`;
    gateway = await startGateway(platform.config, { port: 0, subgraphUrls: { agencies: closed, catalog: closed } });
  });

  afterAll(async () => {
    await gateway?.stop();
    await platform?.cleanup([]);
  });

  // A load balancer would otherwise take the whole API out while it can still give partial answers.
  it('stays ready (200) with its subgraphs down, and says which are down', async () => {
    const response = await fetch(new URL('/health', gateway.url));
    expect(response.status).toBe(200);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    // Every registered subgraph: the two named above are closed, the others were never started.
    const subgraphs = Object.fromEntries(platform.config.subgraphs.map((name) => [name, 'unavailable']));
    expect(await response.json()).toEqual({ status: 'degraded', subgraphs });
  });

  it('answers a query with an error, not a crash, when the subgraph is down', async () => {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ agencies { name } }' }),
    });
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const body = (await response.json()) as { errors: { message: string }[] };
    expect(body.errors.length).toBeGreaterThan(0);
    expect(JSON.stringify(body)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1/);
  });
});
