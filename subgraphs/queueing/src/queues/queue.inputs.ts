import { WeeklyHoursInput } from '@mpp/kit/subgraph';
import { Field, InputType, Int } from 'type-graphql';

@InputType({
  description:
    "A queue's settings, or changes to them (fields left out stay as they are). Opening a queue needs prefix and ticketHours; " +
    'it is enabled unless told otherwise.',
})
export class QueueSettingsInput {
  @Field(() => Boolean, { nullable: true })
  enabled?: boolean | null;

  @Field(() => String, { nullable: true, description: 'One to three capital letters, unique among queues; fixed on a day the queue has issued tickets.' })
  prefix?: string | null;

  @Field(() => Int, { nullable: true, description: 'Tickets a day, at least 1; null: no limit.' })
  dailyQuota?: number | null;

  @Field(() => WeeklyHoursInput, { nullable: true, description: 'When tickets are given out, local time.' })
  ticketHours?: WeeklyHoursInput | null;
}
