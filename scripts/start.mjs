#!/usr/bin/env node
// `npm start`: the whole platform on this machine — every subgraph and the gateway as their
// own processes, on the embedded SQLite default unless MPP_DATABASE_URL says otherwise.
// Builds what is missing (turbo, cached: every workspace, the CMS in admin/ among them),
// validates the configuration once, starts the subgraphs (each migrates and seeds before it
// listens), then the gateway, and prints where to go — the CMS, the API explorer, the API and
// the development accounts file — once every subgraph's own /health answers.
//
// It supervises what it started:
// - SIGINT, SIGTERM or SIGHUP, to it or to its whole process group, stop everything within
//   seconds; so does its parent going away (npm does not pass a SIGTERM on to it: the shell npm
//   runs it in dies and leaves it behind), and each service stops by itself when this process
//   is gone, even SIGKILLed, through its IPC channel (see runMain in packages/kit).
// - A service that ends before it has ever been healthy stops everything, with its reason.
// - A service that crashes after it had been healthy is started again, after 1 s, then 2, 4 …
//   up to 30 s while it keeps crashing, and after 1 s again once it has stayed up a minute.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { clearTimeout, setInterval } from 'node:timers';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const started = Date.now();

/** How often to look whether the parent (npm) is still there. */
const PARENT_CHECK_MS = 500;
/** How long services get to stop by themselves before they are killed; with the parent check, within 10 s. */
const STOP_GRACE_MS = 8_000;
/** How long a service may take from its start until its /health answers 200. */
const HEALTH_TIMEOUT_MS = 120_000;
const HEALTH_POLL_MS = 200;
const FIRST_RESTART_DELAY_MS = 1_000;
const MAX_RESTART_DELAY_MS = 30_000;
/** A service up this long is well again: its next crash restarts it after the first delay. */
const STABLE_AFTER_MS = 60_000;

const say = (line) => process.stdout.write(`[start] ${line}\n`);
// Whoever read our output may be gone (a closed terminal, a killed pipeline); stopping must go on.
process.stdout.on('error', () => {});
process.stderr.on('error', () => {});

/** name → { name, script, healthUrl, everHealthy, restarts, restartDelayMs, restartTimer, run } */
const services = new Map();
let build;
let stopping = false;
let stopReason;

function stop(exitCode, reason) {
  if (stopping) return;
  stopping = true;
  stopReason = reason;
  process.exitCode = exitCode;
  build?.kill('SIGTERM');
  for (const service of services.values()) {
    clearTimeout(service.restartTimer);
    service.run?.child.kill('SIGTERM');
  }
  setTimeout(() => {
    build?.kill('SIGKILL');
    for (const service of services.values()) service.run?.child.kill('SIGKILL');
    say(`killed what had not stopped within ${STOP_GRACE_MS / 1000} s.`);
    process.exit(exitCode || 1);
  }, STOP_GRACE_MS).unref();
  exitOnceEverythingStopped();
}

function exitOnceEverythingStopped() {
  if (!stopping || build || [...services.values()].some((service) => service.run)) return;
  if (stopReason) say(stopReason);
  process.exit(process.exitCode ?? 0);
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => stop(0, `stopped everything (${signal}).`));
}
const parentAtStart = process.ppid;
setInterval(() => {
  if (process.ppid !== parentAtStart) stop(0, 'stopped everything: the process that ran npm start is gone.');
}, PARENT_CHECK_MS).unref();

/** Runs turbo's build; resolves whether it succeeded (false too when stopped meanwhile). */
function buildWhatIsMissing() {
  return new Promise((resolve) => {
    let turbo;
    try {
      // turbo's own launcher, not npx: npx would leave turbo behind when it is stopped.
      turbo = require.resolve('turbo/bin/turbo');
    } catch {
      say('turbo, which builds the platform, is not installed: run npm ci (with the dev dependencies) first.');
      return resolve(false);
    }
    build = spawn(process.execPath, [turbo, 'run', 'build', '--output-logs=errors-only'], {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' },
    });
    build.once('error', (error) => say(`the build could not run: ${error.message}`));
    build.once('close', (code) => {
      build = undefined;
      resolve(code === 0 && !stopping);
      exitOnceEverythingStopped();
    });
  });
}

function launch(service) {
  const child = spawn(process.execPath, ['--enable-source-maps', join(root, service.script)], {
    cwd: root,
    // Only its own keys: the launcher may have been given every part's.
    env: service.env,
    // The IPC channel carries the service's reports, and its closing tells the service we are gone.
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const run = { child, startedAt: Date.now(), listening: false, failure: undefined };
  service.run = run;
  child.on('message', (message) => {
    if (message?.mppService === 'started') run.listening = true;
    if (message?.mppService === 'failed') run.failure = message.reason;
  });
  child.once('error', (error) => (run.failure = `could not be started: ${error.message}`));
  child.once('close', (code, signal) => {
    service.run = undefined;
    if (stopping) return exitOnceEverythingStopped();
    // "(exit code 1): configuration error: MPP_AGENCIES_PORT: …" when the service said why.
    const why = `(${signal ? `killed by ${signal}` : `exit code ${code}`})${run.failure ? `: ${run.failure}` : ''}`;
    if (!service.everHealthy) {
      say(`${service.name} could not start; stopping the rest.`);
      return stop(1, `${service.name} could not start ${why}`);
    }
    restartLater(service, Date.now() - run.startedAt, why);
  });
}

function restartLater(service, upForMs, why) {
  if (upForMs >= STABLE_AFTER_MS) service.restartDelayMs = FIRST_RESTART_DELAY_MS;
  const delayMs = service.restartDelayMs;
  service.restartDelayMs = Math.min(delayMs * 2, MAX_RESTART_DELAY_MS);
  service.restarts += 1;
  say(`${service.name} stopped unexpectedly after ${seconds(upForMs)} s ${why}`);
  say(`restarting ${service.name} in ${seconds(delayMs)} s (restart ${service.restarts}).`);
  service.restartTimer = setTimeout(() => {
    if (stopping) return;
    launch(service);
    void untilHealthy(service, Infinity).then((healthy) => {
      if (healthy) say(`${service.name} is healthy again (restart ${service.restarts}).`);
    });
  }, delayMs);
}

/**
 * Resolves true once the service's current run answers 200 on its own /health; false when that
 * run ends, everything stops, or the time is up. Only after the service has said it listens does
 * its /health count: before, whatever else holds the port would answer for it.
 */
async function untilHealthy(service, timeoutMs) {
  const run = service.run;
  const deadline = run.startedAt + timeoutMs;
  while (!stopping && service.run === run) {
    if (run.listening && (await answersHealthy(service.healthUrl))) {
      service.everHealthy = true;
      return true;
    }
    if (Date.now() > deadline) {
      const state = run.listening
        ? `it listens, but ${service.healthUrl} did not answer 200`
        : 'it did not finish starting';
      stop(1, `${service.name} was not healthy within ${seconds(timeoutMs)} s: ${state}.`);
      return false;
    }
    await sleep(HEALTH_POLL_MS);
  }
  return false;
}

async function answersHealthy(url) {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
    await response.body?.cancel();
    return response.ok;
  } catch {
    return false;
  }
}

const seconds = (ms) => (ms / 1000).toFixed(ms < 10_000 ? 1 : 0);

function supervise(name, script, healthUrl, env) {
  const service = { name, script, healthUrl, env, everHealthy: false, restarts: 0, restartDelayMs: FIRST_RESTART_DELAY_MS, restartTimer: undefined, run: undefined };
  services.set(name, service);
  launch(service);
  return service;
}

async function main() {
  if (!(await buildWhatIsMissing())) {
    if (!stopping) stop(1, 'the build failed; see above.');
    return;
  }

  const { loadConfig, loadSubgraphDefinition, subgraphRegistry, environmentForPart, graphqlUrl, ConfigError } = require(join(root, 'packages/kit/dist/index.js'));
  const { subgraphPart } = require(join(root, 'packages/kit/dist/subgraph.js'));
  // A set business clock (MPP_CLOCK_START) reads its start now, for every service: each one,
  // and each restart, runs on from this one moment (MPP_CLOCK_SET_AT) instead of from its own start.
  if (process.env.MPP_CLOCK_START?.trim() && !process.env.MPP_CLOCK_SET_AT?.trim()) {
    process.env.MPP_CLOCK_SET_AT = new Date().toISOString();
  }
  let config;
  try {
    // Every part's keys: checked once here, and in development generated once, before any service starts.
    config = loadConfig(process.env, root, { kind: 'whole-platform' });
  } catch (error) {
    return stop(1, error instanceof ConfigError ? `configuration error: ${error.message}` : String(error));
  }
  if (stopping) return;

  const healthOf = (graphqlUrl) => new URL('/health', graphqlUrl).toString();
  // Every subgraph of the registry (subgraphs/registry.json) runs its workspace's dist/main.js.
  const registry = subgraphRegistry(root);
  const definitions = await Promise.all(registry.map((entry) => loadSubgraphDefinition(entry, root)));
  const subgraphs = registry.map(({ name, workspace }, index) =>
    supervise(name, join(workspace, 'dist/main.js'), healthOf(config.subgraphUrls[name]), environmentForPart(subgraphPart(definitions[index]), process.env)),
  );
  if (!(await Promise.all(subgraphs.map((service) => untilHealthy(service, HEALTH_TIMEOUT_MS)))).every(Boolean)) return;
  const gatewayUrl = new URL('/', graphqlUrl(config.host, config.gatewayPort)).toString().replace(/\/$/, '');
  const gateway = supervise('gateway', 'gateway/dist/main.js', `${gatewayUrl}/health`, environmentForPart({ kind: 'gateway' }, process.env));
  if (!(await untilHealthy(gateway, HEALTH_TIMEOUT_MS))) return;
  // The gateway answers even while a subgraph is down, and one may have crashed meanwhile: ready
  // means every subgraph answers its own /health at this moment.
  while (!stopping && !(await Promise.all(subgraphs.map((service) => answersHealthy(service.healthUrl)))).every(Boolean)) {
    await sleep(HEALTH_POLL_MS);
  }
  if (stopping) return;

  const development = config.mode !== 'production';
  // Seeded by the agencies subgraph on the first start of an empty development database.
  const accountsFile = join(config.dataDir, 'dev-accounts.json');
  const shownPath = (path) => (relative(root, path).startsWith('..') ? path : relative(root, path));
  const signIn = !development
    ? 'CMS accounts: npm run create-admin makes the first one.'
    : existsSync(accountsFile)
      ? `Sign in to the CMS with an account of ${shownPath(accountsFile)} (one per role: admin, editor, partners, officer).`
      : `The CMS development accounts are made on the first start of an empty database, into ${shownPath(accountsFile)}.`;
  process.stdout.write(`
MPP Paser platform is ready (${seconds(Date.now() - started)} s) on ${config.database.kind === 'sqlite' ? `SQLite in ${config.dataDir}` : 'MySQL/MariaDB'}.

  CMS           ${gatewayUrl}/admin/
${development ? `  API explorer  ${gatewayUrl}/graphql (in a browser)\n` : ''}  GraphQL API   ${gatewayUrl}/graphql
  Health        ${gatewayUrl}/health
${subgraphs.map(({ name }) => `  ${name.padEnd(13)} ${config.subgraphUrls[name]} (gateway only)`).join('\n')}

Try it:
  curl -s ${gatewayUrl}/graphql -H 'content-type: application/json' \\
    -d '{"query":"{ agency(slug: \\"bri\\") { name booths { code floor status } services { name fee { amount tiers { label amount } } } } }"}'

${signIn}

Ctrl-C stops everything; a service that crashes is started again.
`);
}

main().catch((error) => stop(1, `failed: ${error?.stack ?? error}`));
