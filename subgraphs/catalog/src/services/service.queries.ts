import type { FilterQuery } from '@mikro-orm/core';
import { idOrSlug, pageRequest, type Page } from '@mpp/kit';
import { auditHistory, byKeys, byNameAsRead, defineLoader, findRecords, groupByKeys, type AuditRecord, type RequestContext } from '@mpp/kit/subgraph';
import { searchServices } from '../search/search.manager';
import { EditState, ServiceEdit } from '../service-edits/service-edit.entity';
import { PublishStatus, Service, type ServiceRecord } from './service.entity';
import type { ServiceFilter } from './service.inputs';
import { readableServices, servicePolicy } from './service.policy';

/** Services the caller may read, filtered and paged: by name, or best first for a search. */
export async function listServices(
  context: RequestContext,
  filter: ServiceFilter | null | undefined,
  limit: number | null | undefined,
  offset: number | null | undefined,
): Promise<Page<ServiceRecord>> {
  const page = pageRequest(limit, offset);
  const visible = readableServices(context.viewer);
  const filters: FilterQuery<Service>[] = [];
  if (filter?.agencyId) filters.push({ agencyId: filter.agencyId });
  if (filter?.categoryId) filters.push({ category: filter.categoryId });
  if (filter?.status) filters.push({ status: filter.status });
  if (typeof filter?.waitingForReview === 'boolean') {
    const waiting = await waitingForReview(context);
    filters.push(filter.waitingForReview ? waiting : { $not: waiting });
  }
  const search = filter?.search?.trim();
  if (search) return searchServices(context, search, visible, filters, page);
  const where: FilterQuery<Service> = { $and: [visible, ...filters] };
  const [items, totalCount] = await Promise.all([
    findRecords(context.em, Service, where, { orderBy: byNameAsRead<Service>(context), limit: page.limit, offset: page.offset }),
    context.em.count(Service, where),
  ]);
  return { items, totalCount };
}

/**
 * Services waiting for an editor: in review themselves, or with a pending edit in review whose
 * editorial side the caller may see (an editor: every agency's; a partner: their own).
 */
async function waitingForReview(context: RequestContext): Promise<FilterQuery<Service>> {
  const inReview: FilterQuery<Service> = { status: PublishStatus.IN_REVIEW };
  const reach = servicePolicy.reach(context.viewer, 'service.readEditorial');
  const ownAgency = context.viewer.kind === 'staff' ? context.viewer.agencyId : null;
  if (reach === 'none' || (reach === 'own' && !ownAgency)) return inReview;
  const edits = await context.em.find(ServiceEdit, { state: EditState.IN_REVIEW, content: { $ne: null } }, { fields: ['serviceId'] });
  if (edits.length === 0) return inReview;
  const withEditInReview: FilterQuery<Service> = { id: { $in: edits.map((edit) => edit.serviceId) } };
  return { $or: [inReview, reach === 'all' ? withEditInReview : { $and: [withEditInReview, { agencyId: ownAgency }] }] };
}

/** One service by ID or slug (exactly one); null when missing or not the caller's to see. */
export async function findService(
  context: RequestContext,
  lookup: { id?: string | null; slug?: string | null },
): Promise<ServiceRecord | null> {
  const by = idOrSlug(lookup);
  if (by.by === 'id') return readableServiceById(context).load(by.id);
  // A slug is unique among services that have been public only: a caller who also sees drafts
  // may find a draft sharing such a service's slug. The one the public knows (or knew) by that
  // slug is the answer, else the oldest.
  const candidates = await findRecords(context.em, Service, { $and: [{ slug: by.slug }, readableServices(context.viewer)] }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  return candidates.find((service) => service.publicSlug === by.slug) ?? candidates[0] ?? null;
}

/** Services by ID as the caller may see them (null otherwise), batched per request. */
export const readableServiceById = defineLoader<string, ServiceRecord | null>(async (ids, context) => {
  const services = await findRecords(context.em, Service, { $and: [{ id: { $in: [...ids] } }, readableServices(context.viewer)] });
  return byKeys(ids, services, (service) => service.id, null);
});

/** Each agency's services the caller may see, by name, batched per request. */
export const readableServicesOfAgency = defineLoader<string, ServiceRecord[]>(async (agencyIds, context) => {
  const services = await findRecords(
    context.em,
    Service,
    { $and: [{ agencyId: { $in: [...agencyIds] } }, readableServices(context.viewer)] },
    { orderBy: byNameAsRead<Service>(context) },
  );
  return groupByKeys(agencyIds, services, (service) => service.agencyId);
});

/** Each category's services the caller may see, by name, batched per request. */
export const readableServicesOfCategory = defineLoader<string, ServiceRecord[]>(async (categoryIds, context) => {
  const services = await findRecords(
    context.em,
    Service,
    { $and: [{ category: { $in: [...categoryIds] } }, readableServices(context.viewer)] },
    { orderBy: byNameAsRead<Service>(context) },
  );
  return groupByKeys(categoryIds, services, (service) => service.category.id);
});

/** The reviewer's comment on a never-published service, for staff allowed its editorial side. */
export function reviewCommentOf(context: RequestContext, service: ServiceRecord): string | null {
  if (!servicePolicy.allowsStaffField(context.viewer, 'service.readEditorial', service.agencyId)) return null;
  return service.reviewComment;
}

/** The service's audit trail, for staff allowed its editorial side. */
export async function serviceHistory(context: RequestContext, service: ServiceRecord, limit?: number | null, offset?: number | null): Promise<Page<AuditRecord> | null> {
  if (!servicePolicy.allowsStaffField(context.viewer, 'service.readEditorial', service.agencyId)) return null;
  return auditHistory(context, 'Service', service.id, limit, offset, servicePolicy.ownAgencyOnly(context.viewer, 'service.readEditorial'));
}
