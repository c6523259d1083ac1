import { parseArgs } from 'node:util';
import { ANONYMOUS, ConfigError, INTERNAL_TOKEN_HEADER, MAX_INTERNAL_TOKEN_LIFETIME_SECONDS, findRepositoryRoot, loadConfig, requiredKey, signInternalToken } from '@mpp/kit';

/**
 * `npm run --silent internal-token -- <subgraph> [--ttl <seconds>]`: prints one HTTP header line
 * (`x-mpp-internal-token: …`) that admits an anonymous caller to that subgraph for the given
 * time — for operators (curl a subgraph), benchmarks and other gateways (Hive Gateway, Apollo
 * Router) running the committed supergraph. Signed with the gateway's key
 * (MPP_INTERNAL_TOKEN_PRIVATE_KEY), so it runs where the gateway's configuration is.
 */
const USAGE = 'usage: npm run --silent internal-token -- <subgraph> [--ttl <seconds>]';
const DEFAULT_TTL_SECONDS = 3600;

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({ options: { ttl: { type: 'string' } }, allowPositionals: true });
  const config = loadConfig(process.env, findRepositoryRoot(), { kind: 'internal-token-issuer' });
  if (positionals.length !== 1) throw new UsageError(USAGE);
  const [subgraph] = positionals;
  if (!config.subgraphs.includes(subgraph)) {
    throw new UsageError(`unknown subgraph "${subgraph}"; the registry has: ${config.subgraphs.join(', ')}.\n${USAGE}`);
  }
  const ttl = values.ttl === undefined ? DEFAULT_TTL_SECONDS : Number(values.ttl);
  if (!Number.isInteger(ttl) || ttl <= 0 || ttl > MAX_INTERNAL_TOKEN_LIFETIME_SECONDS) {
    throw new UsageError(`--ttl: expected whole seconds from 1 to ${MAX_INTERNAL_TOKEN_LIFETIME_SECONDS}, got "${values.ttl}".`);
  }
  const { token } = await signInternalToken(requiredKey(config, 'internalTokenSigning'), subgraph, ANONYMOUS, ttl);
  process.stdout.write(`${INTERNAL_TOKEN_HEADER}: ${token}\n`);
}

class UsageError extends Error {}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) process.stderr.write(`configuration error: ${error.message}\n`);
  else if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) process.stderr.write(`${(error as Error).message}\n`);
  else process.stderr.write(`failed: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(error instanceof UsageError || error instanceof ConfigError ? 2 : 1);
});
