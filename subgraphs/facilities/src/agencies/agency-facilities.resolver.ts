import type { RequestContext } from '@mpp/kit/subgraph';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Facility } from '../facilities/facility.entity';
import { facilitiesOfOperator } from '../facilities/facility.queries';
import { AgencyReference } from './agency.reference-type';

@Resolver(() => AgencyReference)
export class AgencyFacilitiesResolver {
  @FieldResolver(() => [Facility], { nullable: true, description: 'The facilities the agency operates (its ATMs, its shop), by name.' })
  facilities(@Root() agency: AgencyReference, @Ctx() context: RequestContext): Promise<Facility[]> {
    return facilitiesOfOperator(context).load(agency.id);
  }
}
