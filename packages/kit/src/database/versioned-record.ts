import { DateTimeType, Entity, OptimisticLockError, OptionalProps, PrimaryKey, Property, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { badUserInput, conflict } from '../errors/errors';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { clock } from '../clock/clock';

/**
 * What every editable record has: a UUID, a version that rises with every change (updates
 * send the version they read; a stale one is a CONFLICT), and when it was made and changed.
 * Migrations create the matching columns with PortableMigration's idColumn/recordColumns.
 */
@ObjectType({ description: 'Not in the schema itself: its fields are inherited by each record type.' })
@Entity({ abstract: true })
export abstract class VersionedRecord {
  [OptionalProps]?: 'version' | 'createdAt' | 'updatedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Field(() => Int, { description: 'Rises with every change; updates send the version they read.' })
  @Property({ type: 'integer', version: true, default: 1 })
  version: number = 1;

  // DateTimeType, not the string 'datetime': MikroORM compares a DateTimeType property by its
  // instant, but a 'datetime' one as a plain value, and on SQLite (stored as epoch milliseconds)
  // a record only read then looked changed: a later flush rewrote it and raised its version.
  @Property({ type: DateTimeType })
  createdAt: Date = clock.now();

  @Field(() => Date, { description: 'When the record last changed.' })
  @Property({ type: DateTimeType, onUpdate: () => clock.now() })
  updatedAt: Date = clock.now();
}

/** An update must name the version it was based on; anything else changed it meanwhile. */
export function requireVersion(record: VersionedRecord, version: number, what: string): void {
  if (record.version !== version) {
    throw conflict(`${what} was changed by someone else (version ${record.version}, you sent ${version}). Reload and try again.`);
  }
}

/**
 * Flushes, turning a lost race into a clear error with nothing changed: two saves from the
 * same version at once (CONFLICT), or two records given the same unique value at once
 * (BAD_USER_INPUT on `inputField`, when the unique index on the property `uniqueField` fired;
 * the input field is the property itself unless named).
 */
export async function flushOrConflict(em: EntityManager, what: string, uniqueField?: string, inputField = uniqueField): Promise<void> {
  try {
    await em.flush();
  } catch (error) {
    if (error instanceof OptimisticLockError) {
      throw conflict(`${what} was changed by someone else at the same time. Reload and try again.`);
    }
    if (error instanceof UniqueConstraintViolationException) {
      // Only the index on `uniqueField` is the caller's input at fault; any other (e.g. a
      // revision number taken by a concurrent publish) is a race they lost.
      if (uniqueField && inputField && guardsColumn(error, uniqueField)) {
        throw badUserInput(inputField, `Another record already has this ${inputField}.`);
      }
      throw conflict(`${what} was changed by someone else at the same time. Reload and try again.`);
    }
    throw error;
  }
}

/** Whether a unique violation came from the index on this field (SQLite and MySQL name it differently). */
function guardsColumn(error: Error, field: string): boolean {
  const column = field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
  return new RegExp(`\\.${column}\\b|_${column}_unique\\b`).test(error.message);
}
