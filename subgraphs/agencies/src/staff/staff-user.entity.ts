import { DateTimeType, Entity, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Role } from '@mpp/kit';
import { VersionedRecord } from '@mpp/kit/subgraph';
import { Field, ObjectType } from 'type-graphql';
import { Agency } from '../agencies/agency.entity';

/** A staff account: DPMPTSP staff, or staff of one partner agency. */
@ObjectType({ description: 'A staff account.' })
@Entity({ tableName: 'staff_user' })
export class StaffUser extends VersionedRecord {
  /** Stored lowercased; unique. */
  @Field()
  @Property({ type: 'string', length: 254, unique: true })
  email!: string;

  @Field()
  @Property({ type: 'string', length: 120 })
  name!: string;

  @Field(() => Role)
  @Property({ type: 'string', length: 16 })
  role!: Role;

  /** Required for PARTNER and OFFICER; null for DPMPTSP staff. Resolved by StaffResolver. */
  @Index()
  @ManyToOne(() => Agency, { ref: true, nullable: true, deleteRule: 'restrict', default: null })
  agency: Ref<Agency> | null = null;

  @Field({ description: 'A deactivated account cannot sign in or refresh its session.' })
  @Property({ type: 'boolean' })
  active: boolean = true;

  @Field({ description: 'Set by an administrator\'s reset: the next sign-in must choose a new password.' })
  @Property({ type: 'boolean' })
  mustChangePassword: boolean = false;

  /** argon2id (PHC string); never serialised, never in the schema. */
  @Property({ type: 'string', length: 255, hidden: true })
  passwordHash!: string;
}

/**
 * An opaque refresh token, stored as its SHA-256; rotated on every use. The tokens one sign-in
 * leads to share a session id; the session — and every access token naming it — is live while
 * one of them is neither revoked nor expired.
 */
@Entity({ tableName: 'refresh_token' })
export class RefreshToken {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Index()
  @Property({ type: 'string', length: 36 })
  userId!: string;

  /**
   * Set on every row. The column allows null only because SQLite cannot add a NOT NULL column
   * to a table that has rows; rows from before sessions had ids got their own id.
   */
  @Index()
  @Property({ type: 'string', length: 36, nullable: true })
  sessionId!: string;

  @Property({ type: 'string', length: 64, unique: true })
  tokenHash!: string;

  @Property({ type: DateTimeType })
  expiresAt!: Date;

  @Property({ type: DateTimeType })
  createdAt!: Date;

  /** When it was used (rotated), logged out or revoked; it is never accepted again. */
  @Property({ type: DateTimeType, nullable: true, default: null })
  revokedAt: Date | null = null;

  /** Why it ended. Only a ROTATED token presented again means it leaked. */
  @Property({ type: 'string', length: 16, nullable: true, default: null })
  revokedReason: RevokeReason | null = null;
}

export type RevokeReason = 'ROTATED' | 'LOGOUT' | 'PASSWORD' | 'DEACTIVATED' | 'REUSED';

/** A failed sign-in, kept a short while to limit guessing per email and per client address. */
@Entity({ tableName: 'login_failure' })
export class LoginFailure {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Index()
  @Property({ type: 'string', length: 254 })
  email!: string;

  @Index()
  @Property({ type: 'string', length: 64 })
  clientAddress!: string;

  @Index()
  @Property({ type: DateTimeType })
  failedAt!: Date;
}
