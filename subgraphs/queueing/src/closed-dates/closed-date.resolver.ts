import type { RequestContext } from '@mpp/kit/subgraph';
import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { ClosedDate } from './closed-date.entity';
import { ClosedDateInput } from './closed-date.inputs';
import { setClosedDates } from './closed-date.mutations';
import { listClosedDates } from './closed-date.queries';

@Resolver(() => ClosedDate)
export class ClosedDateResolver {
  @Query(() => [ClosedDate], { description: "A year's dates the mall is closed (holidays, cuti bersama), by date." })
  closedDates(@Arg('year', () => Int) year: number, @Ctx() context: RequestContext): Promise<ClosedDate[]> {
    return listClosedDates(context, year);
  }

  @Mutation(() => [ClosedDate], { description: "Replaces a year's closed dates with these (EDITOR, ADMIN); they are its whole list." })
  setClosedDates(
    @Arg('year', () => Int) year: number,
    @Arg('dates', () => [ClosedDateInput]) dates: ClosedDateInput[],
    @Ctx() context: RequestContext,
  ): Promise<ClosedDate[]> {
    return setClosedDates(context, year, dates);
  }
}
