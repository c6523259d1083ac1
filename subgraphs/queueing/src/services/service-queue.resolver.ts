import type { RequestContext } from '@mpp/kit/subgraph';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Queue } from '../queues/queue.entity';
import { queueSettingsOfService } from '../queues/queue.queries';
import { queueStatusOf, ServiceQueueView } from '../queues/queue-status';
import { ServiceReference } from './service.reference-type';

@Resolver(() => ServiceReference)
export class ServiceQueueResolver {
  @FieldResolver(() => ServiceQueueView, { nullable: true, description: 'Its queue as it is now; null: tickets are not given out for this service.' })
  queue(@Root() service: ServiceReference, @Ctx() context: RequestContext): Promise<ServiceQueueView | null> {
    return queueStatusOf(context).load(service.id);
  }

  @FieldResolver(() => Queue, { nullable: true, description: "Its queue's settings (staff of DPMPTSP and of the service's agency); null: no queue." })
  queueSettings(@Root() service: ServiceReference, @Ctx() context: RequestContext): Promise<Queue | null> {
    return queueSettingsOfService(context, service.id);
  }
}
