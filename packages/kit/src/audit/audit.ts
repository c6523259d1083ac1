import type { Knex } from '@mikro-orm/knex';
import { clock } from '../clock/clock';
import { defineLoader, type RequestContext } from '../context/request-context';
import { v7 as uuidv7 } from 'uuid';
import { pageRequest, type Page } from '../paging/paging';
import { KIOSK_ROLE, type Viewer } from '../identity/viewer';
import { AuditRecord, type AuditActor, type AuditChange } from './audit-record.entity';

export interface AuditedChange {
  entityType: string;
  entityId: string;
  action: string;
  /** The agency the record belongs to, if any (partners read their own agency's history). */
  ownerAgencyId: string | null;
  changes?: AuditChange[];
}

/**
 * Adds the audit record of a change to the request's unit of work: it is written by the same
 * flush, in the same transaction, as the change — both or neither.
 */
export function recordChange(context: RequestContext, change: AuditedChange): AuditRecord {
  return context.em.create(AuditRecord, {
    id: uuidv7(),
    at: clock.now(),
    entityType: change.entityType,
    entityId: change.entityId,
    action: change.action,
    ownerAgencyId: change.ownerAgencyId,
    actor: actorOf(context.viewer),
    changes: change.changes ?? [],
    requestId: context.requestId,
  });
}

/**
 * The fields whose values differ between two states, with before and after as JSON text.
 * Only the listed fields are compared: secrets are never listed, so never recorded.
 */
export function fieldChanges<T extends object>(before: Partial<T> | null, after: Partial<T>, fields: readonly (keyof T & string)[]): AuditChange[] {
  const changes: AuditChange[] = [];
  for (const field of fields) {
    const was = before ? encode(before[field]) : null;
    const now = encode(after[field]);
    if (was !== now) changes.push({ field, before: was, after: now });
  }
  return changes;
}

function encode(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  return JSON.stringify(value instanceof Date ? value.toISOString() : value);
}

/**
 * A record's history, newest first, paged in SQL. `onlyOwner` keeps the changes made while the
 * record belonged to that agency (a partner reading a booth that moved to them sees nothing of
 * its earlier agency). Batched: one page query and one count per request, for any number of
 * records.
 */
export async function auditHistory(
  context: RequestContext,
  entityType: string,
  entityId: string,
  limit?: number | null,
  offset?: number | null,
  onlyOwner: string | null = null,
): Promise<Page<AuditRecord>> {
  const page = pageRequest(limit, offset);
  return historyLoader(context).load(JSON.stringify([entityType, entityId, page.limit, page.offset, onlyOwner]));
}

type HistoryKey = [entityType: string, entityId: string, limit: number, offset: number, onlyOwner: string | null];

const historyLoader = defineLoader<string, Page<AuditRecord>>(async (rawKeys, context) => {
  const keys = rawKeys.map((raw) => JSON.parse(raw) as HistoryKey);
  const results = new Map<string, Page<AuditRecord>>();
  const groups = new Map<string, HistoryKey[]>();
  for (const key of keys) {
    const group = JSON.stringify([key[2], key[3], key[4]]);
    groups.set(group, [...(groups.get(group) ?? []), key]);
  }
  const knex = context.em.getKnex();
  for (const group of groups.values()) {
    const [, , limit, offset, onlyOwner] = group[0];
    const matching = <Query extends Knex.QueryBuilder>(query: Query): Query => {
      query.where((any) => {
        for (const [entityType, entityId] of group) any.orWhere({ entity_type: entityType, entity_id: entityId });
      });
      if (onlyOwner !== null) query.andWhere('owner_agency_id', onlyOwner);
      return query;
    };
    const ranked = matching(
      knex('audit_record').select(
        '*',
        knex.raw('row_number() over (partition by entity_type, entity_id order by at desc, id desc) as position'),
      ),
    );
    const [rows, counts] = (await Promise.all([
      knex.select('*').from(ranked.as('ranked')).where('position', '>', offset).andWhere('position', '<=', offset + limit).orderBy('position'),
      matching(knex('audit_record').select('entity_type', 'entity_id').count({ total: '*' }).groupBy('entity_type', 'entity_id')),
    ])) as [Record<string, unknown>[], { entity_type: string; entity_id: string; total: number | string }[]];
    for (const [entityType, entityId] of group) {
      const items = rows
        .filter((row) => row.entity_type === entityType && row.entity_id === entityId)
        .map(({ position: _position, ...row }) => context.em.map(AuditRecord, row));
      const count = counts.find((row) => row.entity_type === entityType && row.entity_id === entityId);
      results.set(JSON.stringify([entityType, entityId, limit, offset, onlyOwner]), { items, totalCount: Number(count?.total ?? 0) });
    }
  }
  return rawKeys.map((raw) => results.get(JSON.stringify(JSON.parse(raw)))!);
});

/** The `audit_record` table, as AuditRecord maps it; for each subgraph's migrations. */
export function createAuditTable(schema: Knex.SchemaBuilder, idColumn: (table: Knex.CreateTableBuilder) => void): Knex.SchemaBuilder {
  return schema.createTable('audit_record', (table) => {
    idColumn(table);
    table.datetime('at', { precision: 3 }).notNullable();
    table.string('entity_type', 40).notNullable();
    table.string('entity_id', 36).notNullable();
    table.string('action', 40).notNullable();
    table.string('owner_agency_id', 36).nullable();
    table.string('actor_user_id', 36).nullable();
    table.string('actor_role', 16).nullable();
    table.string('actor_agency_id', 36).nullable();
    table.json('changes').notNullable();
    table.string('request_id', 64).nullable();
    table.index(['entity_type', 'entity_id', 'at']);
  });
}

/** The viewer as an audit actor: a staff account, a kiosk (role KIOSK, its id, no agency), or null for anonymous. */
export function actorOf(viewer: Viewer): AuditActor | null {
  switch (viewer.kind) {
    case 'staff':
      return { userId: viewer.userId, role: viewer.role, agencyId: viewer.agencyId };
    case 'kiosk':
      return { userId: viewer.kioskId, role: KIOSK_ROLE, agencyId: null };
    case 'anonymous':
      return null;
  }
}
