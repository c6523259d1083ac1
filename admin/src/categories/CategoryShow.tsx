import { NumberField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { recordPageProps } from '../data/RecordLoadError';

/** A category, read only: for the roles that may not change categories. */
export function CategoryShow() {
  return (
    <Show {...recordPageProps}>
      <SimpleShowLayout>
        <TextField source="name" />
        <TextField source="slug" />
        <NumberField source="serviceCount" />
      </SimpleShowLayout>
    </Show>
  );
}
