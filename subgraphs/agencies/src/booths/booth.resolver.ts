import { AuditPage, PageArgs, type RequestContext } from '@mpp/kit/subgraph';
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Agency, type AgencyRecord } from '../agencies/agency.entity';
import { agencyById } from '../agencies/agency.queries';
import { Booth, BoothStatus, type BoothRecord } from './booth.entity';
import { BoothInput } from './booth.inputs';
import { createBooth, updateBooth } from './booth.mutations';
import { boothHistory, listBooths } from './booth.queries';

@Resolver(() => Booth)
export class BoothResolver {
  @Query(() => [Booth], { description: 'All gerai of the mall by code, optionally in one status.' })
  booths(@Arg('status', () => BoothStatus, { nullable: true }) status: BoothStatus | null, @Ctx() context: RequestContext): Promise<BoothRecord[]> {
    return listBooths(context, status);
  }

  @Mutation(() => Booth, { description: 'Adds a gerai (EDITOR, ADMIN).' })
  createBooth(@Arg('input') input: BoothInput, @Ctx() context: RequestContext): Promise<Booth> {
    return createBooth(context, input);
  }

  @Mutation(() => Booth, { description: 'Changes a gerai (a patch); send the version you read.' })
  updateBooth(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input') input: BoothInput,
    @Ctx() context: RequestContext,
  ): Promise<Booth> {
    return updateBooth(context, id, version, input);
  }

  @FieldResolver(() => AuditPage, { nullable: true, description: 'Changes to the booth, newest first (staff of DPMPTSP, and its own partners).' })
  history(@Root() booth: BoothRecord, @Args() { limit, offset }: PageArgs, @Ctx() context: RequestContext): Promise<AuditPage | null> {
    return boothHistory(context, booth, limit, offset);
  }

  @FieldResolver(() => Agency)
  async agency(@Root() booth: BoothRecord, @Ctx() context: RequestContext): Promise<AgencyRecord> {
    // A foreign key with ON DELETE RESTRICT: the booth's agency always exists.
    return (await agencyById(context).load(booth.agency.id))!;
  }
}
