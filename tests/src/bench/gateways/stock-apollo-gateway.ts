/**
 * A stock @apollo/gateway, as its documentation starts one, for the benchmark to measure ours
 * against on the same subgraphs and supergraph: Apollo Server's standalone server, the
 * supergraph from a file (its subgraph URLs already the bench's), and the one thing our
 * subgraphs need of any gateway: an internal token per subgraph, sent as a header the
 * documented way (RemoteGraphQLDataSource.willSendRequest). Nothing tuned, no response cache.
 *
 * argv: <supergraph file> <port>; env MPP_BENCH_SUBGRAPH_HEADERS: {"<subgraph>": {"<header>": "<value>"}}.
 */
import { readFileSync } from 'node:fs';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';

async function main(): Promise<void> {
  const [supergraphFile, port] = process.argv.slice(2);
  const headers = JSON.parse(process.env.MPP_BENCH_SUBGRAPH_HEADERS ?? '{}') as Record<string, Record<string, string>>;
  const gateway = new ApolloGateway({
    supergraphSdl: readFileSync(supergraphFile, 'utf8'),
    buildService: ({ name, url }) =>
      new RemoteGraphQLDataSource({
        url,
        willSendRequest({ request }) {
          for (const [header, value] of Object.entries(headers[name] ?? {})) request.http?.headers.set(header, value);
        },
      }),
  });
  const server = new ApolloServer({ gateway });
  const { url } = await startStandaloneServer(server, { listen: { host: '127.0.0.1', port: Number(port) } });
  process.stdout.write(`stock @apollo/gateway at ${url}\n`);
  process.once('SIGTERM', () => void server.stop().then(() => process.exit(0)));
}

main().catch((error) => {
  process.stderr.write(`${error?.stack ?? error}\n`);
  process.exit(1);
});
