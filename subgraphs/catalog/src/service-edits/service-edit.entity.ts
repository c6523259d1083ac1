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
 * A pending edit's versions never equal a version its service had, or another edit's: the edit
 * starts at its service's version × EDIT_VERSION_STRIDE + 1 and counts up from there. A caller
 * who sends a version therefore names exactly what they read — the service, or this edit — and
 * a stale one is always CONFLICT: two editors making the first edit from one service version,
 * or an editor saving an edit that was published meanwhile.
 */
export const EDIT_VERSION_STRIDE = 10_000;

/**
 * The edit of a published service that waits to be published: its whole next content, in its
 * own row with its own version. Writing, submitting, returning or discarding it never touches the
 * service's row, so nothing the public can read of the service — its version included — moves
 * until an editor publishes. At most one per service.
 */
@Entity({ tableName: 'service_edit' })
@Unique({ properties: ['serviceId'] })
export class ServiceEdit extends VersionedRecord {
  @Property({ type: 'string', length: 36 })
  serviceId!: string;

  @Property({ type: 'json' })
  content!: ServiceContent;

  @Property({ type: 'string', length: 16 })
  state: EditState = EditState.EDITING;

  /** The reviewer's comment when the edit was returned. */
  @Property({ type: 'text', nullable: true, default: null })
  reviewComment: string | null = null;

  /** Who last changed it (null only for edits no signed-in person made). */
  @Embedded(() => AuditActor, { prefix: 'edited_by_', nullable: true })
  editedBy: AuditActor | null = null;
}
