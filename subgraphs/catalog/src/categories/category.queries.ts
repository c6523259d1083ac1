import { byKeys, byNameAsRead, defineLoader, type RequestContext } from '@mpp/kit/subgraph';
import { ServiceCategory } from './category.entity';
import { categoryPolicy } from './category.policy';

/** Categories are public (the table lets everyone read them): every one, by name. */
export function listCategories(context: RequestContext): Promise<ServiceCategory[]> {
  categoryPolicy.require(context.viewer, 'category.read', null);
  return context.em.find(ServiceCategory, {}, { orderBy: byNameAsRead<ServiceCategory>(context) });
}

/** Categories by ID, batched per request (service → category). */
export const categoryById = defineLoader<string, ServiceCategory | null>(async (ids, context) => {
  if (!categoryPolicy.allows(context.viewer, 'category.read', null)) return ids.map(() => null);
  const categories = await context.em.find(ServiceCategory, { id: { $in: [...ids] } });
  return byKeys(ids, categories, (category) => category.id, null);
});
