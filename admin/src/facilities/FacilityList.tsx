import { LinearProgress, List as MuiList, ListItem, Stack, Typography, useMediaQuery, type Theme } from '@mui/material';
import {
  DataTable,
  EditButton,
  Link,
  List,
  RecordContextProvider,
  SearchInput,
  SelectInput,
  ShowButton,
  useCanAccess,
  useCreatePath,
  useListContext,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { FACILITY_KINDS, FACILITY_STATUSES, MAX_FLOOR, MIN_FLOOR, type FacilityRecord } from './facilities.data';
import { FacilityConfirmStatusButton } from './FacilityConfirmStatusButton';
import { FacilityStatusButton } from './FacilityStatusButton';
import { FacilityStatusChips } from './FacilityStatusChips';
import { useFacilityText } from './facilityText';

const FLOORS = Array.from({ length: MAX_FLOOR - MIN_FLOOR + 1 }, (_, index) => MIN_FLOOR + index);

/**
 * The mall's facilities by name — for DPMPTSP every one, for a partner those its agency operates
 * — with their kind, floor, operator, status (and whether it waits for a confirmation) and
 * whether they are open now; each row with its buttons that confirm the status as it is (one
 * tap, the main one while the status waits for a confirmation) and change it. On a phone (an
 * ATM technician's) the rows become cards, one under the other, with no table to scroll sideways.
 */
export function FacilityList() {
  const translate = useTranslate();
  const small = useMediaQuery((theme: Theme) => theme.breakpoints.down('md'));
  const { canAccess: canEdit } = useCanAccess({ resource: 'facilities', action: 'edit' });
  // On a phone only the search stays open; the other filters are added from the filter button.
  const filters = [
    <SearchInput key="q" source="q" alwaysOn placeholder={translate('mpp.facilities.search')} sx={{ minWidth: { md: 320 } }} />,
    <SelectInput key="kind" source="kind" alwaysOn={!small} choices={FACILITY_KINDS.map((kind) => ({ id: kind, name: `mpp.facilityKind.${kind}` }))} />,
    <SelectInput key="floor" source="floor" alwaysOn={!small} choices={FLOORS.map((floor) => ({ id: floor, name: String(floor) }))} />,
    <SelectInput key="status" source="status" alwaysOn={!small} choices={FACILITY_STATUSES.map((status) => ({ id: status, name: `mpp.facilityStatus.${status}` }))} />,
    <SelectInput
      key="confirmation"
      source="confirmation"
      alwaysOn={!small}
      sx={{ minWidth: 200 }}
      choices={[
        { id: 'stale', name: 'mpp.facilities.confirmation.stale' },
        { id: 'confirmed', name: 'mpp.facilities.confirmation.confirmed' },
      ]}
    />,
  ];
  return (
    <List filters={filters} sort={{ field: 'name', order: 'ASC' }} perPage={25} exporter={false}>
      {small ? <FacilityCards canEdit={canEdit === true} /> : <FacilityTable canEdit={canEdit === true} />}
    </List>
  );
}

function FacilityTable({ canEdit }: { canEdit: boolean }) {
  const translate = useTranslate();
  const text = useFacilityText();
  return (
    <DataTable<FacilityRecord> bulkActionButtons={false} rowClick={canEdit ? 'edit' : 'show'}>
      <DataTable.Col source="name" />
      <DataTable.Col source="kind" render={(facility: FacilityRecord) => translate(`mpp.facilityKind.${facility.kind}`)} />
      <DataTable.NumberCol source="floor" />
      <DataTable.Col source="operatorName" render={(facility: FacilityRecord) => text.operator(facility)} />
      {/* The confirmation under the status it confirms: beside the other buttons the row would be wider than a laptop. */}
      <DataTable.Col
        source="status"
        render={(facility: FacilityRecord) => (
          <Stack spacing={0.5} sx={{ alignItems: 'flex-start' }}>
            <FacilityStatusChips facility={facility} />
            <FacilityConfirmStatusButton />
          </Stack>
        )}
      />
      <DataTable.Col source="isOpenNow" render={(facility: FacilityRecord) => translate(facility.isOpenNow ? 'mpp.common.yes' : 'mpp.common.no')} />
      <DataTable.Col label={translate('mpp.facilities.actions')} disableSort cellSx={() => ({ whiteSpace: 'nowrap' })}>
        <FacilityStatusButton />
        {canEdit ? <EditButton /> : <ShowButton />}
      </DataTable.Col>
    </DataTable>
  );
}

/** The list on a phone: a card per facility, its name the link to its page, the status buttons under it. */
function FacilityCards({ canEdit }: { canEdit: boolean }) {
  const translate = useTranslate();
  const { data, isPending } = useListContext<FacilityRecord>();
  if (isPending) return <LinearProgress aria-label={translate('ra.page.loading')} />;
  if (!data || data.length === 0) {
    return <Typography sx={{ p: 2 }}>{translate('ra.navigation.no_results', { name: translate('resources.facilities.name', { smart_count: 2 }) })}</Typography>;
  }
  return (
    <MuiList disablePadding aria-label={translate('resources.facilities.name', { smart_count: 2 })}>
      {data.map((facility) => (
        <RecordContextProvider key={facility.id} value={facility}>
          <FacilityCard canEdit={canEdit} />
        </RecordContextProvider>
      ))}
    </MuiList>
  );
}

function FacilityCard({ canEdit }: { canEdit: boolean }) {
  const facility = useRecordContext<FacilityRecord>();
  const translate = useTranslate();
  const createPath = useCreatePath();
  const text = useFacilityText();
  if (!facility) return null;
  return (
    <ListItem divider sx={{ display: 'block', py: 1.5 }}>
      <Link to={createPath({ resource: 'facilities', id: facility.id, type: canEdit ? 'edit' : 'show' })} sx={{ fontSize: '1.0625rem', fontWeight: 500 }}>
        {facility.name}
      </Link>
      <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
        {[translate(`mpp.facilityKind.${facility.kind}`), text.floor(facility.floor), text.operator(facility)].join(' · ')}
      </Typography>
      <Stack direction="row" sx={{ flexWrap: 'wrap', alignItems: 'center', gap: 1, mt: 0.75 }}>
        <FacilityStatusChips facility={facility} />
        <Typography variant="body2">{translate(facility.isOpenNow ? 'mpp.facilities.openNow' : 'mpp.facilities.closedNow')}</Typography>
      </Stack>
      {facility.statusNote && (
        <Typography variant="body2" sx={{ mt: 0.5, overflowWrap: 'anywhere' }}>
          {facility.statusNote}
        </Typography>
      )}
      <Stack direction="row" sx={{ flexWrap: 'wrap', alignItems: 'center', gap: 1, mt: 1 }}>
        <FacilityConfirmStatusButton variant="outlined" />
        <FacilityStatusButton variant="outlined" />
      </Stack>
    </ListItem>
  );
}
