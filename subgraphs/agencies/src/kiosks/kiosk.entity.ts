import { DateTimeType, Entity, Property, type Opt } from '@mikro-orm/core';
import { VersionedRecord } from '@mpp/kit/subgraph';
import { Field, ObjectType } from 'type-graphql';

/**
 * A ticket kiosk in the mall hall: a principal of its own, not a staff account. It proves
 * itself with a device token, shown once when it is registered and stored only as its SHA-256,
 * which it trades for short-lived access tokens (startKioskSession). Revoked for good: a
 * revoked kiosk is never active again, and its tokens stop working within seconds.
 */
@ObjectType({ description: 'A ticket kiosk in the mall hall, signed in with its device token.' })
@Entity({ tableName: 'kiosk' })
export class Kiosk extends VersionedRecord {
  @Field({ description: 'Where it stands, as staff call it, e.g. "Kiosk Lobi Utama".' })
  @Property({ type: 'string', length: 80 })
  name!: string;

  /** SHA-256 (hex) of the device token; never serialised, never in the schema. */
  @Property({ type: 'string', length: 64, unique: true, hidden: true })
  deviceTokenHash!: string;

  @Field(() => Date, { nullable: true, description: 'When it was revoked; null while it is active.' })
  @Property({ type: DateTimeType, nullable: true, default: null })
  revokedAt: Date | null = null;

  /**
   * When it last traded its device token for an access token. Written without raising the
   * version: a session is no edit, and an editor's rename must not fail on it.
   */
  @Field(() => Date, { nullable: true, description: 'When it last started a session; null if never.' })
  @Property({ type: DateTimeType, nullable: true, default: null })
  lastSessionStartedAt: Date | null = null;

  // Derived, never stored (Opt: nothing to give when one is created).
  @Field(() => Boolean, { description: 'false once revoked: its device token and access tokens no longer work.' })
  get active(): Opt<boolean> {
    return this.revokedAt === null;
  }

  @Field(() => Date, { description: 'When an editor registered it.' })
  get registeredAt(): Opt<Date> {
    return this.createdAt;
  }
}
