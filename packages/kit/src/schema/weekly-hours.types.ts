import { Directive, Field, InputType, Int, ObjectType } from 'type-graphql';

/*
 * Weekly opening hours as GraphQL types: the kit's WeeklyHours, DayHours and TimeRange
 * (clock/mall-time.ts) in the schema, one definition for every subgraph that publishes hours
 * (a queue's ticket hours, the mall's and each facility's opening hours). Shareable: several
 * subgraphs return the very same types; check an input with checkWeeklyHours.
 */

@Directive('@shareable')
@ObjectType('TimeRange', { description: 'A span of one day in local time, from `opens` (inclusive) to `closes` (exclusive).' })
export class TimeRangeView {
  @Field({ description: '"HH:MM", 24-hour local time, e.g. "08:00".' })
  opens!: string;

  @Field({ description: '"HH:MM", after `opens`; "24:00" is midnight at the end of the day.' })
  closes!: string;
}

@Directive('@shareable')
@ObjectType('DayHours', { description: "One weekday's hours; a day with a break has two ranges." })
export class DayHoursView {
  @Field(() => Int, { description: '1 = Monday … 7 = Sunday.' })
  weekday!: number;

  @Field(() => [TimeRangeView], { description: 'By opening time; none: closed that weekday.' })
  ranges!: TimeRangeView[];
}

@Directive('@shareable')
@ObjectType('WeeklyHours', { description: 'The regular week; a weekday left out is closed.' })
export class WeeklyHoursView {
  @Field(() => [DayHoursView], { description: 'By weekday.' })
  days!: DayHoursView[];
}

@InputType('TimeRangeInput')
export class TimeRangeInput {
  @Field({ description: '"HH:MM", 24-hour local time.' })
  opens!: string;

  @Field({ description: '"HH:MM", after `opens`; "24:00" for midnight.' })
  closes!: string;
}

@InputType('DayHoursInput')
export class DayHoursInput {
  @Field(() => Int, { description: '1 = Monday … 7 = Sunday; each at most once.' })
  weekday!: number;

  @Field(() => [TimeRangeInput], { description: 'At most six ranges, none overlapping.' })
  ranges!: TimeRangeInput[];
}

@InputType('WeeklyHoursInput')
export class WeeklyHoursInput {
  @Field(() => [DayHoursInput], { description: 'A weekday left out is closed.' })
  days!: DayHoursInput[];
}
