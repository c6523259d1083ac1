import { clock } from '@mpp/kit';
import { byKeys, defineLoader } from '@mpp/kit/subgraph';
import { Field, Int, ObjectType } from 'type-graphql';
import { ClosedDate } from '../closed-dates/closed-date.entity';
import { Ticket } from '../tickets/ticket.entity';
import { estimatedMinutes, queueLoadOf } from '../tickets/ticket.estimates';
import { issuedToday } from '../tickets/ticket.numbers';
import { takesTicketsAt } from './queue.opening';
import { queuePolicy } from './queue.policy';
import { Queue } from './queue.entity';

/** What the public sees of a service's queue now (`Service.queue`). */
@ObjectType('ServiceQueue', { description: "A service's queue as it is now." })
export class ServiceQueueView {
  /** The service (not in the schema: the view is reached through it). */
  serviceId!: string;

  @Field({ description: 'The letters before its ticket numbers.' })
  prefix!: string;

  @Field({ description: 'A ticket can be taken now: enabled, within ticket hours, no closed date, quota left.' })
  open!: boolean;

  @Field(() => Int, { description: 'Tickets waiting to be called.' })
  waiting!: number;

  /** Resolved by ServiceQueueViewResolver (its cache hint). */
  nowServing!: Ticket[];

  @Field(() => Int, { nullable: true, description: 'Minutes a ticket taken now would wait; null while no counter is open for it.' })
  estimatedWaitMinutes!: number | null;
}

/**
 * Each service's queue as the public sees it (null: no queue), batched per request: a fixed
 * number of statements however many services are asked.
 */
export const queueStatusOf = defineLoader<string, ServiceQueueView | null>(async (serviceIds, context) => {
  if (!queuePolicy.allows(context.viewer, 'queue.readStatus', null)) return serviceIds.map(() => null);
  const queues = await context.em.find(Queue, { id: { $in: [...serviceIds] } });
  if (queues.length === 0) return serviceIds.map(() => null);
  const closedToday = (await context.em.count(ClosedDate, { date: clock.today() })) > 0;
  // Each loader answers all of its keys in one batch.
  const issued = await Promise.all(queues.map((queue) => issuedToday(context).load(queue.id)));
  const loads = await Promise.all(queues.map((queue) => queueLoadOf(context).load(queue.id)));
  const now = clock.now();
  const views = queues.map((queue, index) =>
    Object.assign(new ServiceQueueView(), {
      serviceId: queue.id,
      prefix: queue.prefix,
      open: takesTicketsAt(queue, { closedToday, issuedToday: issued[index] }, now, context.config.timeZone),
      waiting: loads[index].waiting.length,
      nowServing: loads[index].nowServing,
      estimatedWaitMinutes: estimatedMinutes(loads[index].waiting.length, loads[index]),
    }),
  );
  return byKeys(serviceIds, views, (view) => view.serviceId, null);
});
