import type { FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { Booth } from './booth.entity';

/**
 * A booth as the reads return it: its columns as plain values and its agency as its key.
 * `Booth`'s fields and field resolvers read only this, so they answer alike for a record and
 * for the entity a mutation returns.
 */
export type BoothRecord = Omit<Booth, 'agency'> & { agency: { id: string } };

/**
 * The booths matching `where`, as plain records, not entities: a read changes nothing, and
 * making entities cost as much as the query itself for the mall's booths.
 */
export async function findBoothRecords(
  em: EntityManager,
  where: FilterQuery<Booth>,
  options: { orderBy?: QueryOrderMap<Booth> } = {},
): Promise<BoothRecord[]> {
  const query = em.createQueryBuilder(Booth, 'booth').select('*').where({ $and: [where] });
  if (options.orderBy) query.orderBy(options.orderBy);
  const rows = await query.execute<Record<string, unknown>[]>('all');
  // The query builder names the foreign key after the relation: `agency` holds the agency's ID.
  return rows.map((row) => Object.assign(row, { agency: { id: row.agency as string } }) as unknown as BoothRecord);
}
