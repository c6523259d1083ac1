import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * The agencies subgraph's `Agency`, as the facilities subgraph knows it: its key only (a
 * facility's operator). This subgraph adds `Agency.facilities`; the gateway joins the rest.
 */
@Directive('@key(fields: "id")')
@ObjectType('Agency')
export class AgencyReference {
  @Field(() => ID)
  id!: string;

  static of(id: string): AgencyReference {
    return Object.assign(new AgencyReference(), { id });
  }
}
