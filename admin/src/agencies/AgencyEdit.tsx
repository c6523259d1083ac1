import { Card, CardContent, Typography } from '@mui/material';
import { CanAccess, DataTable, Edit, EditButton, ReferenceManyField, SimpleForm, useLocaleState, useTranslate } from 'react-admin';
import type { BoothRecord } from '../booths/booths.data';
import { BoothStatusChip } from '../booths/BoothStatusChip';
import { formatDate } from '../format/format';
import { HistoryPanel } from '../history/HistoryPanel';
import { SaveToolbar, useSaveErrors } from '../data/saveErrors';
import { agencyHistory } from './agencies.data';
import { AgencyInputs } from './AgencyInputs';
import { recordPageProps } from '../data/RecordLoadError';

/**
 * An agency's details: contact data for its partner and DPMPTSP, identity for DPMPTSP only;
 * below, its booths and its history. Another agency's URL is "not found" for a partner (the
 * data module answers so).
 */
export function AgencyEdit() {
  const save = useSaveErrors();
  return (
    <Edit {...recordPageProps} mutationMode="pessimistic" mutationOptions={{ onError: save.onError }} component="div">
      <Card>
        <SimpleForm toolbar={<SaveToolbar conflict={save.conflict} onReloaded={save.clearConflict} />} resetOptions={{ keepDirtyValues: true }}>
          <AgencyInputs />
        </SimpleForm>
      </Card>
      <AgencyBooths />
      <CanAccess action="history">
        <HistoryPanel resource="agencies" load={agencyHistory} />
      </CanAccess>
    </Edit>
  );
}

/** The agency's booths (to change one, open it: the booth's own screen says who may). */
function AgencyBooths() {
  const translate = useTranslate();
  const [language] = useLocaleState();
  return (
    <Card variant="outlined" sx={{ mt: 2 }}>
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {translate('mpp.agencies.booths')}
        </Typography>
        <ReferenceManyField
          reference="booths"
          target="agencyId"
          sort={{ field: 'code', order: 'ASC' }}
          empty={<Typography color="text.secondary">{translate('mpp.agencies.noBooths')}</Typography>}
        >
          <DataTable<BoothRecord> bulkActionButtons={false}>
            <DataTable.Col source="code" />
            <DataTable.NumberCol source="floor" />
            <DataTable.Col source="status" render={(booth: BoothRecord) => <BoothStatusChip status={booth.status} />} />
            <DataTable.Col source="openedOn" render={(booth: BoothRecord) => (booth.openedOn ? formatDate(booth.openedOn, language) : '')} />
            <DataTable.Col label={translate('ra.action.edit')} disableSort>
              <EditButton />
            </DataTable.Col>
          </DataTable>
        </ReferenceManyField>
      </CardContent>
    </Card>
  );
}
