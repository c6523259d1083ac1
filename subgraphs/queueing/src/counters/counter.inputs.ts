import { Field, ID, InputType } from 'type-graphql';

@InputType({
  description:
    'A counter, or changes to one (fields left out stay as they are). Creating needs name, boothId and serviceIds. ' +
    "A counter serves queues of its booth's agency only.",
})
export class CounterInput {
  @Field(() => String, { nullable: true, description: 'As the board shows it, e.g. "Loket G-05". Unique.' })
  name?: string | null;

  @Field(() => ID, { nullable: true, description: 'The booth (gerai) it is at; its agency and floor become the counter\'s.' })
  boothId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'The services whose queues it calls from (at least one), of its agency.' })
  serviceIds?: string[] | null;
}
