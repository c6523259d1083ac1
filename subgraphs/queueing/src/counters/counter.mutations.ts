import { badUserInput, clock, conflict, newId, notFound, requireText, type Viewer } from '@mpp/kit';
import { fieldChanges, flushOrConflict, inUnitOfWork, recordChange, requireVersion, type RequestContext } from '@mpp/kit/subgraph';
import { boothPlacement, type BoothFacts } from '../public-api/public-directory';
import { Queue } from '../queues/queue.entity';
import { closeEndedDays } from '../tickets/day-end';
import { Counter, CounterStatus } from './counter.entity';
import type { CounterInput } from './counter.inputs';
import { counterPolicy, requireCounterOperator } from './counter.policy';
import { effectiveCounterStatus, nextCounterStatus, type CounterStep } from './counter.states';

const COUNTER = 'This counter';

/** What the audit trail records of a counter. */
type CounterFacts = Pick<Counter, 'name' | 'boothId' | 'agencyId' | 'floor' | 'serviceIds' | 'status' | 'officerId'>;
const AUDITED: readonly (keyof CounterFacts)[] = ['name', 'boothId', 'agencyId', 'floor', 'serviceIds', 'status', 'officerId'];

/**
 * A new counter at a booth, closed until an officer signs in. The booth's agency and floor are
 * learned from the public API before the unit of work (no transaction waits on the network);
 * who may set up no counter at all is refused before anything is asked.
 */
export async function createCounter(context: RequestContext, input: CounterInput): Promise<Counter> {
  requireSomeCounterManagement(context.viewer);
  const booth = await requireBooth(context, input.boothId);
  return inUnitOfWork(context, async (unit) => {
    counterPolicy.require(unit.viewer, 'counter.manage', booth.agencyId);
    const counter = unit.em.create(Counter, {
      id: newId(),
      name: await freeName(unit, input.name, null),
      boothId: booth.id,
      agencyId: booth.agencyId,
      floor: booth.floor,
      serviceIds: await servedQueues(unit, input.serviceIds, booth.agencyId),
      status: CounterStatus.CLOSED,
    });
    recordChange(unit, { entityType: 'Counter', entityId: counter.id, action: 'CREATE', ownerAgencyId: counter.agencyId, changes: fieldChanges<CounterFacts>(null, counter, AUDITED) });
    // Two counters given one name at the same moment: the unique index decides.
    await flushOrConflict(unit.em, COUNTER, 'name');
    return counter;
  });
}

/**
 * A patch of a counter (its name, booth, services); send the version you read. Moving it to
 * another agency's booth needs the manager's right over both agencies, the counter closed, and
 * services of the new agency. Refusals in order: NOT_FOUND, FORBIDDEN, CONFLICT, field rules.
 */
export async function updateCounter(context: RequestContext, id: string, version: number, input: CounterInput): Promise<Counter> {
  requireSomeCounterManagement(context.viewer);
  const booth = input.boothId !== undefined ? await requireBooth(context, input.boothId) : null;
  return inUnitOfWork(context, async (unit) => {
    const counter = await unit.em.findOne(Counter, { id });
    if (!counter) throw notFound('Counter');
    counterPolicy.require(unit.viewer, 'counter.manage', counter.agencyId);
    if (booth) counterPolicy.require(unit.viewer, 'counter.manage', booth.agencyId);
    requireVersion(counter, version, COUNTER);
    const movesAgency = booth !== null && booth.agencyId !== counter.agencyId;
    if (movesAgency && effectiveCounterStatus(counter, clock.today()) !== CounterStatus.CLOSED) {
      throw conflict(`${counter.name} is open: sign its officer out before moving it to another agency's booth.`);
    }

    const before: CounterFacts = { ...counter };
    if (input.name !== undefined) counter.name = await freeName(unit, input.name, counter.id);
    if (booth) Object.assign(counter, { boothId: booth.id, agencyId: booth.agencyId, floor: booth.floor });
    if (input.serviceIds !== undefined || movesAgency) counter.serviceIds = await servedQueues(unit, input.serviceIds === undefined ? counter.serviceIds : input.serviceIds, counter.agencyId);

    const changes = fieldChanges<CounterFacts>(before, counter, AUDITED);
    if (changes.length > 0) recordChange(unit, { entityType: 'Counter', entityId: counter.id, action: 'UPDATE', ownerAgencyId: counter.agencyId, changes });
    await flushOrConflict(unit.em, COUNTER, 'name');
    return counter;
  });
}

/**
 * Signs the caller in to a counter, which opens it: an officer of the counter's agency (DPMPTSP
 * editors and administrators at any counter). One counter at a time: signed in elsewhere, the
 * caller gets CONFLICT naming that counter rather than being moved — the other counter may
 * still hold a called ticket, and only its officer knows what became of it. Signing in again
 * where one already is changes nothing.
 */
export async function signInToCounter(context: RequestContext, counterId: string): Promise<Counter> {
  await closeEndedDays(context);
  return inUnitOfWork(context, async (unit) => {
    const today = clock.today();
    const counter = await unit.em.findOne(Counter, { id: counterId });
    if (!counter) throw notFound('Counter');
    counterPolicy.require(unit.viewer, 'counter.signIn', counter.agencyId);
    const userId = staffUserId(unit.viewer);
    const status = effectiveCounterStatus(counter, today);
    if (status !== CounterStatus.CLOSED) {
      if (counter.officerId === userId) return counter;
      throw conflict(`${counter.name} is in use: another officer is signed in to it and must sign out first.`);
    }
    const elsewhere = await unit.em.findOne(Counter, { officerId: userId });
    if (elsewhere && elsewhere.id !== counter.id && effectiveCounterStatus(elsewhere, today) !== CounterStatus.CLOSED) {
      throw conflict(`You are signed in to ${elsewhere.name}: sign out of it first (one counter at a time).`);
    }
    const before: CounterFacts = { ...counter };
    Object.assign(counter, { status: nextCounterStatus(status, 'signIn'), officerId: userId, openedOn: today, signedInAt: clock.now() });
    recordChange(unit, { entityType: 'Counter', entityId: counter.id, action: 'SIGN_IN', ownerAgencyId: counter.agencyId, changes: fieldChanges<CounterFacts>(before, counter, AUDITED) });
    // The same officer signing in to two counters at the same moment: the unique index on the officer decides.
    await flushOrConflict(unit.em, COUNTER);
    return counter;
  });
}

/**
 * Signs the officer out, which closes the counter: the officer signed in to it, or a DPMPTSP
 * editor or administrator. A ticket it has called stays its current ticket (for whoever signs in
 * next, or until the end of the day).
 */
export function signOutOfCounter(context: RequestContext, counterId: string): Promise<Counter> {
  return stepCounter(context, counterId, 'signOut', 'SIGN_OUT', (counter) => {
    counter.officerId = null;
  });
}

/** Stops calling for a while (the officer stays signed in). */
export function pauseCounter(context: RequestContext, counterId: string): Promise<Counter> {
  return stepCounter(context, counterId, 'pause', 'PAUSE');
}

export function resumeCounter(context: RequestContext, counterId: string): Promise<Counter> {
  return stepCounter(context, counterId, 'resume', 'RESUME');
}

/** One step of the counter's state machine by whoever works it, as one unit of work with its audit record. */
async function stepCounter(context: RequestContext, counterId: string, step: CounterStep, action: string, alsoChange?: (counter: Counter) => void): Promise<Counter> {
  await closeEndedDays(context);
  return inUnitOfWork(context, async (unit) => {
    const today = clock.today();
    const counter = await unit.em.findOne(Counter, { id: counterId });
    if (!counter) throw notFound('Counter');
    requireCounterOperator(unit.viewer, counter, today);
    const before: CounterFacts = { ...counter };
    counter.status = nextCounterStatus(effectiveCounterStatus(counter, today), step);
    alsoChange?.(counter);
    recordChange(unit, { entityType: 'Counter', entityId: counter.id, action, ownerAgencyId: counter.agencyId, changes: fieldChanges<CounterFacts>(before, counter, AUDITED) });
    await flushOrConflict(unit.em, COUNTER);
    return counter;
  });
}

/** Whoever may manage no counter at all is refused before the public API is asked anything. */
function requireSomeCounterManagement(viewer: Viewer): void {
  if (counterPolicy.reach(viewer, 'counter.manage') === 'none') counterPolicy.require(viewer, 'counter.manage', null);
}

async function requireBooth(context: RequestContext, boothId: string | null | undefined): Promise<BoothFacts> {
  if (!boothId) throw badUserInput('boothId', 'boothId is required: the booth the counter is at.');
  const booth = await boothPlacement(context.config, boothId);
  if (!booth) throw badUserInput('boothId', 'No booth has this id.');
  return booth;
}

/** A name of 2–80 characters no other counter has. */
async function freeName(unit: RequestContext, value: string | null | undefined, counterId: string | null): Promise<string> {
  const name = requireText(value, 'name', 2, 80);
  const taken = await unit.em.findOne(Counter, { name }, { fields: ['id'] });
  if (taken && taken.id !== counterId) throw badUserInput('name', 'Another counter already has this name.');
  return name;
}

/** The services given, each once: at least one, each with a queue of the counter's agency. */
async function servedQueues(unit: RequestContext, serviceIds: readonly string[] | null | undefined, agencyId: string): Promise<string[]> {
  const ids = [...new Set(serviceIds ?? [])];
  if (ids.length === 0) throw badUserInput('serviceIds', 'serviceIds must name at least one service whose queue the counter calls from.');
  const queues = new Map((await unit.em.find(Queue, { id: { $in: ids } })).map((queue) => [queue.id, queue]));
  ids.forEach((serviceId, index) => {
    const queue = queues.get(serviceId);
    if (!queue) throw badUserInput(`serviceIds.${index}`, 'This service has no queue.');
    if (queue.agencyId !== agencyId) throw badUserInput(`serviceIds.${index}`, "This is another agency's service: a counter calls only its own agency's queues.");
  });
  return ids;
}

/** The staff account of a viewer the policy has let through as staff. */
function staffUserId(viewer: Viewer): string {
  if (viewer.kind !== 'staff') throw new Error('a counter step reached a caller who is not staff');
  return viewer.userId;
}
