import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'libsql';
import { createConnection } from 'mysql2/promise';
import type { DatabaseTarget } from '../config/config';

/** How long a process waits for another one's start-up work (migrations, seed, backfills). */
export const STARTUP_LOCK_TIMEOUT_MS = 300_000;
const SQLITE_RETRY_MS = 50;

/**
 * Runs a database's start-up work — migrations, the seed of an empty database, backfills — in
 * one process at a time. Replicas started together on an empty database would otherwise race:
 * MySQL cannot roll back DDL, and two seeds or backfills would write the same rows twice. The
 * one that waited finds the work done and does nothing. The lock dies with its holder (a
 * MySQL connection's named lock; SQLite's own file lock), so a crashed start never blocks the
 * next one.
 */
export async function withStartupLock<T>(target: DatabaseTarget, name: string, dataDir: string, work: () => Promise<T>): Promise<T> {
  return target.kind === 'mysql' ? withMySqlLock(target, name, work) : withSqliteLock(join(dataDir, `${name}.startup-lock.sqlite`), work);
}

async function withMySqlLock<T>(target: Extract<DatabaseTarget, { kind: 'mysql' }>, name: string, work: () => Promise<T>): Promise<T> {
  const { host, port, user, password } = target;
  const connection = await createConnection({ host, port, user, password });
  try {
    // Named locks are server-wide and at most 64 characters: a hash of the schema name keeps each
    // subgraph's (and each test run's) apart whatever its length.
    const lock = `mpp-startup:${createHash('sha256').update(name).digest('hex').slice(0, 40)}`;
    const [rows] = await connection.query('select get_lock(?, ?) as acquired', [lock, STARTUP_LOCK_TIMEOUT_MS / 1000]);
    if ((rows as { acquired: number | null }[])[0]?.acquired !== 1) throw new Error(`another process held the start-up lock of ${name} too long`);
    try {
      return await work();
    } finally {
      await connection.query('select release_lock(?)', [lock]);
    }
  } finally {
    await connection.end();
  }
}

/**
 * SQLite: an exclusive transaction on a small lock file beside the database. libsql waits for
 * a busy file synchronously, which would stall this process's other work (another subgraph
 * starting in it), so the lock is tried without waiting and retried after a pause.
 */
async function withSqliteLock<T>(path: string, work: () => Promise<T>): Promise<T> {
  const lockFile = new Database(path, { timeout: 0 });
  try {
    const deadline = Date.now() + STARTUP_LOCK_TIMEOUT_MS;
    for (;;) {
      try {
        lockFile.exec('begin exclusive');
        break;
      } catch (error) {
        if (!/busy|locked/i.test(String((error as Error).message)) || Date.now() > deadline) throw error;
        await sleep(SQLITE_RETRY_MS);
      }
    }
    try {
      return await work();
    } finally {
      lockFile.exec('rollback');
    }
  } finally {
    lockFile.close();
  }
}
