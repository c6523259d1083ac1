import { Edit, SimpleForm } from 'react-admin';
import { recordPageProps } from '../data/RecordLoadError';
import { SaveToolbar, useSaveErrors } from '../data/saveErrors';
import { QueueSettingsInputs, QueueSummary } from './QueueInputs';
import { useQueueFieldLabel } from './queueFieldLabel';

/**
 * A service's queue settings, saved with the version the form read (a stale one is CONFLICT:
 * reload the latest, keeping what was typed). A service without a queue yet (reached by its
 * address) gets one when saved.
 */
export function QueueEdit() {
  const save = useSaveErrors({ fieldLabel: useQueueFieldLabel() });
  return (
    <Edit {...recordPageProps} mutationMode="pessimistic" mutationOptions={{ onError: save.onError }} redirect="list">
      <SimpleForm toolbar={<SaveToolbar conflict={save.conflict} onReloaded={save.clearConflict} />} resetOptions={{ keepDirtyValues: true }}>
        <QueueSummary />
        <QueueSettingsInputs />
      </SimpleForm>
    </Edit>
  );
}
