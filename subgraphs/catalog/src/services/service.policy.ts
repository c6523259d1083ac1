import type { FilterQuery } from '@mikro-orm/core';
import type { Viewer } from '@mpp/kit';
import { catalogPermissions } from '../access/permissions';
import { PublishStatus, type Service } from './service.entity';

/**
 * The services a viewer may read, as a query condition, from the permission table: every
 * published one, plus the unpublished ones `service.readUnpublished` reaches.
 */
export function readableServices(viewer: Viewer): FilterQuery<Service> {
  const published: FilterQuery<Service> = { status: PublishStatus.PUBLISHED };
  switch (catalogPermissions.reach(viewer, 'service.readUnpublished')) {
    case 'all':
      return {};
    case 'own':
      return viewer.kind === 'staff' && viewer.agencyId ? { $or: [published, { agencyId: viewer.agencyId }] } : published;
    case 'none':
      return published;
  }
}

export function canReadService(viewer: Viewer, service: Pick<Service, 'status' | 'agencyId'>): boolean {
  if (service.status === PublishStatus.PUBLISHED) return catalogPermissions.allows(viewer, 'service.readPublished', service.agencyId);
  return catalogPermissions.allows(viewer, 'service.readUnpublished', service.agencyId);
}
