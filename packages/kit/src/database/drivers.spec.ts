import 'reflect-metadata';
import { DateTimeType, DriverException, Entity, JsonProperty, PrimaryKey, Property, raw } from '@mikro-orm/core';
import { LibSqlPlatform } from '@mikro-orm/libsql';
import type { AbstractSqlConnection, AbstractSqlPlatform, SqlEntityManager } from '@mikro-orm/knex';
import { testDatabaseTargets, testPlatformConfig, type TestPlatform } from '../testing';
import { bindStatement } from './bound-statement';
import { openDatabase, type Database } from './database';
import { PortableMigration } from './portable-migration';

@Entity({ tableName: 'probe' })
class Probe {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Property({ type: 'string', length: 100 })
  label!: string;

  @Property({ type: DateTimeType, length: 3 })
  at!: Date;

  @Property({ type: 'boolean' })
  active!: boolean;

  @Property({ type: 'json' })
  details!: { tags: string[] };
}

@Entity({ tableName: 'probe_pair' })
class ProbePair {
  @PrimaryKey({ type: 'string', length: 36 })
  ownerId!: string;

  @PrimaryKey({ type: 'string', length: 36 })
  memberId!: string;

  @Property({ type: 'integer' })
  weight!: number;
}

class CreateProbeTables extends PortableMigration {
  override up(): void {
    this.schema((schema) =>
      schema
        .createTable('probe', (table) => {
          this.idColumn(table);
          table.string('label', 100).notNullable();
          table.datetime('at', { precision: 3 }).notNullable();
          table.boolean('active').notNullable();
          table.json('details').notNullable();
        })
        .createTable('probe_pair', (table) => {
          table.string('owner_id', 36).notNullable();
          table.string('member_id', 36).notNullable();
          table.integer('weight').notNullable();
          table.primary(['owner_id', 'member_id']);
        }),
    );
  }
}

/** A quote, a question mark and a comment: what an inlined value had to be escaped against. */
const QUOTED = "it's ? -- not SQL";
/**
 * And a null byte, which cut an inlined statement short. (libsql stores it but reads text
 * back only up to it, so only lookups by it are compared.)
 */
const AWKWARD = `${QUOTED} \u0000 after the null byte`;
const AT = new Date('2026-03-04T05:06:07.089Z');

describe('binding a statement’s values', () => {
  const platform = new LibSqlPlatform();
  const sqliteForm = (value: Date | boolean) => (value instanceof Date ? value.getTime() : Number(value));

  it('puts a placeholder per value and the values apart, lists as `?, ?` and tuples as `(?, ?)`', () => {
    expect(bindStatement('select * from t where a = ? and b in (?) and (c, d) in (?)', ['x', [1, 2], [['p', 'q'], ['r', 's']]], platform, sqliteForm)).toEqual({
      sql: 'select * from t where a = ? and b in (?, ?) and (c, d) in ((?, ?), (?, ?))',
      bindings: ['x', 1, 2, 'p', 'q', 'r', 's'],
    });
  });

  it('quotes identifiers, keeps `\\?` as a literal, and binds a raw fragment’s own values', () => {
    expect(bindStatement('select ?? from t where \\? is not null', ['label', 1], platform, sqliteForm)).toEqual({
      sql: 'select `label` from t where ? is not null',
      bindings: [],
    });
    expect(bindStatement('select * from t where ?', [raw('lower(label) = ?', [AWKWARD])], platform, sqliteForm)).toEqual({
      sql: 'select * from t where lower(label) = ?',
      bindings: [AWKWARD],
    });
  });

  it('gives dates, booleans, JSON and missing values their stored form', () => {
    const tagged = Object.defineProperty(['a'], JsonProperty, { value: true });
    expect(bindStatement('values (?, ?, ?, ?, ?, ?)', [AT, true, { tags: ['a'] }, tagged, undefined, null], platform, sqliteForm).bindings).toEqual([
      AT.getTime(),
      1,
      '{"tags":["a"]}',
      '["a"]',
      null,
      null,
    ]);
  });

  it('refuses a literal `?` beside values rather than let the driver misread it', () => {
    expect(() => bindStatement("select 'what\\?' where a = ?", [1], platform, sqliteForm)).toThrow(/literal "\?"/);
    expect(() => bindStatement('select ?? where a = ?', ['odd?name', 1], platform, sqliteForm)).toThrow(/literal "\?"/);
  });
});

describe.each(testDatabaseTargets())('statements reach the database with their values bound, on $label', ({ databaseUrl }) => {
  let test: TestPlatform;
  let database: Database;
  let em: SqlEntityManager;
  let connection: AbstractSqlConnection;
  let sqlPlatform: AbstractSqlPlatform;
  /** What the database driver was given, as knex reports each query. */
  let received: { sql: string; bindings: unknown[] }[] = [];

  const fresh = () => database.orm.em.fork() as SqlEntityManager;
  const ids = (rows: { id: string }[]) => rows.map((row) => row.id).sort();
  /** The same statement as MikroORM ran it before: every value written into the SQL text. */
  const inlined = (sql: string, params: unknown[]) => connection.execute(sqlPlatform.formatQuery(sql, params));

  beforeAll(async () => {
    test = testPlatformConfig(databaseUrl);
    database = await openDatabase({
      subgraph: 'binding',
      target: test.config.database,
      prefix: test.config.databasePrefix,
      dataDir: test.config.dataDir,
      entities: [Probe, ProbePair],
      migrations: [{ name: 'CreateProbeTables', class: CreateProbeTables }],
    });
    em = fresh();
    connection = em.getConnection();
    sqlPlatform = em.getPlatform();
    em.getKnex().on('query', (query: { sql: string; bindings?: unknown[] }) => received.push({ sql: query.sql, bindings: query.bindings ?? [] }));
    const probe = (id: string, label: string, at: Date, active: boolean, tags: string[]) =>
      em.create(Probe, { id, label, at, active, details: { tags } });
    probe('p1', AWKWARD, AT, true, ['a', "b'?"]);
    probe('p2', 'plain', new Date('2026-01-01T00:00:00.000Z'), false, []);
    probe('p3', QUOTED, AT, false, ['c']);
    em.create(ProbePair, { ownerId: 'o1', memberId: 'm1', weight: 1 });
    em.create(ProbePair, { ownerId: 'o1', memberId: 'm2', weight: 2 });
    em.create(ProbePair, { ownerId: 'o2', memberId: 'm1', weight: 3 });
    await em.flush();
  });

  afterAll(async () => {
    await database?.close();
    await test?.cleanup(['binding']);
  });

  beforeEach(() => {
    received = [];
  });

  it('finds a row by a value with a quote, a question mark and a null byte, and the SQL never holds the value', async () => {
    expect((await fresh().findOne(Probe, { label: AWKWARD }))?.id).toBe('p1');
    expect(await fresh().findOne(Probe, { label: `${AWKWARD}'` })).toBeNull();
    expect(await fresh().findOne(Probe, { id: "nope\u0000'?" })).toBeNull();

    const lookups = received.filter((query) => /from [`"]?probe/.test(query.sql));
    expect(lookups).toHaveLength(3);
    for (const query of lookups) {
      expect(query.sql).not.toMatch(/it's|\u0000|not SQL|null byte|nope/);
      expect(query.sql).toContain('?');
    }
    expect(lookups[0]!.bindings).toContain(AWKWARD);
    expect(lookups[1]!.bindings).toContain(`${AWKWARD}'`);
    expect(lookups[2]!.bindings).toContain("nope\u0000'?");
  });

  it('writes new and changed values as bindings too', async () => {
    const session = fresh();
    const probe = session.create(Probe, { id: 'p4', label: QUOTED, at: AT, active: true, details: { tags: [] } });
    await session.flush();
    probe.label = `${QUOTED} again`;
    await session.flush();
    const insert = received.find((query) => query.sql.startsWith('insert'));
    const update = received.find((query) => query.sql.startsWith('update'));
    expect(insert?.sql).not.toContain("it's");
    expect(insert?.bindings).toContain(QUOTED);
    expect(update?.sql).not.toContain("it's");
    expect(update?.bindings).toContain(`${QUOTED} again`);
    expect((await fresh().findOneOrFail(Probe, 'p4')).label).toBe(`${QUOTED} again`);
    await fresh().nativeDelete(Probe, { id: 'p4' });
  });

  it('gives lists, composite-key tuples, dates, booleans, identifiers and raw fragments the rows they gave inlined', async () => {
    const statements: [string, unknown[]][] = [
      ['select id from probe where id in (?) order by id', [['p1', 'p3', 'nope']]],
      ['select owner_id, member_id, weight from probe_pair where (owner_id, member_id) in (?) order by weight', [[['o1', 'm2'], ['o2', 'm1'], ['o2', 'm2']]]],
      ['select id from probe where at = ? order by id', [AT]],
      ['select id from probe where at < ? order by id', [AT]],
      ['select id from probe where active = ? order by id', [true]],
      ['select id from probe where active = ? order by id', [false]],
      ['select ?? as value from probe where id = ?', ['label', 'p1']],
      ['select id from probe where ? order by id', [raw('label = ? or id = ?', [QUOTED, 'p2'])]],
    ];
    for (const [sql, params] of statements) {
      const bound = await connection.execute(sql, params);
      expect(bound).toEqual(await inlined(sql, params));
      expect(bound.length).toBeGreaterThan(0);
    }
    expect(received.filter((query) => query.bindings.length > 0)).toHaveLength(statements.length);
  });

  it('stores dates, booleans and JSON exactly as the inlined statement stored them', async () => {
    const insert = 'insert into probe (id, label, at, active, details) values (?, ?, ?, ?, ?)';
    const values = [QUOTED, AT, true, { tags: ['x', "y'?"] }];
    await connection.execute(insert, ['bound', ...values], 'run');
    await inlined(insert, ['inlined', ...values]);
    const [bound, inline] = await Promise.all(
      ['bound', 'inlined'].map((id) => connection.execute<Record<string, unknown>[]>('select label, at, active, details from probe where id = ?', [id])),
    );
    expect(bound).toEqual(inline);
    expect(bound).toHaveLength(1);
    expect(await fresh().find(Probe, { id: { $in: ['bound', 'inlined'] }, at: AT, active: true, label: QUOTED })).toHaveLength(2);
  });

  it('finds by composite keys, dates and booleans through the ORM', async () => {
    expect((await fresh().findOne(ProbePair, { ownerId: 'o1', memberId: 'm2' }))?.weight).toBe(2);
    expect((await fresh().find(ProbePair, { $or: [{ ownerId: 'o2', memberId: 'm1' }, { ownerId: 'o1', memberId: 'm1' }] })).map((pair) => pair.weight).sort()).toEqual([1, 3]);
    expect(ids(await fresh().find(Probe, { at: { $gte: AT }, id: { $in: ['p1', 'p2', 'p3'] } }))).toEqual(['p1', 'p3']);
    expect(ids(await fresh().find(Probe, { active: false }))).toEqual(['p2', 'p3']);
    const loaded = await fresh().findOneOrFail(Probe, 'p1');
    expect(loaded.at.toISOString()).toBe(AT.toISOString());
    expect(loaded.details).toEqual({ tags: ['a', "b'?"] });
  });

  it('reports a failed statement with its placeholders, never its values', async () => {
    const error = await fresh()
      .execute('select id from no_such_table where label = ?', ['secret-value\u0000'])
      .catch((failure: Error) => failure);
    expect(error).toBeInstanceOf(DriverException);
    expect((error as DriverException).message).toMatch(/label = \?/);
    expect(`${(error as DriverException).message} ${(error as DriverException).stack}`).not.toContain('secret-value');
  });
});
