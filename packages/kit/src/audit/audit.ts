import type { Knex } from '@mikro-orm/knex';
import { clock } from '../clock/clock';
import { defineLoader, groupByKeys, type RequestContext } from '../context/request-context';
import { v7 as uuidv7 } from 'uuid';
import { pageRequest, type Page } from '../paging/paging';
import type { Viewer } from '../identity/viewer';
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
  const viewer = context.viewer;
  return context.em.create(AuditRecord, {
    id: uuidv7(),
    at: clock.now(),
    entityType: change.entityType,
    entityId: change.entityId,
    action: change.action,
    ownerAgencyId: change.ownerAgencyId,
    actorUserId: viewer.kind === 'staff' ? viewer.userId : null,
    actorRole: viewer.kind === 'staff' ? viewer.role : null,
    actorAgencyId: viewer.kind === 'staff' ? viewer.agencyId : null,
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

/** A record's history, newest first, paged; batched across records in one statement. */
export async function auditHistory(context: RequestContext, entityType: string, entityId: string, limit?: number | null, offset?: number | null): Promise<Page<AuditRecord>> {
  const page = pageRequest(limit, offset);
  const all = await historyLoader(context).load(`${entityType}\u0000${entityId}`);
  return { items: all.slice(page.offset, page.offset + page.limit), totalCount: all.length };
}

const historyLoader = defineLoader<string, AuditRecord[]>(async (keys, context) => {
  const pairs = keys.map((key) => key.split('\u0000') as [string, string]);
  const records = await context.em.find(
    AuditRecord,
    { $or: pairs.map(([entityType, entityId]) => ({ entityType, entityId })) },
    { orderBy: { at: 'desc', id: 'desc' } },
  );
  return groupByKeys(keys, records, (record) => `${record.entityType}\u0000${record.entityId}`);
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

/** The viewer as an audit actor (null for anonymous). */
export function actorOf(viewer: Viewer): AuditActor | null {
  return viewer.kind === 'staff' ? { userId: viewer.userId, role: viewer.role, agencyId: viewer.agencyId } : null;
}
