import { Entity, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { CalendarDateScalar, VersionedRecord, type PlainRecord } from '@mpp/kit/subgraph';
import { Directive, Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Agency } from '../agencies/agency.entity';

export enum BoothStatus {
  PLANNED = 'PLANNED',
  OPEN = 'OPEN',
  TEMPORARILY_CLOSED = 'TEMPORARILY_CLOSED',
  CLOSED = 'CLOSED',
}
registerEnumType(BoothStatus, {
  name: 'BoothStatus',
  description: 'Booths open in stages as agencies connect their own systems.',
});

/** A gerai: one agency's booth on a floor of the mall. Public in every status. */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A gerai (booth) of an agency at MPP Paser.' })
@Entity({ tableName: 'booth' })
export class Booth extends VersionedRecord {
  @Field({ description: 'Code as painted on the booth, e.g. "G-07".' })
  @Property({ type: 'string', length: 16, unique: true })
  code!: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  floor!: number;

  @Field(() => BoothStatus)
  @Index()
  @Property({ type: 'string', length: 24 })
  status!: BoothStatus;

  @Field(() => CalendarDateScalar, { nullable: true, description: 'When the booth opened (WITA).' })
  @Property({ type: 'string', length: 10, nullable: true, default: null })
  openedOn: string | null = null;

  /** Resolved by BoothResolver through the agency loader. */
  @ManyToOne(() => Agency, { ref: true, deleteRule: 'restrict' })
  agency!: Ref<Agency>;
}

/**
 * A booth as the public reads return it (`findRecords`): its columns as plain values and its
 * agency as its key. `Booth`'s fields and field resolvers read only this, so they answer alike
 * for a record and for the entity a mutation returns.
 */
export type BoothRecord = PlainRecord<Booth>;
