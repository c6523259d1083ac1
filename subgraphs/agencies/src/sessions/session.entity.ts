import { DateTimeType, Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * An opaque refresh token, stored as its SHA-256; rotated on every use. The tokens one sign-in
 * leads to share a session id; the session — and every access token naming it — is live while
 * one of them is neither revoked nor expired. Its times are the system's real time, as access
 * tokens' are. Each remembers the address its session was signed in from, which the sign-in
 * limits look up by account, address and time (sign-in-limits.ts), hence the index on the three.
 */
@Entity({ tableName: 'refresh_token' })
@Index({ properties: ['userId', 'clientAddress', 'createdAt'] })
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

  /**
   * The client whose password opened its session (login, changeOwnPassword), as
   * normaliseClientAddress writes it (an IPv6 client as its /64), kept through the session's
   * rotations whoever refreshes. Null when no address came with that request, on tokens issued
   * before addresses were kept, and once every session of the account has been ended at once
   * (revokeAllSessions), which forgets them.
   */
  @Property({ type: 'string', length: 64, nullable: true, default: null })
  clientAddress: string | null = null;
}

export type RevokeReason = 'ROTATED' | 'LOGOUT' | 'PASSWORD' | 'DEACTIVATED' | 'REUSED';

/**
 * A sign-in attempt whose password is checked, written down before the check and struck off
 * when it succeeds: what stays are failures, kept a short while to limit guessing
 * (sign-in-limits.ts). Counted within the last minute by email and by client address, hence an
 * index on each with the time.
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

/**
 * A row sign-in attempts take turns on (sign-in-limits.ts, takeTurn): one per hash bucket of
 * emails and of client addresses. Writing it holds the next attempt on the same account or from
 * the same address until this one is decided. A fixed set, never deleted.
 */
@Entity({ tableName: 'sign_in_turn' })
export class SignInTurn {
  @PrimaryKey({ type: 'string', length: 64 })
  id!: string;

  @Property({ type: DateTimeType })
  takenAt!: Date;
}
