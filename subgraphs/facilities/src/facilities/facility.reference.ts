import type { RequestContext } from '@mpp/kit/subgraph';
import type { GraphQLResolveInfo } from 'graphql';
import { publicReadHint } from './facility.cache-hints';
import type { Facility } from './facility.entity';
import { facilityById } from './facility.queries';

/** `Facility` entities asked for by other subgraphs, batched per request; public, so reusable as the public fields are. */
export function resolveFacilityReference(reference: { id: string }, context: RequestContext, info?: GraphQLResolveInfo): Promise<Facility | null> {
  if (info) publicReadHint(info, context);
  return facilityById(context).load(reference.id);
}
