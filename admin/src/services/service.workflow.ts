import {
  ServicesArchiveDocument,
  ServicesDiscardEditDocument,
  ServicesPublishDocument,
  ServicesRestoreRevisionDocument,
  ServicesReturnDocument,
  ServicesSubmitDocument,
  ServicesUnarchiveDocument,
  type PublishStatus,
  type ServicesDetailFragment,
} from '../generated/graphql';
import { request } from '../graphql/client';
import { HISTORY_PAGE_SIZE } from './services.data';
import type { ServiceRecord } from './service.record';

/*
 * The editorial workflow as the CMS offers it (the server's, service.mutations.ts):
 *
 *   DRAFT ──submit──▶ IN_REVIEW ──publish──▶ PUBLISHED ──archive──▶ ARCHIVED ──unarchive──▶ back
 *     ▲                  │ return(comment)      │ edit / restore
 *     └──────────────────┘                      ▼
 *                  pending edit: EDITING / RETURNED ──submit──▶ IN_REVIEW ──publish──▶ public
 *                                                                   │ return(comment)
 *   (an editor may publish a draft or any pending edit directly; discard drops the pending edit)
 *
 * Which steps the *state* allows is decided here; which the *role* allows, by canAccess.
 */

export const PUBLISH_STATUSES: PublishStatus[] = ['DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED'];

export type WorkflowAction = 'submit' | 'publish' | 'return' | 'discard' | 'archive' | 'unarchive';

export const WORKFLOW_ACTIONS: WorkflowAction[] = ['submit', 'publish', 'return', 'discard', 'archive', 'unarchive'];

/** The steps the service's current state allows, whoever asks. */
export function stepsAllowedByState(record: Pick<ServiceRecord, 'status' | 'pendingEdit'>): Set<WorkflowAction> {
  const edit = record.pendingEdit;
  switch (record.status) {
    case 'DRAFT':
      return new Set(['submit', 'publish', 'archive']);
    case 'IN_REVIEW':
      return new Set(['publish', 'return', 'archive']);
    case 'PUBLISHED':
      if (!edit) return new Set(['archive']);
      if (edit.state === 'IN_REVIEW') return new Set(['publish', 'return', 'discard', 'archive']);
      return new Set(['submit', 'publish', 'discard', 'archive']);
    case 'ARCHIVED':
      return new Set(['unarchive']);
  }
}

/** Archived services are not edited: they are unarchived first. */
export function isEditable(record: Pick<ServiceRecord, 'status'>): boolean {
  return record.status !== 'ARCHIVED';
}

/**
 * Runs one step on the saved state. Steps on the working copy send its version (the pending
 * edit's when there is one); archive and unarchive act on the service and send its own.
 */
export async function runWorkflowStep(action: WorkflowAction, record: ServiceRecord, comment = ''): Promise<ServicesDetailFragment> {
  const id = record.id;
  const version = record.version;
  const historyLimit = HISTORY_PAGE_SIZE;
  switch (action) {
    case 'submit':
      return (await request(ServicesSubmitDocument, { id, version, historyLimit })).submitServiceForReview;
    case 'publish':
      return (await request(ServicesPublishDocument, { id, version, historyLimit })).publishService;
    case 'return':
      return (await request(ServicesReturnDocument, { id, version, comment, historyLimit })).returnServiceToDraft;
    case 'discard':
      return (await request(ServicesDiscardEditDocument, { id, version, historyLimit })).discardServiceEdit;
    case 'archive':
      return (await request(ServicesArchiveDocument, { id, version: record.serviceVersion, historyLimit })).archiveService;
    case 'unarchive':
      return (await request(ServicesUnarchiveDocument, { id, version: record.serviceVersion, historyLimit })).unarchiveService;
  }
}

/** An old revision's content becomes the pending edit. */
export async function restoreRevision(record: ServiceRecord, revisionId: string): Promise<ServicesDetailFragment> {
  const result = await request(ServicesRestoreRevisionDocument, { serviceId: record.id, revisionId, version: record.version, historyLimit: HISTORY_PAGE_SIZE });
  return result.restoreServiceRevision;
}
