import type { RequestContext } from '@mpp/kit/subgraph';
import { boothById } from './booth.queries';
import type { BoothRecord } from './booth.entity';

/** `Booth` entities asked for by other subgraphs, batched per request. */
export function resolveBoothReference(reference: { id: string }, context: RequestContext): Promise<BoothRecord | null> {
  return boothById(context).load(reference.id);
}
