import { setTimeout as sleep } from 'node:timers/promises';
import { createConnection, type Connection } from 'mysql2/promise';
import type { DatabaseTarget } from '../config/config';
import type { Logger } from '../logging/logger';
import { RUNNING_LOCK_SLOTS, runningLockName } from './running-lock-name';
import { STARTUP_LOCK_TIMEOUT_MS } from './startup-lock';

/**
 * How a running process of a subgraph says so on MySQL, whatever its pool is doing: it holds
 * one of a schema's "running" named locks for its whole life, on a connection of its own. A
 * restore (scripts/restore.mjs) takes every slot before it replaces the schema, so it refuses
 * while any process runs and a process starting meanwhile waits until it is done. Slots,
 * because replicas of one subgraph each hold one; a named lock dies with its connection, so a
 * crashed process never blocks a restore for long (the server drops a silent connection after
 * SILENT_CONNECTION_SECONDS).
 */
const KEEP_ALIVE_MS = 30_000;
const SILENT_CONNECTION_SECONDS = (3 * KEEP_ALIVE_MS) / 1000;
const RETRY_MS = 1_000;

type MySqlTarget = Extract<DatabaseTarget, { kind: 'mysql' }>;

export interface RunningLock {
  /**
   * False while the lock is lost (its connection died with the server, say) and not yet taken
   * again: a restore may be replacing the schema, so the process must not serve (its health
   * says so) until it holds a slot again.
   */
  held(): boolean;
  release(): Promise<void>;
}

/** Takes a free slot of the schema's running lock, waiting while a restore holds them all. */
export async function holdRunningLock(target: MySqlTarget, schema: string, logger: Logger, { keepAliveMs = KEEP_ALIVE_MS } = {}): Promise<RunningLock> {
  let connection: Connection | null = await takeSlot(target, schema, logger, { wait: true });
  let released = false;
  let checking = false;
  // A statement now and then keeps the connection (and so the lock) alive; when it fails, the
  // lock is gone, and is taken again — one attempt at a time, never waiting for a slot.
  const keepAlive = setInterval(() => {
    if (checking || released) return;
    checking = true;
    void (async () => {
      try {
        if (connection) {
          try {
            await connection.query('do 0');
            return;
          } catch {
            connection.destroy();
            connection = null;
            logger.error('lost the running lock of the database; not serving until it is taken again', { schema });
          }
        }
        const retaken = await takeSlot(target, schema, logger, { wait: false }).catch(() => null);
        if (released) retaken?.destroy();
        else if (retaken) {
          connection = retaken;
          logger.info('took the running lock of the database again', { schema });
        }
      } finally {
        checking = false;
      }
    })();
  }, keepAliveMs);
  keepAlive.unref();
  return {
    held: () => connection !== null,
    async release() {
      released = true;
      clearInterval(keepAlive);
      const held = connection;
      connection = null;
      await held?.end().catch(() => held.destroy());
    },
  };
}

/** A connection holding a free slot; null when none is free and `wait` is false. */
async function takeSlot(target: MySqlTarget, schema: string, logger: Logger, { wait }: { wait: true }): Promise<Connection>;
async function takeSlot(target: MySqlTarget, schema: string, logger: Logger, { wait }: { wait: false }): Promise<Connection | null>;
async function takeSlot(target: MySqlTarget, schema: string, logger: Logger, { wait }: { wait: boolean }): Promise<Connection | null> {
  const { host, port, user, password } = target;
  const connection = await createConnection({ host, port, user, password });
  // Without a listener, a connection lost while idle would end the process.
  connection.on('error', () => undefined);
  try {
    // A host that dies without closing its connections frees its slot within this time.
    await connection.query(`set session wait_timeout = ${SILENT_CONNECTION_SECONDS}`);
    const deadline = Date.now() + STARTUP_LOCK_TIMEOUT_MS;
    for (let waited = false; ; waited = true) {
      for (let slot = 0; slot < RUNNING_LOCK_SLOTS; slot += 1) {
        const [rows] = await connection.query('select get_lock(?, 0) as acquired', [runningLockName(schema, slot)]);
        if ((rows as { acquired: number | null }[])[0]?.acquired === 1) return connection;
      }
      if (!wait) {
        connection.destroy();
        return null;
      }
      if (Date.now() > deadline) throw new Error(`every running-lock slot of ${schema} stayed taken: a restore in progress, or ${RUNNING_LOCK_SLOTS} processes running`);
      if (!waited) logger.warn('waiting for the running lock: a restore of this database may be in progress', { schema });
      await sleep(RETRY_MS);
    }
  } catch (error) {
    connection.destroy();
    throw error;
  }
}
