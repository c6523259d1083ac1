import { DateTimeType, Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

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

/**
 * A sign-in attempt, written down before the password is checked and struck off when it
 * succeeds or is refused unchecked: what stays are failures, kept a short while to limit
 * guessing (sign-in-limits.ts). Counted within the last minute by email and by client address,
 * hence an index on each with the time.
 */
@Entity({ tableName: 'login_failure' })
@Index({ properties: ['email', 'failedAt'] })
@Index({ properties: ['clientAddress', 'failedAt'] })
export class LoginFailure {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Property({ type: 'string', length: 254 })
  email!: string;

  @Property({ type: 'string', length: 64 })
  clientAddress!: string;

  @Index()
  @Property({ type: DateTimeType })
  failedAt!: Date;
}
