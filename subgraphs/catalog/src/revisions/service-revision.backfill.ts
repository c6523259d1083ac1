import type { EntityManager } from '@mikro-orm/knex';
import { clock, newId } from '@mpp/kit';
import { ServiceRevision } from './service-revision.entity';
import { PublishStatus, Service, contentOf } from '../services/service.entity';

/**
 * Every service that has been public has at least its first revision: the seeded catalog
 * (published by no one through the CMS) gets revision 1 from its current content, so it can
 * be restored like any other.
 */
export async function ensureFirstRevisions(em: EntityManager): Promise<void> {
  const withRevision = new Set(
    (await em.createQueryBuilder(ServiceRevision).select('serviceId', true).execute<{ serviceId: string }[]>('all')).map((row) => row.serviceId),
  );
  const published = await em.find(Service, { status: { $in: [PublishStatus.PUBLISHED, PublishStatus.ARCHIVED] } });
  for (const service of published) {
    if (withRevision.has(service.id) || (service.status === PublishStatus.ARCHIVED && service.version > 1)) continue;
    em.create(ServiceRevision, { id: newId(), serviceId: service.id, number: 1, content: contentOf(service), publishedAt: clock.now() });
  }
  await em.flush();
}
