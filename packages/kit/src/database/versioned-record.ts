import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
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

  @Property({ type: 'datetime' })
  createdAt: Date = clock.now();

  @Field(() => Date, { description: 'When the record last changed.' })
  @Property({ type: 'datetime', onUpdate: () => clock.now() })
  updatedAt: Date = clock.now();
}
