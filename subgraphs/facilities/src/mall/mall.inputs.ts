import { WeeklyHoursInput } from '@mpp/kit/subgraph';
import { Field, InputType } from 'type-graphql';

@InputType({ description: "Changes to the mall's profile and weekly hours (fields left out stay as they are; null clears an optional one)." })
export class MallInput {
  @Field(() => String, { nullable: true, description: '2 to 120 characters.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: '5 to 300 characters.' })
  address?: string | null;

  @Field(() => String, { nullable: true, description: 'Digits, spaces, + ( ) -.' })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'An http(s) address.' })
  website?: string | null;

  @Field(() => WeeklyHoursInput, { nullable: true, description: "The building's regular week, local time; closed dates are the queueing subgraph's (setClosedDates)." })
  openingHours?: WeeklyHoursInput | null;
}
