import { AgencyReference } from './agency.reference-type';

/** `Agency` references from the gateway need nothing from the database: the key is all. */
export function resolveAgencyReference(reference: { id: string }): AgencyReference {
  return AgencyReference.of(reference.id);
}
