/**
 * Hive Gateway's configuration for the benchmark (`hive-gateway supergraph <file> -c <this>`):
 * as shipped, plus the one thing our subgraphs need of any gateway, an internal token per
 * subgraph, sent with its documented header propagation. Nothing tuned, no response cache.
 *
 * env MPP_BENCH_SUBGRAPH_HEADERS: {"<subgraph>": {"<header>": "<value>"}}.
 */
const headers = JSON.parse(process.env.MPP_BENCH_SUBGRAPH_HEADERS ?? '{}') as Record<string, Record<string, string>>;

// A plain object rather than the package's defineConfig (which only types it): its type
// declarations bring the DOM's stream types into this workspace's compilation.
export const gatewayConfig = {
  propagateHeaders: {
    fromClientToSubgraphs: ({ subgraphName }: { subgraphName: string }) => headers[subgraphName] ?? {},
  },
  // Nobody to report to; no browser IDE in a benchmark.
  graphiql: false,
  landingPage: false,
  logging: 'error',
};
