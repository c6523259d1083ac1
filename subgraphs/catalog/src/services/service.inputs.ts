import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { PublishStatus, Service } from './service.entity';

@InputType({ description: 'Narrows a list of services; all given conditions must hold.' })
export class ServiceFilter {
  @Field(() => String, {
    nullable: true,
    description:
      'Words as citizens type them ("perpanjang sim", "bikin paspor", "ktp hilang"); results come best first ' +
      'instead of by name. Affixes, synonyms, abbreviations, word prefixes and one typo are understood.',
  })
  search?: string | null;

  @Field(() => ID, { nullable: true })
  agencyId?: string | null;

  @Field(() => ID, { nullable: true })
  categoryId?: string | null;

  @Field(() => PublishStatus, { nullable: true, description: 'Only states the caller may see are returned.' })
  status?: PublishStatus | null;
}

@ObjectType({ description: 'One page of services and how many match in all.' })
export class ServicePage {
  @Field(() => [Service])
  items!: Service[];

  @Field(() => Int)
  totalCount!: number;
}
