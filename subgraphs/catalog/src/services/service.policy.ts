import type { FilterQuery } from '@mikro-orm/core';
import { Permissions, type Viewer } from '@mpp/kit';
import { PublishStatus, type Service } from './service.entity';

/**
 * Who may do what with services — the one place these rules are stated. `own`: only services
 * of the caller's own agency. Anything not listed is denied.
 *
 * | action                   | ANONYMOUS | ADMIN | EDITOR | PARTNER | OFFICER |
 * |--------------------------|-----------|-------|--------|---------|---------|
 * | service.readPublished    | all       | all   | all    | all     | all     |
 * | service.readUnpublished  | –         | all   | all    | own     | –       |
 * | service.readEditorial    | –         | all   | all    | own     | –       |
 * | service.create           | –         | all   | all    | own     | –       |
 * | service.edit             | –         | all   | all    | own     | –       |
 * | service.review           | –         | all   | all    | –       | –       |
 * | service.archive          | –         | all   | all    | –       | –       |
 *
 * Unpublished: DRAFT, IN_REVIEW and ARCHIVED services. Editorial: pending edits, review
 * comments, revisions and history. Edit: change a draft or a pending edit, submit it for
 * review, discard it, restore an old revision into it. Review: publish, return with a
 * comment. Nothing a partner does reaches the public until an editor publishes it.
 */
export type ServiceAction =
  | 'service.readPublished'
  | 'service.readUnpublished'
  | 'service.readEditorial'
  | 'service.create'
  | 'service.edit'
  | 'service.review'
  | 'service.archive';

/** DPMPTSP's editors keep the whole catalog. */
const DPMPTSP_EDITING = {
  'service.readPublished': 'all',
  'service.readUnpublished': 'all',
  'service.readEditorial': 'all',
  'service.create': 'all',
  'service.edit': 'all',
  'service.review': 'all',
  'service.archive': 'all',
} as const;

export const servicePolicy = new Permissions<ServiceAction>(
  {
    ANONYMOUS: { 'service.readPublished': 'all' },
    ADMIN: { ...DPMPTSP_EDITING },
    EDITOR: { ...DPMPTSP_EDITING },
    PARTNER: {
      'service.readPublished': 'all',
      'service.readUnpublished': 'own',
      'service.readEditorial': 'own',
      'service.create': 'own',
      'service.edit': 'own',
    },
    OFFICER: { 'service.readPublished': 'all' },
  },
  {
    'service.readPublished': 'read services',
    'service.readUnpublished': 'read unpublished services',
    'service.readEditorial': "read a service's edits, revisions and history",
    'service.create': "create a service for this agency",
    'service.edit': 'change this service',
    'service.review': 'publish or return a service',
    'service.archive': 'archive or unarchive a service',
  },
);

/**
 * The services a viewer may read, as a query condition, from the permission table: every
 * published one, plus the unpublished ones `service.readUnpublished` reaches.
 */
export function readableServices(viewer: Viewer): FilterQuery<Service> {
  const published: FilterQuery<Service> = { status: PublishStatus.PUBLISHED };
  switch (servicePolicy.reach(viewer, 'service.readUnpublished')) {
    case 'all':
      return {};
    case 'own':
      return viewer.kind === 'staff' && viewer.agencyId ? { $or: [published, { agencyId: viewer.agencyId }] } : published;
    case 'none':
      return published;
  }
}

export function canReadService(viewer: Viewer, service: Pick<Service, 'status' | 'agencyId'>): boolean {
  if (service.status === PublishStatus.PUBLISHED) return servicePolicy.allows(viewer, 'service.readPublished', service.agencyId);
  return servicePolicy.allows(viewer, 'service.readUnpublished', service.agencyId);
}
