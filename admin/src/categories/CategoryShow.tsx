import { NumberField, Show, SimpleShowLayout, TextField } from 'react-admin';

/** A category, read only: for the roles that may not change categories. */
export function CategoryShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="name" />
        <TextField source="slug" />
        <NumberField source="serviceCount" />
      </SimpleShowLayout>
    </Show>
  );
}
