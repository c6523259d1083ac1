import { JsonProperty, Utils } from '@mikro-orm/core';
import type { AbstractSqlPlatform, Knex } from '@mikro-orm/knex';

/** A statement as the database driver receives it: a `?` where each value goes, the values beside. */
export interface BoundStatement {
  sql: string;
  bindings: Knex.Value[];
}

/** What a database stores for the values SQL has no common form for: a date and a boolean. */
export type StoredForm = (value: Date | boolean) => Knex.Value;

/**
 * MikroORM's statement and parameters (`?` a value, `??` an identifier, `\?` a literal `?`)
 * turned into SQL with a placeholder per value and the values apart, for the driver to bind.
 * It reads the statement exactly as MikroORM's `Platform.formatQuery` does, and gives each value
 * the form formatQuery's escaping gave it (see `list` for the one exception), so the database
 * sees the same statement: only the values no longer travel inside the SQL text.
 */
export function bindStatement(sql: string, params: readonly unknown[], platform: AbstractSqlPlatform, storedForm: StoredForm): BoundStatement {
  const writer = new StatementWriter(platform, storedForm);
  writer.statement(sql, params);
  return writer.finish();
}

class StatementWriter {
  private sql = '';
  private readonly bindings: Knex.Value[] = [];
  /**
   * A `?` in the text that is not a placeholder (or a placeholder right after a backslash).
   * Once a statement has values, knex and mysql2 read every `?` as a placeholder, and knex
   * reads `\?` as an escaped one: such a statement cannot be sent with its values apart.
   */
  private misreadQuestionMark = false;

  constructor(
    private readonly platform: AbstractSqlPlatform,
    private readonly storedForm: StoredForm,
  ) {}

  /** The same reading as `Platform.formatQuery` in @mikro-orm/core 6.6, step by step. */
  statement(sql: string, params: readonly unknown[]): void {
    // formatQuery leaves a statement without parameters as it is, a `\?` in it included.
    if (params.length === 0) {
      this.text(sql);
      return;
    }
    let next = 0;
    let position = 0;
    if (sql[0] === '?') {
      if (sql[1] === '?') {
        this.identifier(params[next++]);
        position = 2;
      } else {
        this.value(params[next++]);
        position = 1;
      }
    }
    while (position < sql.length) {
      const mark = sql.indexOf('?', position + 1);
      if (mark === -1) {
        this.text(sql.substring(position));
        break;
      }
      if (sql.substring(mark - 1, mark + 1) === '\\?') {
        this.text(`${sql.substring(position, mark - 1)}?`);
        position = mark + 1;
      } else if (sql.substring(mark, mark + 2) === '??') {
        this.text(sql.substring(position, mark));
        this.identifier(params[next++]);
        position = mark + 2;
      } else {
        this.text(sql.substring(position, mark));
        this.value(params[next++]);
        position = mark + 1;
      }
    }
  }

  finish(): BoundStatement {
    if (this.bindings.length > 0 && this.misreadQuestionMark) {
      throw new Error(`A statement with values cannot also hold a literal "?" (the driver would take it for a placeholder): ${this.sql}`);
    }
    return { sql: this.sql, bindings: this.bindings };
  }

  private text(sql: string): void {
    if (sql.includes('?')) this.misreadQuestionMark = true;
    this.sql += sql;
  }

  /** Identifiers come from code (table and column names), never from a request: quoted into the SQL. */
  private identifier(name: unknown): void {
    this.text(this.platform.quoteIdentifier(name as string));
  }

  /** One parameter, as `AbstractSqlPlatform.quoteValue` and sqlstring's `escape` wrote it. */
  private value(value: unknown): void {
    if (Utils.isRawSql(value)) {
      // A raw fragment is SQL from code; its own parameters are values and are bound in turn.
      this.statement(value.sql, value.params ?? []);
    } else if (this.platform.isRaw(value)) {
      // A knex raw or reference: its SQL in place, its values bound (formatQuery inlined its text).
      const { sql, bindings } = (value as Knex.Raw).toSQL();
      this.statement(sql, bindings);
    } else if (value instanceof Date || typeof value === 'boolean') {
      this.placeholder(this.storedForm(value));
    } else if (value === null || value === undefined) {
      this.placeholder(null);
    } else if (Utils.isPlainObject(value) || (value as { [JsonProperty]?: unknown })[JsonProperty]) {
      this.placeholder(JSON.stringify(value));
    } else if (Array.isArray(value)) {
      this.list(value);
    } else if (typeof value === 'string' || typeof value === 'number' || Buffer.isBuffer(value)) {
      this.placeholder(value);
    } else if (typeof value === 'bigint') {
      this.placeholder(value.toString());
    } else {
      // sqlstring wrote anything else (an object with its own toString) as its text.
      this.placeholder((value as { toString(): string }).toString());
    }
  }

  /**
   * A list, as sqlstring wrote an array: `?, ?`, and a nested array as a `(?, ?)` tuple
   * (composite keys). A date in a list takes the database's stored form like any other date
   * (sqlstring wrote it as text even on SQLite, where dates are stored as numbers).
   */
  private list(values: readonly unknown[]): void {
    values.forEach((item, index) => {
      if (index > 0) this.text(', ');
      if (Array.isArray(item)) {
        this.text('(');
        this.list(item);
        this.text(')');
      } else {
        this.value(item);
      }
    });
  }

  private placeholder(value: Knex.Value): void {
    if (this.sql.endsWith('\\')) this.misreadQuestionMark = true;
    this.sql += '?';
    this.bindings.push(value);
  }
}
