import { Embedded, Entity, Property, Unique } from '@mikro-orm/core';
import { AuditActor, VersionedRecord } from '@mpp/kit/subgraph';
import { registerEnumType } from 'type-graphql';
import type { ServiceContent } from '../services/service.entity';

export enum EditState {
  EDITING = 'EDITING',
  IN_REVIEW = 'IN_REVIEW',
  RETURNED = 'RETURNED',
}
registerEnumType(EditState, {
  name: 'EditState',
  description: 'A pending edit is being written, waits for review, or was sent back with a comment.',
});

/**
 * Where a service's edit row starts counting. The row is made with the first edit and kept for
 * good (publishing or discarding empties it, which counts as a change too), so its versions
 * only ever rise and never repeat; and they start far above any version a service reaches. A
 * caller who sends a version therefore names exactly what they read — the service, or one state
 * of its pending edit — and a stale one is always CONFLICT: two editors making the first edit
 * from one service version, an editor saving an edit that was published, discarded or replaced
 * meanwhile.
 */
export const EDIT_VERSION_BASE = 1_000_000;

/**
 * The edit of a published service that waits to be published: its whole next content, in its
 * own row with its own version. Writing, submitting, returning or discarding it never touches the
 * service's row, so nothing the public can read of the service — its version included — moves
 * until an editor publishes. One row per service, made with its first edit; no content means no
 * pending edit.
 */
@Entity({ tableName: 'service_edit' })
@Unique({ properties: ['serviceId'] })
export class ServiceEdit extends VersionedRecord {
  @Property({ type: 'string', length: 36 })
  serviceId!: string;

  /** The whole next content; null while the service has no pending edit. */
  @Property({ type: 'json', nullable: true, default: null })
  content: ServiceContent | null = null;

  @Property({ type: 'string', length: 16, nullable: true, default: null })
  state: EditState | null = null;

  /** The reviewer's comment when the edit was returned. */
  @Property({ type: 'text', nullable: true, default: null })
  reviewComment: string | null = null;

  /** Who last changed it (null only for edits no signed-in person made). */
  @Embedded(() => AuditActor, { prefix: 'edited_by_', nullable: true })
  editedBy: AuditActor | null = null;
}

/** An edit row that holds a pending edit. */
export type PendingEdit = ServiceEdit & { content: ServiceContent; state: EditState };

export function isPending(row: ServiceEdit | null | undefined): row is PendingEdit {
  return row?.content != null && row.state != null;
}
