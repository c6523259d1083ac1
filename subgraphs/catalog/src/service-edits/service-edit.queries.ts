import { byKeys, defineLoader, type RequestContext } from '@mpp/kit/subgraph';
import { servicePolicy } from '../services/service.policy';
import type { ServiceRecord } from '../services/service.entity';
import { ServiceEdit, isPending } from './service-edit.entity';
import { PendingEditView } from './service-edit.view';

/** The pending edit of a service, for staff allowed its editorial side; null otherwise. */
export async function pendingEditOf(context: RequestContext, service: ServiceRecord): Promise<PendingEditView | null> {
  if (!servicePolicy.allowsStaffField(context.viewer, 'service.readEditorial', service.agencyId)) return null;
  const edit = await pendingEditOfService(context).load(service.id);
  return isPending(edit) ? PendingEditView.of(edit) : null;
}

/** Pending edits by service, batched per request (a list of services costs one statement). */
const pendingEditOfService = defineLoader<string, ServiceEdit | null>(async (serviceIds, context) => {
  const edits = await context.em.find(ServiceEdit, { serviceId: { $in: [...serviceIds] } });
  return byKeys(serviceIds, edits, (edit) => edit.serviceId, null);
});
