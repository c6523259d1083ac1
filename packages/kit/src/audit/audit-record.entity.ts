import { DateTimeType, Embeddable, Embedded, Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { ActorRole } from '../identity/viewer';

/** One field of a change: its value before and after, as JSON text (null when absent). */
@Directive('@shareable')
@ObjectType({ description: 'One changed field, its values as JSON text.' })
export class AuditChange {
  @Field()
  field!: string;

  @Field(() => String, { nullable: true, description: 'JSON of the value before; null when it had none.' })
  before!: string | null;

  @Field(() => String, { nullable: true, description: 'JSON of the value after; null when it has none.' })
  after!: string | null;
}

/**
 * Who did something: the account, its role and its agency at that moment — or a kiosk (role
 * KIOSK, the kiosk's id as `userId`, no agency). One shape wherever it is kept (an audit
 * record's actor, a pending edit's author, a revision's publisher), embedded as three columns
 * under a prefix (`actor_user_id`, `actor_role`, `actor_agency_id`).
 */
@Directive('@shareable')
@ObjectType({ description: 'Who made a change.' })
@Embeddable()
export class AuditActor {
  @Field(() => ID, { description: 'The staff account; for a KIOSK, the kiosk.' })
  @Property({ type: 'string', length: 36 })
  userId!: string;

  @Field(() => ActorRole)
  @Property({ type: 'string', length: 16 })
  role!: ActorRole;

  @Field(() => ID, { nullable: true, description: "The actor's agency; null for DPMPTSP staff." })
  @Property({ type: 'string', length: 36, nullable: true })
  agencyId!: string | null;
}

/**
 * One change to one record, written in the same transaction as the change itself: who, what
 * (entity, action, fields before and after), when, under which request. Passwords and tokens
 * never appear in it. Every subgraph with write operations keeps its own `audit_record` table.
 */
@Directive('@shareable')
@ObjectType('AuditEntry', { description: 'A change to a record: who, what, when.' })
@Entity({ tableName: 'audit_record' })
@Index({ properties: ['entityType', 'entityId', 'at'] })
export class AuditRecord {
  /** A time-ordered UUID (v7): records of the same millisecond still sort in the order written. */
  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  /** Milliseconds kept on every database (MySQL's plain DATETIME would drop them). */
  @Field(() => Date)
  @Property({ type: DateTimeType, length: 3 })
  at!: Date;

  @Field({ description: 'e.g. Service, Agency, Booth, StaffUser, ServiceCategory' })
  @Property({ type: 'string', length: 40 })
  entityType!: string;

  @Field(() => ID)
  @Property({ type: 'string', length: 36 })
  entityId!: string;

  @Field({ description: 'e.g. CREATE, UPDATE, SUBMIT, PUBLISH, RETURN, ARCHIVE, PASSWORD_RESET' })
  @Property({ type: 'string', length: 40 })
  action!: string;

  /** The agency the record belongs to (partners read their own agency's history). */
  @Property({ type: 'string', length: 36, nullable: true, default: null })
  ownerAgencyId: string | null = null;

  /** Null for changes no signed-in person made (the seed). */
  @Field(() => AuditActor, { nullable: true })
  @Embedded(() => AuditActor, { prefix: 'actor_', nullable: true })
  actor: AuditActor | null = null;

  @Field(() => [AuditChange])
  @Property({ type: 'json' })
  changes: AuditChange[] = [];

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 64, nullable: true, default: null })
  requestId: string | null = null;
}

@Directive('@shareable')
@ObjectType({ description: 'A page of changes, newest first, and how many there are in all.' })
export class AuditPage {
  @Field(() => [AuditRecord])
  items!: AuditRecord[];

  @Field(() => Int)
  totalCount!: number;
}
