import { parseArgs } from 'node:util';
import {
  ANONYMOUS,
  ConfigError,
  INTERNAL_TOKEN_HEADER,
  MAX_INTERNAL_TOKEN_LIFETIME_SECONDS,
  findRepositoryRoot,
  loadConfig,
  requiredKey,
  signInternalToken,
  subgraphRegistry,
} from '@mpp/kit';

/**
 * `npm run --silent internal-token -- <subgraph> [--ttl <seconds>] [--forwarding]`: prints one
 * HTTP header line (`x-mpp-internal-token: …`) that admits an anonymous caller to that
 * subgraph for the given time — for operators (curl a subgraph), benchmarks and other gateways
 * (Hive Gateway, Apollo Router) running the committed supergraph. Signed with the gateway's key
 * (MPP_INTERNAL_TOKEN_PRIVATE_KEY), so it runs where the gateway's configuration is.
 *
 * `--forwarding` is for another gateway: the subgraph then believes the client address and
 * request id sent beside the token (sign-in limits count per client address). Without it, they
 * are ignored, so a token handed to an operator cannot pose as many clients.
 */
const USAGE = 'usage: npm run --silent internal-token -- <subgraph> [--ttl <seconds>] [--forwarding]';
const DEFAULT_TTL_SECONDS = 3600;

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({ options: { ttl: { type: 'string' }, forwarding: { type: 'boolean' } }, allowPositionals: true });
  // The command line first: a typo says so, whatever the configuration holds.
  const root = findRepositoryRoot();
  const subgraphs = subgraphRegistry(root).map((entry) => entry.name);
  if (positionals.length !== 1) throw new UsageError(USAGE);
  const [subgraph] = positionals;
  if (!subgraphs.includes(subgraph)) throw new UsageError(`unknown subgraph "${subgraph}"; the registry has: ${subgraphs.join(', ')}.\n${USAGE}`);
  const ttl = values.ttl === undefined ? DEFAULT_TTL_SECONDS : /^[1-9][0-9]{0,9}$/.test(values.ttl) ? Number(values.ttl) : NaN;
  if (!(ttl >= 1 && ttl <= MAX_INTERNAL_TOKEN_LIFETIME_SECONDS)) {
    throw new UsageError(`--ttl: expected whole seconds from 1 to ${MAX_INTERNAL_TOKEN_LIFETIME_SECONDS}, got "${values.ttl}".`);
  }
  const config = loadConfig(process.env, root, { kind: 'internal-token-issuer' });
  const { token } = await signInternalToken(requiredKey(config, 'internalTokenSigning'), subgraph, ANONYMOUS, {
    lifetimeSeconds: ttl,
    forwardsClients: values.forwarding === true,
  });
  process.stdout.write(`${INTERNAL_TOKEN_HEADER}: ${token}\n`);
}

class UsageError extends Error {}

main().catch((error: unknown) => {
  const badArguments = String((error as { code?: string }).code).startsWith('ERR_PARSE_ARGS');
  if (error instanceof ConfigError) process.stderr.write(`configuration error: ${error.message}\n`);
  else if (error instanceof UsageError) process.stderr.write(`${error.message}\n`);
  else if (badArguments) process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
  else process.stderr.write(`failed: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(error instanceof UsageError || badArguments || error instanceof ConfigError ? 2 : 1);
});
