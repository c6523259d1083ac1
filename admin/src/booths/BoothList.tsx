import { DataTable, EditButton, List, ShowButton, useCanAccess, SearchInput, SelectInput, useLocaleState, useTranslate } from 'react-admin';
import { formatDate } from '../format/format';
import { BOOTH_STATUSES, type BoothRecord } from './booths.data';
import { BoothStatusChip } from './BoothStatusChip';

/** The mall's booths by code, by status; a partner sees only its own agency's. */
export function BoothList() {
  const translate = useTranslate();
  // Who may edit opens the form from a row; the others (if the resource has one) its read-only page.
  const { canAccess: canEdit } = useCanAccess({ resource: 'booths', action: 'edit' });
  const [language] = useLocaleState();
  const filters = [
    <SearchInput key="q" source="q" alwaysOn placeholder={translate('mpp.booths.search')} />,
    <SelectInput key="status" source="status" alwaysOn choices={BOOTH_STATUSES.map((status) => ({ id: status, name: `mpp.boothStatus.${status}` }))} />,
  ];
  return (
    <List filters={filters} sort={{ field: 'code', order: 'ASC' }} perPage={25} exporter={false}>
      <DataTable<BoothRecord> bulkActionButtons={false} rowClick={canEdit ? 'edit' : 'show'}>
        <DataTable.Col source="code" />
        <DataTable.NumberCol source="floor" />
        <DataTable.Col source="status" render={(booth: BoothRecord) => <BoothStatusChip status={booth.status} />} />
        <DataTable.Col source="agencyName" />
        <DataTable.Col source="openedOn" render={(booth: BoothRecord) => (booth.openedOn ? formatDate(booth.openedOn, language) : '')} />
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
