import { byKeys, defineLoader, type RequestContext } from '@mpp/kit';
import { ServiceCategory } from './category.entity';

/** Categories are public: every one, by name. */
export function listCategories(context: RequestContext): Promise<ServiceCategory[]> {
  return context.em.find(ServiceCategory, {}, { orderBy: { name: 'asc', id: 'asc' } });
}

/** Categories by ID, batched per request (service → category). */
export const categoryById = defineLoader<string, ServiceCategory | null>(async (ids, context) => {
  const categories = await context.em.find(ServiceCategory, { id: { $in: [...ids] } });
  return byKeys(ids, categories, (category) => category.id, null);
});
