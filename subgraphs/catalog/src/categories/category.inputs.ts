import { Field, InputType } from 'type-graphql';

@InputType({ description: 'A category, or changes to one (fields left out stay as they are).' })
export class ServiceCategoryInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Made from the name when left out at creation.' })
  slug?: string | null;
}
