import { badUserInput, conflict, notFound } from '@mpp/kit';
import { DailyCounter, fieldChanges, flushOrConflict, inUnitOfWork, recordChange, requireVersion, type RequestContext } from '@mpp/kit/subgraph';
import { clock } from '@mpp/kit';
import { publishedService } from '../public-api/public-directory';
import { queueCounterKey } from '../tickets/ticket.numbers';
import { Queue } from './queue.entity';
import type { QueueSettingsInput } from './queue.inputs';
import { queuePolicy } from './queue.policy';
import { normalisedPrefix, optionalDailyQuota, requireEnabled, requirePrefix, requireTicketHours } from './queue.rules';

const QUEUE = "This service's queue";
const AUDITED = ['agencyId', 'enabled', 'prefix', 'dailyQuota', 'ticketHours'] as const;

/**
 * Opens a service's queue (no `version`: the caller saw none) or changes its settings (the
 * `version` it read; a patch). One mutation for the CMS's one form per service: it need not
 * know beforehand which of the two it is, yet an editor who opened a queue while another was
 * opening it too gets CONFLICT rather than overwriting it.
 */
export function upsertQueueSettings(context: RequestContext, serviceId: string, version: number | null | undefined, input: QueueSettingsInput): Promise<Queue> {
  return version === null || version === undefined ? openQueue(context, serviceId, input) : changeQueue(context, serviceId, version, input);
}

/**
 * A new queue. Its agency is the service's, learned from the public API (so an unpublished or
 * unknown service cannot have one), before the unit of work: no transaction waits on the
 * network. Who may manage no queue at all is refused before anything is asked.
 */
async function openQueue(context: RequestContext, serviceId: string, input: QueueSettingsInput): Promise<Queue> {
  requireSomeQueueManagement(context);
  const service = await publishedService(context.config, serviceId);
  if (!service) throw badUserInput('serviceId', 'No published service has this id.');
  return inUnitOfWork(context, async (unit) => {
    queuePolicy.require(unit.viewer, 'queue.manage', service.agencyId);
    if (await unit.em.findOne(Queue, { id: service.id }, { fields: ['id'] })) {
      throw conflict('This service already has a queue: reload it and send the version you read to change it.');
    }
    const prefix = requirePrefix(input.prefix);
    const queue = unit.em.create(Queue, {
      id: service.id,
      agencyId: service.agencyId,
      enabled: input.enabled === undefined ? true : requireEnabled(input.enabled),
      prefix,
      dailyQuota: optionalDailyQuota(input.dailyQuota),
      ticketHours: requireTicketHours(input.ticketHours),
    });
    await requireFreePrefix(unit, prefix, queue.id);
    recordChange(unit, { entityType: 'QueueSettings', entityId: queue.id, action: 'CREATE', ownerAgencyId: queue.agencyId, changes: fieldChanges<Queue>(null, queue, AUDITED) });
    // Two queues given one prefix at the same moment: the unique index decides.
    await flushOrConflict(unit.em, QUEUE, 'prefix');
    return queue;
  });
}

/**
 * A patch of a queue's settings. Who may manage no queue at all (anonymous callers, kiosks,
 * officers) is refused first, as when opening one: UNAUTHENTICATED or FORBIDDEN, whether the
 * queue exists or not. Then, in order: NOT_FOUND, FORBIDDEN, CONFLICT, field rules.
 */
async function changeQueue(context: RequestContext, serviceId: string, version: number, input: QueueSettingsInput): Promise<Queue> {
  requireSomeQueueManagement(context);
  return inUnitOfWork(context, async (unit) => {
    const queue = await unit.em.findOne(Queue, { id: serviceId });
    if (!queue || !queuePolicy.allows(unit.viewer, 'queue.readSettings', queue.agencyId)) throw notFound('Queue');
    queuePolicy.require(unit.viewer, 'queue.manage', queue.agencyId);
    requireVersion(queue, version, QUEUE);
    const prefixChanges = input.prefix !== undefined && normalisedPrefix(input.prefix) !== queue.prefix;
    // Today's numbers carry the old prefix: another queue taking it today would repeat them.
    if (prefixChanges && (await issuedTodayBy(unit, queue)) > 0) {
      throw conflict(`The queue has issued tickets today under "${queue.prefix}": change its prefix after today's service.`);
    }

    const before = { ...queue };
    if (input.enabled !== undefined) queue.enabled = requireEnabled(input.enabled);
    if (prefixChanges) {
      queue.prefix = requirePrefix(input.prefix);
      await requireFreePrefix(unit, queue.prefix, queue.id);
    }
    if (input.dailyQuota !== undefined) queue.dailyQuota = optionalDailyQuota(input.dailyQuota);
    if (input.ticketHours !== undefined) queue.ticketHours = requireTicketHours(input.ticketHours);

    const changes = fieldChanges<Queue>(before, queue, AUDITED);
    if (changes.length > 0) recordChange(unit, { entityType: 'QueueSettings', entityId: queue.id, action: 'UPDATE', ownerAgencyId: queue.agencyId, changes });
    await flushOrConflict(unit.em, QUEUE, 'prefix');
    return queue;
  });
}

/** Refuses whoever may manage no queue at all, before anything is read or asked. */
function requireSomeQueueManagement(context: RequestContext): void {
  if (queuePolicy.reach(context.viewer, 'queue.manage') === 'none') queuePolicy.require(context.viewer, 'queue.manage', null);
}

async function requireFreePrefix(unit: RequestContext, prefix: string, queueId: string): Promise<void> {
  const taken = await unit.em.findOne(Queue, { prefix }, { fields: ['id'] });
  if (taken && taken.id !== queueId) throw badUserInput('prefix', `Another queue already uses the prefix "${prefix}".`);
}

async function issuedTodayBy(unit: RequestContext, queue: Queue): Promise<number> {
  const counter = await unit.em.findOne(DailyCounter, { key: queueCounterKey(queue.id), day: clock.today() });
  return counter?.value ?? 0;
}
