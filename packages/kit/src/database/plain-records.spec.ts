import 'reflect-metadata';
import { DateTimeType, Entity, ManyToOne, PrimaryKey, Property, wrap, type Ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { testDatabaseTargets, testPlatformConfig, type TestPlatform } from '../testing';
import { openDatabase, type Database } from './database';
import { findRecords } from './plain-records';
import { PortableMigration } from './portable-migration';

@Entity({ tableName: 'record_owner' })
class RecordOwner {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Property({ type: 'string', length: 60 })
  name!: string;
}

/** A row of every kind of column a plain record converts, and of those it leaves as they are. */
@Entity({ tableName: 'recorded_thing' })
class RecordedThing {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Property({ type: 'string', length: 60 })
  name!: string;

  @ManyToOne(() => RecordOwner, { ref: true, nullable: true })
  owner: Ref<RecordOwner> | null = null;

  @Property({ type: 'json' })
  details!: { size: number; tags: string[]; note: string | null };

  /** A JSON column holding a string that reads as JSON itself: parsed once, never twice. */
  @Property({ type: 'json' })
  label!: string;

  @Property({ type: 'json', nullable: true })
  extra: unknown[] | null = null;

  @Property({ type: DateTimeType })
  happenedAt!: Date;

  @Property({ type: DateTimeType, nullable: true })
  endedAt: Date | null = null;

  @Property({ type: 'boolean' })
  active!: boolean;

  @Property({ type: 'integer' })
  rank!: number;

  @Property({ type: 'text', nullable: true })
  comment: string | null = null;
}

class CreateRecordTables extends PortableMigration {
  override up(): void {
    this.schema((schema) =>
      schema.createTable('record_owner', (table) => {
        table.string('id', 36).notNullable().primary();
        table.string('name', 60).notNullable();
      }),
    );
    this.schema((schema) =>
      schema.createTable('recorded_thing', (table) => {
        table.string('id', 36).notNullable().primary();
        table.string('name', 60).notNullable();
        table.string('owner_id', 36).nullable().references('id').inTable('record_owner');
        table.json('details').notNullable();
        table.json('label').notNullable();
        table.json('extra').nullable();
        table.datetime('happened_at').notNullable();
        table.datetime('ended_at').nullable();
        table.boolean('active').notNullable();
        table.integer('rank').notNullable();
        table.text('comment').nullable();
      }),
    );
  }
}

const HAPPENED = new Date('2026-12-07T01:02:03.000Z');

describe.each(testDatabaseTargets())('plain records on $label', ({ databaseUrl }) => {
  let platform: TestPlatform;
  let database: Database;
  const fresh = () => database.orm.em.fork() as EntityManager;

  beforeAll(async () => {
    platform = testPlatformConfig(databaseUrl);
    database = await openDatabase({
      subgraph: 'records',
      target: platform.config.database,
      prefix: platform.config.databasePrefix,
      dataDir: platform.config.dataDir,
      entities: [RecordOwner, RecordedThing],
      migrations: [{ name: 'record_tables', class: CreateRecordTables }],
    });
    const em = fresh();
    const ada = em.create(RecordOwner, { id: 'owner-ada', name: 'Ada' });
    em.create(RecordedThing, {
      id: 'thing-1',
      name: 'full',
      owner: ada,
      details: { size: 3, tags: ['a', 'b'], note: null },
      label: '[1,2]',
      extra: [{ deep: true }],
      happenedAt: HAPPENED,
      endedAt: new Date('2026-12-08T00:00:00.000Z'),
      active: true,
      rank: 1,
      comment: 'said',
    });
    em.create(RecordedThing, {
      id: 'thing-2',
      name: 'empty',
      owner: null,
      details: { size: 0, tags: [], note: 'none' },
      label: 'plain words',
      extra: null,
      happenedAt: HAPPENED,
      endedAt: null,
      active: false,
      rank: 2,
      comment: null,
    });
    em.create(RecordedThing, {
      id: 'thing-3',
      name: 'third',
      owner: ada,
      details: { size: 9, tags: ['c'], note: null },
      label: '{"looks":"like an object"}',
      happenedAt: HAPPENED,
      active: true,
      rank: 3,
    });
    await em.flush();
  });

  afterAll(async () => {
    await database?.close();
    await platform?.cleanup(['records']);
  });

  it('reads every row as the entity holds it, a reference as its key', async () => {
    const records = await findRecords(fresh(), RecordedThing, {}, { orderBy: { rank: 'asc' } });
    const entities = await fresh().find(RecordedThing, {}, { orderBy: { rank: 'asc' } });
    const asEntities = entities.map((entity) => ({ ...wrap(entity).toObject(), owner: entity.owner ? { id: entity.owner.id } : null }));

    expect(records).toEqual(asEntities);
    // And what the entities hold is what was written: the comparison above compares something.
    expect(records[0]).toEqual({
      id: 'thing-1',
      name: 'full',
      owner: { id: 'owner-ada' },
      details: { size: 3, tags: ['a', 'b'], note: null },
      label: '[1,2]',
      extra: [{ deep: true }],
      happenedAt: HAPPENED,
      endedAt: new Date('2026-12-08T00:00:00.000Z'),
      active: true,
      rank: 1,
      comment: 'said',
    });
    expect(records[1]).toEqual({
      id: 'thing-2',
      name: 'empty',
      owner: null,
      details: { size: 0, tags: [], note: 'none' },
      label: 'plain words',
      extra: null,
      happenedAt: HAPPENED,
      endedAt: null,
      active: false,
      rank: 2,
      comment: null,
    });
    expect(records[2].label).toBe('{"looks":"like an object"}');
    expect(records[0].happenedAt).toBeInstanceOf(Date);
  });

  it('holds the same values an entity does, field by field', async () => {
    const [record] = await findRecords(fresh(), RecordedThing, { id: 'thing-1' });
    const entity = await fresh().findOneOrFail(RecordedThing, 'thing-1');
    for (const field of ['name', 'details', 'label', 'extra', 'happenedAt', 'endedAt', 'active', 'rank', 'comment'] as const) {
      expect([field, record[field]]).toEqual([field, entity[field]]);
    }
    expect(record.owner?.id).toBe(entity.owner?.id);
  });

  it('filters (on a reference too), orders and pages in the database', async () => {
    const ofAda = await findRecords(fresh(), RecordedThing, { owner: 'owner-ada' }, { orderBy: { rank: 'desc' } });
    expect(ofAda.map((record) => record.id)).toEqual(['thing-3', 'thing-1']);
    const secondPage = await findRecords(fresh(), RecordedThing, {}, { orderBy: { rank: 'asc' }, limit: 1, offset: 1 });
    expect(secondPage.map((record) => record.id)).toEqual(['thing-2']);
    expect(await findRecords(fresh(), RecordedThing, { name: 'nobody' })).toEqual([]);
  });

  it('manages nothing: the records are not entities of the EntityManager', async () => {
    const em = fresh();
    const records = await findRecords(em, RecordedThing, {});
    expect(records).toHaveLength(3);
    expect(records.every((record) => !(record instanceof RecordedThing))).toBe(true);
    expect(em.getUnitOfWork().getIdentityMap().values()).toHaveLength(0);
  });
});
