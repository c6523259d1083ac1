import { Entity, Index, Property } from '@mikro-orm/core';
import { VersionedRecord, type PlainRecord } from '@mpp/kit/subgraph';
import { Directive, Field, ObjectType, registerEnumType } from 'type-graphql';

export enum AgencyKind {
  REGIONAL_GOVERNMENT = 'REGIONAL_GOVERNMENT',
  CENTRAL_GOVERNMENT = 'CENTRAL_GOVERNMENT',
  SOCIAL_SECURITY = 'SOCIAL_SECURITY',
  BANK = 'BANK',
  STATE_ENTERPRISE = 'STATE_ENTERPRISE',
  OTHER = 'OTHER',
}
registerEnumType(AgencyKind, { name: 'AgencyKind', description: 'What kind of body an agency is.' });

/** An agency serving at the mall: a regional office, a central-government office, BPJS, a bank. */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'An agency with counters (gerai) at MPP Paser.' })
@Entity({ tableName: 'agency' })
export class Agency extends VersionedRecord {
  @Field({ description: 'Stable, URL-safe name, e.g. "bri".' })
  @Property({ type: 'string', length: 64, unique: true })
  slug!: string;

  @Field()
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 60, nullable: true, default: null })
  shortName: string | null = null;

  @Field(() => AgencyKind)
  @Index()
  @Property({ type: 'string', length: 32 })
  kind!: AgencyKind;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true, default: null })
  description: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 300, nullable: true, default: null })
  website: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 40, nullable: true, default: null })
  phone: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 200, nullable: true, default: null })
  email: string | null = null;
}

/**
 * An agency as the public reads return it (`findRecords`): its columns as plain values.
 * `Agency`'s fields and field resolvers read only this, so they answer alike for a record and
 * for the entity a mutation returns.
 */
export type AgencyRecord = PlainRecord<Agency>;
