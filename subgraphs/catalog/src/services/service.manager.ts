import type { FilterQuery } from '@mikro-orm/core';
import { byKeys, idOrSlug, defineLoader, groupByKeys, pageRequest, type Page, type RequestContext } from '@mpp/kit';
import { searchServices } from '../search/search.manager';
import { Service } from './service.entity';
import type { ServiceFilter } from './service.inputs';
import { canReadService, readableServices } from './service.policy';

/** Services the caller may read, filtered and paged: by name, or best first for a search. */
export async function listServices(
  context: RequestContext,
  filter: ServiceFilter | null | undefined,
  limit: number | null | undefined,
  offset: number | null | undefined,
): Promise<Page<Service>> {
  const page = pageRequest(limit, offset);
  const conditions: FilterQuery<Service>[] = [readableServices(context.viewer)];
  if (filter?.agencyId) conditions.push({ agencyId: filter.agencyId });
  if (filter?.categoryId) conditions.push({ category: filter.categoryId });
  if (filter?.status) conditions.push({ status: filter.status });
  const search = filter?.search?.trim();
  if (search) return searchServices(context, search, conditions, page);
  const [items, totalCount] = await context.em.findAndCount(
    Service,
    { $and: conditions },
    { orderBy: { name: 'asc', id: 'asc' }, limit: page.limit, offset: page.offset },
  );
  return { items, totalCount };
}

/** One service by ID or slug (exactly one); null when missing or not the caller's to see. */
export async function findService(
  context: RequestContext,
  lookup: { id?: string | null; slug?: string | null },
): Promise<Service | null> {
  const by = idOrSlug(lookup);
  if (by.by === 'id') return readableServiceById(context).load(by.id);
  const service = await context.em.findOne(Service, { slug: by.slug });
  return service && canReadService(context.viewer, service) ? service : null;
}

/** Services by ID as the caller may see them (null otherwise), batched per request. */
export const readableServiceById = defineLoader<string, Service | null>(async (ids, context) => {
  const services = await context.em.find(Service, { $and: [{ id: { $in: [...ids] } }, readableServices(context.viewer)] });
  return byKeys(ids, services, (service) => service.id, null);
});

/** Each agency's services the caller may see, by name, batched per request. */
export const readableServicesOfAgency = defineLoader<string, Service[]>(async (agencyIds, context) => {
  const services = await context.em.find(
    Service,
    { $and: [{ agencyId: { $in: [...agencyIds] } }, readableServices(context.viewer)] },
    { orderBy: { name: 'asc', id: 'asc' } },
  );
  return groupByKeys(agencyIds, services, (service) => service.agencyId);
});

/** Each category's services the caller may see, by name, batched per request. */
export const readableServicesOfCategory = defineLoader<string, Service[]>(async (categoryIds, context) => {
  const services = await context.em.find(
    Service,
    { $and: [{ category: { $in: [...categoryIds] } }, readableServices(context.viewer)] },
    { orderBy: { name: 'asc', id: 'asc' } },
  );
  return groupByKeys(categoryIds, services, (service) => service.category.id);
});
