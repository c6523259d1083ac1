import type { RequestContext } from '@mpp/kit/subgraph';
import type { GraphQLResolveInfo } from 'graphql';
import { publicReadHint } from '../facilities/facility.cache-hints';
import { AgencyReference } from './agency.reference-type';

/**
 * `Agency` references from the gateway need nothing from the database: the key is all. Its
 * facilities are public, so the answer may be reused as Agency.facilities says.
 */
export function resolveAgencyReference(reference: { id: string }, context: RequestContext, info?: GraphQLResolveInfo): AgencyReference {
  if (info) publicReadHint(info, context);
  return AgencyReference.of(reference.id);
}
