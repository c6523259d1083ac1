import type { RequestContext } from '@mpp/kit/subgraph';
import { Ctx, FieldResolver, Resolver, Root, type ClassType } from 'type-graphql';
import { AgencyReference } from '../agencies/agency.reference-type';
import { ServiceCategory } from '../categories/category.entity';
import { categoryById } from '../categories/category.queries';
import { RevisionView } from '../revisions/service-revision.view';
import { PendingEditView } from '../service-edits/service-edit.view';
import type { ServiceContentView } from './service.content';

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

export const PendingEditReferencesResolver = contentReferences(PendingEditView);
export const RevisionReferencesResolver = contentReferences(RevisionView);
