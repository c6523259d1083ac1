import type { RequestContext } from '@mpp/kit/subgraph';
import type { Booth } from './booth.entity';
import { boothById } from './booth.queries';

/** `Booth` entities asked for by other subgraphs, batched per request. */
export function resolveBoothReference(reference: { id: string }, context: RequestContext): Promise<Booth | null> {
  return boothById(context).load(reference.id);
}
