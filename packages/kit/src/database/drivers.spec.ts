import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { connect, createServer, type Socket } from 'node:net';
import { DateTimeType, DriverException, Entity, JsonProperty, MikroORM, PrimaryKey, Property, raw, type Configuration } from '@mikro-orm/core';
import { LibSqlPlatform } from '@mikro-orm/libsql';
import type { AbstractSqlConnection, AbstractSqlDriver, AbstractSqlPlatform, SqlEntityManager } from '@mikro-orm/knex';
import { testDatabaseTargets, testPlatformConfig, type TestPlatform } from '../testing';
import { bindStatement } from './bound-statement';
import { openDatabase, type Database } from './database';
import { BoundMariaDbDriver, BoundMySqlDriver, withCountsAsText } from './drivers';
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
const ids = (rows: { id: string }[]) => rows.map((row) => row.id).sort();

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

  it('gives mysql2 the LIMIT and OFFSET counts as text, every other number as a number', () => {
    expect(withCountsAsText('select * from t where a = ? and b > ? order by a limit ? offset ?', ['x', 5, 20, 40])).toEqual(['x', 5, '20', '40']);
    expect(withCountsAsText('select * from t where a in (?, ?) LIMIT ?, ?', [1, 2, 40, 20])).toEqual([1, 2, '40', '20']);
    expect(withCountsAsText('select * from (select * from t limit ?) as s where s.b = ?', [10, 3])).toEqual(['10', 3]);
    expect(withCountsAsText('select * from t where `limit` = ?', [7])).toEqual([7]);
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
      expect(query.sql).not.toMatch(/it's|not SQL|null byte|nope/);
      expect(query.sql).not.toContain('\u0000');
      expect(query.sql).toContain('?');
    }
    expect(lookups[0]?.bindings).toContain(AWKWARD);
    expect(lookups[1]?.bindings).toContain(`${AWKWARD}'`);
    expect(lookups[2]?.bindings).toContain("nope\u0000'?");
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

/** The MySQL protocol's client commands, by the code a command packet's payload starts with. */
const COMMAND_NAMES: Record<number, string> = { 0x03: 'COM_QUERY', 0x16: 'COM_STMT_PREPARE', 0x17: 'COM_STMT_EXECUTE', 0x19: 'COM_STMT_CLOSE' };

interface ClientCommand {
  name: string;
  payload: Buffer;
}

interface RecordingProxy {
  port: number;
  /** Every command a client sent through the proxy, in order. */
  commands: ClientCommand[];
  close(): Promise<void>;
}

/**
 * A TCP proxy in front of the server that records each command its clients send: what the
 * server receives. A MySQL packet is a 3-byte little-endian payload length, a sequence number
 * and the payload; a command opens a new sequence (number 0) and its payload starts with the
 * command's code. (The handshake's client packets are numbered from 1; neither driver is set
 * to use TLS or compression here, which would hide the packets.)
 */
async function recordingProxy(serverHost: string, serverPort: number): Promise<RecordingProxy> {
  const commands: ClientCommand[] = [];
  const sockets = new Set<Socket>();
  const proxy = createServer((client) => {
    const server = connect(serverPort, serverHost);
    for (const socket of [client, server]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      // A pooled connection the driver drops at the end is no failure of the test.
      socket.on('error', () => undefined);
    }
    let unread = Buffer.alloc(0);
    client.on('data', (chunk: Buffer) => {
      server.write(chunk);
      unread = Buffer.concat([unread, chunk]);
      while (unread.length >= 4 && unread.length >= 4 + unread.readUIntLE(0, 3)) {
        const length = unread.readUIntLE(0, 3);
        const payload = unread.subarray(4, 4 + length);
        const code = payload[0];
        if (unread[3] === 0 && code !== undefined) commands.push({ name: COMMAND_NAMES[code] ?? `command 0x${code.toString(16)}`, payload });
        unread = unread.subarray(4 + length);
      }
    });
    server.pipe(client);
    client.on('close', () => server.destroy());
    server.on('close', () => client.destroy());
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  return {
    port: (proxy.address() as { port: number }).port,
    commands,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        proxy.close(() => resolve());
      }),
  };
}

const serverTarget = testDatabaseTargets().find((target) => target.databaseUrl !== undefined);
const connectors: { connector: string; driver: new (config: Configuration) => AbstractSqlDriver }[] = [
  { connector: 'the mariadb connector', driver: BoundMariaDbDriver },
  { connector: 'mysql2', driver: BoundMySqlDriver },
];

/*
 * Both connectors speak to either server; the kit opens MariaDB with the mariadb connector and
 * MySQL with mysql2, and the server at hand checks both.
 */
(serverTarget ? describe.each(connectors) : describe.skip.each(connectors))('what the server receives from $connector', ({ driver }) => {
  let test: TestPlatform;
  let database: Database;
  let proxy: RecordingProxy;
  let orm: MikroORM<AbstractSqlDriver>;
  const token = randomBytes(6).toString('hex');
  /** Found in the bytes only where the value travels: quoted, escaped or not. */
  const markerText = `MARKER-${token}`;
  const marker = `${markerText}-it's-\u0001-here`;

  const fresh = () => orm.em.fork() as SqlEntityManager;
  const sentWith = (text: string) => proxy.commands.filter((command) => command.payload.includes(text));

  beforeAll(async () => {
    test = testPlatformConfig(serverTarget!.databaseUrl);
    const target = test.config.database;
    if (target.kind !== 'mysql') throw new Error('a MySQL/MariaDB target was expected');
    database = await openDatabase({
      subgraph: 'wire',
      target,
      prefix: test.config.databasePrefix,
      dataDir: test.config.dataDir,
      entities: [Probe, ProbePair],
      migrations: [{ name: 'CreateProbeTables', class: CreateProbeTables }],
    });
    proxy = await recordingProxy(target.host, target.port);
    orm = await MikroORM.init<AbstractSqlDriver>({
      driver,
      entities: [Probe, ProbePair],
      dbName: database.name,
      host: '127.0.0.1',
      port: proxy.port,
      user: target.user,
      password: target.password,
      forceUtcTimezone: true,
      allowGlobalContext: false,
      debug: false,
    });
  });

  afterAll(async () => {
    await orm?.close(true);
    await proxy?.close();
    await database?.close();
    await test?.cleanup(['wire']);
  });

  it('gets each value only in a prepared statement’s COM_STMT_EXECUTE packet, never in SQL text', async () => {
    const session = fresh();
    const probe = session.create(Probe, { id: 'w1', label: marker, at: AT, active: true, details: { tags: [marker] } });
    await session.flush();
    expect((await fresh().findOne(Probe, { label: marker }))?.id).toBe('w1');
    expect(await fresh().find(Probe, { label: { $in: [marker, 'other'] }, at: AT, active: true }, { orderBy: { id: 'asc' }, limit: 5, offset: 0 })).toHaveLength(1);
    probe.label = `${marker} again`;
    await session.flush();
    expect(await fresh().nativeDelete(Probe, { label: `${marker} again` })).toBe(1);

    const carrying = sentWith(markerText);
    // The insert, the two reads, the update and the delete.
    expect(carrying.length).toBeGreaterThanOrEqual(5);
    expect([...new Set(carrying.map((command) => command.name))]).toEqual(['COM_STMT_EXECUTE']);
    // As it is, not escaped: a parameter's bytes.
    for (const command of carrying) expect(command.payload.includes(marker)).toBe(true);
    // The statements themselves went before, with placeholders; statements without values as text.
    const sqlText = (command: ClientCommand) => command.payload.subarray(1).toString();
    expect(proxy.commands.some((command) => command.name === 'COM_STMT_PREPARE' && sqlText(command).includes('`label` = ?'))).toBe(true);
    expect(proxy.commands.some((command) => command.name === 'COM_QUERY' && /^begin/i.test(sqlText(command)))).toBe(true);
  });

  it('stores and reads back milliseconds, booleans and JSON, and pages with LIMIT and OFFSET', async () => {
    const session = fresh();
    for (const [index, id] of ['w2', 'w3', 'w4'].entries()) {
      session.create(Probe, { id, label: QUOTED, at: new Date(AT.getTime() + index), active: index !== 1, details: { tags: [QUOTED] } });
    }
    await session.flush();
    const loaded = await fresh().findOneOrFail(Probe, 'w3');
    expect(loaded.at.toISOString()).toBe('2026-03-04T05:06:07.090Z');
    expect(loaded.active).toBe(false);
    expect(loaded.label).toBe(QUOTED);
    expect(ids(await fresh().find(Probe, { label: QUOTED }, { orderBy: { id: 'asc' }, limit: 2, offset: 1 }))).toEqual(['w3', 'w4']);
    expect(ids(await fresh().find(Probe, { at: { $gt: AT }, active: true }))).toEqual(['w4']);
    const [row] = await fresh().getConnection().execute<{ details: unknown }[]>('select details from probe where id = ?', ['w2']);
    // mysql2 reads MariaDB's JSON (a text column) as text; the mariadb connector parses it.
    const details = row?.details;
    expect(typeof details === 'string' ? JSON.parse(details) : details).toEqual({ tags: [QUOTED] });
    const counted = await fresh().getConnection().execute('update probe set active = ? where label = ?', [true, QUOTED], 'run');
    expect(counted).toMatchObject({ affectedRows: 3 });
  });

  it('reports a statement that fails once running with its placeholders, never its values', async () => {
    const error = await fresh()
      .execute('select ? as label, (select 1 union select 2) as more_than_one_row', ['secret-value'])
      .catch((failure: Error) => failure);
    expect(error).toBeInstanceOf(DriverException);
    expect(`${(error as DriverException).message} ${(error as DriverException).stack}`).not.toContain('secret-value');
  });
});
