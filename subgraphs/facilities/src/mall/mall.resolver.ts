import { AuditPage, noCacheHint, PageArgs, WeeklyHoursView, type RequestContext } from '@mpp/kit/subgraph';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { MallClosedDate } from '../closed-dates/mall-closed-date.entity';
import { listClosedDates } from '../closed-dates/mall-closed-date.queries';
import { Mall } from './mall.entity';
import { MallInput } from './mall.inputs';
import { updateMall } from './mall.mutations';
import { findMall, mallHistory, mallOpenNow } from './mall.queries';

@Resolver(() => Mall)
export class MallResolver {
  @Query(() => Mall, { description: 'The mall: its profile, weekly hours and closed dates, and whether it is open now.' })
  mall(@Ctx() context: RequestContext): Promise<Mall> {
    return findMall(context);
  }

  @Mutation(() => Mall, { description: "Changes the mall's profile and weekly hours (a patch; EDITOR, ADMIN); send the version you read." })
  updateMall(@Arg('version', () => Int) version: number, @Arg('input') input: MallInput, @Ctx() context: RequestContext): Promise<Mall> {
    return updateMall(context, version, input);
  }

  @FieldResolver(() => WeeklyHoursView, { description: 'The building\'s regular week, local time; closedDates are excepted.' })
  openingHours(@Root() mall: Mall): WeeklyHoursView {
    return mall.openingHours;
  }

  @FieldResolver(() => [MallClosedDate], {
    description:
      "A year's dates the mall is closed (this year's unless asked), by date: the queueing subgraph's closed dates, as this subgraph last copied them.",
  })
  closedDates(
    @Arg('year', () => Int, { nullable: true }) year: number | null,
    @Ctx() context: RequestContext,
  ): Promise<MallClosedDate[]> {
    return listClosedDates(context, year);
  }

  @FieldResolver(() => Boolean, { description: 'Open now: within its weekly hours and not a closed date.' })
  async isOpenNow(@Ctx() context: RequestContext): Promise<boolean> {
    return (await mallOpenNow(context)).isOpenNow;
  }

  @FieldResolver(() => Date, { nullable: true, description: 'When isOpenNow next flips; null when it will not within a year.' })
  async nextChangeAt(@Ctx() context: RequestContext): Promise<Date | null> {
    return (await mallOpenNow(context)).nextChangeAt;
  }

  @FieldResolver(() => AuditPage, { nullable: true, description: 'Every change of the profile and hours, newest first (DPMPTSP staff).' })
  history(@Root() mall: Mall, @Args() { limit, offset }: PageArgs, @Ctx() context: RequestContext, @Info() info: GraphQLResolveInfo): Promise<AuditPage | null> {
    noCacheHint(info);
    return mallHistory(context, mall, limit, offset);
  }
}
