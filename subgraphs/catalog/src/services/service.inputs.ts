import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { PublishStatus, Service } from './service.entity';

@InputType({ description: 'Narrows a list of services; all given conditions must hold.' })
export class ServiceFilter {
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
