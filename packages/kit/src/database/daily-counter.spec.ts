import 'reflect-metadata';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { createRequestContext } from '../context/request-context';
import { ANONYMOUS } from '../identity/viewer';
import { testDatabaseTargets, testPlatformConfig, type TestPlatform } from '../testing';
import { DailyCounter, createDailyCounterTable, nextDailyNumber } from './daily-counter';
import { openDatabase, schemaDrift, type Database, type DatabaseOptions } from './database';
import { PortableMigration } from './portable-migration';
import { inUnitOfWork } from './unit-of-work';

/** What a subgraph numbers: one row per number, a number never twice a day. */
@Entity({ tableName: 'numbered_ticket' })
@Unique({ properties: ['day', 'number'] })
class NumberedTicket {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Property({ type: 'string', length: 10 })
  day!: string;

  @Property({ type: 'integer' })
  number!: number;
}

class CreateCounterTables extends PortableMigration {
  override up(): void {
    this.schema((schema) => createDailyCounterTable(schema));
    this.schema((schema) =>
      schema.createTable('numbered_ticket', (table) => {
        table.string('id', 36).notNullable().primary();
        table.string('day', 10).notNullable();
        table.integer('number').notNullable();
        table.unique(['day', 'number']);
      }),
    );
  }
}

const DAY = '2026-12-07';
const oneTo = (count: number) => Array.from({ length: count }, (_, index) => index + 1);
const sorted = (numbers: number[]) => [...numbers].sort((a, b) => a - b);

describe.each(testDatabaseTargets())('daily numbers on $label', ({ databaseUrl }) => {
  let platform: TestPlatform;
  let database: Database;
  let options: DatabaseOptions;
  const fresh = () => database.orm.em.fork() as EntityManager;
  const unit = <T>(work: (em: EntityManager) => Promise<T>, orm = database.orm) =>
    inUnitOfWork(createRequestContext(platform.config, orm.em, ANONYMOUS, 'request'), (context) => work(context.em));
  const counters = async () => (await fresh().find(DailyCounter, {}, { orderBy: { key: 'asc', day: 'asc' } })).map(({ key, day, value }) => [key, day, value]);

  beforeAll(async () => {
    platform = testPlatformConfig(databaseUrl);
    options = {
      subgraph: 'numbers',
      target: platform.config.database,
      prefix: platform.config.databasePrefix,
      dataDir: platform.config.dataDir,
      entities: [DailyCounter, NumberedTicket],
      migrations: [{ name: 'counter_tables', class: CreateCounterTables }],
    };
    database = await openDatabase(options);
  });

  beforeEach(async () => {
    await fresh().nativeDelete(NumberedTicket, {});
    await fresh().nativeDelete(DailyCounter, {});
  });

  afterAll(async () => {
    await database?.close();
    await platform?.cleanup(['numbers']);
  });

  it('creates the table the entity maps', async () => {
    expect(await schemaDrift(database)).toBe('');
  });

  it('counts 1, 2, 3 for a key and day, each key and day on its own', async () => {
    const next = (key: string, day: string) => nextDailyNumber(fresh(), key, day);
    expect([await next('queue:a', DAY), await next('queue:a', DAY), await next('queue:a', DAY)]).toEqual([1, 2, 3]);
    expect(await next('queue:b', DAY)).toBe(1);
    expect(await next('queue:a', '2026-12-08')).toBe(1);
    expect(await next('queue:a', DAY)).toBe(4);
    expect(await counters()).toEqual([
      ['queue:a', DAY, 4],
      ['queue:a', '2026-12-08', 1],
      ['queue:b', DAY, 1],
    ]);
  });

  it('gives 200 concurrent callers 1 to 200, each once', async () => {
    const numbers = await Promise.all(oneTo(200).map(() => nextDailyNumber(fresh(), 'queue:a', DAY)));
    expect(sorted(numbers)).toEqual(oneTo(200));
  });

  it('gives 100 concurrent units of work 1 to 100, each once, and each keeps its ticket', async () => {
    const numbers = await Promise.all(
      oneTo(100).map((index) =>
        unit(async (em) => {
          const number = await nextDailyNumber(em, 'queue:a', DAY);
          em.create(NumberedTicket, { id: `ticket-${index}`, day: DAY, number });
          return number;
        }),
      ),
    );
    expect(sorted(numbers)).toEqual(oneTo(100));
    expect(sorted((await fresh().find(NumberedTicket, {})).map((ticket) => ticket.number))).toEqual(oneTo(100));
  });

  it('takes no number for a unit of work that fails: the next one gets it', async () => {
    await unit(async (em) => em.create(NumberedTicket, { id: 'ticket-1', day: DAY, number: await nextDailyNumber(em, 'queue:a', DAY) }));
    // The ticket's insert fails (its id is taken): its number goes back with it.
    await expect(unit(async (em) => em.create(NumberedTicket, { id: 'ticket-1', day: DAY, number: await nextDailyNumber(em, 'queue:a', DAY) }))).rejects.toThrow();
    await expect(
      unit(async (em) => {
        await nextDailyNumber(em, 'queue:a', DAY);
        throw new Error('a rule failed after the number was taken');
      }),
    ).rejects.toThrow('a rule failed');
    expect(await unit(async (em) => nextDailyNumber(em, 'queue:a', DAY))).toBe(2);
    // The first number of a day rolls back too: the counter's row is not left behind.
    await expect(unit(async (em) => Promise.reject(new Error(`refused ${await nextDailyNumber(em, 'queue:b', DAY)}`)))).rejects.toThrow('refused 1');
    expect(await counters()).toEqual([['queue:a', DAY, 2]]);
  });

  it('gives two instances of the subgraph on one database (replicas) 1 to N together', async () => {
    const replica = await openDatabase(options);
    try {
      const fromEach = (orm: Database['orm'], count: number) =>
        Promise.all(oneTo(count).map(() => nextDailyNumber(orm.em.fork() as EntityManager, 'queue:a', DAY)));
      const [first, second] = await Promise.all([fromEach(database.orm, 60), fromEach(replica.orm, 60)]);
      expect(sorted([...first, ...second])).toEqual(oneTo(120));
      expect(first.length && second.length).toBeTruthy();
    } finally {
      await replica.close();
    }
  });

  // Units of work hold the counter's row until they commit. On MySQL/MariaDB, two instances'
  // units wait for each other on the server. SQLite's wait for a lock blocks its process while
  // it waits, so two instances in one process would wait on themselves: for SQLite, the replicas
  // are real processes (below).
  (databaseUrl ? it : it.skip)('gives the concurrent units of work of two instances 1 to N together', async () => {
    const replica = await openDatabase(options);
    try {
      const fromEach = (orm: Database['orm'], count: number) => Promise.all(oneTo(count).map(() => unit((em) => nextDailyNumber(em, 'queue:a', DAY), orm)));
      const [first, second] = await Promise.all([fromEach(database.orm, 60), fromEach(replica.orm, 60)]);
      expect(sorted([...first, ...second])).toEqual(oneTo(120));
    } finally {
      await replica.close();
    }
  });

  (databaseUrl ? it.skip : it)('gives the units of work of two processes on one SQLite file 1 to N together', async () => {
    const [first, second] = await Promise.all([numbersFromProcess(options, 80), numbersFromProcess(options, 80)]);
    expect(sorted([...first, ...second])).toEqual(oneTo(160));
    expect(await counters()).toEqual([['queue:a', DAY, 160]]);
  });

  it('refuses a key or day it could not store', async () => {
    await expect(nextDailyNumber(fresh(), '', DAY)).rejects.toThrow(RangeError);
    await expect(nextDailyNumber(fresh(), 'x'.repeat(101), DAY)).rejects.toThrow(RangeError);
    await expect(nextDailyNumber(fresh(), 'queue:a', '2026-02-30')).rejects.toThrow(RangeError);
  });
});

/**
 * Runs `count` concurrent units of work taking a number for queue:a in a process of its own (this
 * kit's sources, compiled as jest compiles them), opened on the same database; its numbers.
 */
function numbersFromProcess(options: DatabaseOptions, count: number): Promise<number[]> {
  const source = __dirname;
  const script = `
    const { readFileSync } = require('node:fs');
    const swc = require('@swc/core');
    require.extensions['.ts'] = (module, filename) => {
      const { code } = swc.transformSync(readFileSync(filename, 'utf8'), {
        filename,
        jsc: { parser: { syntax: 'typescript', decorators: true }, transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false }, target: 'es2022' },
        module: { type: 'commonjs' },
      });
      module._compile(code, filename);
    };
    require('reflect-metadata');
    const source = ${JSON.stringify(source)};
    const { openDatabase } = require(source + '/database.ts');
    const { DailyCounter, nextDailyNumber } = require(source + '/daily-counter.ts');
    const { inUnitOfWork } = require(source + '/unit-of-work.ts');
    const { createRequestContext } = require(source + '/../context/request-context.ts');
    const { ANONYMOUS } = require(source + '/../identity/viewer.ts');
    (async () => {
      const options = ${JSON.stringify({ ...options, entities: [], migrations: [] })};
      const database = await openDatabase({ ...options, entities: [DailyCounter], migrations: [] });
      const numbers = await Promise.all(Array.from({ length: ${count} }, () =>
        inUnitOfWork(createRequestContext({}, database.orm.em, ANONYMOUS, 'child'), (unit) => nextDailyNumber(unit.em, 'queue:a', '${DAY}'))));
      await database.close();
      process.stdout.write(JSON.stringify(numbers));
    })().catch((error) => { process.stderr.write(String(error?.stack ?? error)); process.exit(1); });
  `;
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['-e', script], { cwd: join(source, '..', '..') }, (error, stdout, stderr) => {
      if (error) reject(new Error(`the other process failed: ${stderr || error.message}`));
      else resolve(JSON.parse(stdout) as number[]);
    });
  });
}
