import type { RequestContext } from '@mpp/kit/subgraph';
import type { Service } from './service.entity';
import { readableServiceById } from './service.queries';

/** `Service` entities asked for by other subgraphs: null where the caller may not see them. */
export function resolveServiceReference(reference: { id: string }, context: RequestContext): Promise<Service | null> {
  return readableServiceById(context).load(reference.id);
}
