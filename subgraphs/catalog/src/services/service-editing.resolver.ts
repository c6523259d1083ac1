import { AuditPage, PageArgs, type RequestContext } from '@mpp/kit/subgraph';
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root, type ClassType } from 'type-graphql';
import { AgencyReference } from '../agencies/agency.reference-type';
import { ServiceCategory } from '../categories/category.entity';
import { categoryById } from '../categories/category.manager';
import { Service } from './service.entity';
import { ServiceInput } from './service.inputs';
import { pendingEditOf, reviewCommentOf, revisionsOf, serviceHistory } from './service.manager';
import { ServiceContentView, ServiceEdit, ServiceRevisionView } from './service.views';
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
} from './service.workflow';

/** The editorial side of a service: its mutations and its staff-only fields. */
@Resolver(() => Service)
export class ServiceEditingResolver {
  @Mutation(() => Service, { description: "A new DRAFT: of the caller's agency (partner) or any agency (editor)." })
  createService(@Arg('input') input: ServiceInput, @Ctx() context: RequestContext): Promise<Service> {
    return createService(context, input);
  }

  @Mutation(() => Service, { description: 'A patch of a draft, or of the pending edit of a published service.' })
  updateService(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input') input: ServiceInput,
    @Ctx() context: RequestContext,
  ): Promise<Service> {
    return updateService(context, id, version, input);
  }

  @Mutation(() => Service, { description: 'DRAFT → IN_REVIEW, or a pending edit → IN_REVIEW.' })
  submitServiceForReview(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Ctx() context: RequestContext): Promise<Service> {
    return submitServiceForReview(context, id, version);
  }

  @Mutation(() => Service, { description: 'Makes the draft or pending edit public and keeps a revision (EDITOR, ADMIN).' })
  publishService(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Ctx() context: RequestContext): Promise<Service> {
    return publishService(context, id, version);
  }

  @Mutation(() => Service, { description: 'Sends what is in review back to its author with a comment (EDITOR, ADMIN).' })
  returnServiceToDraft(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('comment') comment: string,
    @Ctx() context: RequestContext,
  ): Promise<Service> {
    return returnServiceToDraft(context, id, version, comment);
  }

  @Mutation(() => Service, { description: 'Drops the pending edit; the published content stays.' })
  discardServiceEdit(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Ctx() context: RequestContext): Promise<Service> {
    return discardServiceEdit(context, id, version);
  }

  @Mutation(() => Service, { description: 'Takes a service out of public view (EDITOR, ADMIN).' })
  archiveService(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Ctx() context: RequestContext): Promise<Service> {
    return archiveService(context, id, version);
  }

  @Mutation(() => Service, { description: 'Back to PUBLISHED, or to DRAFT if it was never published (EDITOR, ADMIN).' })
  unarchiveService(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Ctx() context: RequestContext): Promise<Service> {
    return unarchiveService(context, id, version);
  }

  @Mutation(() => Service, { description: "An old revision's content becomes the pending edit." })
  restoreServiceRevision(
    @Arg('serviceId', () => ID) serviceId: string,
    @Arg('revisionId', () => ID) revisionId: string,
    @Arg('version', () => Int) version: number,
    @Ctx() context: RequestContext,
  ): Promise<Service> {
    return restoreServiceRevision(context, serviceId, revisionId, version);
  }

  @FieldResolver(() => ServiceEdit, { nullable: true, description: 'The edit waiting to be published (staff who may see it).' })
  pendingEdit(@Root() service: Service, @Ctx() context: RequestContext): ServiceEdit | null {
    return pendingEditOf(context, service);
  }

  @FieldResolver(() => String, { nullable: true, description: "The reviewer's comment on a never-published service (staff)." })
  reviewComment(@Root() service: Service, @Ctx() context: RequestContext): string | null {
    return reviewCommentOf(context, service);
  }

  @FieldResolver(() => [ServiceRevisionView], { nullable: true, description: 'Every published version, newest first (staff).' })
  revisions(@Root() service: Service, @Ctx() context: RequestContext): Promise<ServiceRevisionView[] | null> {
    return revisionsOf(context, service);
  }

  @FieldResolver(() => AuditPage, { nullable: true, description: 'Every change, newest first (staff who may see it).' })
  history(
    @Root() service: Service,
    @Args() { limit, offset }: PageArgs,
    @Ctx() context: RequestContext,
  ): Promise<AuditPage | null> {
    return serviceHistory(context, service, limit, offset);
  }
}

/** `agency` and `category` of a content view (a pending edit or a revision). */
function contentReferences<T extends ServiceContentView>(type: ClassType<T>) {
  @Resolver(() => type)
  class ContentReferencesResolver {
    @FieldResolver(() => AgencyReference, { nullable: true })
    agency(@Root() content: T): AgencyReference {
      return AgencyReference.of(content.agencyId);
    }

    @FieldResolver(() => ServiceCategory, { nullable: true })
    category(@Root() content: T, @Ctx() context: RequestContext): Promise<ServiceCategory | null> {
      return categoryById(context).load(content.categoryId);
    }
  }
  return ContentReferencesResolver;
}

export const ServiceEditReferencesResolver = contentReferences(ServiceEdit);
export const ServiceRevisionReferencesResolver = contentReferences(ServiceRevisionView);
