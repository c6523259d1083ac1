import { Card } from '@mui/material';
import { DeleteButton, Edit, SimpleForm } from 'react-admin';
import { HistoryPanel } from '../history/HistoryPanel';
import { SaveToolbar, useSaveErrors } from '../data/saveErrors';
import { synonymGroupHistory } from './synonyms.data';
import { SynonymInputs } from './SynonymInputs';
import { recordPageProps } from '../data/RecordLoadError';

/** A synonym group's phrases (its key stays), its deletion after a confirmation, and its history. */
export function SynonymEdit() {
  const save = useSaveErrors();
  const remove = useSaveErrors();
  const toolbar = (
    <SaveToolbar conflict={save.conflict} onReloaded={save.clearConflict}>
      {/* The darker red keeps its contrast on the toolbar's grey. */}
      <DeleteButton mutationMode="pessimistic" mutationOptions={{ onError: remove.onError }} sx={{ color: 'error.dark' }} />
    </SaveToolbar>
  );
  return (
    <Edit {...recordPageProps} mutationMode="pessimistic" mutationOptions={{ onError: save.onError }} component="div">
      <Card>
        <SimpleForm toolbar={toolbar} resetOptions={{ keepDirtyValues: true }}>
          <SynonymInputs />
        </SimpleForm>
      </Card>
      <HistoryPanel resource="searchSynonymGroups" load={synonymGroupHistory} />
    </Edit>
  );
}
