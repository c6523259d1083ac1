import { Chip } from '@mui/material';
import { DataTable, EditButton, List, ShowButton, useCanAccess, SearchInput, SelectInput, useTranslate } from 'react-admin';
import { AGENCY_KINDS, type AgencyRecord } from './agencies.data';

/**
 * The agencies at the mall, searchable and by kind; a partner sees only its own. Who may edit
 * an agency's details opens it from here (react-admin hides the button from the others).
 */
export function AgencyList() {
  const translate = useTranslate();
  // Who may edit opens the form from a row; the others (if the resource has one) its read-only page.
  const { canAccess: canEdit } = useCanAccess({ resource: 'agencies', action: 'edit' });
  const filters = [
    <SearchInput key="q" source="q" alwaysOn placeholder={translate('mpp.agencies.search')} />,
    <SelectInput key="kind" source="kind" alwaysOn choices={AGENCY_KINDS.map((kind) => ({ id: kind, name: `mpp.agencyKind.${kind}` }))} />,
  ];
  return (
    <List filters={filters} sort={{ field: 'name', order: 'ASC' }} perPage={25} exporter={false}>
      <DataTable<AgencyRecord> bulkActionButtons={false} rowClick={canEdit ? 'edit' : 'show'}>
        <DataTable.Col source="name" />
        <DataTable.Col source="shortName" />
        <DataTable.Col source="kind" render={(agency: AgencyRecord) => <Chip size="small" variant="outlined" label={translate(`mpp.agencyKind.${agency.kind}`)} />} />
        <DataTable.Col source="phone" />
        <DataTable.Col source="email" />
        {canEdit ? (
          <DataTable.Col label={translate('ra.action.edit')} disableSort>
            <EditButton />
          </DataTable.Col>
        ) : (
          <DataTable.Col label={translate('ra.action.show')} disableSort>
            <ShowButton />
          </DataTable.Col>
        )}
      </DataTable>
    </List>
  );
}
