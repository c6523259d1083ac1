import { Card } from '@mui/material';
import { Edit, maxLength, minLength, required, SimpleForm, TextInput } from 'react-admin';
import { recordPageProps } from '../data/RecordLoadError';
import { SaveToolbar, useSaveErrors } from '../data/saveErrors';
import { HistoryPanel } from '../history/HistoryPanel';
import { kioskHistory } from './kiosks.data';
import { KioskDetails, RevokedNotice } from './KioskShow';
import { RevokeKioskButton } from './RevokeKioskButton';
import { KioskTitle, useKioskActionLabel, useKioskValueText } from './kioskDisplay';

/** An active kiosk: its name (saved with the version read), its revocation, and its history. */
export function KioskEdit() {
  const save = useSaveErrors();
  const actionLabel = useKioskActionLabel();
  const valueText = useKioskValueText();
  return (
    <Edit {...recordPageProps} title={<KioskTitle />} mutationMode="pessimistic" mutationOptions={{ onError: save.onError }} component="div" redirect="list">
      <Card>
        <SimpleForm
          toolbar={
            <SaveToolbar conflict={save.conflict} onReloaded={save.clearConflict}>
              <RevokeKioskButton />
            </SaveToolbar>
          }
          resetOptions={{ keepDirtyValues: true }}
        >
          <RevokedNotice />
          <TextInput source="name" validate={[required(), minLength(2), maxLength(80)]} helperText="mpp.kiosks.nameHelp" autoComplete="off" sx={{ maxWidth: 480 }} />
          <KioskDetails />
        </SimpleForm>
      </Card>
      <HistoryPanel resource="kiosks" load={kioskHistory} actionLabel={actionLabel} formatValue={valueText} />
    </Edit>
  );
}
