import { conflict, newId, notFound, requireSlug, requireText } from '@mpp/kit';
import { byKeys, defineLoader, fieldChanges, flushOrConflict, recordChange, requireVersion, type RequestContext } from '@mpp/kit/subgraph';
import { Service } from '../services/service.entity';
import { slugFromName } from '../services/service.rules';
import type { ServiceCategoryInput } from './category.inputs';
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

/** A new category (editors). */
export async function createCategory(context: RequestContext, input: ServiceCategoryInput): Promise<ServiceCategory> {
  catalogPermissions.require(context.viewer, 'category.manage', null);
  const name = requireText(input.name, 'name', 2, 120);
  const slug = input.slug ? requireSlug(input.slug) : requireSlug(slugFromName(name).slice(0, 64).replace(/-+$/, ''));
  const category = context.em.create(ServiceCategory, { id: newId(), name, slug });
  recordChange(context, { entityType: 'ServiceCategory', entityId: category.id, action: 'CREATE', ownerAgencyId: null, changes: fieldChanges<ServiceCategory>(null, category, ['name', 'slug']) });
  await flushOrConflict(context.em, 'This category', 'slug');
  return category;
}

/** Renames a category (editors); send the version you read. */
export async function updateCategory(context: RequestContext, id: string, version: number, input: ServiceCategoryInput): Promise<ServiceCategory> {
  catalogPermissions.require(context.viewer, 'category.manage', null);
  const category = await context.em.findOne(ServiceCategory, { id });
  if (!category) throw notFound('Category');
  requireVersion(category, version, 'This category');
  const before = { name: category.name, slug: category.slug };
  if (input.name !== undefined) category.name = requireText(input.name, 'name', 2, 120);
  if (input.slug !== undefined) category.slug = requireSlug(input.slug);
  const changes = fieldChanges<ServiceCategory>(before, category, ['name', 'slug']);
  if (changes.length > 0) recordChange(context, { entityType: 'ServiceCategory', entityId: category.id, action: 'UPDATE', ownerAgencyId: null, changes });
  await flushOrConflict(context.em, 'This category', 'slug');
  return category;
}

/** Deletes a category that no service (in any state) belongs to (editors). */
export async function deleteCategory(context: RequestContext, id: string, version: number): Promise<boolean> {
  catalogPermissions.require(context.viewer, 'category.manage', null);
  const category = await context.em.findOne(ServiceCategory, { id });
  if (!category) throw notFound('Category');
  requireVersion(category, version, 'This category');
  const services = await context.em.count(Service, { category: category.id });
  if (services > 0) throw conflict(`The category still has ${services} service(s); move them first.`);
  recordChange(context, { entityType: 'ServiceCategory', entityId: category.id, action: 'DELETE', ownerAgencyId: null, changes: fieldChanges<ServiceCategory>(category, {}, ['name', 'slug']) });
  context.em.remove(category);
  await flushOrConflict(context.em, 'This category');
  return true;
}
