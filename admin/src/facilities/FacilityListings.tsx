import { useRecordContext } from 'react-admin';
import { ListingsPanel } from '../listings/ListingsPanel';
import { SELLING_KINDS, type FacilityRecord } from './facilities.data';

/** The listings of a facility that sells things (a cafeteria, a minimarket, another shop); nothing for the others. */
export function FacilityListings() {
  const facility = useRecordContext<FacilityRecord>();
  if (!facility || !SELLING_KINDS.includes(facility.kind)) return null;
  return <ListingsPanel shop={{ id: facility.id, name: facility.name, agencyId: facility.operatorAgencyId }} />;
}
