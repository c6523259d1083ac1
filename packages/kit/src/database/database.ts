import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { FlushMode, MikroORM, type EntityClass, type LoggerNamespace, type MigrationObject, type Options } from '@mikro-orm/core';
import type { AbstractSqlDriver } from '@mikro-orm/knex';
import { Migrator } from '@mikro-orm/migrations';
import { createConnection, type Connection } from 'mysql2/promise';
import type { DatabaseTarget } from '../config/config';
import { BoundLibSqlDriver, BoundMariaDbDriver, BoundMySqlDriver } from './drivers';
import { CountingLogger, QueryLog } from './query-log';
import { withStartupLock } from './startup-lock';

export interface DatabaseOptions {
  /** The subgraph that owns the database; names its SQLite file or MySQL schema. */
  subgraph: string;
  target: DatabaseTarget;
  prefix: string;
  dataDir: string;
  entities: EntityClass<unknown>[];
  migrations: MigrationObject[];
  /** Receives every SQL statement (tests count them); MPP_SQL_DEBUG=1 also prints them. */
  queryLog?: QueryLog;
  /**
   * Start-up work after the migrations (the seed of an empty database, backfills), run with
   * them under the database's start-up lock: one process at a time (see withStartupLock).
   */
  afterMigrations?: (orm: SqlOrm) => Promise<void>;
}

/** Every supported database is SQL (knex-based): the EntityManager has query builders. */
export type SqlOrm = MikroORM<AbstractSqlDriver>;

export interface Database {
  orm: SqlOrm;
  /** `<prefix><subgraph>`: the MySQL schema or SQLite file name. */
  name: string;
  queryLog: QueryLog;
  /** True when a trivial statement succeeds. */
  isReachable(): Promise<boolean>;
  close(): Promise<void>;
}

/**
 * Opens a subgraph's own database — a SQLite file in the data folder by default, or its own
 * schema on MySQL/MariaDB, created if absent — and brings it to the latest migration, then
 * runs `afterMigrations`, both under the start-up lock.
 */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const name = `${options.prefix}${options.subgraph}`;
  const queryLog = options.queryLog ?? new QueryLog();
  // Statements are printed with their placeholders: the values are bound apart and never logged.
  const debug: LoggerNamespace[] | false = process.env.MPP_SQL_DEBUG === '1' ? ['query'] : false;
  const common: Partial<Options> = {
    entities: options.entities,
    extensions: [Migrator],
    migrations: {
      migrationsList: options.migrations,
      transactional: true,
      allOrNothing: false,
      snapshot: false,
      silent: true,
    },
    debug,
    loggerFactory: (loggerOptions) => new CountingLogger(loggerOptions, queryLog),
    allowGlobalContext: false,
    // Dates are stored and bound in UTC (see the drivers).
    forceUtcTimezone: true,
    ignoreUndefinedInQuery: true,
    // Changes reach the database only at an explicit flush or commit, never as a side effect of
    // a query: a mutation that fails a rule after changing an entity must change nothing.
    flushMode: FlushMode.COMMIT,
    // Defaults come from the migrations, stated once per column; initializers are for new objects only.
    discovery: { inferDefaultValues: false },
  };

  let orm: SqlOrm;
  if (options.target.kind === 'sqlite') {
    mkdirSync(options.dataDir, { recursive: true });
    const sqlite: Options = {
      ...common,
      driver: BoundLibSqlDriver,
      dbName: join(options.dataDir, `${name}.sqlite`),
      // The pool replaces a connection after a while, and a pragma set on the first one is lost:
      // every connection the pool opens must wait 5 s for a busy file, not fail at once.
      driverOptions: { connection: { timeout: 5000 } },
    };
    orm = (await MikroORM.init(sqlite)) as SqlOrm;
    // Wait instead of failing on a busy file (first: switching to WAL may meet another process);
    // WAL lets readers go on while a write commits.
    await orm.em.getConnection().execute('pragma busy_timeout = 5000');
    await orm.em.getConnection().execute('pragma journal_mode = wal');
  } else {
    const { host, port, user, password } = options.target;
    const flavour = await ensureMySqlSchema(options.target, name);
    const mysql: Options = {
      ...common,
      // MariaDB reports column defaults and JSON differently from MySQL; its own driver knows.
      driver: flavour === 'mariadb' ? BoundMariaDbDriver : BoundMySqlDriver,
      host,
      port,
      user,
      password,
      dbName: name,
      charset: 'utf8mb4',
      collate: 'utf8mb4_unicode_ci',
      // One connection stays open while the process idles, so that `npm run restore` sees a
      // running subgraph in the server's process list (tarn closes idle ones beyond min after 30 s).
      pool: { min: 1, max: 10 },
      // The mariadb connector gives up opening a connection after 1 s by default: on a busy
      // machine a burst that makes the pool open new connections would fail requests for it.
      driverOptions: { connection: { connectTimeout: 10_000 } },
    };
    orm = (await MikroORM.init(mysql)) as SqlOrm;
  }
  try {
    await withStartupLock(options.target, name, options.dataDir, async () => {
      await orm.getMigrator().up();
      await options.afterMigrations?.(orm);
    });
  } catch (error) {
    await orm.close(true);
    throw error;
  }

  return {
    orm,
    name,
    queryLog,
    async isReachable() {
      try {
        await orm.em.getConnection().execute('select 1');
        return true;
      } catch {
        return false;
      }
    },
    close: () => orm.close(true),
  };
}

/** Creates the schema if absent; tells whether the server is MariaDB or MySQL. */
async function ensureMySqlSchema(target: MySqlTarget, name: string): Promise<'mariadb' | 'mysql'> {
  return withServerConnection(target, async (connection) => {
    await connection.query(
      `create database if not exists \`${name}\` character set utf8mb4 collate utf8mb4_unicode_ci`,
    );
    const [rows] = await connection.query('select version() as version');
    return /mariadb/i.test((rows as { version: string }[])[0]?.version ?? '') ? 'mariadb' : 'mysql';
  });
}

/** Drops a subgraph's MySQL schema (tests clean up after themselves). */
export async function dropMySqlSchema(target: MySqlTarget, name: string): Promise<void> {
  await withServerConnection(target, (connection) => connection.query(`drop database if exists \`${name}\``));
}

type MySqlTarget = Extract<DatabaseTarget, { kind: 'mysql' }>;

/** One connection to the server itself (no schema selected), closed after `work`. */
async function withServerConnection<T>(target: MySqlTarget, work: (connection: Connection) => Promise<T>): Promise<T> {
  const { host, port, user, password } = target;
  const connection = await createConnection({ host, port, user, password });
  try {
    return await work(connection);
  } finally {
    await connection.end();
  }
}

/**
 * The SQL that would bring the migrated schema in line with the entities; empty when the
 * migrations and the entities agree (a test asserts it on every database).
 */
export async function schemaDrift(database: Database): Promise<string> {
  const sql = await database.orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false, safe: false });
  return sql.trim();
}
