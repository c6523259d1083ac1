import { Chip, Stack, Tooltip } from '@mui/material';
import { DataTable, EditButton, List, SearchInput, SelectInput, ShowButton, useCanAccess, useTranslate } from 'react-admin';
import { COUNTER_STATUSES, type CounterRecord } from './counters.data';
import { CounterStatusChip } from './CounterStatusChip';
import { useOfficerText } from './officerText';

/**
 * The mall's counters (loket) by name, with their booth, agency, services, status and who is
 * signed in; a partner or officer sees its own agency's.
 */
export function CounterList() {
  const translate = useTranslate();
  const officerText = useOfficerText();
  const { canAccess: canEdit } = useCanAccess({ resource: 'counters', action: 'edit' });
  const filters = [
    <SearchInput key="q" source="q" alwaysOn placeholder={translate('mpp.counters.search')} sx={{ minWidth: 320 }} />,
    <SelectInput key="status" source="status" alwaysOn choices={COUNTER_STATUSES.map((status) => ({ id: status, name: `mpp.counterStatus.${status}` }))} />,
  ];
  return (
    <List filters={filters} sort={{ field: 'name', order: 'ASC' }} perPage={25} exporter={false}>
      <DataTable<CounterRecord> bulkActionButtons={false} rowClick={canEdit ? 'edit' : 'show'}>
        <DataTable.Col source="name" cellSx={() => ({ whiteSpace: 'nowrap' })} />
        <DataTable.Col source="boothCode" />
        <DataTable.Col source="agencyName" />
        <DataTable.Col source="serviceNames" disableSort render={(counter: CounterRecord) => <ServicePrefixes counter={counter} />} />
        <DataTable.Col source="status" render={(counter: CounterRecord) => <CounterStatusChip status={counter.status} />} />
        <DataTable.Col source="officerName" disableSort render={(counter: CounterRecord) => officerText(counter)} />
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

/**
 * The services a counter calls, by their queues' prefixes as tickets show them (a counter may
 * serve nine long-named services); each name in the chip's tooltip and description.
 */
function ServicePrefixes({ counter }: { counter: CounterRecord }) {
  return (
    <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 0.5 }}>
      {counter.services.map((service) => (
        <Tooltip key={`${service.prefix}-${service.name}`} title={service.name} describeChild>
          <Chip size="small" label={service.prefix || service.name} />
        </Tooltip>
      ))}
    </Stack>
  );
}
