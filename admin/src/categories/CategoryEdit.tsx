import { Alert } from '@mui/material';
import { DeleteButton, Edit, SimpleForm, useRecordContext, useTranslate } from 'react-admin';
import { SaveToolbar, useSaveErrors } from '../data/saveErrors';
import type { CategoryRecord } from './categories.data';
import { CategoryInputs } from './CategoryInputs';
import { recordPageProps } from '../data/RecordLoadError';

/**
 * Rename a category or change its slug; delete it when no service is in it (the API refuses
 * otherwise, and its reason is shown). Categories have no history in the API.
 */
export function CategoryEdit() {
  const save = useSaveErrors();
  const remove = useSaveErrors({ explain: { CONFLICT: 'mpp.categories.deleteRefused' } });
  const toolbar = (
    <SaveToolbar conflict={save.conflict} onReloaded={save.clearConflict}>
      {/* The darker red keeps its contrast on the toolbar's grey. */}
      <DeleteButton mutationMode="pessimistic" mutationOptions={{ onError: remove.onError }} sx={{ color: 'error.dark' }} />
    </SaveToolbar>
  );
  return (
    <Edit {...recordPageProps} mutationMode="pessimistic" mutationOptions={{ onError: save.onError }} redirect="list">
      <SimpleForm toolbar={toolbar} resetOptions={{ keepDirtyValues: true }}>
        <CategoryInputs />
        <ServiceCountNote />
      </SimpleForm>
    </Edit>
  );
}

/** Why the delete button may be refused, before anyone presses it. */
function ServiceCountNote() {
  const translate = useTranslate();
  const category = useRecordContext<CategoryRecord>();
  if (!category) return null;
  return (
    <Alert severity="info" sx={{ mt: 1, maxWidth: 560 }}>
      {category.serviceCount > 0 ? translate('mpp.categories.serviceCount', { smart_count: category.serviceCount }) : translate('mpp.categories.noServices')}
    </Alert>
  );
}
