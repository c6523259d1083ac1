#!/usr/bin/env node
// `npm run backup -- [--into <folder>] [--keep <n>] [subgraph…]`: a consistent copy of each
// subgraph's database (every registered one unless named), taken while the services run.
//
//   SQLite         VACUUM INTO through libsql, the driver the kit uses: a snapshot of the last
//                  committed state, WAL included, while readers and writers go on. A plain file
//                  copy of a live database would miss what is still in its -wal file.
//   MySQL/MariaDB  mariadb-dump --single-transaction, one schema per subgraph: InnoDB's
//                  consistent snapshot, without locking the tables the services write.
//
// Each backup is a folder `<into>/<UTC time>` holding one file per subgraph and manifest.json;
// it is written as `<UTC time>.partial` and renamed only once every file is complete, checked
// and on the disk (fsync), so a folder without that suffix is always a whole backup, even after
// a power cut. A `.partial` folder older than a day is what a backup that died left behind:
// each backup removes those. `--into` defaults to `<MPP_DATA_DIR>/backups`; `--keep n` then
// deletes all but the n newest whole backups there. Prints the backup's folder on stdout
// (progress goes to stderr), for `scripts/restore.mjs`.
//
// Each backup is consistent per subgraph; between subgraphs it is taken seconds apart, as
// federation allows: a reference to a record made in between resolves to null, as it would
// for a record deleted since.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  BACKUP_FORMAT,
  MANIFEST,
  ToolError,
  UsageError,
  checkSqliteIntegrity,
  chooseSubgraphs,
  clientConnection,
  clientProgram,
  databaseName,
  isCompleteDump,
  loadToolConfig,
  openSqlite,
  runClient,
  runTool,
  say,
  sqlitePath,
  syncToDisk,
} from './tooling.mjs';

const BACKUP_NAME = /^\d{8}T\d{6}\.\d{3}Z$/;
const UNFINISHED_NAME = /^\d{8}T\d{6}\.\d{3}Z\.partial$/;
/** A backup still `.partial` after this long is not being written any more. */
const ABANDONED_AFTER_MS = 24 * 60 * 60 * 1000;

function backupSqlite(config, subgraph, file) {
  const source = sqlitePath(config, subgraph);
  // Opening a missing file would create an empty database and back that up.
  if (!existsSync(source)) throw new ToolError(`${subgraph}: there is no database at ${source}.`);
  const db = openSqlite(source);
  try {
    db.prepare('vacuum into ?').run(file);
  } finally {
    db.close();
  }
  checkSqliteIntegrity(file);
}

async function dumpMySql(config, subgraph, file) {
  const { args, env } = clientConnection(config.database);
  const program = clientProgram('dump');
  await runClient(
    program,
    [
      ...args,
      '--single-transaction',
      // Rows stream to the file instead of being gathered in memory first.
      '--quick',
      // Without them the dump would need LOCK TABLES to load and PROCESS to take.
      '--skip-add-locks',
      '--no-tablespaces',
      '--hex-blob',
      '--default-character-set=utf8mb4',
      `--result-file=${file}`,
      databaseName(config, subgraph),
    ],
    env,
  );
  // A dump cut short (a lost connection after some tables) lacks the closing line.
  if (!isCompleteDump(file)) {
    throw new ToolError(`${subgraph}: ${program} ended without completing ${file}.`);
  }
}

/** Deletes the `.partial` folders of backups that died more than a day ago (never one being written). */
function removeAbandonedBackups(into) {
  for (const name of readdirSync(into).filter((candidate) => UNFINISHED_NAME.test(candidate))) {
    const path = join(into, name);
    if (Date.now() - statSync(path).mtimeMs < ABANDONED_AFTER_MS) continue;
    rmSync(path, { recursive: true, force: true });
    say('backup', `removed ${path}, left by a backup that did not finish`);
  }
}

/** Deletes all but the `keep` newest whole backups in `into` (never a .partial one being written). */
function pruneBackups(into, keep) {
  const whole = readdirSync(into)
    .filter((name) => BACKUP_NAME.test(name) && existsSync(join(into, name, MANIFEST)))
    .sort();
  for (const name of whole.slice(0, Math.max(0, whole.length - keep))) {
    rmSync(join(into, name), { recursive: true, force: true });
    say('backup', `removed the older backup ${join(into, name)}`);
  }
}

const USAGE = 'usage: npm run backup -- [--into <folder>] [--keep <n>] [subgraph…]';

async function main() {
  const { positionals, values } = parseArgs({ options: { into: { type: 'string' }, keep: { type: 'string' } }, allowPositionals: true });
  const keep = values.keep === undefined ? undefined : Number(values.keep);
  if (keep !== undefined && !(Number.isInteger(keep) && keep >= 1)) throw new UsageError(`--keep: expected a whole number of backups, 1 or more.\n${USAGE}`);
  const config = loadToolConfig();
  const subgraphs = chooseSubgraphs(config.subgraphs, positionals, USAGE);
  const into = resolve(values.into ?? join(config.dataDir, 'backups'));
  const kind = config.database.kind;

  // Backups hold password hashes and sessions: readable by their owner only.
  process.umask(0o077);
  const folder = join(into, new Date().toISOString().replace(/[-:]/g, ''));
  const partial = `${folder}.partial`;
  mkdirSync(partial, { recursive: true });
  removeAbandonedBackups(into);
  try {
    const entries = [];
    for (const subgraph of subgraphs) {
      const file = `${subgraph}.${kind === 'sqlite' ? 'sqlite' : 'sql'}`;
      if (kind === 'sqlite') backupSqlite(config, subgraph, join(partial, file));
      else await dumpMySql(config, subgraph, join(partial, file));
      entries.push({ name: subgraph, database: databaseName(config, subgraph), file, bytes: statSync(join(partial, file)).size });
      say('backup', `${subgraph}: ${databaseName(config, subgraph)} → ${file}`);
    }
    const manifest = { format: BACKUP_FORMAT, createdAt: new Date().toISOString(), database: kind, prefix: config.databasePrefix, subgraphs: entries };
    writeFileSync(join(partial, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
    // On the disk before the name says whole: files, then the folder's entries, then the rename.
    for (const file of [...entries.map((entry) => entry.file), MANIFEST]) syncToDisk(join(partial, file));
    syncToDisk(partial);
    renameSync(partial, folder);
    syncToDisk(into);
  } catch (error) {
    rmSync(partial, { recursive: true, force: true });
    throw error;
  }
  if (keep !== undefined) pruneBackups(into, keep);
  process.stdout.write(`${folder}\n`);
}

runTool('backup', USAGE, main);
