import type { RequestContext } from '@mpp/kit/subgraph';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Service, type ServiceRecord } from '../services/service.entity';
import { readableServicesOfCategory } from '../services/service.queries';
import { ServiceCategory } from './category.entity';
import { ServiceCategoryInput } from './category.inputs';
import { createCategory, deleteCategory, updateCategory } from './category.mutations';
import { listCategories } from './category.queries';

@Resolver(() => ServiceCategory)
export class ServiceCategoryResolver {
  @Query(() => [ServiceCategory], { description: 'Every category, by name.' })
  serviceCategories(@Ctx() context: RequestContext): Promise<ServiceCategory[]> {
    return listCategories(context);
  }

  @Mutation(() => ServiceCategory, { description: 'A new category (EDITOR, ADMIN).' })
  createServiceCategory(@Arg('input') input: ServiceCategoryInput, @Ctx() context: RequestContext): Promise<ServiceCategory> {
    return createCategory(context, input);
  }

  @Mutation(() => ServiceCategory, { description: 'Renames a category (EDITOR, ADMIN).' })
  updateServiceCategory(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input') input: ServiceCategoryInput,
    @Ctx() context: RequestContext,
  ): Promise<ServiceCategory> {
    return updateCategory(context, id, version, input);
  }

  @Mutation(() => Boolean, { description: 'Deletes a category without services (EDITOR, ADMIN).' })
  deleteServiceCategory(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Ctx() context: RequestContext): Promise<boolean> {
    return deleteCategory(context, id, version);
  }

  @FieldResolver(() => [Service], { description: 'Its services the caller may see, by name.' })
  services(@Root() category: ServiceCategory, @Ctx() context: RequestContext): Promise<ServiceRecord[]> {
    return readableServicesOfCategory(context).load(category.id);
  }
}
