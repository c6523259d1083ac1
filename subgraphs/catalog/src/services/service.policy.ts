import type { FilterQuery } from '@mikro-orm/core';
import type { Viewer } from '@mpp/kit';
import { PublishStatus, type Service } from './service.entity';

/**
 * Who may read which services. Deny by default: the public (and counter officers) read
 * PUBLISHED services only; DPMPTSP editors and admins read every state; a partner reads
 * every state of their own agency's services and the published ones of others.
 */
export function readableServices(viewer: Viewer): FilterQuery<Service> {
  if (viewer.kind === 'staff') {
    switch (viewer.role) {
      case 'ADMIN':
      case 'EDITOR':
        return {};
      case 'PARTNER':
        if (viewer.agencyId) return { $or: [{ status: PublishStatus.PUBLISHED }, { agencyId: viewer.agencyId }] };
        break;
      case 'OFFICER':
        break;
    }
  }
  return { status: PublishStatus.PUBLISHED };
}

export function canReadService(viewer: Viewer, service: Pick<Service, 'status' | 'agencyId'>): boolean {
  if (service.status === PublishStatus.PUBLISHED) return true;
  if (viewer.kind !== 'staff') return false;
  if (viewer.role === 'ADMIN' || viewer.role === 'EDITOR') return true;
  return viewer.role === 'PARTNER' && viewer.agencyId !== null && viewer.agencyId === service.agencyId;
}
