import type { RaRecord } from 'react-admin';
import type { ResourceData } from '../data/resource';
import {
  CategoryListDocument,
  CreateCategoryDocument,
  DeleteCategoryDocument,
  UpdateCategoryDocument,
  type CategoryFieldsFragment,
  type ServiceCategoryInput,
} from '../generated/graphql';
import { request } from '../graphql/client';
import { onInputs, withFieldErrors } from '../data/saveErrors';
import { matchesSearch, pageOf, patchOf, requireFound, versionRead } from '../data/records';

/** A category as the screens use it: the API's fields and how many services the user can see in it. */
export interface CategoryRecord extends RaRecord {
  id: string;
  version: number;
  updatedAt: string;
  slug: string;
  name: string;
  serviceCount: number;
}

/** What a rename may change; the form's inputs. */
const EDITABLE: readonly (keyof ServiceCategoryInput)[] = ['name', 'slug'];

function toRecord({ services, ...category }: CategoryFieldsFragment): CategoryRecord {
  return { ...category, serviceCount: services.length };
}

/** The API lists every category at once (by name); the module searches, sorts and pages. */
async function allCategories(): Promise<CategoryRecord[]> {
  const { serviceCategories } = await request(CategoryListDocument);
  return serviceCategories.map(toRecord);
}

export const categoriesData = {
  async getList(_resource, params) {
    const filter = params.filter as { q?: string };
    const categories = (await allCategories()).filter((category) => matchesSearch(filter.q, [category.name, category.slug]));
    return pageOf(categories, params);
  },
  async getOne(_resource, params) {
    const categories = await allCategories();
    return { data: requireFound(categories.find((category) => category.id === String(params.id))) };
  },
  async getMany(_resource, params) {
    const wanted = new Set(params.ids.map(String));
    return { data: (await allCategories()).filter((category) => wanted.has(category.id)) };
  },
  async create(_resource, params) {
    const data = params.data as Partial<CategoryRecord>;
    // Left out, the API makes the slug from the name.
    const input: ServiceCategoryInput = { name: data.name ?? '', ...(data.slug ? { slug: data.slug } : {}) };
    const { createServiceCategory } = await withFieldErrors(request(CreateCategoryDocument, { input }), onInputs(EDITABLE));
    return { data: toRecord(createServiceCategory) };
  },
  async update(_resource, params) {
    const input = patchOf<ServiceCategoryInput>(params.data as Record<string, unknown>, params.previousData as Record<string, unknown>, EDITABLE);
    const { updateServiceCategory } = await withFieldErrors(request(UpdateCategoryDocument, { id: String(params.id), version: versionRead(params.previousData), input }), onInputs(EDITABLE));
    return { data: toRecord(updateServiceCategory) };
  },
  async delete(_resource, params) {
    await request(DeleteCategoryDocument, { id: String(params.id), version: versionRead(params.previousData) });
    return { data: params.previousData! };
  },
} as ResourceData;
