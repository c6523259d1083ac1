import type { RequestContext } from '@mpp/kit';
import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Service } from '../services/service.entity';
import { readableServicesOfCategory } from '../services/service.manager';
import { ServiceCategory } from './category.entity';
import { listCategories } from './category.manager';

@Resolver(() => ServiceCategory)
export class ServiceCategoryResolver {
  @Query(() => [ServiceCategory], { description: 'Every category, by name.' })
  serviceCategories(@Ctx() context: RequestContext): Promise<ServiceCategory[]> {
    return listCategories(context);
  }

  @FieldResolver(() => [Service], { description: 'Its services the caller may see, by name.' })
  services(@Root() category: ServiceCategory, @Ctx() context: RequestContext): Promise<Service[]> {
    return readableServicesOfCategory(context).load(category.id);
  }
}
