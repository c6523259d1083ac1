import { DayHoursView, TimeRangeView, WeeklyHoursView, type RequestContext } from '@mpp/kit/subgraph';
import type { GraphQLResolveInfo } from 'graphql';
import { Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import { publicReadHint } from './facility.cache-hints';

/*
 * The kit's shared hour types as this subgraph answers them: as they are, with the cache hint of
 * public data on their object fields, so that a facility's or the mall's hours leave its answer
 * reusable (see facility.cache-hints.ts). Their schema is the kit's, unchanged.
 */

@Resolver(() => WeeklyHoursView)
export class WeeklyHoursResolver {
  @FieldResolver()
  days(@Root() hours: WeeklyHoursView, @Ctx() context: RequestContext, @Info() info: GraphQLResolveInfo): DayHoursView[] {
    publicReadHint(info, context);
    return hours.days;
  }
}

@Resolver(() => DayHoursView)
export class DayHoursResolver {
  @FieldResolver()
  ranges(@Root() day: DayHoursView, @Ctx() context: RequestContext, @Info() info: GraphQLResolveInfo): TimeRangeView[] {
    publicReadHint(info, context);
    return day.ranges;
  }
}
