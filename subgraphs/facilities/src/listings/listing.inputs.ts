import { Field, InputType, Int } from 'type-graphql';

@InputType({ description: 'A listing, or changes to one (fields left out stay as they are). Creating needs name and price; it is available unless told otherwise.' })
export class ListingInput {
  @Field(() => String, { nullable: true, description: '2 to 120 characters, trimmed.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'At most 60 characters; null or blank: none.' })
  category?: string | null;

  @Field(() => Int, { nullable: true, description: 'Whole Rupiah, 0 or more.' })
  price?: number | null;

  @Field(() => Boolean, { nullable: true })
  available?: boolean | null;
}
