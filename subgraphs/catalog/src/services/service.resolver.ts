import { AuditPage, PageArgs, type RequestContext } from '@mpp/kit/subgraph';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AgencyReference } from '../agencies/agency.reference-type';
import { ServiceCategory } from '../categories/category.entity';
import { categoryById } from '../categories/category.queries';
import { RevisionView } from '../revisions/service-revision.view';
import { revisionsOf } from '../revisions/service-revision.queries';
import { PendingEditView } from '../service-edits/service-edit.view';
import { pendingEditOf } from '../service-edits/service-edit.queries';
import { Service, type ServiceRecord } from './service.entity';
import { ServiceFilter, ServiceInput, ServicePage } from './service.inputs';
import {
  archiveService,
  createService,
  discardServiceEdit,
  publishService,
  restoreServiceRevision,
  returnServiceToDraft,
  submitServiceForReview,
  unarchiveService,
  updateService,
} from './service.mutations';
import { findService, listServices, reviewCommentOf, serviceHistory } from './service.queries';

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
  ): Promise<ServiceRecord | null> {
    return findService(context, { id, slug });
  }

  @Mutation(() => Service, { description: "A new DRAFT: of the caller's agency (partner) or any agency (editor)." })
  createService(@Arg('input') input: ServiceInput, @Ctx() context: RequestContext): Promise<Service> {
    return createService(context, input);
  }

  @Mutation(() => Service, {
    description:
      'A patch of a draft, or of the pending edit of a published service. `version`: the pending edit\'s when there is one, otherwise the service\'s.',
  })
  updateService(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input') input: ServiceInput,
    @Ctx() context: RequestContext,
  ): Promise<Service> {
    return updateService(context, id, version, input);
  }

  @Mutation(() => Service, { description: "DRAFT → IN_REVIEW, or a pending edit → IN_REVIEW (`version`: the pending edit's when there is one)." })
  submitServiceForReview(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Ctx() context: RequestContext): Promise<Service> {
    return submitServiceForReview(context, id, version);
  }

  @Mutation(() => Service, {
    description: "Makes the draft or pending edit public and keeps a revision (EDITOR, ADMIN; `version`: the pending edit's when there is one).",
  })
  publishService(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Ctx() context: RequestContext): Promise<Service> {
    return publishService(context, id, version);
  }

  @Mutation(() => Service, { description: "Sends what is in review back to its author with a comment (EDITOR, ADMIN; `version` as for publishing)." })
  returnServiceToDraft(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('comment') comment: string,
    @Ctx() context: RequestContext,
  ): Promise<Service> {
    return returnServiceToDraft(context, id, version, comment);
  }

  @Mutation(() => Service, { description: "Drops the pending edit; the published content stays (`version`: the pending edit's)." })
  discardServiceEdit(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Ctx() context: RequestContext): Promise<Service> {
    return discardServiceEdit(context, id, version);
  }

  @Mutation(() => Service, { description: "Takes a service out of public view (EDITOR, ADMIN; `version`: the service's)." })
  archiveService(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Ctx() context: RequestContext): Promise<Service> {
    return archiveService(context, id, version);
  }

  @Mutation(() => Service, { description: "Back to PUBLISHED, or to DRAFT if it was never published (EDITOR, ADMIN; `version`: the service's)." })
  unarchiveService(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Ctx() context: RequestContext): Promise<Service> {
    return unarchiveService(context, id, version);
  }

  @Mutation(() => Service, { description: "An old revision's content becomes the pending edit (`version`: the pending edit's when there is one)." })
  restoreServiceRevision(
    @Arg('serviceId', () => ID) serviceId: string,
    @Arg('revisionId', () => ID) revisionId: string,
    @Arg('version', () => Int) version: number,
    @Ctx() context: RequestContext,
  ): Promise<Service> {
    return restoreServiceRevision(context, serviceId, revisionId, version);
  }

  @FieldResolver(() => AgencyReference, { nullable: true, description: 'Resolved by the agencies subgraph.' })
  agency(@Root() service: ServiceRecord): AgencyReference {
    return AgencyReference.of(service.agencyId);
  }

  @FieldResolver(() => ServiceCategory)
  async category(@Root() service: ServiceRecord, @Ctx() context: RequestContext): Promise<ServiceCategory> {
    // A foreign key with ON DELETE RESTRICT: the category always exists.
    return (await categoryById(context).load(service.category.id))!;
  }

  @FieldResolver(() => PendingEditView, { nullable: true, description: 'The edit waiting to be published (staff who may see it).' })
  pendingEdit(@Root() service: ServiceRecord, @Ctx() context: RequestContext): Promise<PendingEditView | null> {
    return pendingEditOf(context, service);
  }

  @FieldResolver(() => String, { nullable: true, description: "The reviewer's comment on a never-published service (staff)." })
  reviewComment(@Root() service: ServiceRecord, @Ctx() context: RequestContext): string | null {
    return reviewCommentOf(context, service);
  }

  @FieldResolver(() => [RevisionView], { nullable: true, description: 'Every published version, newest first (staff).' })
  revisions(@Root() service: ServiceRecord, @Ctx() context: RequestContext): Promise<RevisionView[] | null> {
    return revisionsOf(context, service);
  }

  @FieldResolver(() => AuditPage, { nullable: true, description: 'Every change, newest first (staff who may see it).' })
  history(@Root() service: ServiceRecord, @Args() { limit, offset }: PageArgs, @Ctx() context: RequestContext): Promise<AuditPage | null> {
    return serviceHistory(context, service, limit, offset);
  }
}
