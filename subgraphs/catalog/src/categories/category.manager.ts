import { byKeys, defineLoader, type RequestContext } from '@mpp/kit';
import { catalogPermissions } from '../access/permissions';
import { ServiceCategory } from './category.entity';

/** Categories are public (the table lets everyone read them): every one, by name. */
export function listCategories(context: RequestContext): Promise<ServiceCategory[]> {
  catalogPermissions.require(context.viewer, 'category.read', null);
  return context.em.find(ServiceCategory, {}, { orderBy: { name: 'asc', id: 'asc' } });
}

/** Categories by ID, batched per request (service → category). */
export const categoryById = defineLoader<string, ServiceCategory | null>(async (ids, context) => {
  if (!catalogPermissions.allows(context.viewer, 'category.read', null)) return ids.map(() => null);
  const categories = await context.em.find(ServiceCategory, { id: { $in: [...ids] } });
  return byKeys(ids, categories, (category) => category.id, null);
});
