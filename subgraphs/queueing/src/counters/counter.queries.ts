import { clock } from '@mpp/kit';
import { byKeys, byNameAsRead, defineLoader, type RequestContext } from '@mpp/kit/subgraph';
import { StaffUserReference } from '../staff/staff-user.reference-type';
import { Counter } from './counter.entity';
import { counterPolicy } from './counter.policy';
import { signedInOfficer } from './counter.states';

/** Counters by name as people read it, of one agency or floor when asked. Public. */
export function listCounters(context: RequestContext, filter: { agencyId?: string | null; floor?: number | null }): Promise<Counter[]> {
  counterPolicy.require(context.viewer, 'counter.read', null);
  return context.em.find(
    Counter,
    { ...(filter.agencyId ? { agencyId: filter.agencyId } : {}), ...(typeof filter.floor === 'number' ? { floor: filter.floor } : {}) },
    { orderBy: byNameAsRead<Counter>(context) },
  );
}

/** Counters by id, batched per request (public). */
export const counterById = defineLoader<string, Counter | null>(async (ids, context) => {
  if (!counterPolicy.allows(context.viewer, 'counter.read', null)) return ids.map(() => null);
  const counters = await context.em.find(Counter, { id: { $in: [...ids] } });
  return byKeys(ids, counters, (counter) => counter.id, null);
});

/** One counter; null when none has this id. */
export function findCounter(context: RequestContext, id: string): Promise<Counter | null> {
  return counterById(context).load(id);
}

/**
 * Who is signed in to the counter (staff only: the public gets UNAUTHENTICATED on the field,
 * staff without the right null); null when nobody is.
 */
export function officerOf(context: RequestContext, counter: Counter): StaffUserReference | null {
  if (!counterPolicy.allowsStaffField(context.viewer, 'counter.readOfficer', counter.agencyId)) return null;
  const officerId = signedInOfficer(counter, clock.today());
  return officerId === null ? null : StaffUserReference.of(officerId);
}
