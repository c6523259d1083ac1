import { QueryOrder, raw, type QueryOrderMap } from '@mikro-orm/core';
import type { RequestContext } from '../context/request-context';

/**
 * Sorts by a name as people read it, letter case ignored ("Badan …" before "BPJS …"), then by
 * id, so two equal names keep one order; the same order on SQLite and on MySQL/MariaDB.
 *
 * Both compare the lowercased name character by character (by code point). SQLite does so
 * already; MySQL's utf8mb4_unicode_ci would ignore case too but weigh punctuation its own way
 * ("Dinas-X" before "Dinas(X)", the reverse of SQLite), so there the lowercased name is
 * compared as utf8mb4_bin. The two can differ only where a name has a capital beyond A–Z ("É"),
 * which SQLite leaves as it is.
 */
export function byNameAsRead<T extends { name: string; id: string }>(context: RequestContext): QueryOrderMap<T> {
  const lowercased = context.config.database.kind === 'mysql'
    ? (alias: string) => `lower(${alias}.name) collate utf8mb4_bin`
    : (alias: string) => `lower(${alias}.name)`;
  // MikroORM forgets a raw fragment once a query has used it: every query needs a fresh one.
  return { [raw(lowercased)]: QueryOrder.ASC, id: QueryOrder.ASC } as QueryOrderMap<T>;
}
