import 'reflect-metadata';
import { DeadlockException, Entity, LockWaitTimeoutException, PrimaryKey, Property, raw } from '@mikro-orm/core';
import { loadConfig } from '../config/config';
import { createRequestContext, type RequestContext } from '../context/request-context';
import { ANONYMOUS } from '../identity/viewer';
import { testDatabaseTargets, testPlatformConfig, type TestPlatform } from '../testing';
import { openDatabase, type Database } from './database';
import { PortableMigration } from './portable-migration';
import { BACKGROUND_LOGGER_CONTEXT } from './query-log';
import { UNIT_OF_WORK_ATTEMPTS, inUnitOfWork } from './unit-of-work';

@Entity({ tableName: 'counter' })
class Counter {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Property({ type: 'integer' })
  value!: number;
}

class CreateCounter extends PortableMigration {
  override up(): void {
    this.schema((schema) =>
      schema.createTable('counter', (table) => {
        table.string('id', 36).notNullable().primary();
        table.integer('value').notNullable();
      }),
    );
  }
}

/** A lock failure as the driver reports it (MikroORM wraps the driver's error). */
const lockFailure = (Kind: typeof DeadlockException | typeof LockWaitTimeoutException) => new Kind(new Error('simulated'));

describe.each(testDatabaseTargets())('one unit of work per mutation on $label', ({ databaseUrl }) => {
  let platform: TestPlatform;
  let database: Database;
  let request: RequestContext;
  const values = async () => (await database.orm.em.fork().find(Counter, {}, { orderBy: { id: 'asc' } })).map((row) => [row.id, row.value]);

  beforeAll(async () => {
    platform = testPlatformConfig(databaseUrl);
    database = await openDatabase({
      subgraph: 'units',
      target: platform.config.database,
      prefix: platform.config.databasePrefix,
      dataDir: platform.config.dataDir,
      entities: [Counter],
      migrations: [{ name: 'counter', class: CreateCounter }],
    });
  });

  beforeEach(async () => {
    await database.orm.em.fork().nativeDelete(Counter, {});
    request = createRequestContext(platform.config ?? loadConfig(), database.orm.em, ANONYMOUS, 'request-1');
  });

  afterAll(async () => {
    await database?.close();
    await platform?.cleanup(['units']);
  });

  it("leaves background work's statements out of the query log, and counts a request's (forks and transactions included)", async () => {
    const background = database.orm.em.fork({ loggerContext: BACKGROUND_LOGGER_CONTEXT });
    database.queryLog.reset();
    await background.fork().find(Counter, {});
    // A transaction's begin and commit carry the label only when it is given to transactional.
    await background.fork().transactional(
      async (tx) => {
        await tx.upsert(Counter, { id: 'bg', value: 1 });
        await tx.nativeDelete(Counter, { id: 'bg' });
      },
      { loggerContext: BACKGROUND_LOGGER_CONTEXT },
    );
    await background.fork().createQueryBuilder(Counter).select('id').execute();
    expect(database.queryLog.entries).toEqual([]);
    await database.orm.em.fork().find(Counter, {});
    expect(database.queryLog.count).toBe(1);
  });

  it('commits what the work changed, once, at its end', async () => {
    const created = await inUnitOfWork(request, async (unit) => unit.em.create(Counter, { id: 'a', value: 1 }));
    expect(created.value).toBe(1);
    expect(await values()).toEqual([['a', 1]]);
    expect(request.unitsOfWork).toBe(1);
  });

  it('writes nothing of a unit that fails, even what it changed and flushed before failing', async () => {
    await database.orm.em.fork().insert(Counter, { id: 'a', value: 1 });
    await expect(
      inUnitOfWork(request, async (unit) => {
        const row = await unit.em.findOneOrFail(Counter, { id: 'a' });
        row.value = 99;
        unit.em.create(Counter, { id: 'b', value: 2 });
        await unit.em.flush();
        throw new Error('a rule failed after the flush');
      }),
    ).rejects.toThrow('a rule failed');
    expect(await values()).toEqual([['a', 1]]);
  });

  it('keeps a failed unit apart from the next one of the same request', async () => {
    await database.orm.em.fork().insert(Counter, { id: 'a', value: 1 });
    await expect(
      inUnitOfWork(request, async (unit) => {
        (await unit.em.findOneOrFail(Counter, { id: 'a' })).value = 99;
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    await inUnitOfWork(request, async (unit) => unit.em.create(Counter, { id: 'b', value: 2 }));
    expect(await values()).toEqual([['a', 1], ['b', 2]]);
  });

  it.each([
    ['a deadlock', DeadlockException],
    ['a lock-wait timeout', LockWaitTimeoutException],
  ] as const)('runs the work again from the start after %s, and commits it once', async (_label, Kind) => {
    let attempts = 0;
    const result = await inUnitOfWork(request, async (unit) => {
      attempts += 1;
      unit.em.create(Counter, { id: `attempt-${attempts}`, value: attempts });
      await unit.em.flush();
      if (attempts === 1) throw lockFailure(Kind);
      return attempts;
    });
    expect(result).toBe(2);
    expect(await values()).toEqual([['attempt-2', 2]]);
  });

  // A real deadlock, raised by the database to a query builder (whose errors MikroORM does not
  // convert): two units take the same two rows in opposite orders. SQLite serialises writers, so
  // only MySQL/MariaDB can deadlock.
  (databaseUrl ? it : it.skip)('retries a real deadlock met by a query builder, and both units commit', async () => {
    await database.orm.em.fork().insert(Counter, { id: 'a', value: 0 });
    await database.orm.em.fork().insert(Counter, { id: 'b', value: 0 });
    let arrived = 0;
    let release!: () => void;
    const bothHoldOneRow = new Promise<void>((resolve) => (release = resolve));
    const increment = (unit: RequestContext, id: string) =>
      unit.em.createQueryBuilder(Counter).update({ value: raw('value + 1') }).where({ id }).execute();
    const crossing = (first: string, second: string) =>
      inUnitOfWork(createRequestContext(platform.config, database.orm.em, ANONYMOUS, `request-${first}`), async (unit) => {
        await increment(unit, first);
        if (++arrived === 2) release();
        await Promise.race([bothHoldOneRow, new Promise((resolve) => setTimeout(resolve, 2_000))]);
        await increment(unit, second);
      });
    await Promise.all([crossing('a', 'b'), crossing('b', 'a')]);
    expect(await values()).toEqual([['a', 2], ['b', 2]]);
  });

  it(`gives up after ${UNIT_OF_WORK_ATTEMPTS} attempts, and never retries other errors`, async () => {
    let attempts = 0;
    await expect(
      inUnitOfWork(request, async () => {
        attempts += 1;
        throw lockFailure(DeadlockException);
      }),
    ).rejects.toBeInstanceOf(DeadlockException);
    expect(attempts).toBe(UNIT_OF_WORK_ATTEMPTS);

    attempts = 0;
    await expect(
      inUnitOfWork(request, async () => {
        attempts += 1;
        throw new Error('not a lock failure');
      }),
    ).rejects.toThrow('not a lock failure');
    expect(attempts).toBe(1);
  });
});
