import type { RequestContext } from '@mpp/kit/subgraph';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Service, type ServiceRecord } from '../services/service.entity';
import { readableServicesOfAgency } from '../services/service.queries';
import { AgencyReference } from './agency.reference-type';

@Resolver(() => AgencyReference)
export class AgencyServicesResolver {
  @FieldResolver(() => [Service], {
    nullable: true,
    description: "The agency's services the caller may see (published ones for the public), by name.",
  })
  services(@Root() agency: AgencyReference, @Ctx() context: RequestContext): Promise<ServiceRecord[]> {
    return readableServicesOfAgency(context).load(agency.id);
  }
}
