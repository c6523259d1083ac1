import { Create, SimpleForm } from 'react-admin';
import { SaveToolbar, useSaveErrors } from '../data/saveErrors';
import { SynonymInputs } from './SynonymInputs';

/** A new synonym group (editors, administrators); search uses it at once. */
export function SynonymCreate() {
  const { onError } = useSaveErrors();
  return (
    <Create mutationOptions={{ onError }} redirect="list">
      <SimpleForm toolbar={<SaveToolbar />} defaultValues={{ phrases: [] }}>
        <SynonymInputs creating />
      </SimpleForm>
    </Create>
  );
}
