import { Utils, type AnyEntity, type Configuration, type EntityData, type LoggingOptions, type QueryResult, type Transaction } from '@mikro-orm/core';
import { MySqlConnection, type AbstractSqlConnection, type Knex } from '@mikro-orm/knex';
import { LibSqlConnection, LibSqlDriver } from '@mikro-orm/libsql';
import { MariaDbConnection, MariaDbDriver } from '@mikro-orm/mariadb';
import { MySqlDriver } from '@mikro-orm/mysql';
import { bindStatement, type StoredForm } from './bound-statement';

/*
 * MikroORM 6's AbstractSqlConnection.execute writes every value into the SQL text
 * (Platform.formatQuery, with sqlstring's escaping) and hands knex a statement without
 * bindings. These drivers run the same statements with the values passed to the database
 * driver apart from the SQL, as bindings:
 * - SQLite (libsql): the values are bound to the prepared statement.
 * - MySQL (mysql2) and MariaDB (the mariadb connector), which knex calls with
 *   `connection.query(sql, values)`: the driver itself escapes each value into the statement
 *   it sends (the text protocol), from the values we give it apart; no value passes through
 *   our SQL text. Server-side prepared statements would need knex to call `execute`, which
 *   it does not.
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
            // mysql2 also keeps the statement as it sent it, values written in, as the error's `sql`.
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

class BoundLibSqlConnection extends bindingValues(LibSqlConnection, sqliteStoredForm) {}
class BoundMySqlConnection extends bindingValues(MySqlConnection, mysqlStoredForm) {}
class BoundMariaDbConnection extends bindingValues(MariaDbConnection, mysqlStoredForm) {
  /** The mariadb connector writes a failed statement's values into its error message unless told not to. */
  override getConnectionOptions(): Knex.MySqlConnectionConfig {
    return { ...super.getConnectionOptions(), logParam: false } as Knex.MySqlConnectionConfig;
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
