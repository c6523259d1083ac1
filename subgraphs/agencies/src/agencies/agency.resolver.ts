import { AuditPage, PageArgs, type RequestContext } from '@mpp/kit/subgraph';
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Booth, type BoothRecord } from '../booths/booth.entity';
import { boothsOfAgency } from '../booths/booth.queries';
import { Agency, AgencyKind, type AgencyRecord } from './agency.entity';
import { AgencyInput } from './agency.inputs';
import { updateAgency } from './agency.mutations';
import { agencyHistory, findAgency, listAgencies } from './agency.queries';

@Resolver(() => Agency)
export class AgencyResolver {
  @Query(() => [Agency], { description: 'Every agency at the mall, by name; optionally of one kind.' })
  agencies(@Arg('kind', () => AgencyKind, { nullable: true }) kind: AgencyKind | null, @Ctx() context: RequestContext): Promise<AgencyRecord[]> {
    return listAgencies(context, kind);
  }

  @Query(() => Agency, { nullable: true, description: 'One agency by id or slug; null when none.' })
  agency(
    @Arg('id', () => ID, { nullable: true }) id: string | null,
    @Arg('slug', () => String, { nullable: true }) slug: string | null,
    @Ctx() context: RequestContext,
  ): Promise<AgencyRecord | null> {
    return findAgency(context, { id, slug });
  }

  @Mutation(() => Agency, { description: 'Changes an agency (a patch); send the version you read.' })
  updateAgency(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input') input: AgencyInput,
    @Ctx() context: RequestContext,
  ): Promise<Agency> {
    return updateAgency(context, id, version, input);
  }

  @FieldResolver(() => AuditPage, { nullable: true, description: 'Changes to the agency, newest first (staff of DPMPTSP, and its own partners).' })
  history(@Root() agency: AgencyRecord, @Args() { limit, offset }: PageArgs, @Ctx() context: RequestContext): Promise<AuditPage | null> {
    return agencyHistory(context, agency, limit, offset);
  }

  @FieldResolver(() => [Booth], { description: "The agency's gerai, by code." })
  booths(@Root() agency: AgencyRecord, @Ctx() context: RequestContext): Promise<BoothRecord[]> {
    return boothsOfAgency(context).load(agency.id);
  }
}
