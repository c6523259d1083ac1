import type { RequestContext } from '@mpp/kit/subgraph';
import { agencyById } from './agency.queries';
import type { AgencyRecord } from './agency.entity';

/** `Agency` entities asked for by other subgraphs, batched per request. */
export function resolveAgencyReference(reference: { id: string }, context: RequestContext): Promise<AgencyRecord | null> {
  return agencyById(context).load(reference.id);
}
