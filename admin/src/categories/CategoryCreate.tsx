import { Create, SimpleForm } from 'react-admin';
import { SaveToolbar, useSaveErrors } from '../data/saveErrors';
import { CategoryInputs } from './CategoryInputs';

/** A new category (editors, administrators): a name, and a slug when the one made from it will not do. */
export function CategoryCreate() {
  const { onError } = useSaveErrors();
  return (
    <Create mutationOptions={{ onError }} redirect="list">
      <SimpleForm toolbar={<SaveToolbar />}>
        <CategoryInputs creating />
      </SimpleForm>
    </Create>
  );
}
