// What the operators' tools (scripts/backup.mjs, restore.mjs, migrate.mjs) share: the built kit
// and its drivers, the configuration, choosing subgraphs, the MariaDB client programs, the
// backup's format, and how a tool reports failure.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/** The drivers the kit uses (libsql, mysql2), resolved from the kit as it resolves them. */
export const requireFromKit = createRequire(join(root, 'packages/kit/package.json'));
/** The built kit: `npm run backup` / `npm run restore` build first. */
export const kit = requireFromKit('./dist/index.js');

export const MANIFEST = 'manifest.json';
export const BACKUP_FORMAT = 'mpp-backup/1';

/** A failure to report in one line (no stack): a refused or impossible request, not a bug. */
export class ToolError extends Error {}
/** A command line the tool does not understand (exit 2). */
export class UsageError extends ToolError {}

export const say = (tool, line) => process.stderr.write(`[${tool}] ${line}\n`);

/** Reads the configuration as any tool does (no keys); a bad setting is a ToolError naming the variable. */
export function loadToolConfig() {
  try {
    return kit.loadConfig(process.env, root);
  } catch (error) {
    if (error instanceof kit.ConfigError) throw new ToolError(`configuration error: ${error.message}`);
    throw error;
  }
}

/** The subgraphs named on the command line, or all of `available` when none is. */
export function chooseSubgraphs(available, named, usage) {
  const unknown = named.filter((name) => !available.includes(name));
  if (unknown.length > 0) throw new UsageError(`unknown subgraph ${unknown.join(', ')}; there are: ${available.join(', ')}.\n${usage}`);
  return named.length > 0 ? [...new Set(named)] : [...available];
}

/** `<MPP_DATABASE_PREFIX><subgraph>`: the MySQL schema or the SQLite file name of a subgraph. */
export const databaseName = (config, subgraph) => `${config.databasePrefix}${subgraph}`;
export const sqlitePath = (config, subgraph) => join(config.dataDir, `${databaseName(config, subgraph)}.sqlite`);

/** Opens a SQLite file with libsql, waiting up to 5 s for a busy one. */
export function openSqlite(path, timeout = 5000) {
  const Database = requireFromKit('libsql');
  return new Database(path, { timeout });
}

/** Fails unless SQLite finds the file whole (`pragma integrity_check`). */
export function checkSqliteIntegrity(path) {
  const db = openSqlite(path);
  try {
    const rows = db.prepare('pragma integrity_check').all();
    const verdict = rows.map((row) => row.integrity_check).join('; ');
    if (verdict !== 'ok') throw new ToolError(`${path} is damaged: ${verdict}`);
  } finally {
    db.close();
  }
}

/**
 * The MariaDB/MySQL client program for `kind` ('dump' or 'client'): the mariadb-* name, or the
 * mysql* one older installations have. Both ship in Debian's mariadb-client.
 */
export function clientProgram(kind) {
  const candidates = kind === 'dump' ? ['mariadb-dump', 'mysqldump'] : ['mariadb', 'mysql'];
  for (const program of candidates) {
    if (!spawnSync(program, ['--version'], { stdio: 'ignore' }).error) return program;
  }
  throw new ToolError(`neither ${candidates.join(' nor ')} was found; install the MariaDB client (Debian: apt-get install mariadb-client).`);
}

/**
 * Where a client program connects, from MPP_DATABASE_URL. The password travels in MYSQL_PWD,
 * never on the command line, where every user of the machine could read it.
 */
export function clientConnection(target) {
  return {
    args: ['--protocol=TCP', `--host=${target.host}`, `--port=${target.port}`, `--user=${target.user}`],
    env: { ...process.env, MYSQL_PWD: target.password },
  };
}

/** Runs a client program to its end; fails with what it printed on stderr. */
export function runClient(program, args, env, stdin) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(program, args, { env, stdio: [stdin ? 'pipe' : 'ignore', 'ignore', 'pipe'] });
    let errors = '';
    child.stderr.on('data', (chunk) => (errors += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolvePromise();
      else reject(new ToolError(`${program} failed (exit ${code}): ${errors.trim()}`));
    });
    if (stdin) stdin.pipe(child.stdin);
  });
}

/** Reads and checks a backup's manifest. */
export function readManifest(folder) {
  const path = join(folder, MANIFEST);
  if (!existsSync(path)) throw new ToolError(`${folder} is not a backup: it has no ${MANIFEST} (an unfinished one ends in .partial).`);
  const manifest = JSON.parse(readFileSync(path, 'utf8'));
  if (manifest.format !== BACKUP_FORMAT) throw new ToolError(`${path}: unknown backup format ${JSON.stringify(manifest.format)}.`);
  return manifest;
}

/** Runs a tool's main: a ToolError is one line on stderr and exit 1, a usage error exit 2. */
export function runTool(name, usageLine, main) {
  main().then(
    () => process.exit(0),
    (error) => {
      const badArguments = String(error?.code).startsWith('ERR_PARSE_ARGS');
      const usage = error instanceof UsageError || badArguments;
      say(name, badArguments ? `${error.message}\n${usageLine}` : error instanceof ToolError ? error.message : (error?.stack ?? String(error)));
      process.exit(usage ? 2 : 1);
    },
  );
}
