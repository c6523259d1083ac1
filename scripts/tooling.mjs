// What the operators' tools (scripts/backup.mjs, restore.mjs, migrate.mjs) share: the built kit
// and its drivers, the configuration, choosing subgraphs, the MariaDB client programs, the
// backup's format, durable files, and how a tool reports failure.
import { Buffer } from 'node:buffer';
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, createReadStream, existsSync, fstatSync, fsyncSync, openSync, readFileSync, readSync } from 'node:fs';
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

/** Fails unless SQLite finds the file whole (`pragma integrity_check`), or a SQLite database at all. */
export function checkSqliteIntegrity(path) {
  let verdict;
  try {
    const db = openSqlite(path);
    try {
      verdict = db
        .prepare('pragma integrity_check')
        .all()
        .map((row) => row.integrity_check)
        .join('; ');
    } finally {
      db.close();
    }
  } catch (error) {
    verdict = error.message;
  }
  if (verdict !== 'ok') throw new ToolError(`${path} is damaged: ${verdict}`);
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

/**
 * What a client program printed on stderr, without the statement MariaDB's client echoes around
 * an error (a dump's may be a megabyte long): its own lines (`ERROR 1064 …`, `mariadb-dump: …`).
 */
function complaintOf(stderr) {
  const own = stderr.split('\n').filter((line) => /^(ERROR \d+|[\w-]+: )/.test(line));
  return (own.length > 0 ? own.join('\n') : stderr).trim().slice(0, 2000) || 'it printed nothing';
}

/**
 * Runs a client program to its end, feeding it the file `inputPath` when given; fails with what
 * the program printed on stderr. A program that stops reading early — a damaged dump, a refused
 * login — fails with its own words, not with the broken pipe its exit leaves behind; a file that
 * cannot be read stops the program, so it never runs half of one.
 */
export function runClient(program, args, env, inputPath) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(program, args, { env, stdio: [inputPath ? 'pipe' : 'ignore', 'ignore', 'pipe'] });
    let errors = '';
    let inputError = null;
    child.stderr.on('data', (chunk) => (errors += chunk.toString()));
    child.on('error', (error) => reject(new ToolError(`${program} could not be run: ${error.message}`)));
    child.on('close', (code, signal) => {
      if (inputError) reject(new ToolError(`${inputPath} could not be read: ${inputError.message}`));
      else if (code === 0) resolvePromise();
      else reject(new ToolError(`${program} failed (${code === null ? signal : `exit ${code}`}): ${complaintOf(errors)}`));
    });
    if (inputPath) {
      const input = createReadStream(inputPath);
      input.on('error', (error) => {
        inputError = error;
        child.kill();
      });
      // The program's stdin fails (EPIPE) only when the program exited early, which 'close' reports.
      child.stdin.on('error', () => input.destroy());
      child.on('close', () => input.destroy());
      input.pipe(child.stdin);
    }
  });
}

/** Flushes a file or a folder (its entries: names created or renamed in it) to the disk. */
export function syncToDisk(path) {
  const descriptor = openSync(path, 'r');
  try {
    fsyncSync(descriptor);
  } finally {
    closeSync(descriptor);
  }
}

/** Whether a mariadb-dump file ends with its completion line: a dump cut short lacks it. */
export function isCompleteDump(path) {
  const tailBytes = 200;
  const descriptor = openSync(path, 'r');
  try {
    const { size } = fstatSync(descriptor);
    const tail = Buffer.alloc(Math.min(tailBytes, size));
    readSync(descriptor, tail, 0, tail.length, size - tail.length);
    return /-- Dump completed/.test(tail.toString('utf8'));
  } finally {
    closeSync(descriptor);
  }
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
