import { CalendarDateScalar } from '@mpp/kit/subgraph';
import { Field, InputType } from 'type-graphql';

@InputType({ description: 'A date the mall is closed, and why.' })
export class ClosedDateInput {
  @Field(() => CalendarDateScalar)
  date!: string;

  @Field({ description: 'As citizens read it, e.g. "Cuti bersama Idul Fitri 1447 H".' })
  reason!: string;
}
