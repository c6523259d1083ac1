import { Utils, type AnyEntity, type Configuration, type EntityData, type LoggingOptions, type QueryResult, type Transaction } from '@mikro-orm/core';
import { MariaDbKnexDialect, MySqlConnection, MySqlKnexDialect, type AbstractSqlConnection, type Knex } from '@mikro-orm/knex';
import { LibSqlConnection, LibSqlDriver } from '@mikro-orm/libsql';
import { MariaDbConnection, MariaDbDriver } from '@mikro-orm/mariadb';
import { MySqlDriver } from '@mikro-orm/mysql';
import { bindStatement, type StoredForm } from './bound-statement';

/*
 * MikroORM 6's AbstractSqlConnection.execute writes every value into the SQL text
 * (Platform.formatQuery, with sqlstring's escaping) and hands knex a statement without
 * bindings. These drivers run the same statements with the values passed to the database
 * apart from the SQL, as bindings:
 * - SQLite (libsql): the values are bound to the prepared statement.
 * - MySQL (mysql2) and MariaDB (the mariadb connector): knex's dialect would call
 *   `connection.query(sql, values)`, and both drivers then write the values into the text
 *   they send (the text protocol). The dialects below call `connection.execute(sql, values)`
 *   instead: the statement is prepared on the server and its values follow in a
 *   COM_STMT_EXECUTE packet of their own (the binary protocol). A statement without values
 *   (DDL, `begin`, `savepoint`) keeps the text protocol: MySQL cannot prepare all of those. A
 *   statement with values the server cannot prepare (`show columns ... like ?`) fails rather
 *   than have its values written into the text.
 */

/** SQLite: a date as epoch milliseconds and a boolean as 1/0, as MikroORM's SQLite platform stores them. */
const sqliteStoredForm: StoredForm = (value) => (value instanceof Date ? value.getTime() : Number(value));

/**
 * MySQL/MariaDB: a date as the UTC text 'YYYY-MM-DD HH:MM:SS.mmm' sqlstring wrote (the kit
 * opens the ORM with forceUtcTimezone; the mariadb connector would write a Date in local
 * time); an invalid date as NULL, as sqlstring wrote it. A boolean as it is: both drivers
 * write true/false, as sqlstring did.
 */
const mysqlStoredForm: StoredForm = (value) => {
  if (typeof value === 'boolean') return value;
  return Number.isNaN(value.getTime()) ? null : value.toISOString().replace('T', ' ').slice(0, 23);
};

/** Any MikroORM SQL connection class (a TypeScript mixin takes a constructor of any arguments). */
type SqlConnectionClass = abstract new (...args: any[]) => AbstractSqlConnection;

/** A MikroORM connection class whose statements bind their values instead of inlining them. */
function bindingValues<Base extends SqlConnectionClass>(Base: Base, storedForm: StoredForm) {
  abstract class BindingConnection extends Base {
    /** AbstractSqlConnection.execute of @mikro-orm/knex 6.6, with bindings instead of formatQuery. */
    override async execute<T extends QueryResult | EntityData<AnyEntity> | EntityData<AnyEntity>[] = EntityData<AnyEntity>[]>(
      queryOrKnex: string | Knex.QueryBuilder | Knex.Raw,
      params: unknown[] = [],
      method: 'all' | 'get' | 'run' = 'all',
      ctx?: Transaction,
      loggerContext?: LoggingOptions,
    ): Promise<T> {
      await this.ensureConnection();
      let sql: string;
      if (Utils.isObject<Knex.QueryBuilder | Knex.Raw>(queryOrKnex)) {
        // A knex query run inside a transaction runs in that transaction.
        ctx ??= (queryOrKnex as unknown as { client: { transacting: boolean } }).client.transacting ? queryOrKnex : undefined;
        const compiled = queryOrKnex.toSQL();
        sql = compiled.sql;
        params = [...(compiled.bindings ?? [])];
      } else {
        sql = queryOrKnex;
      }
      sql = this.config.get('onQuery')(sql, params);
      const statement = bindStatement(sql, params, this.platform, storedForm);
      // Logged (and counted by QueryLog) with its placeholders: values never reach the log.
      return this.executeQuery(
        statement.sql,
        async () => {
          // Without values knex must not read the SQL at all: a `?` in it is then literal text.
          const knex = this.getKnex();
          const query = statement.bindings.length > 0 ? knex.raw(statement.sql, statement.bindings) : knex.raw(statement.sql);
          if (ctx) query.transacting(ctx as Knex.Transaction);
          try {
            return this.transformRawResult<T>(await query, method);
          } catch (error) {
            // The drivers keep the statement they ran as the error's `sql`: let it be the one logged.
            if (error instanceof Error && 'sql' in error) error.sql = statement.sql;
            throw error;
          }
        },
        loggerContext,
      );
    }

    /**
     * knex puts a failed statement's values back into the error's message unless told not to;
     * the message (logged as the cause of an internal error) then shows the placeholders.
     */
    protected override getKnexOptions(type: string): Knex.Config {
      return { ...super.getKnexOptions(type), compileSqlOnError: false };
    }
  }
  return BindingConnection;
}

/** knex's record of one statement as its MySQL dialect runs it; `response` is what processResponse reads. */
interface KnexQueryObject {
  sql: string;
  bindings?: Knex.Value[];
  options?: Record<string, unknown>;
  response?: [rows: unknown, fields: unknown];
}

/** The method the mysql2 and mariadb (callback API) connections share for a prepared statement. */
interface PreparingConnection {
  execute(options: { sql: string }, values: Knex.Value[], done: (error: Error | null, rows?: unknown, fields?: unknown) => void): void;
}

/**
 * Prepares the statement on the server (each driver keeps it cached per connection) and runs
 * it with its values; answers as knex's own `_query` does, so results (rows, affected rows,
 * insertId) reach MikroORM's transformRawResult in the same shape.
 */
function executePrepared(connection: PreparingConnection, query: KnexQueryObject, values: Knex.Value[]): Promise<KnexQueryObject> {
  return new Promise((resolve, reject) => {
    connection.execute({ ...query.options, sql: query.sql }, values, (error, rows, fields) => {
      if (error) {
        reject(error);
        return;
      }
      query.response = [rows, fields];
      resolve(query);
    });
  });
}

/** True when knex has values to send with the statement (it also passes bare SQL strings). */
function hasBindings(query: KnexQueryObject | string): query is KnexQueryObject & { bindings: Knex.Value[] } {
  return typeof query === 'object' && (query.bindings?.length ?? 0) > 0;
}

/**
 * mysql2 sends every JS number as a DOUBLE. MySQL 8.0.22+ types a `LIMIT ?`/`OFFSET ?`
 * placeholder as an integer and refuses a DOUBLE there ("Incorrect arguments to
 * mysqld_stmt_execute"), but converts a count given as text. Every other number stays a
 * number: compared with a JSON value, text would not match a JSON number.
 */
export function withCountsAsText(sql: string, bindings: Knex.Value[]): Knex.Value[] {
  const countPositions = new Set<number>();
  // In a statement with values every `?` is a placeholder (bindStatement refuses a literal one).
  const placeholdersBefore = (offset: number) => sql.slice(0, offset).split('?').length - 1;
  for (const clause of sql.matchAll(/\b(?:limit|offset)\s+\?(\s*,\s*\?)?/gi)) {
    const first = placeholdersBefore(clause.index);
    countPositions.add(first);
    // MySQL's `limit ?, ?`: the offset, then the count.
    if (clause[1]) countPositions.add(first + 1);
  }
  return bindings.map((value, position) => (countPositions.has(position) && typeof value === 'number' ? String(value) : value));
}

/**
 * knex's `_query`, which the dialects below replace: it runs a statement on the connection.
 * MikroORM declares its knex dialects on an untyped base, so TypeScript knows nothing of it
 * (hence no `override` either).
 */
type RunQuery = (connection: PreparingConnection, query: KnexQueryObject | string) => Promise<unknown>;

/** MikroORM's MySQL dialect, sending a statement with values as a server-side prepared statement. */
class PreparingMySqlKnexDialect extends MySqlKnexDialect {
  _query(connection: PreparingConnection, query: KnexQueryObject | string): Promise<unknown> {
    if (!hasBindings(query)) return (super._query as RunQuery).call(this, connection, query);
    return executePrepared(connection, query, withCountsAsText(query.sql, query.bindings));
  }
}

/** MikroORM's MariaDB dialect, likewise. The mariadb connector sends whole numbers as integers: a count needs nothing. */
class PreparingMariaDbKnexDialect extends MariaDbKnexDialect {
  _query(connection: PreparingConnection, query: KnexQueryObject | string): Promise<unknown> {
    if (!hasBindings(query)) return (super._query as RunQuery).call(this, connection, query);
    return executePrepared(connection, query, query.bindings);
  }
}

/**
 * Prepared statements each driver keeps open per connection, least recently used closed first.
 * The server caps them for all its clients together (max_prepared_stmt_count, 16382 by
 * default); mysql2 would keep 16000 per connection, and every subgraph holds a pool of them.
 */
const PREPARED_STATEMENTS_PER_CONNECTION = 256;

/** A MikroORM knex dialect as the knex client it is (its untyped base hides that from TypeScript). */
const knexClient = (dialect: typeof MySqlKnexDialect) => dialect as unknown as typeof Knex.Client;

class BoundLibSqlConnection extends bindingValues(LibSqlConnection, sqliteStoredForm) {}

class BoundMySqlConnection extends bindingValues(MySqlConnection, mysqlStoredForm) {
  protected override getKnexOptions(type: string): Knex.Config {
    return { ...super.getKnexOptions(type), client: knexClient(PreparingMySqlKnexDialect) };
  }

  override getConnectionOptions(): Knex.MySqlConnectionConfig {
    return { ...super.getConnectionOptions(), maxPreparedStatements: PREPARED_STATEMENTS_PER_CONNECTION } as Knex.MySqlConnectionConfig;
  }
}

class BoundMariaDbConnection extends bindingValues(MariaDbConnection, mysqlStoredForm) {
  protected override getKnexOptions(type: string): Knex.Config {
    return { ...super.getKnexOptions(type), client: knexClient(PreparingMariaDbKnexDialect) };
  }

  /** The mariadb connector writes a failed statement's values into its error message unless told not to. */
  override getConnectionOptions(): Knex.MySqlConnectionConfig {
    return { ...super.getConnectionOptions(), logParam: false, prepareCacheLength: PREPARED_STATEMENTS_PER_CONNECTION } as Knex.MySqlConnectionConfig;
  }
}

/*
 * Each MikroORM driver names its connection class in its own constructor. These drivers put
 * the binding one in its place right after; the connections the parent made are never used
 * (nothing connects before MikroORM.init calls connect on the driver).
 */

export class BoundLibSqlDriver extends LibSqlDriver {
  constructor(config: Configuration) {
    super(config);
    Object.assign(this, {
      connection: new BoundLibSqlConnection(config),
      replicas: this.createReplicas((options) => new BoundLibSqlConnection(config, options, 'read')),
    });
  }
}

export class BoundMySqlDriver extends MySqlDriver {
  constructor(config: Configuration) {
    super(config);
    Object.assign(this, {
      connection: new BoundMySqlConnection(config),
      replicas: this.createReplicas((options) => new BoundMySqlConnection(config, options, 'read')),
    });
  }
}

export class BoundMariaDbDriver extends MariaDbDriver {
  constructor(config: Configuration) {
    super(config);
    Object.assign(this, {
      connection: new BoundMariaDbConnection(config),
      replicas: this.createReplicas((options) => new BoundMariaDbConnection(config, options, 'read')),
    });
  }
}
