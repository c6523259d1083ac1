import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * The agencies subgraph's `Booth` (gerai), as a counter refers to it: its key only, never
 * resolved here (the gateway asks the agencies subgraph for its code, floor and agency).
 */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Booth')
export class BoothReference {
  @Field(() => ID)
  id!: string;

  static of(id: string): BoothReference {
    return Object.assign(new BoothReference(), { id });
  }
}
