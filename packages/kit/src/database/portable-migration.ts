import { Migration } from '@mikro-orm/migrations';
import type { Knex } from '@mikro-orm/knex';

/**
 * A migration that runs on SQLite and MySQL/MariaDB alike: the DDL is built with knex's
 * schema builder for the connected dialect, and each statement is added on its own
 * (mysql2 refuses several statements in one string). Keep DDL and data changes in separate
 * migrations: MySQL commits DDL implicitly.
 */
export abstract class PortableMigration extends Migration {
  protected schema(build: (schema: Knex.SchemaBuilder) => Knex.SchemaBuilder): void {
    for (const statement of build(this.getKnex().schema).toSQL()) {
      this.addSql(statement.sql);
    }
  }

  /** The UUID primary key every record has (see VersionedRecord). */
  protected idColumn(table: Knex.CreateTableBuilder): void {
    table.string('id', 36).notNullable().primary();
  }

  /** version, created_at and updated_at, as VersionedRecord maps them. */
  protected recordColumns(table: Knex.CreateTableBuilder): void {
    // A raw default: knex would quote a number on SQLite, and the schema check would differ.
    table.integer('version').notNullable().defaultTo(this.getKnex().raw('1'));
    table.datetime('created_at').notNullable();
    table.datetime('updated_at').notNullable();
  }
}
