import { randomBytes } from 'node:crypto';
import { createConnection, type Connection } from 'mysql2/promise';
import { loadConfig, type DatabaseTarget } from '../config/config';
import { createLogger } from '../logging/logger';
import { holdRunningLock } from './running-lock';
import { RUNNING_LOCK_SLOTS, runningLockName } from './running-lock-name';

const mysqlUrl = process.env.MPP_TEST_MYSQL_URL?.trim();

/** MySQL/MariaDB only: named locks are the server's. */
(mysqlUrl ? describe : describe.skip)('the running lock of a subgraph process', () => {
  const schema = `t${randomBytes(5).toString('hex')}_running`;
  const logger = createLogger('test', 'silent');
  let target: Extract<DatabaseTarget, { kind: 'mysql' }>;
  let admin: Connection;
  const holderOf = async (slot: number) => {
    const [rows] = await admin.query('select is_used_lock(?) as holder', [runningLockName(schema, slot)]);
    return (rows as { holder: number | null }[])[0].holder;
  };
  const heldSlots = async () => {
    const held: number[] = [];
    for (let slot = 0; slot < RUNNING_LOCK_SLOTS; slot += 1) if ((await holderOf(slot)) !== null) held.push(slot);
    return held;
  };
  const until = async (condition: () => boolean, timeoutMs = 5000) => {
    for (const started = Date.now(); !condition(); await new Promise((resolve) => setTimeout(resolve, 50))) {
      if (Date.now() - started > timeoutMs) throw new Error('timed out');
    }
  };

  beforeAll(async () => {
    target = loadConfig({ MPP_DATABASE_URL: mysqlUrl, NODE_ENV: 'test' }).database as typeof target;
    admin = await createConnection({ host: target.host, port: target.port, user: target.user, password: target.password });
  });
  afterAll(() => admin?.end());

  it('holds a slot, is taken again after its connection dies, and meanwhile says it is not held while a restore holds every slot', async () => {
    const lock = await holdRunningLock(target, schema, logger, { keepAliveMs: 200 });
    try {
      const holder = await holderOf(0);
      expect(holder).not.toBeNull();
      expect(lock.held()).toBe(true);

      // A restore takes every free slot; then the process's connection dies (a server restart, a KILL).
      const restore = await createConnection({ host: target.host, port: target.port, user: target.user, password: target.password });
      for (let slot = 1; slot < RUNNING_LOCK_SLOTS; slot += 1) await restore.query('select get_lock(?, 0)', [runningLockName(schema, slot)]);
      await admin.query(`kill ${holder}`);
      await restore.query('select get_lock(?, 5)', [runningLockName(schema, 0)]);
      await until(() => !lock.held());

      // The restore ends: the process takes a slot again (whichever the server has freed first).
      await restore.end();
      await until(() => lock.held());
      expect(await heldSlots()).toHaveLength(1);
    } finally {
      await lock.release();
    }
    // The server frees a named lock as it closes the connection, a moment after the client left.
    const deadline = Date.now() + 5000;
    while ((await heldSlots()).length > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await heldSlots()).toEqual([]);
  });
});
