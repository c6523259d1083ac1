import type { RequestContext } from '@mpp/kit/subgraph';
import type { GraphQLResolveInfo } from 'graphql';
import { Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import { publicReadHint } from '../facilities/facility.cache-hints';
import { Facility } from '../facilities/facility.entity';
import { facilitiesOfOperator } from '../facilities/facility.queries';
import { AgencyReference } from './agency.reference-type';

@Resolver(() => AgencyReference)
export class AgencyFacilitiesResolver {
  @FieldResolver(() => [Facility], { nullable: true, description: 'The facilities the agency operates (its ATMs, its shop), by name.' })
  facilities(@Root() agency: AgencyReference, @Ctx() context: RequestContext, @Info() info: GraphQLResolveInfo): Promise<Facility[]> {
    publicReadHint(info, context);
    return facilitiesOfOperator(context).load(agency.id);
  }
}
