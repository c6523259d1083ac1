import type { RequestContext } from '@mpp/kit/subgraph';
import type { Counter } from './counter.entity';
import { counterById } from './counter.queries';

/** `Counter` entities asked for by other subgraphs, batched per request. */
export function resolveCounterReference(reference: { id: string }, context: RequestContext): Promise<Counter | null> {
  return counterById(context).load(reference.id);
}
