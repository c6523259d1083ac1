import type { RequestContext } from '@mpp/kit/subgraph';
import type { Agency } from './agency.entity';
import { agencyById } from './agency.queries';

/** `Agency` entities asked for by other subgraphs, batched per request. */
export function resolveAgencyReference(reference: { id: string }, context: RequestContext): Promise<Agency | null> {
  return agencyById(context).load(reference.id);
}
