import type { RequestContext } from '@mpp/kit/subgraph';
import { readableServiceById } from './service.queries';
import type { ServiceRecord } from './service.entity';

/** `Service` entities asked for by other subgraphs: null where the caller may not see them. */
export function resolveServiceReference(reference: { id: string }, context: RequestContext): Promise<ServiceRecord | null> {
  return readableServiceById(context).load(reference.id);
}
