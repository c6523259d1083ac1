import { Card } from '@mui/material';
import { CanAccess, Edit, SimpleForm } from 'react-admin';
import { HistoryPanel } from '../history/HistoryPanel';
import { SaveToolbar, useSaveErrors } from '../data/saveErrors';
import { boothHistory } from './booths.data';
import { BoothInputs } from './BoothInputs';
import { useBoothValueText } from './boothValueText';
import { recordPageProps } from '../data/RecordLoadError';

/**
 * A booth: DPMPTSP changes all of it, a partner the status and opening date of its own (another
 * agency's booth is "not found" for a partner: the data module answers so); below, its history.
 */
export function BoothEdit() {
  const save = useSaveErrors();
  const valueText = useBoothValueText();
  return (
    <Edit {...recordPageProps} mutationMode="pessimistic" mutationOptions={{ onError: save.onError }} component="div">
      <Card>
        <SimpleForm toolbar={<SaveToolbar conflict={save.conflict} onReloaded={save.clearConflict} />} resetOptions={{ keepDirtyValues: true }}>
          <BoothInputs />
        </SimpleForm>
      </Card>
      <CanAccess action="history">
        <HistoryPanel resource="booths" load={boothHistory} formatValue={valueText} />
      </CanAccess>
    </Edit>
  );
}
