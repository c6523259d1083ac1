import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parse as parseYaml } from 'yaml';
import { DEFAULT_GATEWAY_PORT, KEY_VARIABLES, findRepositoryRoot, loadSubgraphDefinition, runningLockName, subgraphRegistry } from '@mpp/kit';
import { openSubgraphDatabase, type SubgraphDefinition } from '@mpp/kit/subgraph';
import { freePort, testDatabaseTargets, testPlatformConfig, type TestPlatform } from '@mpp/kit/testing';

/*
 * The production recipe (docs/production.md): the compose file and the systemd units give each
 * process only its own keys and database account; `npm run migrate`, `backup` and `restore`
 * work on real databases with the subgraphs running as their own processes (the built
 * dist/main.js, as systemd and containers run them); and per-subgraph MySQL accounts cannot
 * reach each other's schema. Scripts and processes run the built code (`npm test` builds first).
 */

const root = findRepositoryRoot(__dirname);
const registry = subgraphRegistry(root);
const subgraphNames = registry.map((entry) => entry.name);

const definitions = new Map<string, Promise<SubgraphDefinition>>();
function definitionOf(name: string): Promise<SubgraphDefinition> {
  if (!definitions.has(name)) definitions.set(name, loadSubgraphDefinition<SubgraphDefinition>(registry.find((entry) => entry.name === name)!, root));
  return definitions.get(name)!;
}

/** The key variables a process of `part` must be given, and no others (config/process-keys.ts). */
async function keyVariablesOf(part: string): Promise<string[]> {
  if (part === 'gateway') return [KEY_VARIABLES.internalTokenSigning, KEY_VARIABLES.staffTokenVerification].sort();
  if (!subgraphNames.includes(part)) return [];
  const { issuesStaffTokens } = await definitionOf(part);
  return (issuesStaffTokens ? [KEY_VARIABLES.internalTokenVerification, KEY_VARIABLES.staffTokenSigning] : [KEY_VARIABLES.internalTokenVerification]).sort();
}

/** The PEM file a key variable's value must come from: `<internal-token|staff-token>.<private|public>.pem`. */
const KEY_FILES: Record<string, string> = {
  [KEY_VARIABLES.internalTokenSigning]: 'internal-token.private.pem',
  [KEY_VARIABLES.internalTokenVerification]: 'internal-token.public.pem',
  [KEY_VARIABLES.staffTokenSigning]: 'staff-token.private.pem',
  [KEY_VARIABLES.staffTokenVerification]: 'staff-token.public.pem',
};
const isKeyVariable = (name: string) => name in KEY_FILES;

describe('deploy/compose.yaml', () => {
  const text = readFileSync(join(root, 'deploy/compose.yaml'), 'utf8');
  const compose = parseYaml(text, { merge: true }) as {
    services: Record<string, ComposeService>;
    secrets: Record<string, { file: string }>;
  };
  const services = compose.services;

  it('runs MariaDB, every subgraph of the registry and the gateway, each with a healthcheck', () => {
    // Beside them, two one-shot tools: the database accounts at every `up`, backups when run.
    expect(Object.keys(services).sort()).toEqual(['backup', 'db', 'db-accounts', 'gateway', ...subgraphNames].sort());
    for (const { name, workspace, port } of registry) {
      expect(services[name].command).toContain(`${workspace}/dist/main.js`);
      expect(services[name].healthcheck?.test.join(' ')).toContain(`http://127.0.0.1:${port}/health`);
      expect(services[name].depends_on).toEqual({ 'db-accounts': { condition: 'service_completed_successfully' } });
      expect(services.gateway.environment[`MPP_${name.toUpperCase()}_URL`]).toBe(`http://${name}:${port}/graphql`);
      expect(services.gateway.depends_on[name]).toEqual({ condition: 'service_healthy' });
    }
    expect(services.gateway.command).toContain('gateway/dist/main.js');
    expect(services.gateway.healthcheck?.test.join(' ')).toContain(`http://127.0.0.1:${DEFAULT_GATEWAY_PORT}/health`);
    expect(services.db.healthcheck?.test).toEqual(['CMD', 'healthcheck.sh', '--connect', '--innodb_initialized']);
    expect(services['db-accounts'].command.join(' ')).toContain('node deploy/mysql/create-users.mjs');
    expect(services.backup.command.join(' ')).toContain('scripts/backup.mjs');
    expect(services.backup.environment.MPP_DATABASE_URL).toMatch(/^mysql:\/\/mpp_backup:/);
  });

  it.each(['db', 'db-accounts', 'backup', 'gateway', ...subgraphNames])('gives %s only its own keys, each from its own PEM file', async (service) => {
    const { environment = {}, secrets = [] } = services[service];
    const keys = Object.keys(environment).filter(isKeyVariable).sort();
    expect(keys).toEqual(await keyVariablesOf(service));
    // Each key variable names a secret this service mounts, whose file is that key; it mounts no other.
    const mounted = keys.map((variable) => {
      const secret = /^\/run\/secrets\/([\w-]+)$/.exec(environment[variable])?.[1];
      expect(secret && compose.secrets[secret]?.file).toBe(`./secrets/${KEY_FILES[variable]}`);
      return secret;
    });
    expect([...secrets].sort()).toEqual(mounted.sort());
  });

  it('gives each subgraph its own database account, whose password no other running service gets', () => {
    for (const name of subgraphNames) {
      const password = `${name.toUpperCase()}_DB_PASSWORD`;
      expect(services[name].environment.MPP_DATABASE_URL).toMatch(new RegExp(`^mysql://mpp_${name}:\\$\\{${password}:\\?[^}]*\\}@db:3306$`));
      for (const [other, service] of Object.entries(services)) {
        if (other !== name && other !== 'db-accounts') expect(JSON.stringify(service.environment ?? {})).not.toContain(password);
      }
    }
    expect(services.gateway.environment.MPP_DATABASE_URL).toBeUndefined();
  });

  it('documents in .env.example every variable it requires', () => {
    const example = readFileSync(join(root, 'deploy/.env.example'), 'utf8');
    const required = [...new Set([...text.matchAll(/\$\{(\w+):\?/g)].map((match) => match[1]))];
    expect(required).toEqual(expect.arrayContaining(subgraphNames.map((name) => `${name.toUpperCase()}_DB_PASSWORD`)));
    for (const variable of required) expect(example).toMatch(new RegExp(`^${variable}=`, 'm'));
  });
});

interface ComposeService {
  command: string[];
  environment: Record<string, string>;
  secrets?: string[];
  healthcheck?: { test: string[] };
  depends_on: Record<string, { condition: string }>;
}

describe('deploy/systemd units', () => {
  const unitsDir = join(root, 'deploy/systemd');
  const serviceUnits = ['mpp-gateway.service', 'mpp-subgraph@.service', 'mpp-backup.service'];

  /** A unit's [Service] settings with its drop-ins (`<unit>.d/*.conf`) applied after it, as systemd reads them. */
  function serviceSettings(unit: string, template?: string): [string, string][] {
    const files = [join(unitsDir, template ?? unit)];
    for (const name of [template, unit]) {
      const dropIns = name && join(unitsDir, `${name}.d`);
      if (dropIns && existsSync(dropIns)) files.push(...readdirSync(dropIns).sort().map((file) => join(dropIns, file)));
    }
    return files.flatMap((file) => parseUnit(readFileSync(file, 'utf8')).filter(([section]) => section === 'Service').map(([, key, value]) => [key, value] as [string, string]));
  }
  const valuesOf = (settings: [string, string][], key: string) => settings.filter(([name]) => name === key).map(([, value]) => value);

  it.each(serviceUnits)('%s runs one hardened process that restarts on failure, configured by its own environment file', (unit) => {
    const settings = serviceSettings(unit);
    const setting = (key: string) => valuesOf(settings, key).at(-1);
    if (unit !== 'mpp-backup.service') expect(setting('Restart')).toBe('on-failure');
    expect(setting('User')).toBe('mpp');
    expect(setting('EnvironmentFile')).toBe(`/etc/mpp-paser/${{ 'mpp-gateway.service': 'gateway', 'mpp-subgraph@.service': '%i', 'mpp-backup.service': 'backup' }[unit]}.env`);
    for (const [key, value] of Object.entries({
      NoNewPrivileges: 'yes',
      ProtectSystem: 'strict',
      ProtectHome: 'yes',
      PrivateTmp: 'yes',
      PrivateDevices: 'yes',
      CapabilityBoundingSet: '',
      RestrictNamespaces: 'yes',
      SystemCallFilter: '@system-service',
    })) {
      expect([key, setting(key)]).toEqual([key, value]);
    }
  });

  it('runs the subgraph template from the workspace of every registered subgraph', () => {
    expect(valuesOf(serviceSettings('mpp-subgraph@.service'), 'ExecStart')).toEqual(['node --enable-source-maps subgraphs/%i/dist/main.js']);
    for (const { name, workspace } of registry) expect(workspace).toBe(`subgraphs/${name}`);
    expect(valuesOf(serviceSettings('mpp-gateway.service'), 'ExecStart')).toEqual(['node --enable-source-maps gateway/dist/main.js']);
  });

  it.each(['gateway', 'backup', ...subgraphNames])('gives the %s process only its own keys, as systemd credentials from their own PEM files', async (part) => {
    const settings =
      part === 'gateway' ? serviceSettings('mpp-gateway.service') : part === 'backup' ? serviceSettings('mpp-backup.service') : serviceSettings(`mpp-subgraph@${part}.service`, 'mpp-subgraph@.service');
    const keys = valuesOf(settings, 'Environment')
      .map((assignment) => /^(\w+)=(.*)$/.exec(assignment)!)
      .filter(([, variable]) => isKeyVariable(variable));
    expect(keys.map(([, variable]) => variable).sort()).toEqual(await keyVariablesOf(part));
    const credentials = valuesOf(settings, 'LoadCredential').map((entry) => entry.split(':') as [string, string]);
    for (const [, variable, value] of keys) {
      const credential = /^%d\/(.+)$/.exec(value)?.[1];
      expect(credentials).toContainEqual([credential, `/etc/mpp-paser/keys/${KEY_FILES[variable]}`]);
    }
    expect(credentials).toHaveLength(keys.length);
  });

  it('has drop-ins only for registered subgraphs', () => {
    const dropIns = readdirSync(unitsDir).filter((name) => name.endsWith('.d'));
    for (const dropIn of dropIns) expect(subgraphNames.map((name) => `mpp-subgraph@${name}.service.d`)).toContain(dropIn);
  });

  const analyze = spawnSync('systemd-analyze', ['--version']);
  (analyze.error ? it.skip : it)('passes systemd-analyze verify for the gateway, the backup and every subgraph instance', () => {
    const units = ['mpp-gateway.service', 'mpp-backup.service', 'mpp-backup.timer', ...subgraphNames.map((name) => `mpp-subgraph@${name}.service`)];
    const result = spawnSync('systemd-analyze', ['verify', '--man=no', ...units.map((unit) => join(unitsDir, unit))], { encoding: 'utf8' });
    // Where node is not on systemd's search path (a machine with nvm, say) that is the machine's
    // matter, not the units'.
    const findings = result.stderr.split('\n').filter((line) => line.trim() !== '' && !/Command node is not executable/.test(line));
    expect(findings).toEqual([]);
    if (!/Command node is not executable/.test(result.stderr)) expect(result.status).toBe(0);
  });
});

describe('deploy/Dockerfile', () => {
  const images = [...readFileSync(join(root, 'deploy/Dockerfile'), 'utf8').matchAll(/^FROM (\S+)/gm)].map((match) => match[1]);

  it('builds and runs on one Node line that package.json admits and is not at its end of life, each stage pinned by digest', () => {
    const lines = images.map((image) => /^node:(\d+)-bookworm(?:-slim)?@sha256:[0-9a-f]{64}$/.exec(image)?.[1]);
    expect(lines).toEqual([expect.stringMatching(/^\d+$/), lines[0]]);
    expect(images[1]).toContain('-slim@');
    const major = Number(lines[0]);
    // Node 20 reached its end of life in April 2026; the engines still admit it for development.
    expect(major).toBeGreaterThanOrEqual(22);
    const engines = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { engines: { node: string } }).engines.node;
    const admitted = engines.split('||').some((range) => {
      const floor = /^\s*>=\s*(\d+)(?:\.\d+)*(?:\s+<\s*(\d+))?\s*$/.exec(range);
      return floor !== null && Number(floor[1]) <= major && (floor[2] === undefined || major < Number(floor[2]));
    });
    expect([engines, admitted]).toEqual([engines, true]);
  });
});

/** A unit file's settings, as [section, key, value] in file order (continuation lines joined). */
function parseUnit(text: string): [string, string, string][] {
  const settings: [string, string, string][] = [];
  let section = '';
  for (const line of text.replace(/\\\n/g, ' ').split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith(';')) continue;
    const header = /^\[(.+)\]$/.exec(trimmed);
    if (header) {
      section = header[1];
      continue;
    }
    const setting = /^([A-Za-z]+)=(.*)$/.exec(trimmed);
    if (!setting) throw new Error(`not a unit file line: ${line}`);
    settings.push([section, setting[1], setting[2].trim()]);
  }
  return settings;
}

// ---------------------------------------------------------------------------------------------
// Scripts and processes.

interface Finished {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a program to its end, feeding it `input`. */
function run(program: string, args: string[], env: NodeJS.ProcessEnv, input = ''): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { cwd: root, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    child.stdin.end(input);
  });
}

const runScript = (script: string, args: string[], env: NodeJS.ProcessEnv) => run(process.execPath, [join(root, script), ...args], env);

/** Runs a script that must succeed; its stdout. */
async function succeed(script: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  const result = await runScript(script, args, env);
  if (result.status !== 0) throw new Error(`${script} ${args.join(' ')} exited with ${result.status}:\n${result.stderr}`);
  return result.stdout;
}

/** The environment of a process of this test's platform: its data folder, prefix and database, nothing of the caller's MPP_*. */
function platformEnv(platform: TestPlatform, databaseUrl: string | undefined, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('MPP_')));
  return {
    ...inherited,
    NODE_ENV: 'test',
    MPP_DATA_DIR: platform.config.dataDir,
    MPP_DATABASE_PREFIX: platform.config.databasePrefix,
    MPP_DATABASE_URL: databaseUrl ?? '',
    MPP_LOG_LEVEL: 'warn',
    ...extra,
  };
}

const running = new Set<ChildProcess>();
afterEach(() => {
  for (const child of running) child.kill('SIGKILL');
  running.clear();
});

interface SubgraphProcess {
  stop(): Promise<void>;
}

/** A subgraph as production runs it: its built main.js in a process of its own, once its /health answers. */
async function startSubgraphProcess(name: string, env: NodeJS.ProcessEnv): Promise<SubgraphProcess> {
  const { workspace } = registry.find((entry) => entry.name === name)!;
  const port = await freePort();
  const child = spawn(process.execPath, [join(root, workspace, 'dist/main.js')], {
    cwd: root,
    env: { ...env, [`MPP_${name.toUpperCase()}_PORT`]: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode} before it was ready:\n${output}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${name} was not ready within a minute:\n${output}`);
    await sleep(100);
  }
  return {
    async stop() {
      child.kill('SIGTERM');
      const code = await exited;
      running.delete(child);
      if (code !== 0) throw new Error(`${name} stopped with ${code}:\n${output}`);
    },
  };
}

async function startSubgraphProcesses(env: NodeJS.ProcessEnv): Promise<{ stop(): Promise<void> }> {
  const processes = await Promise.all(subgraphNames.map((name) => startSubgraphProcess(name, env)));
  return { stop: async () => void (await Promise.all(processes.map((started) => started.stop()))) };
}

/**
 * Reads every table of each subgraph's database, or bumps the version of every versioned
 * row, from a Node process of its own through the drivers the kit uses. Of its own because a
 * SQLite file a process once opened with libsql stays open in it after close() while
 * statements live, and restore rightly refuses a file another process holds open.
 */
const DATABASE_PROBE = `
const { createRequire } = require('node:module');
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const [root, action, ...subgraphs] = process.argv.slice(1);
const fromKit = createRequire(join(root, 'packages/kit/package.json'));
const config = fromKit('./dist/index.js').loadConfig(process.env, root);

async function open(name) {
  if (config.database.kind === 'sqlite') {
    const path = join(config.dataDir, name + '.sqlite');
    if (!existsSync(path)) return null;
    const db = new (fromKit('libsql'))(path, { timeout: 5000 });
    return {
      tables: async () => db.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite%'").all().map((row) => row.name),
      columns: async (table) => db.prepare('pragma table_info("' + table + '")').all().map((column) => column.name),
      rows: async (table) => db.prepare('select * from "' + table + '"').all(),
      bumpVersions: async (table) => db.prepare('update "' + table + '" set version = version + 1').run().changes,
      close: async () => db.close(),
    };
  }
  const { host, port, user, password } = config.database;
  const connection = await fromKit('mysql2/promise').createConnection({ host, port, user, password, dateStrings: true, supportBigNumbers: true, bigNumberStrings: true });
  const [schemas] = await connection.query('select schema_name from information_schema.schemata where schema_name = ?', [name]);
  if (schemas.length === 0) {
    await connection.end();
    return null;
  }
  await connection.query('use \`' + name + '\`');
  return {
    tables: async () => (await connection.query('select table_name as name from information_schema.tables where table_schema = ?', [name]))[0].map((row) => row.name),
    columns: async (table) => (await connection.query('select column_name as name from information_schema.columns where table_schema = ? and table_name = ?', [name, table]))[0].map((row) => row.name),
    rows: async (table) => (await connection.query('select * from \`' + table + '\`'))[0],
    bumpVersions: async (table) => (await connection.query('update \`' + table + '\` set version = version + 1'))[0].affectedRows,
    close: () => connection.end(),
  };
}

(async () => {
  const result = {};
  for (const subgraph of subgraphs) {
    const db = await open(config.databasePrefix + subgraph);
    if (!db) {
      result[subgraph] = null;
      continue;
    }
    if (action === 'read') {
      result[subgraph] = {};
      for (const table of (await db.tables()).sort()) result[subgraph][table] = (await db.rows(table)).map((row) => JSON.stringify(row)).sort();
    } else {
      result[subgraph] = 0;
      for (const table of await db.tables()) {
        if ((await db.columns(table)).includes('version')) result[subgraph] += await db.bumpVersions(table);
      }
    }
    await db.close();
  }
  process.stdout.write(JSON.stringify(result));
})();
`;

type DatabaseContents = Record<string, Record<string, string[]> | null>;

async function probe(env: NodeJS.ProcessEnv, action: 'read' | 'bump-versions', subgraphs = subgraphNames): Promise<any> {
  const result = await run(process.execPath, ['-e', DATABASE_PROBE, root, action, ...subgraphs], env);
  if (result.status !== 0) throw new Error(`the database probe failed:\n${result.stderr}`);
  return JSON.parse(result.stdout);
}
const readDatabases = (env: NodeJS.ProcessEnv, subgraphs = subgraphNames): Promise<DatabaseContents> => probe(env, 'read', subgraphs);
/** Changes every subgraph's database: the version of each versioned row, +1. Resolves with the rows changed per subgraph. */
const changeDatabases = (env: NodeJS.ProcessEnv): Promise<Record<string, number>> => probe(env, 'bump-versions');
/** The schemas scripts/restore.mjs works in beside each subgraph's own, named as the probe names databases. */
const restoreHelperSchemas = subgraphNames.flatMap((name) => [`${name}_restore`, `${name}_replaced`]);

/** Copies a backup folder to `into` and lets `damage` rewrite the file of its largest subgraph; that subgraph. */
function damagedCopy(folder: string, into: string, damage: (bytes: Buffer) => Buffer): string {
  cpSync(folder, into, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(into, 'manifest.json'), 'utf8')) as { subgraphs: { name: string; file: string; bytes: number }[] };
  const largest = manifest.subgraphs.reduce((found, entry) => (entry.bytes > found.bytes ? entry : found));
  writeFileSync(join(into, largest.file), damage(readFileSync(join(into, largest.file))));
  return largest.name;
}

// MySQL/MariaDB as MPP_TEST_MYSQL_URL's administrator, through the mariadb client.
const mysqlUrl = process.env.MPP_TEST_MYSQL_URL?.trim();
const mysqlServer = new URL(mysqlUrl ?? 'mysql://root@127.0.0.1:3306');
const administrator = { user: decodeURIComponent(mysqlServer.username || 'root'), password: decodeURIComponent(mysqlServer.password) };
const mysqlClient = spawnSync('mariadb', ['--version']).error ? 'mysql' : 'mariadb';
const clientArgs = (user: string) => ['--protocol=TCP', `--host=${mysqlServer.hostname}`, `--port=${mysqlServer.port || 3306}`, `--user=${user}`];
const clientEnv = (password: string) => ({ ...process.env, MYSQL_PWD: password });

/** Runs SQL with the mariadb client as `user` (the administrator unless named); rows come out tab-separated, unescaped. */
function sql(statement: string, user = administrator.user, password = administrator.password): Promise<Finished> {
  return run(mysqlClient, [...clientArgs(user), '--batch', '--raw', '--skip-column-names', '-e', statement], clientEnv(password));
}


/** Holds a MySQL named lock from a client process of its own, as a running subgraph holds its running lock. */
async function holdNamedLock(name: string): Promise<{ release(): Promise<void> }> {
  const holder = spawn(mysqlClient, [...clientArgs(administrator.user), '-e', `select get_lock('${name}', 0); select sleep(600)`], {
    env: clientEnv(administrator.password),
    stdio: 'ignore',
  });
  running.add(holder);
  const holderConnection = async () => (await sql(`select coalesce(is_used_lock('${name}'), 0)`)).stdout.trim();
  const deadline = Date.now() + 10_000;
  while ((await holderConnection()) === '0') {
    if (Date.now() > deadline) throw new Error(`the lock ${name} was not taken within 10 s`);
    await sleep(50);
  }
  return {
    async release() {
      // The server ends the holder's sleep only when its connection is killed, not when the client goes.
      await sql(`kill ${await holderConnection()}`);
      holder.kill();
      running.delete(holder);
      while ((await holderConnection()) !== '0') await sleep(50);
    },
  };
}

/** How long tarn, the kit's connection pool, lets a connection idle before it closes it (beyond the pool's min). */
const POOL_IDLE_TIMEOUT_MS = 30_000;
const HOUR_MS = 60 * 60 * 1000;

describe.each(testDatabaseTargets())('production scripts on $label', ({ databaseUrl }) => {
  let platform: TestPlatform;
  let env: NodeJS.ProcessEnv;

  beforeEach(() => {
    platform = testPlatformConfig(databaseUrl);
    env = platformEnv(platform, databaseUrl);
  });
  afterEach(async () => {
    await platform.cleanup(subgraphNames);
    // A restore that failed where it must not have can leave its helper schemas behind.
    if (databaseUrl) await sql(restoreHelperSchemas.map((name) => `drop database if exists \`${platform.config.databasePrefix}${name}\`;`).join(' '));
  });

  it('npm run migrate migrates and seeds the named subgraph alone, and running it again changes nothing', async () => {
    const [named, ...others] = subgraphNames;
    await succeed('scripts/migrate.mjs', [named], env);
    const migrated = await readDatabases(env);
    for (const other of others) expect(migrated[other]).toBeNull();
    const definition = await definitionOf(named);
    const applied = migrated[named]!.mikro_orm_migrations.map((row) => (JSON.parse(row) as { name: string }).name).sort();
    expect(applied).toEqual(definition.migrations.map((migration) => migration.name).sort());

    await succeed('scripts/migrate.mjs', [named], env);
    expect(await readDatabases(env)).toEqual(migrated);

    // What a starting subgraph would seed is there already (its seed finds nothing to do).
    const database = await openSubgraphDatabase(definition, platform.config);
    try {
      expect(await definition.seed.isNeeded(database.orm.em.fork())).toBe(false);
    } finally {
      await database.close();
    }

    const unknown = await runScript('scripts/migrate.mjs', ['nosuchsubgraph'], env);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('unknown subgraph nosuchsubgraph');
  });

  it('a backup taken while the subgraphs run and write restores, once they are stopped, to exactly what was backed up', async () => {
    const subgraphs = await startSubgraphProcesses(env);
    // Committed while the subgraphs hold their databases open: on SQLite this sits in the WAL,
    // which a copy of the database file would miss.
    expect(Object.values(await changeDatabases(env)).every((rows) => rows > 0)).toBe(true);
    const backedUp = await readDatabases(env);
    const folder = (await succeed('scripts/backup.mjs', [], env)).trim();
    expect(JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8'))).toMatchObject({
      database: databaseUrl ? 'mysql' : 'sqlite',
      subgraphs: subgraphNames.map((name) => ({ name, database: `${platform.config.databasePrefix}${name}` })),
    });

    await changeDatabases(env);
    const changed = await readDatabases(env);
    for (const name of subgraphNames) expect(changed[name]).not.toEqual(backedUp[name]);

    const whileRunning = await runScript('scripts/restore.mjs', [folder, '--overwrite'], env);
    expect(whileRunning.status).toBe(1);
    for (const name of subgraphNames) expect(whileRunning.stderr).toContain(`stop every process of it first (systemctl stop mpp-subgraph@${name}`);
    expect(await readDatabases(env)).toEqual(changed);

    await subgraphs.stop();
    const withoutOverwrite = await runScript('scripts/restore.mjs', [folder], env);
    expect(withoutOverwrite.status).toBe(1);
    expect(withoutOverwrite.stderr).toContain('add --overwrite');
    expect(await readDatabases(env)).toEqual(changed);

    await succeed('scripts/restore.mjs', [folder, '--overwrite'], env);
    expect(await readDatabases(env)).toEqual(backedUp);
    expect(Object.values(await readDatabases(env, restoreHelperSchemas)).filter(Boolean)).toEqual([]);

    // The restored databases run, and starting on them changes nothing.
    const restarted = await startSubgraphProcesses(env);
    await restarted.stop();
    expect(await readDatabases(env)).toEqual(backedUp);
  });

  (databaseUrl ? it : it.skip)(
    "refuses while a subgraph runs idle past its pool's idle timeout, and while a process holds a running lock of the schema",
    async () => {
      const subgraphs = await startSubgraphProcesses(env);
      // Each running process holds a slot of its schema's running lock, on a connection of its own.
      for (const name of subgraphNames) {
        const holder = (await sql(`select coalesce(is_used_lock('${runningLockName(`${platform.config.databasePrefix}${name}`, 0)}'), 0)`)).stdout.trim();
        expect([name, holder]).toEqual([name, expect.stringMatching(/^[1-9][0-9]*$/)]);
      }
      const folder = (await succeed('scripts/backup.mjs', [], env)).trim();
      const backedUp = await readDatabases(env);
      await changeDatabases(env);
      const changed = await readDatabases(env);

      // Nothing asks the subgraphs anything meanwhile: their pools close every connection that
      // idles this long, but the one their min keeps.
      await sleep(POOL_IDLE_TIMEOUT_MS + 5_000);
      const whileIdle = await runScript('scripts/restore.mjs', [folder, '--overwrite'], env);
      expect(whileIdle.status).toBe(1);
      for (const name of subgraphNames) expect(whileIdle.stderr).toMatch(new RegExp(`${name}: .+: stop every process of it first`));
      expect(await readDatabases(env)).toEqual(changed);
      await subgraphs.stop();

      // A process that marks itself running is seen without a single connection to the schema.
      const [first] = subgraphNames;
      const schema = `${platform.config.databasePrefix}${first}`;
      const lock = await holdNamedLock(runningLockName(schema, 7));
      const whileMarked = await runScript('scripts/restore.mjs', [folder, first, '--overwrite'], env);
      expect([whileMarked.status, whileMarked.stderr]).toEqual([
        1,
        expect.stringContaining(`${first}: 1 running process holds the running lock of ${schema}: stop every process of it first`),
      ]);
      expect(await readDatabases(env)).toEqual(changed);

      await lock.release();
      await succeed('scripts/restore.mjs', [folder, first, '--overwrite'], env);
      expect((await readDatabases(env))[first]).toEqual(backedUp[first]);
    },
  );

  it('changes nothing with a damaged backup: a file cut short is refused before anything, a load that fails halfway is undone', async () => {
    await succeed('scripts/migrate.mjs', [], env);
    const folder = (await succeed('scripts/backup.mjs', [], env)).trim();
    const backedUp = await readDatabases(env);
    await changeDatabases(env);
    const changed = await readDatabases(env);
    const onMySql = databaseUrl !== undefined;
    const leftovers = async () =>
      onMySql
        ? Object.entries(await readDatabases(env, restoreHelperSchemas)).filter(([, contents]) => contents !== null).map(([name]) => name)
        : readdirSync(platform.config.dataDir).filter((name) => name.endsWith('.restoring'));
    const pageBytes = 4096;

    // Cut where a lost connection or a full disk may cut it: after a whole statement of the dump
    // (which the client would load without a complaint), after a page of the database.
    const cut = damagedCopy(folder, `${folder}-cut`, (bytes) =>
      bytes.subarray(0, onMySql ? bytes.lastIndexOf(';\n', bytes.length / 2) + 2 : Math.floor(bytes.length / 2 / pageBytes) * pageBytes),
    );
    const cutShort = await runScript('scripts/restore.mjs', [`${folder}-cut`, '--overwrite'], env);
    expect([cutShort.status, cutShort.stderr]).toEqual([1, expect.stringMatching(new RegExp(`damaged or incomplete:\\n  ${cut}: \\S+ holds \\d+ bytes; the backup wrote \\d+`))]);
    expect(await readDatabases(env)).toEqual(changed);

    // Damaged early, its size kept: MySQL's client stops at the second table with most of the
    // dump still unsent; SQLite's integrity check meets a page of garbage.
    const damaged = damagedCopy(folder, `${folder}-damaged`, (bytes) => {
      const copy = Buffer.from(bytes);
      if (onMySql) copy.write('CREATE TABLX', copy.indexOf('CREATE TABLE', copy.indexOf('CREATE TABLE') + 1));
      else copy.fill(0xa5, Math.floor(copy.length / 2 / pageBytes) * pageBytes, Math.floor(copy.length / 2 / pageBytes) * pageBytes + pageBytes);
      return copy;
    });
    const failedLoad = await runScript('scripts/restore.mjs', [`${folder}-damaged`, '--overwrite'], env);
    expect(failedLoad.status).toBe(1);
    expect(failedLoad.stderr).toContain(`nothing restored: ${damaged}:`);
    expect(failedLoad.stderr).toContain(onMySql ? 'ERROR 1064' : 'is damaged');
    // One line that says why, not a crash on the broken pipe the client's exit leaves.
    expect(failedLoad.stderr).not.toMatch(/EPIPE|^\s+at /m);
    expect(await readDatabases(env)).toEqual(changed);
    expect(await leftovers()).toEqual([]);

    await succeed('scripts/restore.mjs', [folder, '--overwrite'], env);
    expect(await readDatabases(env)).toEqual(backedUp);
  });

  it('restores one subgraph of a backup and leaves the others alone', async () => {
    const [restored, ...others] = subgraphNames;
    await succeed('scripts/migrate.mjs', [], env);
    const folder = (await succeed('scripts/backup.mjs', [restored], env)).trim();
    const backedUp = await readDatabases(env);
    await changeDatabases(env);
    const changed = await readDatabases(env);

    await succeed('scripts/restore.mjs', [folder, restored, '--overwrite'], env);
    const after = await readDatabases(env);
    expect(after[restored]).toEqual(backedUp[restored]);
    for (const other of others) expect(after[other]).toEqual(changed[other]);

    for (const other of others) {
      const notInBackup = await runScript('scripts/restore.mjs', [folder, other, '--overwrite'], env);
      expect([notInBackup.status, notInBackup.stderr]).toEqual([2, expect.stringContaining(`unknown subgraph ${other}`)]);
    }
  });

  it('keeps the newest backups it is told to keep', async () => {
    await succeed('scripts/migrate.mjs', [], env);
    const into = join(platform.config.dataDir, 'kept');
    const folders: string[] = [];
    for (let backup = 0; backup < 3; backup += 1) folders.push((await succeed('scripts/backup.mjs', ['--into', into, '--keep', '2'], env)).trim());
    expect(readdirSync(into).sort()).toEqual(folders.slice(1).map((folder) => folder.slice(into.length + 1)));
  });

  it('removes what backups that died more than a day ago left, and nothing younger or of its own', async () => {
    await succeed('scripts/migrate.mjs', [], env);
    const into = join(platform.config.dataDir, 'nightly');
    const nameAt = (msAgo: number) => new Date(Date.now() - msAgo).toISOString().replace(/[-:]/g, '');
    const abandoned = join(into, `${nameAt(48 * HOUR_MS)}.partial`);
    const beingWritten = join(into, `${nameAt(HOUR_MS)}.partial`);
    const notABackup = join(into, 'notes.partial');
    for (const path of [abandoned, beingWritten, notABackup]) {
      mkdirSync(path, { recursive: true });
      writeFileSync(join(path, 'catalog.sql'), '-- half a dump\n');
    }
    const twoDaysAgo = new Date(Date.now() - 48 * HOUR_MS);
    for (const path of [abandoned, notABackup]) utimesSync(path, twoDaysAgo, twoDaysAgo);

    const backup = await runScript('scripts/backup.mjs', ['--into', into], env);
    expect(backup.status).toBe(0);
    expect(readdirSync(into).sort()).toEqual([basename(backup.stdout.trim()), basename(beingWritten), basename(notABackup)].sort());
    expect(backup.stderr).toContain(`removed ${abandoned}, left by a backup that did not finish`);
  });
});

(mysqlUrl ? describe : describe.skip)('MySQL accounts from deploy/mysql/create-users.mjs', () => {
  let platform: TestPlatform;
  let accounts: Record<string, string>;
  let passwords: Record<string, string>;

  const accountUrl = (user: string) => `mysql://${user}:${accounts[user]}@${mysqlServer.hostname}:${mysqlServer.port || 3306}`;
  const asAccount = (user: string, statement: string) => sql(statement, user, accounts[user]);
  const printAccounts = () => succeed('deploy/mysql/create-users.mjs', ['--host', '%'], platformEnv(platform, mysqlUrl, passwords));
  /** A schema name as GRANT takes it and the privilege tables keep it: _ and % escaped. */
  const grantPattern = (schema: string) => schema.replace(/[_%]/g, '\\$&');

  beforeAll(async () => {
    platform = testPlatformConfig(mysqlUrl);
    const prefix = platform.config.databasePrefix;
    accounts = Object.fromEntries([...subgraphNames, 'backup'].map((name) => [`${prefix}${name}`, randomBytes(18).toString('hex')]));
    passwords = Object.fromEntries([...subgraphNames, 'backup'].map((name) => [`${name.toUpperCase()}_DB_PASSWORD`, accounts[`${prefix}${name}`]]));
    // As docs/production.md runs it: the first client grants and prints the REVOKEs the second runs.
    const granted = await run(mysqlClient, [...clientArgs(administrator.user), '--batch', '--raw', '--skip-column-names'], clientEnv(administrator.password), await printAccounts());
    if (granted.status !== 0) throw new Error(`creating the accounts failed:\n${granted.stderr}`);
    const revoked = await run(mysqlClient, clientArgs(administrator.user), clientEnv(administrator.password), granted.stdout);
    if (revoked.status !== 0) throw new Error(`revoking what the accounts hold beyond their rights failed:\n${revoked.stderr}`);
  });

  afterAll(async () => {
    await platform.cleanup(subgraphNames);
    await sql(Object.keys(accounts).map((user) => `drop user if exists '${user}'@'%';`).join(' '));
  });

  it('lets each subgraph start with its own account, which reaches no other schema; the backup account reads all and writes none', async () => {
    const prefix = platform.config.databasePrefix;
    const envOf = (user: string) => platformEnv(platform, accountUrl(user));
    const processes = await Promise.all(subgraphNames.map((name) => startSubgraphProcess(name, envOf(`${prefix}${name}`))));
    try {
      const tables = await readDatabases(platformEnv(platform, mysqlUrl));
      for (const name of subgraphNames) {
        const own = `${prefix}${name}`;
        const [ownTable] = Object.keys(tables[name]!);
        expect((await asAccount(own, `select count(*) from \`${own}\`.\`${ownTable}\``)).status).toBe(0);
        expect((await asAccount(own, 'show databases')).stdout.split('\n').filter(Boolean).sort()).toEqual(['information_schema', own]);
        for (const other of subgraphNames.filter((candidate) => candidate !== name)) {
          const [otherTable] = Object.keys(tables[other]!);
          const read = await asAccount(own, `select count(*) from \`${prefix}${other}\`.\`${otherTable}\``);
          expect([read.status, read.stderr]).toEqual([1, expect.stringMatching(/denied/)]);
          const create = await asAccount(own, `create table \`${prefix}${other}\`.intruder (id int)`);
          expect([create.status, create.stderr]).toEqual([1, expect.stringMatching(/denied/)]);
        }
        const newSchema = await asAccount(own, `create database \`${prefix}${name}_more\``);
        expect([newSchema.status, newSchema.stderr]).toEqual([1, expect.stringMatching(/denied/)]);

        const [table] = Object.keys(tables[name]!);
        const write = await asAccount(`${prefix}backup`, `delete from \`${own}\`.\`${table}\``);
        expect([write.status, write.stderr]).toEqual([1, expect.stringMatching(/denied/)]);
      }

      const backup = (await succeed('scripts/backup.mjs', [], envOf(`${prefix}backup`))).trim();
      const [first] = subgraphNames;
      // A subgraph's own account restores its own schema, and sees its own running processes (their running lock).
      const whileRunning = await runScript('scripts/restore.mjs', [backup, first, '--overwrite'], envOf(`${prefix}${first}`));
      expect([whileRunning.status, whileRunning.stderr]).toEqual([1, expect.stringMatching(/running process holds the running lock/)]);
      await Promise.all(processes.map((started) => started.stop()));
      await succeed('scripts/restore.mjs', [backup, first, '--overwrite'], envOf(`${prefix}${first}`));
      await startSubgraphProcess(first, envOf(`${prefix}${first}`)).then((started) => started.stop());
    } finally {
      for (const started of processes) await started.stop().catch(() => undefined);
    }
  });

  it('run again while the services run, never leaves an account without a right of its list and takes away every right beside them', async () => {
    const prefix = platform.config.databasePrefix;
    const [own, other] = subgraphNames.map((name) => `${prefix}${name}`);
    const backupUser = `${prefix}backup`;
    await succeed('scripts/migrate.mjs', [], platformEnv(platform, mysqlUrl));
    // Rights granted by hand meanwhile, at every level.
    for (const grant of [
      `grant process on *.* to '${own}'@'%'`,
      `grant execute, create view on \`${grantPattern(own)}\`.* to '${own}'@'%' with grant option`,
      `grant select on \`${grantPattern(other)}\`.* to '${own}'@'%'`,
      `grant update, select (id) on \`${other}\`.mikro_orm_migrations to '${own}'@'%'`,
      `grant delete on \`${grantPattern(own)}\`.* to '${backupUser}'@'%'`,
    ]) {
      expect(await sql(grant)).toMatchObject({ status: 0 });
    }

    /** What an account's list allows that a connection made now cannot do. */
    async function missingRights(): Promise<string[]> {
      const missing: string[] = [];
      for (const name of subgraphNames) {
        const schema = `${prefix}${name}`;
        const work = await asAccount(schema, `create table \`${schema}\`.rights_probe (id int); drop table \`${schema}\`.rights_probe`);
        if (work.status !== 0) missing.push(`${schema}: ${work.stderr.trim()}`);
        const read = await asAccount(backupUser, `select count(*) from \`${schema}\`.mikro_orm_migrations`);
        if (read.status !== 0) missing.push(`${backupUser}: ${read.stderr.trim()}`);
      }
      return missing;
    }

    // Statement by statement, as the clients run them, with every account tried after each.
    const statements = (await printAccounts())
      .split('\n')
      .filter((line) => !line.startsWith('--'))
      .join('\n')
      .split(/;\n/)
      .map((statement) => statement.trim())
      .filter(Boolean);
    const revokes: string[] = [];
    for (const statement of statements) {
      const result = await sql(`${statement};`);
      expect([statement, result.status, result.stderr]).toEqual([statement, 0, '']);
      if (/^select/i.test(statement)) revokes.push(...result.stdout.split('\n').filter(Boolean));
      expect({ after: statement, missing: await missingRights() }).toEqual({ after: statement, missing: [] });
    }
    // One for each level granted by hand above: global, own schema, other schema, other table and column, the backup's.
    expect(revokes).toHaveLength(5);
    for (const statement of revokes) {
      const result = await sql(statement);
      expect([statement, result.status, result.stderr]).toEqual([statement, 0, '']);
      expect({ after: statement, missing: await missingRights() }).toEqual({ after: statement, missing: [] });
    }

    // What remains is each list and nothing beside it.
    const grantees = Object.keys(accounts).map((user) => `'''${user}''@''%'''`).join(', ');
    const held = await sql(
      [
        `select grantee, '*', privilege_type, is_grantable from information_schema.user_privileges where grantee in (${grantees})`,
        `select grantee, table_schema, privilege_type, is_grantable from information_schema.schema_privileges where grantee in (${grantees})`,
        `select grantee, concat(table_schema, '.', table_name), privilege_type, is_grantable from information_schema.table_privileges where grantee in (${grantees})`,
        `select grantee, concat(table_schema, '.', table_name, '.', column_name), privilege_type, is_grantable from information_schema.column_privileges where grantee in (${grantees})`,
      ].join(' union all '),
    );
    const subgraphRights = ['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'CREATE', 'DROP', 'ALTER', 'INDEX', 'REFERENCES'];
    const expected = [
      ...subgraphNames.flatMap((name) => {
        const user = `${prefix}${name}`;
        const schemas = [user, `${user}_restore`, `${user}_replaced`];
        return [`'${user}'@'%'\t*\tUSAGE\tNO`, ...schemas.flatMap((schema) => subgraphRights.map((right) => `'${user}'@'%'\t${grantPattern(schema)}\t${right}\tNO`))];
      }),
      `'${backupUser}'@'%'\t*\tUSAGE\tNO`,
      ...subgraphNames.flatMap((name) => ['SELECT', 'SHOW VIEW', 'TRIGGER'].map((right) => `'${backupUser}'@'%'\t${grantPattern(`${prefix}${name}`)}\t${right}\tNO`)),
    ];
    expect(held.stdout.split('\n').filter(Boolean).sort()).toEqual(expected.sort());
  });
});
