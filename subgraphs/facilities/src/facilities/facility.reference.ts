import type { RequestContext } from '@mpp/kit/subgraph';
import type { Facility } from './facility.entity';
import { facilityById } from './facility.queries';

/** `Facility` entities asked for by other subgraphs, batched per request. */
export function resolveFacilityReference(reference: { id: string }, context: RequestContext): Promise<Facility | null> {
  return facilityById(context).load(reference.id);
}
