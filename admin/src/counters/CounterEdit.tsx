import { Edit, SimpleForm } from 'react-admin';
import { recordPageProps } from '../data/RecordLoadError';
import { SaveToolbar, useSaveErrors } from '../data/saveErrors';
import { CounterInputs, CounterSummary } from './CounterInputs';
import { CounterTitle } from './CounterTitle';

/** A counter's name, booth and services, saved with the version the form read. */
export function CounterEdit() {
  const save = useSaveErrors();
  return (
    <Edit {...recordPageProps} title={<CounterTitle />} mutationMode="pessimistic" mutationOptions={{ onError: save.onError }} redirect="list">
      <SimpleForm toolbar={<SaveToolbar conflict={save.conflict} onReloaded={save.clearConflict} />} resetOptions={{ keepDirtyValues: true }}>
        <CounterSummary />
        <CounterInputs />
      </SimpleForm>
    </Edit>
  );
}
