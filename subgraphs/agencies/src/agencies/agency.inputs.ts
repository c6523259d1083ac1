import { Field, InputType } from 'type-graphql';
import { AgencyKind } from './agency.entity';

@InputType({
  description:
    'Changes to an agency; fields left out stay as they are, null clears an optional one. ' +
    'Partners may change their own agency\'s contact details (description, website, phone, email).',
})
export class AgencyInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  shortName?: string | null;

  @Field(() => String, { nullable: true })
  slug?: string | null;

  @Field(() => AgencyKind, { nullable: true })
  kind?: AgencyKind | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true })
  website?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;
}
