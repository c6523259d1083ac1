import type { RequestContext } from '@mpp/kit/subgraph';
import type { StaffUser } from './staff-user.entity';
import { staffUserById } from './staff.queries';

/** `StaffUser` entities asked for by other subgraphs, batched per request. */
export function resolveStaffUserReference(reference: { id: string }, context: RequestContext): Promise<StaffUser | null> {
  return staffUserById(context).load(reference.id);
}
