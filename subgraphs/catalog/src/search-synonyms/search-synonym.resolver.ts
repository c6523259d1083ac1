import { AuditPage, PageArgs, type RequestContext } from '@mpp/kit/subgraph';
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { SearchSynonymGroup } from './search-synonym-group.entity';
import { SearchSynonymGroupInput, SearchSynonymGroupPage } from './search-synonym.inputs';
import { createSynonymGroup, deleteSynonymGroup, replaceSynonymPhrases } from './search-synonym.mutations';
import { findSynonymGroup, listSynonymGroups, synonymGroupHistory } from './search-synonym.queries';

@Resolver(() => SearchSynonymGroup)
export class SearchSynonymGroupResolver {
  @Query(() => SearchSynonymGroupPage, { description: 'The synonym groups of citizen search, by key (EDITOR, ADMIN).' })
  searchSynonymGroups(@Args() { limit, offset }: PageArgs, @Ctx() context: RequestContext): Promise<SearchSynonymGroupPage> {
    return listSynonymGroups(context, limit, offset);
  }

  @Query(() => SearchSynonymGroup, { nullable: true, description: 'One synonym group; null when none (EDITOR, ADMIN).' })
  searchSynonymGroup(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<SearchSynonymGroup | null> {
    return findSynonymGroup(context, id);
  }

  @Mutation(() => SearchSynonymGroup, { description: 'A new synonym group; search uses it at once (EDITOR, ADMIN).' })
  createSearchSynonymGroup(@Arg('input') input: SearchSynonymGroupInput, @Ctx() context: RequestContext): Promise<SearchSynonymGroup> {
    return createSynonymGroup(context, input);
  }

  @Mutation(() => SearchSynonymGroup, { description: "Replaces a group's phrases; search uses them at once (EDITOR, ADMIN)." })
  updateSearchSynonymGroup(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('phrases', () => [String]) phrases: string[],
    @Ctx() context: RequestContext,
  ): Promise<SearchSynonymGroup> {
    return replaceSynonymPhrases(context, id, version, phrases);
  }

  @Mutation(() => Boolean, { description: 'Deletes a synonym group and its phrases (EDITOR, ADMIN).' })
  deleteSearchSynonymGroup(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Ctx() context: RequestContext): Promise<boolean> {
    return deleteSynonymGroup(context, id, version);
  }

  @FieldResolver(() => AuditPage, { nullable: true, description: 'Every change, newest first (EDITOR, ADMIN).' })
  history(@Root() group: SearchSynonymGroup, @Args() { limit, offset }: PageArgs, @Ctx() context: RequestContext): Promise<AuditPage | null> {
    return synonymGroupHistory(context, group, limit, offset);
  }
}
