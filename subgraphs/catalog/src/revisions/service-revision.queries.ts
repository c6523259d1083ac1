import { defineLoader, groupByKeys, type RequestContext } from '@mpp/kit/subgraph';
import { servicePolicy } from '../services/service.policy';
import type { ServiceRecord } from '../services/service.entity';
import { ServiceRevision } from './service-revision.entity';
import { RevisionView } from './service-revision.view';

/** Every published version, newest first, for staff allowed the editorial side; batched. */
export async function revisionsOf(context: RequestContext, service: ServiceRecord): Promise<RevisionView[] | null> {
  if (!servicePolicy.allowsStaffField(context.viewer, 'service.readEditorial', service.agencyId)) return null;
  return revisionsOfService(context).load(service.id);
}

const revisionsOfService = defineLoader<string, RevisionView[]>(async (serviceIds, context) => {
  const revisions = await context.em.find(ServiceRevision, { serviceId: { $in: [...serviceIds] } }, { orderBy: { number: 'desc' } });
  return groupByKeys(serviceIds, revisions, (revision) => revision.serviceId).map((group) => group.map((revision) => RevisionView.of(revision)));
});
