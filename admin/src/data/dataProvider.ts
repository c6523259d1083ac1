import type { DataProvider } from 'react-admin';
import { ApiError } from '../graphql/client';
import type { ResourceData } from './resource';

type Method = keyof ResourceData;
const METHODS: Method[] = ['getList', 'getOne', 'getMany', 'getManyReference', 'create', 'update', 'delete'];

/**
 * The hand-written dataProvider: each resource's own module, no runtime introspection (the
 * production gateway has it off). No bulk methods: no list offers bulk actions, and a bulk
 * update or delete would have no version of each record to send.
 */
export function createDataProvider(resources: Record<string, ResourceData>): DataProvider {
  const route = (resource: string, method: Method) => {
    const handler = resources[resource]?.[method];
    if (!handler) throw new ApiError(`${resource}.${method} is not supported`, 'BAD_REQUEST');
    return handler as (resource: string, params: unknown) => Promise<never>;
  };
  return Object.fromEntries(
    METHODS.map((method) => [method, (resource: string, params: unknown) => route(resource, method)(resource, params)]),
  ) as unknown as DataProvider;
}
