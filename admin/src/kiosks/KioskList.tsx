import { DataTable, List, SearchInput, SelectInput, useLocaleState, useTranslate } from 'react-admin';
import { formatDateTime } from '../format/format';
import type { KioskRecord, KioskState } from './kiosks.data';
import { KioskStatusChip } from './KioskStatusChip';

const STATES: readonly KioskState[] = ['active', 'revoked'];

/** The mall's ticket kiosks by name, revoked ones too (editors, administrators). */
export function KioskList() {
  const translate = useTranslate();
  const [language] = useLocaleState();
  const filters = [
    <SearchInput key="q" source="q" alwaysOn placeholder={translate('mpp.kiosks.search')} />,
    <SelectInput key="state" source="state" label="resources.kiosks.fields.active" alwaysOn choices={STATES.map((state) => ({ id: state, name: `mpp.kiosks.${state}` }))} />,
  ];
  return (
    <List filters={filters} sort={{ field: 'name', order: 'ASC' }} perPage={25} exporter={false}>
      {/* An active kiosk opens its form (rename, revoke); a revoked one its read-only page. */}
      <DataTable<KioskRecord> bulkActionButtons={false} rowClick={(_id, _resource, kiosk) => (kiosk.active ? 'edit' : 'show')}>
        <DataTable.Col source="name" />
        <DataTable.Col source="active" render={(kiosk: KioskRecord) => <KioskStatusChip active={kiosk.active} />} />
        <DataTable.Col source="registeredAt" render={(kiosk: KioskRecord) => formatDateTime(kiosk.registeredAt, language)} />
        <DataTable.Col
          source="lastSessionStartedAt"
          render={(kiosk: KioskRecord) => (kiosk.lastSessionStartedAt ? formatDateTime(kiosk.lastSessionStartedAt, language) : translate('mpp.kiosks.never'))}
        />
        <DataTable.Col source="revokedAt" render={(kiosk: KioskRecord) => (kiosk.revokedAt ? formatDateTime(kiosk.revokedAt, language) : '—')} />
      </DataTable>
    </List>
  );
}
