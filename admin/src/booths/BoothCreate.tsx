import { Create, SimpleForm } from 'react-admin';
import { SaveToolbar, useSaveErrors } from '../data/saveErrors';
import { BoothInputs } from './BoothInputs';

/** A new booth (editors, administrators): where it is, whose it is, and its status. */
export function BoothCreate() {
  const { onError } = useSaveErrors();
  return (
    <Create mutationOptions={{ onError }} redirect="list">
      <SimpleForm toolbar={<SaveToolbar />} defaultValues={{ status: 'PLANNED' }}>
        <BoothInputs creating />
      </SimpleForm>
    </Create>
  );
}
