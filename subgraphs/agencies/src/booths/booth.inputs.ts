import { CalendarDateScalar } from '@mpp/kit/subgraph';
import { Field, ID, InputType, Int } from 'type-graphql';
import { BoothStatus } from './booth.entity';

@InputType({
  description:
    'A booth, or changes to one (fields left out stay as they are). Creating needs code, floor, status and agencyId. ' +
    'Partners may change their own booths\' status and opening date.',
})
export class BoothInput {
  @Field(() => String, { nullable: true, description: 'e.g. "G-07"' })
  code?: string | null;

  @Field(() => Int, { nullable: true })
  floor?: number | null;

  @Field(() => BoothStatus, { nullable: true })
  status?: BoothStatus | null;

  @Field(() => CalendarDateScalar, { nullable: true, description: 'Required once the booth is no longer PLANNED.' })
  openedOn?: string | null;

  @Field(() => ID, { nullable: true })
  agencyId?: string | null;
}
