import type { RequestContext } from '@mpp/kit/subgraph';
import type { ServiceCategory } from './category.entity';
import { categoryById } from './category.queries';

/** `ServiceCategory` entities asked for by other subgraphs, batched per request. */
export function resolveCategoryReference(reference: { id: string }, context: RequestContext): Promise<ServiceCategory | null> {
  return categoryById(context).load(reference.id);
}
