import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { SearchSynonymGroup } from './search-synonym-group.entity';

@InputType({ description: 'A new synonym group.' })
export class SearchSynonymGroupInput {
  @Field(() => String, { nullable: true, description: 'Lowercase letters and digits joined by hyphens; made from the first phrase when left out.' })
  key?: string | null;

  @Field(() => [String], { description: '2 to 50 phrases of at most 120 characters, none in another group.' })
  phrases!: string[];
}

@ObjectType({ description: 'One page of synonym groups and how many there are in all.' })
export class SearchSynonymGroupPage {
  @Field(() => [SearchSynonymGroup])
  items!: SearchSynonymGroup[];

  @Field(() => Int)
  totalCount!: number;
}
