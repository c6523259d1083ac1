import type { RequestContext } from '@mpp/kit/subgraph';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ServiceReference } from '../services/service.reference-type';
import { Ticket } from '../tickets/ticket.entity';
import { Queue } from './queue.entity';
import { QueueSettingsInput } from './queue.inputs';
import { upsertQueueSettings } from './queue.mutations';
import { findQueueSettings, listQueueSettings } from './queue.queries';
import { ServiceQueueView } from './queue-status';

@Resolver(() => Queue)
export class QueueSettingsResolver {
  @Query(() => Queue, { nullable: true, description: "A service's queue settings (staff); null when it has none or they are not yours to read." })
  queueSettings(@Arg('serviceId', () => ID) serviceId: string, @Ctx() context: RequestContext): Promise<Queue | null> {
    return findQueueSettings(context, serviceId);
  }

  @Query(() => [Queue], { description: "Queue settings by prefix (staff: DPMPTSP all, others their agency's), optionally of one agency." })
  queues(@Arg('agencyId', () => ID, { nullable: true }) agencyId: string | null, @Ctx() context: RequestContext): Promise<Queue[]> {
    return listQueueSettings(context, agencyId);
  }

  @Mutation(() => Queue, {
    description:
      "Opens a service's queue (no version) or changes its settings (the version you read; a patch). " +
      'EDITOR and ADMIN for every service, PARTNER for their own agency\'s.',
  })
  upsertQueueSettings(
    @Arg('serviceId', () => ID) serviceId: string,
    @Arg('version', () => Int, { nullable: true }) version: number | null,
    @Arg('input') input: QueueSettingsInput,
    @Ctx() context: RequestContext,
  ): Promise<Queue> {
    return upsertQueueSettings(context, serviceId, version, input);
  }

  @FieldResolver(() => ID, { description: 'The service (its queue has the same id).' })
  serviceId(@Root() queue: Queue): string {
    return queue.id;
  }

  @FieldResolver(() => ServiceReference, { nullable: true, description: 'Resolved by the catalog subgraph.' })
  service(@Root() queue: Queue): ServiceReference {
    return ServiceReference.of(queue.id);
  }
}

@Resolver(() => ServiceQueueView)
export class ServiceQueueViewResolver {
  @FieldResolver(() => [Ticket], { description: 'Tickets called or being served now, by call time.' })
  nowServing(@Root() queue: ServiceQueueView): Ticket[] {
    return queue.nowServing;
  }
}
