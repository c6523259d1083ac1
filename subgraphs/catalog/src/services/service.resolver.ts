import { PageArgs, type RequestContext } from '@mpp/kit/subgraph';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { AgencyReference } from '../agencies/agency.reference-type';
import { ServiceCategory } from '../categories/category.entity';
import { categoryById } from '../categories/category.manager';
import { Service } from './service.entity';
import { ServiceFilter, ServicePage } from './service.inputs';
import { findService, listServices } from './service.manager';

@ArgsType()
class ServicesArgs extends PageArgs {
  @Field(() => ServiceFilter, { nullable: true })
  filter?: ServiceFilter | null;
}

@Resolver(() => Service)
export class ServiceResolver {
  @Query(() => ServicePage, { description: 'Services the caller may see (the public: PUBLISHED ones), by name.' })
  services(@Args() { filter, limit, offset }: ServicesArgs, @Ctx() context: RequestContext): Promise<ServicePage> {
    return listServices(context, filter, limit, offset);
  }

  @Query(() => Service, { nullable: true, description: 'One service by id or slug; null when none.' })
  service(
    @Arg('id', () => ID, { nullable: true }) id: string | null,
    @Arg('slug', () => String, { nullable: true }) slug: string | null,
    @Ctx() context: RequestContext,
  ): Promise<Service | null> {
    return findService(context, { id, slug });
  }

  @FieldResolver(() => Date, { description: 'When the service itself last changed; a pending edit does not move it.' })
  updatedAt(@Root() service: Service): Date {
    return service.publicUpdatedAt ?? service.createdAt;
  }

  @FieldResolver(() => AgencyReference, { nullable: true, description: 'Resolved by the agencies subgraph.' })
  agency(@Root() service: Service): AgencyReference {
    return AgencyReference.of(service.agencyId);
  }

  @FieldResolver(() => ServiceCategory)
  async category(@Root() service: Service, @Ctx() context: RequestContext): Promise<ServiceCategory> {
    // A foreign key with ON DELETE RESTRICT: the category always exists.
    return (await categoryById(context).load(service.category.id))!;
  }
}
