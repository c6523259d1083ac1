import { setTimeout as sleep } from 'node:timers/promises';
import { Entity, PrimaryKey, PrimaryKeyProp, Property, type QueryResult } from '@mikro-orm/core';
import { MySqlPlatform, type EntityManager, type Knex } from '@mikro-orm/knex';
import { isCalendarDate } from '../schema/scalars';
import { isConvertedLockFailure, UNIT_OF_WORK_ATTEMPTS } from './unit-of-work';

/** The longest counter key (e.g. `queue:<uuid>`). */
export const DAILY_COUNTER_KEY_LENGTH = 100;
const RETRY_DELAY_MS = 25;

/**
 * The last number given for one key on one day (e.g. the tickets of one queue on 2026-12-07).
 * A subgraph that numbers daily lists this entity among its entities and creates its table with
 * createDailyCounterTable in a migration of its own.
 */
@Entity({ tableName: 'daily_counter' })
export class DailyCounter {
  [PrimaryKeyProp]?: ['key', 'day'];

  @PrimaryKey({ type: 'string', length: DAILY_COUNTER_KEY_LENGTH, fieldName: 'counter_key' })
  key!: string;

  /** The local calendar date, `YYYY-MM-DD` (clock.today()). */
  @PrimaryKey({ type: 'string', length: 10 })
  day!: string;

  @Property({ type: 'integer' })
  value!: number;
}

/** The `daily_counter` table, for a subgraph's PortableMigration (as createAuditTable is for the audit trail). */
export function createDailyCounterTable(schema: Knex.SchemaBuilder): Knex.SchemaBuilder {
  return schema.createTable('daily_counter', (table) => {
    table.string('counter_key', DAILY_COUNTER_KEY_LENGTH).notNullable();
    table.string('day', 10).notNullable();
    table.integer('value').notNullable();
    table.primary(['counter_key', 'day']);
  });
}

/**
 * The next number (1, 2, 3 …) for `key` on `day`, correct however many processes and replicas
 * share the database: one statement creates or increments the counter and reads its new value,
 * so no two callers ever get the same number.
 *
 * Inside em's transaction when there is one (the caller's unit of work): the number is then
 * taken only if that transaction commits, so a ticket whose insert fails leaves no gap, and
 * the counter's row stays locked until then (the numbers of one key are given one unit at a
 * time). A lock failure there is the unit of work's to retry, whole. On its own it commits at
 * once and is tried again on a lock failure, at most UNIT_OF_WORK_ATTEMPTS times.
 */
export async function nextDailyNumber(em: EntityManager, key: string, day: string): Promise<number> {
  if (key.length === 0 || key.length > DAILY_COUNTER_KEY_LENGTH) {
    throw new RangeError(`A daily counter's key has 1 to ${DAILY_COUNTER_KEY_LENGTH} characters, got ${key.length}.`);
  }
  if (!isCalendarDate(day)) throw new RangeError(`A daily counter's day is a calendar date, YYYY-MM-DD, got ${JSON.stringify(day)}.`);
  if (em.isInTransaction()) return increment(em, key, day);
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await increment(em, key, day);
    } catch (error) {
      // em.execute hands errors over as MikroORM converted them, the classes the unit of work retries.
      if (attempt >= UNIT_OF_WORK_ATTEMPTS || !isConvertedLockFailure(error)) throw error;
      await sleep(RETRY_DELAY_MS * attempt);
    }
  }
}

/** One statement, in em's transaction if any: insert 1, or add 1; answers the counter's new value. */
async function increment(em: EntityManager, key: string, day: string): Promise<number> {
  if (em.getPlatform() instanceof MySqlPlatform) {
    // MySQL and MariaDB cannot return the row an upsert wrote; LAST_INSERT_ID(expr) sets the
    // insert id of this very statement's result to the new value, with no second statement.
    const result = await em.execute<QueryResult>(
      'insert into `daily_counter` (`counter_key`, `day`, `value`) values (?, ?, last_insert_id(1)) ' +
        'on duplicate key update `value` = last_insert_id(`value` + 1)',
      [key, day],
      'run',
    );
    return Number(result.insertId);
  }
  // SQLite: the statement takes the database's write lock, so concurrent writers wait for it
  // (busy timeout) rather than read the same value.
  const rows = await em.execute<{ value: number }[]>(
    'insert into "daily_counter" ("counter_key", "day", "value") values (?, ?, 1) ' +
      'on conflict ("counter_key", "day") do update set "value" = "value" + 1 returning "value"',
    [key, day],
    'all',
  );
  return Number(rows[0].value);
}
