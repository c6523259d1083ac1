import { AuditPage, noCacheHint, PageArgs, type RequestContext } from '@mpp/kit/subgraph';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ListingInput } from './listing.inputs';
import { Listing } from './listing.entity';
import { createListing, deleteListing, updateListing } from './listing.mutations';
import { findListing, listingHistory } from './listing.queries';

@Resolver(() => Listing)
export class ListingResolver {
  @Query(() => Listing, { nullable: true, description: 'One listing; null when none has this id.' })
  listing(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<Listing | null> {
    return findListing(context, id);
  }

  @Mutation(() => Listing, { description: "A new listing of a cafeteria, minimarket or other shop (EDITOR, ADMIN; PARTNER of the shop's operator)." })
  createListing(@Arg('facilityId', () => ID) facilityId: string, @Arg('input') input: ListingInput, @Ctx() context: RequestContext): Promise<Listing> {
    return createListing(context, facilityId, input);
  }

  @Mutation(() => Listing, { description: 'Changes a listing (a patch); send the version you read.' })
  updateListing(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input') input: ListingInput,
    @Ctx() context: RequestContext,
  ): Promise<Listing> {
    return updateListing(context, id, version, input);
  }

  @Mutation(() => Listing, { description: 'Removes a listing (send the version you read); returns it as it was.' })
  deleteListing(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Ctx() context: RequestContext): Promise<Listing> {
    return deleteListing(context, id, version);
  }

  @FieldResolver(() => AuditPage, { nullable: true, description: "Every change, newest first (staff: DPMPTSP, the shop's partners)." })
  history(@Root() listing: Listing, @Args() { limit, offset }: PageArgs, @Ctx() context: RequestContext, @Info() info: GraphQLResolveInfo): Promise<AuditPage | null> {
    noCacheHint(info);
    return listingHistory(context, listing, limit, offset);
  }
}
