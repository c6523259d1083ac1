#!/usr/bin/env node
// `npm start`: the whole platform on this machine — every subgraph and the gateway as their
// own processes, on the embedded SQLite default unless MPP_DATABASE_URL says otherwise.
// Builds what is missing, validates the configuration once, starts the subgraphs (each
// migrates and seeds before it listens), then the gateway, and prints where to go.
// Ctrl-C or SIGTERM stops everything.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const started = Date.now();
const say = (line) => process.stdout.write(`[start] ${line}\n`);

const build = spawnSync('npx', ['turbo', 'run', 'build', '--output-logs=errors-only'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' },
});
if (build.status !== 0) {
  say('the build failed; see above.');
  process.exit(build.status ?? 1);
}

const { loadConfig, subgraphRegistry, ConfigError } = require(join(root, 'packages/kit/dist/index.js'));
let config;
try {
  config = loadConfig(); // also creates the development secrets, once, before any service starts
} catch (error) {
  say(error instanceof ConfigError ? `configuration error: ${error.message}` : String(error));
  process.exit(1);
}

const children = new Map();
let stopping = false;

function run(name, script) {
  const child = spawn(process.execPath, ['--enable-source-maps', join(root, script)], { cwd: root, stdio: 'inherit' });
  children.set(name, child);
  child.on('exit', (code, signal) => {
    children.delete(name);
    if (!stopping) {
      say(`${name} stopped unexpectedly (${signal ?? `exit ${code}`}); stopping the rest.`);
      stop(1);
    } else if (children.size === 0) {
      process.exit(process.exitCode ?? 0);
    }
  });
  return child;
}

function stop(exitCode = 0) {
  if (stopping) return;
  stopping = true;
  process.exitCode = exitCode;
  if (children.size === 0) process.exit(exitCode);
  for (const child of children.values()) child.kill('SIGTERM');
  setTimeout(() => {
    for (const child of children.values()) child.kill('SIGKILL');
    process.exit(exitCode || 1);
  }, 10_000).unref();
}

process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

async function waitForHealth(name, url, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (!stopping && Date.now() < deadline) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  if (!stopping) throw new Error(`${name} did not become healthy at ${url}`);
}

const healthOf = (graphqlUrl) => new URL('/health', graphqlUrl).toString();

try {
  // Every subgraph of the registry (subgraphs/registry.json) runs its workspace's dist/main.js.
  const subgraphs = subgraphRegistry(root);
  for (const { name, workspace } of subgraphs) run(name, join(workspace, 'dist/main.js'));
  await Promise.all(subgraphs.map(({ name }) => waitForHealth(name, healthOf(config.subgraphUrls[name]))));
  run('gateway', 'gateway/dist/main.js');
  const gatewayUrl = `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${config.gatewayPort}`;
  await waitForHealth('gateway', `${gatewayUrl}/health`);
  if (stopping) process.exit(process.exitCode ?? 1);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  process.stdout.write(`
MPP Paser platform is ready (${seconds} s) on ${config.database.kind === 'sqlite' ? `SQLite in ${config.dataDir}` : 'MySQL/MariaDB'}.

  GraphQL API   ${gatewayUrl}/graphql
  Health        ${gatewayUrl}/health
${subgraphs.map(({ name }) => `  ${name.padEnd(13)} ${config.subgraphUrls[name]} (gateway only)`).join('\n')}

Try it:
  curl -s ${gatewayUrl}/graphql -H 'content-type: application/json' \\
    -d '{"query":"{ agency(slug: \\"bri\\") { name booths { code floor status } services { name fee { amount tiers { label amount } } } } }"}'

Ctrl-C stops everything.
`);
} catch (error) {
  say(error.message);
  stop(1);
}
