#!/usr/bin/env node
// `npm run restore -- <backup folder> [subgraph…] [--overwrite]`: puts each subgraph's database
// (every one in the backup unless named) back as `scripts/backup.mjs` saved it, into the
// databases this configuration names (MPP_DATA_DIR or MPP_DATABASE_URL, MPP_DATABASE_PREFIX).
//
// Every process of those subgraphs must be stopped first: a running one would keep writing to
// the database being replaced (SQLite: to the old file). The restore refuses while it sees one —
// a SQLite file another process holds open, a MySQL schema with open connections (all of them
// to an administrator; to a subgraph's own user, that user's) — and refuses to replace a
// database that holds data unless given --overwrite. It checks every subgraph before it
// replaces any. Started again, each subgraph migrates the restored database to its code.
import { createReadStream, copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  ToolError,
  UsageError,
  checkSqliteIntegrity,
  chooseSubgraphs,
  clientConnection,
  clientProgram,
  databaseName,
  loadToolConfig,
  openSqlite,
  readManifest,
  requireFromKit,
  runClient,
  runTool,
  say,
  sqlitePath,
} from './tooling.mjs';

const USAGE = 'usage: npm run restore -- <backup folder> [subgraph…] [--overwrite]   (with every process of those subgraphs stopped)';
const stopFirst = (subgraph) => `stop every process of it first (systemctl stop mpp-subgraph@${subgraph}, docker compose stop ${subgraph})`;

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

function restoreSqlite(config, subgraph, file) {
  const path = sqlitePath(config, subgraph);
  const staged = `${path}.restoring`;
  copyFileSync(file, staged);
  checkSqliteIntegrity(staged);
  // A -wal or -shm left by the old file would be read as part of the restored one.
  for (const suffix of ['-wal', '-shm', '-journal']) rmSync(`${path}${suffix}`, { force: true });
  renameSync(staged, path);
}

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

/** Why `subgraph`'s MySQL schema may not be replaced now, or null. */
async function mySqlRefusal(connection, config, subgraph, overwrite) {
  const schema = databaseName(config, subgraph);
  const [[{ tables }]] = await connection.query('select count(*) as tables from information_schema.tables where table_schema = ?', [schema]);
  if (tables > 0 && !overwrite) return `${subgraph}: the schema ${schema} holds ${tables} tables; restoring replaces it: add --overwrite.`;
  const [[{ sessions }]] = await connection.query(
    'select count(*) as sessions from information_schema.processlist where db = ? and id <> connection_id()',
    [schema],
  );
  if (sessions > 0) return `${subgraph}: ${sessions} open connection${sessions === 1 ? '' : 's'} to the schema ${schema}: ${stopFirst(subgraph)}.`;
  return null;
}

async function restoreMySql(connection, config, subgraph, file) {
  const schema = databaseName(config, subgraph);
  // Tables a later migration added would otherwise survive the restore.
  await connection.query(`drop database if exists \`${schema}\``);
  await connection.query(`create database \`${schema}\` character set utf8mb4 collate utf8mb4_unicode_ci`);
  const { args, env } = clientConnection(config.database);
  await runClient(clientProgram('client'), [...args, `--database=${schema}`], env, createReadStream(file));
}

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
  const fileOf = (subgraph) => join(folder, manifest.subgraphs.find((entry) => entry.name === subgraph).file);
  const missing = subgraphs.filter((subgraph) => !existsSync(fileOf(subgraph)));
  if (missing.length > 0) throw new ToolError(`${folder} lacks the file of ${missing.join(', ')}.`);
  const unknown = subgraphs.filter((subgraph) => !config.subgraphs.includes(subgraph));
  if (unknown.length > 0) say('restore', `note: ${unknown.join(', ')} is not in this registry; restoring its database anyway.`);
  say('restore', `restoring ${subgraphs.join(', ')} from the backup of ${manifest.createdAt}; every process of them must be stopped.`);

  const restored = (subgraph) => say('restore', `${subgraph}: ${databaseName(config, subgraph)} is as backed up.`);
  if (kind === 'sqlite') {
    const refusals = subgraphs.map((subgraph) => sqliteRefusal(config, subgraph, values.overwrite)).filter(Boolean);
    if (refusals.length > 0) throw new ToolError(`nothing restored:\n  ${refusals.join('\n  ')}`);
    for (const subgraph of subgraphs) {
      restoreSqlite(config, subgraph, fileOf(subgraph));
      restored(subgraph);
    }
  } else {
    await withMySql(config, async (connection) => {
      const refusals = [];
      for (const subgraph of subgraphs) refusals.push(await mySqlRefusal(connection, config, subgraph, values.overwrite));
      if (refusals.some(Boolean)) throw new ToolError(`nothing restored:\n  ${refusals.filter(Boolean).join('\n  ')}`);
      for (const subgraph of subgraphs) {
        await restoreMySql(connection, config, subgraph, fileOf(subgraph));
        restored(subgraph);
      }
    });
  }
  say('restore', 'done; start the services again (each migrates its restored database to its code at start).');
}

runTool('restore', USAGE, main);
