import { CanAccess } from 'react-admin';
import { HistoryPanel } from '../history/HistoryPanel';
import { facilityHistory } from './facilities.data';
import { useFacilityValueText } from './facilityText';

/** The facility's history, for whoever may read it; on a phone too, each entry a block of its own. */
export function FacilityHistory() {
  return (
    <CanAccess action="history">
      <FacilityHistoryPanel />
    </CanAccess>
  );
}

/** Inside the permission check: the agencies that name its operators are asked for only when it is shown. */
function FacilityHistoryPanel() {
  const valueText = useFacilityValueText();
  return <HistoryPanel resource="facilities" load={facilityHistory} formatValue={valueText} />;
}
