import type { DataProvider } from 'react-admin';

/**
 * One resource's part of the dataProvider, beside its screens (services/services.data.ts …):
 * the methods its screens use, each over typed operations. A method a resource leaves out is
 * refused (data/dataProvider.ts), never guessed.
 */
export type ResourceData = Partial<
  Pick<DataProvider, 'getList' | 'getOne' | 'getMany' | 'getManyReference' | 'create' | 'update' | 'delete'>
>;
