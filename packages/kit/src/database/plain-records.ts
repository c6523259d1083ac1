import {
  ReferenceKind,
  Type,
  type EntityClass,
  type EntityMetadata,
  type FilterQuery,
  type Platform,
  type Primary,
  type PrimaryProperty,
  type QueryOrderMap,
  type Reference,
} from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';

/** A relation's value in a plain record: the related record's key only, as `{ id }`. */
type PlainValue<Value> = Value extends Reference<infer Target> ? { [Key in PrimaryProperty<Target>]: Primary<Target> } : Value;

/**
 * An entity as `findRecords` returns it: its columns as the entity holds them (dates as Dates,
 * booleans as booleans, JSON parsed) and each reference to another entity (`Ref<T>`) as that
 * entity's key, `{ id }`. An entity reads `ref.id` the same way, so a field resolver written
 * against the record answers alike for the entity a mutation returns.
 */
export type PlainRecord<Entity> = { [Key in keyof Entity]: PlainValue<Entity[Key]> };

export interface RecordQueryOptions<Entity> {
  orderBy?: QueryOrderMap<Entity>;
  limit?: number;
  offset?: number;
}

/**
 * The `entity`s matching `where`, every column read, as plain records instead of managed
 * entities: for the hot public reads (lists, references), which change nothing. Making entities
 * (the identity map, a change-tracking snapshot of each record and of every JSON column) costs
 * as much as the query itself, several times over for a page with JSON columns.
 *
 * The query builder already names the columns after their properties and turns dates and
 * booleans into what the entity holds; what it leaves, the entity's metadata says how to finish
 * as hydrating an entity would: a reference's foreign key becomes `{ id }`, and a property of a
 * custom type (JSON) takes that type's conversion for this driver. So a JSON column is parsed
 * only where the driver hands it over as text (SQLite), and a JSON string stays the string it
 * holds everywhere.
 */
export async function findRecords<Entity extends object>(
  em: EntityManager,
  entity: EntityClass<Entity>,
  where: FilterQuery<Entity>,
  options: RecordQueryOptions<Entity> = {},
): Promise<PlainRecord<Entity>[]> {
  const query = em.createQueryBuilder(entity).select('*').where({ $and: [where] } as FilterQuery<Entity>);
  if (options.orderBy) query.orderBy(options.orderBy);
  if (options.limit !== undefined) query.limit(options.limit, options.offset);
  else if (options.offset !== undefined) query.offset(options.offset);
  const rows = await query.execute<Record<string, unknown>[]>('all');
  const finish = recordFinisher(em.getMetadata().get<Entity>(entity.name));
  const platform = em.getPlatform();
  for (const row of rows) finish(row, platform);
  return rows as PlainRecord<Entity>[];
}

/** What turns a row the query builder mapped into the entity's plain record, in place. */
type RecordFinisher = (row: Record<string, unknown>, platform: Platform) => void;

/** Per entity metadata (each ORM discovers its own), worked out at the first read. */
const finishers = new WeakMap<EntityMetadata, RecordFinisher>();

function recordFinisher(meta: EntityMetadata): RecordFinisher {
  let finisher = finishers.get(meta);
  if (!finisher) {
    finisher = composeFinisher(meta);
    finishers.set(meta, finisher);
  }
  return finisher;
}

function composeFinisher(meta: EntityMetadata): RecordFinisher {
  const steps: RecordFinisher[] = [];
  for (const property of meta.props) {
    const name = property.name;
    // Collections (one-to-many, many-to-many) and the inverse side of a one-to-one have no column in this table.
    if (!property.fieldNames?.length || property.persist === false) continue;
    if (property.kind === ReferenceKind.ONE_TO_ONE && !property.owner) continue;
    if (property.kind === ReferenceKind.EMBEDDED) {
      throw new Error(`findRecords: ${meta.className}.${name} is embedded; plain records cover columns and references only`);
    }
    if (property.kind === ReferenceKind.MANY_TO_ONE || property.kind === ReferenceKind.ONE_TO_ONE) {
      const keys = property.targetMeta?.primaryKeys ?? [];
      if (keys.length !== 1 || property.fieldNames.length !== 1) {
        throw new Error(`findRecords: ${meta.className}.${name} refers to a composite key; plain records cover single keys only`);
      }
      const [key] = keys;
      // The query builder names the foreign key after the relation: `owner` holds the owner's key.
      steps.push((row) => {
        const value = row[name];
        if (value != null) row[name] = { [key]: value };
      });
      continue;
    }
    const type = property.customType;
    // Types that convert nothing on reading (DateTimeType: the query builder made the Date) are skipped.
    if (type && type.convertToJSValue !== Type.prototype.convertToJSValue) {
      steps.push((row, platform) => {
        const value = row[name];
        if (value != null) row[name] = type.convertToJSValue(value, platform);
      });
    }
  }
  return (row, platform) => {
    for (const step of steps) step(row, platform);
  };
}
