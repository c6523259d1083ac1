import { Entity, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Role } from '@mpp/kit';
import { VersionedRecord } from '@mpp/kit/subgraph';
import { Directive, Field, ObjectType } from 'type-graphql';
import { Agency } from '../agencies/agency.entity';

/**
 * A staff account: DPMPTSP staff, or staff of one partner agency. An entity other subgraphs may
 * name by id (the queueing subgraph's counter officer); resolving one asks the staff policy.
 */
@Directive('@key(fields: "id")')
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
