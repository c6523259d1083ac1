import type { RequestContext } from '@mpp/kit/subgraph';
import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { Ticket } from '../tickets/ticket.entity';
import { DEFAULT_BOARD_SIZE, latestCalls } from './board.queries';

@Resolver()
export class BoardResolver {
  @Query(() => [Ticket], {
    description:
      "The display board: today's latest calls, newest first (ticket number → its counter), of one floor when asked. " +
      "Display screens follow it through the gateway's GET /board/events stream; other screens may poll it (answers may be reused for a second).",
  })
  queueBoard(
    @Arg('limit', () => Int, { nullable: true, defaultValue: DEFAULT_BOARD_SIZE }) limit: number | null,
    @Arg('floor', () => Int, { nullable: true }) floor: number | null,
    @Ctx() context: RequestContext,
  ): Promise<Ticket[]> {
    return latestCalls(context, limit, floor);
  }
}
