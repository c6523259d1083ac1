import { conflict, newId, notFound, requireSlug, requireText, slugFromName } from '@mpp/kit';
import { fieldChanges, flushOrConflict, inUnitOfWork, recordChange, requireVersion, type RequestContext } from '@mpp/kit/subgraph';
import { ServiceEdit } from '../service-edits/service-edit.entity';
import { Service } from '../services/service.entity';
import { ServiceCategory } from './category.entity';
import type { ServiceCategoryInput } from './category.inputs';
import { categoryPolicy } from './category.policy';

const CATEGORY = 'This category';
const AUDITED = ['name', 'slug'] as const;

/** A new category (editors). */
export function createCategory(context: RequestContext, input: ServiceCategoryInput): Promise<ServiceCategory> {
  return inUnitOfWork(context, async (unit) => {
    categoryPolicy.require(unit.viewer, 'category.manage', null);
    const name = requireText(input.name, 'name', 2, 120);
    const slug = requireSlug(input.slug ?? slugFromName(name, 64, 'kategori'));
    const category = unit.em.create(ServiceCategory, { id: newId(), name, slug });
    recordChange(unit, { entityType: 'ServiceCategory', entityId: category.id, action: 'CREATE', ownerAgencyId: null, changes: fieldChanges<ServiceCategory>(null, category, AUDITED) });
    await flushOrConflict(unit.em, CATEGORY, 'slug');
    return category;
  });
}

/** Renames a category (editors); send the version you read. */
export function updateCategory(context: RequestContext, id: string, version: number, input: ServiceCategoryInput): Promise<ServiceCategory> {
  return inUnitOfWork(context, async (unit) => {
    categoryPolicy.require(unit.viewer, 'category.manage', null);
    const category = await unit.em.findOne(ServiceCategory, { id });
    if (!category) throw notFound('Category');
    requireVersion(category, version, CATEGORY);
    const before = { name: category.name, slug: category.slug };
    if (input.name !== undefined) category.name = requireText(input.name, 'name', 2, 120);
    if (input.slug !== undefined) category.slug = requireSlug(input.slug);
    const changes = fieldChanges<ServiceCategory>(before, category, AUDITED);
    if (changes.length > 0) recordChange(unit, { entityType: 'ServiceCategory', entityId: category.id, action: 'UPDATE', ownerAgencyId: null, changes });
    await flushOrConflict(unit.em, CATEGORY, 'slug');
    return category;
  });
}

/** Deletes a category that no service (in any state) belongs to (editors). */
export function deleteCategory(context: RequestContext, id: string, version: number): Promise<boolean> {
  return inUnitOfWork(context, async (unit) => {
    categoryPolicy.require(unit.viewer, 'category.manage', null);
    const category = await unit.em.findOne(ServiceCategory, { id });
    if (!category) throw notFound('Category');
    requireVersion(category, version, CATEGORY);
    const services = await unit.em.count(Service, { category: category.id });
    if (services > 0) throw conflict(`The category still has ${services} service(s); move them first.`);
    // A pending edit that would move a service into it counts too: publishing it would fail.
    const edits = await unit.em.find(ServiceEdit, {}, { fields: ['content'] });
    if (edits.some((edit) => edit.content?.categoryId === category.id)) throw conflict('A pending edit still puts a service in this category; publish or discard it first.');
    recordChange(unit, { entityType: 'ServiceCategory', entityId: category.id, action: 'DELETE', ownerAgencyId: null, changes: fieldChanges<ServiceCategory>(category, {}, AUDITED) });
    unit.em.remove(category);
    await flushOrConflict(unit.em, CATEGORY);
    return true;
  });
}
