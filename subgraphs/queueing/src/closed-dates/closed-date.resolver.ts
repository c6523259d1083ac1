import type { RequestContext } from '@mpp/kit/subgraph';
import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { ClosedDate } from './closed-date.entity';
import { ClosedDateYear } from './closed-date-year.entity';
import { ClosedDateInput } from './closed-date.inputs';
import { setClosedDates } from './closed-date.mutations';
import { findClosedDateYear, listClosedDates } from './closed-date.queries';

@Resolver(() => ClosedDate)
export class ClosedDateResolver {
  @Query(() => [ClosedDate], { description: "A year's dates the mall is closed (holidays, cuti bersama), by date." })
  closedDates(@Arg('year', () => Int) year: number, @Ctx() context: RequestContext): Promise<ClosedDate[]> {
    return listClosedDates(context, year);
  }

  @Query(() => ClosedDateYear, { nullable: true, description: "A year's closed dates with the version to save them from; null while the year has never been saved." })
  closedDateYear(@Arg('year', () => Int) year: number, @Ctx() context: RequestContext): Promise<ClosedDateYear | null> {
    return findClosedDateYear(context, year);
  }

  @Mutation(() => ClosedDateYear, {
    description:
      "Replaces a year's closed dates with these (EDITOR, ADMIN); they are its whole list. Send the version of the year you read " +
      '(closedDateYear), none for a year never saved: a stale or missing one is CONFLICT and changes nothing.',
  })
  setClosedDates(
    @Arg('year', () => Int) year: number,
    @Arg('version', () => Int, { nullable: true }) version: number | null,
    @Arg('dates', () => [ClosedDateInput]) dates: ClosedDateInput[],
    @Ctx() context: RequestContext,
  ): Promise<ClosedDateYear> {
    return setClosedDates(context, year, version, dates);
  }
}
