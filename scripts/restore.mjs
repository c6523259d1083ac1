#!/usr/bin/env node
// `npm run restore -- <backup folder> [subgraph…] [--overwrite]`: puts each subgraph's database
// (every one in the backup unless named) back as `scripts/backup.mjs` saved it, into the
// databases this configuration names (MPP_DATA_DIR or MPP_DATABASE_URL, MPP_DATABASE_PREFIX).
//
// Every process of those subgraphs must be stopped first: a running one would keep writing to
// the database being replaced (SQLite: to the old file). The restore refuses while it sees one —
// a SQLite file another process holds open; on MySQL a connection to the schema (all of them to
// an administrator, to a subgraph's own account that account's; a subgraph keeps one open while
// idle) or a running process's named lock (runningLockNames) — and refuses to replace a
// database that holds data unless given --overwrite. On MySQL it holds every running lock of
// the schemas until it is done, so a process that marks itself running waits for it to finish.
//
// Nothing is replaced until every named subgraph's copy is checked and staged beside its
// database — its size as the manifest recorded it, a dump's completion line, then a SQLite
// copy's integrity, a dump loaded by the server without an error — so a damaged backup or a
// failed load changes nothing. Then each database is swapped whole:
//   SQLite  the checked copy is renamed over the file (its old -wal and -shm removed first);
//   MySQL   the dump is loaded into `<schema>_restore`, and one RENAME TABLE, which is atomic,
//           moves the current tables into `<schema>_replaced` and the loaded ones into the
//           schema; both helper schemas are dropped after.
// Started again, each subgraph migrates the restored database to its code.
import { copyFileSync, existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  ToolError,
  UsageError,
  checkSqliteIntegrity,
  chooseSubgraphs,
  clientConnection,
  clientProgram,
  databaseName,
  isCompleteDump,
  kit,
  loadToolConfig,
  openSqlite,
  readManifest,
  requireFromKit,
  runClient,
  runTool,
  say,
  sqlitePath,
  syncToDisk,
} from './tooling.mjs';

const USAGE = 'usage: npm run restore -- <backup folder> [subgraph…] [--overwrite]   (with every process of those subgraphs stopped)';
const stopFirst = (subgraph) => `stop every process of it first (systemctl stop mpp-subgraph@${subgraph}, docker compose stop ${subgraph})`;
const plural = (count, one, many) => `${count} ${count === 1 ? one : many}`;

/**
 * The named locks that mark running processes of a MySQL schema, one slot per process (the
 * kit's database/running-lock.ts): each holds one for its lifetime on a connection of its own,
 * so a restore sees it even when its pool has closed every idle connection.
 */
function runningLockNames(schema) {
  return Array.from({ length: kit.RUNNING_LOCK_SLOTS }, (_, slot) => kit.runningLockName(schema, slot));
}

/** Fails unless each subgraph's file is whole: the size the backup recorded and, for a dump, its completion line. */
function checkBackupFiles(files) {
  const damaged = [];
  for (const { subgraph, path, bytes, kind } of files) {
    const size = statSync(path).size;
    if (size !== bytes) damaged.push(`${subgraph}: ${path} holds ${size} bytes; the backup wrote ${bytes}.`);
    else if (kind === 'mysql' && !isCompleteDump(path)) damaged.push(`${subgraph}: ${path} lacks the dump's completion line.`);
  }
  if (damaged.length > 0) throw new ToolError(`nothing restored, the backup is damaged or incomplete:\n  ${damaged.join('\n  ')}`);
}

// ---------------------------------------------------------------------------------------------
// SQLite

/** Why `subgraph`'s SQLite database may not be replaced now, or null. */
function sqliteRefusal(config, subgraph, overwrite) {
  const path = sqlitePath(config, subgraph);
  if (!existsSync(path)) return null;
  if (!overwrite) return `${subgraph}: ${path} exists; restoring replaces it: add --overwrite.`;
  // Leaving WAL mode needs the only connection to the file; with a subgraph running it is refused
  // ("database is locked"). The database is about to be replaced, so the mode it is left in
  // does not matter (the subgraph sets WAL again when it opens the restored one).
  const db = openSqlite(path, 0);
  try {
    const [{ journal_mode: mode }] = db.prepare('pragma journal_mode = delete').all();
    if (mode !== 'delete') throw new Error(`still in ${mode} mode`);
  } catch (error) {
    return `${subgraph}: ${path} is open in another process (${error.message}): ${stopFirst(subgraph)}.`;
  } finally {
    db.close();
  }
  return null;
}

/** Copies the backup's file beside the database and checks it; the copy's path. Leaves nothing when it fails. */
function stageSqlite(config, subgraph, file) {
  const staged = `${sqlitePath(config, subgraph)}.restoring`;
  try {
    copyFileSync(file, staged);
    syncToDisk(staged);
    checkSqliteIntegrity(staged);
  } catch (error) {
    rmSync(staged, { force: true });
    throw error;
  }
  return staged;
}

function swapSqlite(config, subgraph, staged) {
  const path = sqlitePath(config, subgraph);
  // A -wal or -shm left by the old file would be read as part of the restored one.
  for (const suffix of ['-wal', '-shm', '-journal']) rmSync(`${path}${suffix}`, { force: true });
  renameSync(staged, path);
  syncToDisk(dirname(path));
}

function restoreSqlite(config, subgraphs, fileOf, overwrite, restored) {
  const refusals = subgraphs.map((subgraph) => sqliteRefusal(config, subgraph, overwrite)).filter(Boolean);
  if (refusals.length > 0) throw new ToolError(`nothing restored:\n  ${refusals.join('\n  ')}`);
  const staged = new Map();
  for (const subgraph of subgraphs) {
    try {
      staged.set(subgraph, stageSqlite(config, subgraph, fileOf(subgraph)));
    } catch (error) {
      for (const copy of staged.values()) rmSync(copy, { force: true });
      throw new ToolError(`nothing restored: ${subgraph}: ${error.message}`);
    }
  }
  for (const [subgraph, copy] of staged) {
    swapSqlite(config, subgraph, copy);
    restored(subgraph);
  }
}

// ---------------------------------------------------------------------------------------------
// MySQL/MariaDB

const quoteName = (name) => `\`${name.replace(/`/g, '``')}\``;
/** The schema a subgraph's dump is loaded into, and the one its current tables move to. */
const helperSchemas = (schema) => ({ staging: `${schema}_restore`, replaced: `${schema}_replaced` });

async function withMySql(config, work) {
  const { createConnection } = requireFromKit('mysql2/promise');
  const { host, port, user, password } = config.database;
  const connection = await createConnection({ host, port, user, password });
  try {
    return await work(connection);
  } finally {
    await connection.end();
  }
}

async function tablesOf(connection, schema) {
  const [rows] = await connection.query('select table_name as name from information_schema.tables where table_schema = ?', [schema]);
  return rows.map((row) => row.name);
}

/** Why processes with open connections keep `subgraph`'s schema from being replaced now, or null. */
async function openConnectionsRefusal(connection, config, subgraph) {
  const schema = databaseName(config, subgraph);
  const [[{ sessions }]] = await connection.query(
    'select count(*) as sessions from information_schema.processlist where db = ? and id <> connection_id()',
    [schema],
  );
  return sessions > 0 ? `${subgraph}: ${plural(sessions, 'open connection', 'open connections')} to the schema ${schema}: ${stopFirst(subgraph)}.` : null;
}

/**
 * Why `subgraph`'s MySQL schema may not be replaced now, or null. Takes every running lock of
 * the schema that is free, on `connection`, which keeps them until it closes.
 */
async function mySqlRefusal(connection, config, subgraph, overwrite) {
  const schema = databaseName(config, subgraph);
  const tables = (await tablesOf(connection, schema)).length;
  if (tables > 0 && !overwrite) return `${subgraph}: the schema ${schema} holds ${tables} tables; restoring replaces it: add --overwrite.`;
  const names = runningLockNames(schema);
  const [[taken]] = await connection.query(`select ${names.map((_, slot) => `get_lock(?, 0) as slot${slot}`).join(', ')}`, names);
  const running = Object.values(taken).filter((acquired) => acquired !== 1).length;
  if (running > 0) return `${subgraph}: ${plural(running, 'running process holds', 'running processes hold')} the running lock of ${schema}: ${stopFirst(subgraph)}.`;
  return openConnectionsRefusal(connection, config, subgraph);
}

/** Loads the dump into a new staging schema beside the subgraph's own, which keeps what it holds. */
async function stageMySql(connection, config, subgraph, file) {
  const { staging } = helperSchemas(databaseName(config, subgraph));
  await connection.query(`create database ${quoteName(staging)} character set utf8mb4 collate utf8mb4_unicode_ci`);
  const { args, env } = clientConnection(config.database);
  await runClient(clientProgram('client'), [...args, `--database=${staging}`], env, file);
}

/** Replaces the schema's tables with the staged ones in one atomic RENAME TABLE. */
async function swapMySql(connection, config, subgraph) {
  const schema = databaseName(config, subgraph);
  const { staging, replaced } = helperSchemas(schema);
  await connection.query(`create database if not exists ${quoteName(schema)} character set utf8mb4 collate utf8mb4_unicode_ci`);
  // The current tables move to a schema of their own, not into the staging one: foreign key
  // names are unique per schema, and the loaded tables carry the same ones.
  await connection.query(`create database ${quoteName(replaced)} character set utf8mb4 collate utf8mb4_unicode_ci`);
  const moves = [
    ...(await tablesOf(connection, schema)).map((table) => [`${quoteName(schema)}.${quoteName(table)}`, `${quoteName(replaced)}.${quoteName(table)}`]),
    ...(await tablesOf(connection, staging)).map((table) => [`${quoteName(staging)}.${quoteName(table)}`, `${quoteName(schema)}.${quoteName(table)}`]),
  ];
  if (moves.length > 0) await connection.query(`rename table ${moves.map(([from, to]) => `${from} to ${to}`).join(', ')}`);
}

/** Drops the helper schemas of the subgraphs, saying so where one was left by an earlier restore. */
async function dropHelperSchemas(connection, config, subgraphs, { leftOver }) {
  for (const subgraph of subgraphs) {
    for (const helper of Object.values(helperSchemas(databaseName(config, subgraph)))) {
      const [[{ found }]] = await connection.query('select count(*) as found from information_schema.schemata where schema_name = ?', [helper]);
      if (found === 0) continue;
      if (leftOver) say('restore', `${subgraph}: dropping ${helper}, left by a restore that did not finish`);
      await connection.query(`drop database ${quoteName(helper)}`);
    }
  }
}

async function restoreMySql(config, subgraphs, fileOf, overwrite, restored) {
  await withMySql(config, async (connection) => {
    const refusals = [];
    for (const subgraph of subgraphs) refusals.push(await mySqlRefusal(connection, config, subgraph, overwrite));
    if (refusals.some(Boolean)) throw new ToolError(`nothing restored:\n  ${refusals.filter(Boolean).join('\n  ')}`);

    await dropHelperSchemas(connection, config, subgraphs, { leftOver: true });
    try {
      for (const subgraph of subgraphs) {
        try {
          await stageMySql(connection, config, subgraph, fileOf(subgraph));
        } catch (error) {
          throw new ToolError(`nothing restored: ${subgraph}: loading ${fileOf(subgraph)} failed: ${error.message}`);
        }
        say('restore', `${subgraph}: loaded into ${helperSchemas(databaseName(config, subgraph)).staging}`);
      }
      // A process of an older release (one without a running lock) may have started meanwhile.
      const late = [];
      for (const subgraph of subgraphs) late.push(await openConnectionsRefusal(connection, config, subgraph));
      if (late.some(Boolean)) throw new ToolError(`nothing restored:\n  ${late.filter(Boolean).join('\n  ')}`);
      for (const subgraph of subgraphs) {
        await swapMySql(connection, config, subgraph);
        restored(subgraph);
      }
    } finally {
      // A failure here must not hide the one that brought the restore here.
      await dropHelperSchemas(connection, config, subgraphs, { leftOver: false }).catch((error) =>
        say('restore', `could not drop the helper schemas (${error.message}); the next restore drops them`),
      );
    }
  });
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const { positionals, values } = parseArgs({ options: { overwrite: { type: 'boolean', default: false } }, allowPositionals: true });
  const [folderArgument, ...named] = positionals;
  if (!folderArgument) throw new UsageError(USAGE);
  const folder = resolve(folderArgument);
  const manifest = readManifest(folder);
  const config = loadToolConfig();
  const kind = config.database.kind;
  if (manifest.database !== kind) {
    throw new ToolError(`${folder} is a ${manifest.database} backup; this configuration uses ${kind} (MPP_DATABASE_URL).`);
  }
  const inBackup = manifest.subgraphs.map((entry) => entry.name);
  const subgraphs = chooseSubgraphs(inBackup, named, USAGE);
  const entryOf = (subgraph) => manifest.subgraphs.find((entry) => entry.name === subgraph);
  const fileOf = (subgraph) => join(folder, entryOf(subgraph).file);
  const missing = subgraphs.filter((subgraph) => !existsSync(fileOf(subgraph)));
  if (missing.length > 0) throw new ToolError(`${folder} lacks the file of ${missing.join(', ')}.`);
  checkBackupFiles(subgraphs.map((subgraph) => ({ subgraph, path: fileOf(subgraph), bytes: entryOf(subgraph).bytes, kind })));
  const unknown = subgraphs.filter((subgraph) => !config.subgraphs.includes(subgraph));
  if (unknown.length > 0) say('restore', `note: ${unknown.join(', ')} is not in this registry; restoring its database anyway.`);
  say('restore', `restoring ${subgraphs.join(', ')} from the backup of ${manifest.createdAt}; every process of them must be stopped.`);

  const restored = (subgraph) => say('restore', `${subgraph}: ${databaseName(config, subgraph)} is as backed up.`);
  if (kind === 'sqlite') restoreSqlite(config, subgraphs, fileOf, values.overwrite, restored);
  else await restoreMySql(config, subgraphs, fileOf, values.overwrite, restored);
  say('restore', 'done; start the services again (each migrates its restored database to its code at start).');
}

runTool('restore', USAGE, main);
