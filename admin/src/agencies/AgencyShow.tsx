import { EmailField, FunctionField, Show, SimpleShowLayout, TextField, UrlField, useTranslate } from 'react-admin';
import type { AgencyRecord } from './agencies.data';
import { recordPageProps } from '../data/RecordLoadError';

/** An agency's details, read only: for the roles that may not change them (officers). */
export function AgencyShow() {
  const translate = useTranslate();
  return (
    <Show {...recordPageProps}>
      <SimpleShowLayout>
        <TextField source="name" />
        <TextField source="shortName" emptyText="—" />
        <FunctionField source="kind" render={(agency: AgencyRecord) => translate(`mpp.agencyKind.${agency.kind}`)} />
        <TextField source="description" emptyText="—" />
        <UrlField source="website" emptyText="—" />
        <TextField source="phone" emptyText="—" />
        <EmailField source="email" emptyText="—" />
      </SimpleShowLayout>
    </Show>
  );
}
