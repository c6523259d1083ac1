import { ServiceReference } from './service.reference-type';

/**
 * `Service` references from the gateway need nothing from the database: the key is all. Whether
 * the service has a queue is what `Service.queue` answers (null when none).
 */
export function resolveServiceReference(reference: { id: string }): ServiceReference {
  return ServiceReference.of(reference.id);
}
