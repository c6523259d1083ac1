import type { FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { Service } from './service.entity';

/**
 * A service as the reads return it: its columns as plain values and its category as its key.
 * `Service`'s fields and field resolvers read only this, so they answer alike for a record and
 * for the entity a mutation returns.
 */
export type ServiceRecord = Omit<Service, 'category'> & { category: { id: string } };

/** The JSON columns: SQLite hands them over as text, MySQL and MariaDB already parsed. */
const JSON_PROPERTIES = ['keywords', 'requirements', 'procedure', 'fee', 'complaintChannels', 'legalBasis'] as const satisfies readonly (keyof Service)[];

/**
 * The services matching `where`, as plain records, not entities: a read changes nothing, and
 * making entities (the identity map, a change-tracking snapshot of every JSON column) cost
 * several times the query itself for a page of services. Every column is read, so any field
 * a caller selects is there.
 */
export async function findServiceRecords(
  em: EntityManager,
  where: FilterQuery<Service>,
  options: { orderBy?: QueryOrderMap<Service>; limit?: number; offset?: number } = {},
): Promise<ServiceRecord[]> {
  const query = em.createQueryBuilder(Service, 'service').select('*').where({ $and: [where] });
  if (options.orderBy) query.orderBy(options.orderBy);
  if (options.limit !== undefined) query.limit(options.limit, options.offset);
  const rows = await query.execute<Record<string, unknown>[]>('all');
  return rows.map(toServiceRecord);
}

/** A row as the query builder maps it (properties named, the category's key under `category`). */
function toServiceRecord(row: Record<string, unknown>): ServiceRecord {
  row.category = { id: row.category as string };
  for (const property of JSON_PROPERTIES) {
    const value = row[property];
    if (typeof value === 'string') row[property] = JSON.parse(value);
  }
  return row as unknown as ServiceRecord;
}
