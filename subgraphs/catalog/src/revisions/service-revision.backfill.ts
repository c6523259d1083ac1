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
  // Ids first: on an ordinary start every such service has its revision and nothing more is read.
  const candidates = await em.find(Service, { status: { $in: [PublishStatus.PUBLISHED, PublishStatus.ARCHIVED] } }, { fields: ['id', 'status', 'version'] });
  const missing = candidates
    .filter((service) => !withRevision.has(service.id) && !(service.status === PublishStatus.ARCHIVED && service.version > 1))
    .map((service) => service.id);
  if (missing.length === 0) return;
  for (const service of await em.find(Service, { id: { $in: missing } }, { refresh: true })) {
    em.create(ServiceRevision, { id: newId(), serviceId: service.id, number: 1, content: contentOf(service), publishedAt: clock.now() });
  }
  await em.flush();
}
