import { byKeys, defineLoader, type RequestContext } from '@mpp/kit/subgraph';
import { Queue } from './queue.entity';
import { queuePolicy } from './queue.policy';

/** A service's queue settings; null when it has no queue or the caller may not read them. */
export async function findQueueSettings(context: RequestContext, serviceId: string): Promise<Queue | null> {
  const queue = await queueById(context).load(serviceId);
  return queue && queuePolicy.allows(context.viewer, 'queue.readSettings', queue.agencyId) ? queue : null;
}

/**
 * `Service.queueSettings`, a staff-only field: the public gets UNAUTHENTICATED on it, staff who
 * may not read the queue's settings (or a service without a queue) null.
 */
export async function queueSettingsOfService(context: RequestContext, serviceId: string): Promise<Queue | null> {
  const queue = await queueById(context).load(serviceId);
  if (!queuePolicy.allowsStaffField(context.viewer, 'queue.readSettings', queue?.agencyId ?? null)) return null;
  return queue;
}

/** The queues whose settings the caller may read (an agency's, when asked), by prefix. */
export function listQueueSettings(context: RequestContext, agencyId: string | null | undefined): Promise<Queue[]> {
  if (queuePolicy.reach(context.viewer, 'queue.readSettings') === 'none') queuePolicy.require(context.viewer, 'queue.readSettings', null);
  const ownOnly = queuePolicy.ownAgencyOnly(context.viewer, 'queue.readSettings');
  const agencies = [agencyId, ownOnly].filter((id): id is string => typeof id === 'string');
  if (new Set(agencies).size > 1) return Promise.resolve([]);
  return context.em.find(Queue, agencies.length > 0 ? { agencyId: agencies[0] } : {}, { orderBy: { prefix: 'asc' } });
}

/** Queues by id (the service's), batched per request; for paths that ask the policy themselves. */
export const queueById = defineLoader<string, Queue | null>(async (ids, context) => {
  const queues = await context.em.find(Queue, { id: { $in: [...ids] } });
  return byKeys(ids, queues, (queue) => queue.id, null);
});
