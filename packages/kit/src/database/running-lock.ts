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
 * crashed process never blocks a restore.
 */
const KEEP_ALIVE_MS = 30_000;
const RETRY_MS = 1_000;

export interface RunningLock {
  release(): Promise<void>;
}

/** Takes a free slot of the schema's running lock, waiting while a restore holds them all. */
export async function holdRunningLock(target: Extract<DatabaseTarget, { kind: 'mysql' }>, schema: string, logger: Logger): Promise<RunningLock> {
  let connection = await takeSlot(target, schema, logger);
  let released = false;
  // An idle connection may be closed by the server (wait_timeout) or lost with it: the process
  // would then look stopped. A small statement now and then keeps it, or takes a slot again.
  const keepAlive = setInterval(() => {
    void connection.query('do 0').catch(async () => {
      if (released) return;
      connection.destroy();
      try {
        connection = await takeSlot(target, schema, logger);
      } catch (error) {
        logger.error('lost the running lock and cannot take it again', { schema, error });
      }
    });
  }, KEEP_ALIVE_MS);
  keepAlive.unref();
  return {
    async release() {
      released = true;
      clearInterval(keepAlive);
      await connection.end().catch(() => connection.destroy());
    },
  };
}

async function takeSlot(target: Extract<DatabaseTarget, { kind: 'mysql' }>, schema: string, logger: Logger): Promise<Connection> {
  const { host, port, user, password } = target;
  const connection = await createConnection({ host, port, user, password });
  // Without a listener, a connection lost while idle would end the process.
  connection.on('error', () => undefined);
  try {
    await connection.query('set session wait_timeout = 31536000');
    const deadline = Date.now() + STARTUP_LOCK_TIMEOUT_MS;
    for (let waited = false; ; waited = true) {
      for (let slot = 0; slot < RUNNING_LOCK_SLOTS; slot += 1) {
        const [rows] = await connection.query('select get_lock(?, 0) as acquired', [runningLockName(schema, slot)]);
        if ((rows as { acquired: number | null }[])[0]?.acquired === 1) return connection;
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
