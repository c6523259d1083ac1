import type { DataProvider } from 'react-admin';
import { ApiError } from '../graphql/client';
import type { ResourceData } from './resource';

type Method = keyof ResourceData;
const METHODS: Method[] = ['getList', 'getOne', 'getMany', 'getManyReference', 'create', 'update', 'delete'];

/**
 * The hand-written dataProvider: each resource's own module, no runtime introspection (the
 * production gateway has it off). Bulk methods react-admin may call are done one by one.
 */
export function createDataProvider(resources: Record<string, ResourceData>): DataProvider {
  const route = (resource: string, method: Method) => {
    const handler = resources[resource]?.[method];
    if (!handler) throw new ApiError(`${resource}.${method} is not supported`, 'BAD_REQUEST');
    return handler as (resource: string, params: unknown) => Promise<never>;
  };
  const provider = Object.fromEntries(
    METHODS.map((method) => [method, (resource: string, params: unknown) => route(resource, method)(resource, params)]),
  ) as unknown as DataProvider;
  provider.updateMany = async (resource, params) => {
    const update = route(resource, 'update');
    for (const id of params.ids) await update(resource, { id, data: params.data, previousData: {} });
    return { data: params.ids };
  };
  provider.deleteMany = async (resource, params) => {
    const remove = route(resource, 'delete');
    for (const id of params.ids) await remove(resource, { id, previousData: undefined });
    return { data: params.ids };
  };
  return provider;
}
