import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * The agencies subgraph's `StaffUser`, as a counter names the officer signed in to it: its key
 * only, never resolved here (the gateway asks the agencies subgraph for the rest).
 */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('StaffUser')
export class StaffUserReference {
  @Field(() => ID)
  id!: string;

  static of(id: string): StaffUserReference {
    return Object.assign(new StaffUserReference(), { id });
  }
}
