import { Entity, Property } from '@mikro-orm/core';
import type { WeeklyHours } from '@mpp/kit';
import { VersionedRecord } from '@mpp/kit/subgraph';
import { Field, ObjectType } from 'type-graphql';

/**
 * The mall itself: its profile (name, address, how to reach it) and its weekly opening hours,
 * which with the closed dates (closed-dates/) decide when the building is open, and so when a
 * facility inside it can be. One record (seeded), changed by DPMPTSP editors.
 */
@ObjectType({ description: 'The Mall Pelayanan Publik: its profile, weekly hours and closed dates.' })
@Entity({ tableName: 'mall' })
export class Mall extends VersionedRecord {
  @Field({ description: 'e.g. "Mal Pelayanan Publik Kabupaten Paser".' })
  @Property({ type: 'string', length: 120 })
  name!: string;

  @Field({ description: 'The street address, as a visitor or a map reads it.' })
  @Property({ type: 'string', length: 300 })
  address!: string;

  @Field(() => String, { nullable: true, description: 'The information desk, e.g. "0543 21000".' })
  @Property({ type: 'string', length: 40, nullable: true, default: null })
  phone: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 254, nullable: true, default: null })
  email: string | null = null;

  @Field(() => String, { nullable: true, description: 'An http(s) address.' })
  @Property({ type: 'string', length: 500, nullable: true, default: null })
  website: string | null = null;

  /** As checkWeeklyHours normalised them. Exposed by MallResolver.openingHours (its cache hint). */
  @Property({ type: 'json' })
  openingHours: WeeklyHours = { days: [] };
}
