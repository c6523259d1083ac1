import type { FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { Agency } from './agency.entity';

/**
 * An agency as the reads return it: its columns as plain values (an agency has no relations).
 * `Agency`'s fields and field resolvers read only this, so they answer alike for a record and
 * for the entity a mutation returns.
 */
export type AgencyRecord = Pick<Agency, keyof Agency>;

/**
 * The agencies matching `where`, as plain records, not entities: a read changes nothing, and
 * making entities (the identity map, a change-tracking snapshot) cost as much as the query
 * itself for the directory.
 */
export function findAgencyRecords(
  em: EntityManager,
  where: FilterQuery<Agency>,
  options: { orderBy?: QueryOrderMap<Agency> } = {},
): Promise<AgencyRecord[]> {
  const query = em.createQueryBuilder(Agency, 'agency').select('*').where({ $and: [where] });
  if (options.orderBy) query.orderBy(options.orderBy);
  return query.execute<AgencyRecord[]>('all');
}
