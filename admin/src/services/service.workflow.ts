import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
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
import { noteOwnVersion } from './latestVersion';
import { recordOrNotFound } from './services.data';
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
  switch (action) {
    case 'submit':
      return (await request(ServicesSubmitDocument, { id, version })).submitServiceForReview;
    case 'publish':
      return (await request(ServicesPublishDocument, { id, version })).publishService;
    case 'return':
      return (await request(ServicesReturnDocument, { id, version, comment })).returnServiceToDraft;
    case 'discard':
      return (await request(ServicesDiscardEditDocument, { id, version })).discardServiceEdit;
    case 'archive':
      return (await request(ServicesArchiveDocument, { id, version: record.serviceVersion })).archiveService;
    case 'unarchive':
      return (await request(ServicesUnarchiveDocument, { id, version: record.serviceVersion })).unarchiveService;
  }
}

/** An old revision's content becomes the pending edit. */
export async function restoreRevision(record: ServiceRecord, revisionId: string): Promise<ServicesDetailFragment> {
  const result = await request(ServicesRestoreRevisionDocument, { serviceId: record.id, revisionId, version: record.version });
  return result.restoreServiceRevision;
}

/**
 * Shows the service as a step (or a restore) left it: the answer becomes the edit page's record
 * at once, so a save right after sends the version the server now holds (asking again could
 * leave a window in which the form still held the old one, and its save would be a false
 * CONFLICT); the lists, whose rows the step changed, are asked again.
 */
export function useShowSavedService(): (service: ServicesDetailFragment) => Promise<void> {
  const queryClient = useQueryClient();
  return useCallback(
    async (service) => {
      const record = recordOrNotFound(service);
      noteOwnVersion(record);
      // react-admin's key of the record (ra-core useGetOne): [resource, 'getOne', { id: String(id), meta }].
      queryClient.setQueryData(['services', 'getOne', { id: String(record.id), meta: undefined }], record);
      await queryClient.invalidateQueries({ queryKey: ['services', 'getList'] });
    },
    [queryClient],
  );
}
