import type { MouseEvent, ReactElement } from 'react';
import { Box, Typography } from '@mui/material';
import {
  BooleanInput,
  CreateButton,
  DataTable,
  Link,
  List,
  Loading,
  SearchInput,
  SelectInput,
  TopToolbar,
  useCanAccess,
  useCreatePath,
  useLocaleState,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import type { ServicesListItemFragment } from '../generated/graphql';
import { formatDateTime } from '../format/format';
import { useAgencyChoices, useCategoryChoices, useServicesViewer } from './service.choices';
import { ServiceStatusChips } from './ServiceStatus';
import { PUBLISH_STATUSES } from './service.workflow';

/**
 * The services list, the first screen after signing in: search, filters (agency, category,
 * status, waiting for review) and paging. A partner's list is fixed to their own agency.
 */
const LIST_ROWS = { rows: 'summary' } as const;

export function ServiceList() {
  const viewer = useServicesViewer();
  const fixedAgency = viewer.partnerAgencyId;
  const filters = useServiceFilters(!fixedAgency);
  if (viewer.isPending) return <Loading />;
  return (
    <List
      filter={fixedAgency ? { agencyId: fixedAgency } : undefined}
      filters={filters}
      actions={<ServiceListActions />}
      empty={<ServiceListEmpty />}
      exporter={false}
      perPage={25}
      storeKey={fixedAgency ? `services.partner.${fixedAgency}` : 'services'}
      // List rows are summaries; react-admin would seed the edit page's record with them. A
      // meta of their own keeps them out of that cache, so the edit page waits for the whole service.
      queryOptions={{ meta: LIST_ROWS }}
    >
      <DataTable<ServicesListItemFragment> rowClick="edit" bulkActionButtons={false}>
        <Column source="name" disableSort render={(record) => <ServiceNameLink record={record} />} />
        <Column source="agency" disableSort render={(record) => record.agency?.shortName ?? record.agency?.name ?? ''} />
        <Column source="category" disableSort render={(record) => record.category.name} />
        <Column source="status" disableSort render={(record) => <ServiceStatusChips status={record.status} editState={record.pendingEdit?.state} />} />
        <Column source="updatedAt" disableSort field={UpdatedAtField} />
      </DataTable>
    </List>
  );
}

/** A column of the list, typed by its rows. */
const Column = DataTable.Col<ServicesListItemFragment>;

/** The filter inputs, all shown at once: a partner has no agency to choose. */
function useServiceFilters(showAgency: boolean): ReactElement[] {
  const translate = useTranslate();
  const agencies = useAgencyChoices();
  const categories = useCategoryChoices();
  const statusChoices = PUBLISH_STATUSES.map((status) => ({ id: status, name: translate(`mpp.status.${status}`) }));
  const inputs = [
    <SearchInput key="q" source="q" alwaysOn placeholder={translate('mpp.services.list.searchPlaceholder')} sx={{ minWidth: { md: '22rem' } }} />,
    <SelectInput key="agencyId" source="agencyId" choices={agencies.choices} isPending={agencies.isPending} alwaysOn emptyText="mpp.common.all" />,
    <SelectInput key="categoryId" source="categoryId" choices={categories.choices} isPending={categories.isPending} alwaysOn emptyText="mpp.common.all" />,
    <SelectInput key="status" source="status" choices={statusChoices} alwaysOn emptyText="mpp.common.all" />,
    // "Menunggu tinjauan", the work waiting for an editor: on narrows the list; off is no
    // condition at all (the API's `false` would mean "everything not waiting").
    <BooleanInput
      key="waitingForReview"
      source="waitingForReview"
      label="mpp.services.list.waitingForReview"
      alwaysOn
      format={(value: unknown) => value === true}
      parse={(checked: boolean) => (checked ? true : undefined)}
      sx={{ mb: 1 }}
    />,
  ];
  return showAgency ? inputs : inputs.filter((input) => input.key !== 'agencyId');
}

function ServiceListActions() {
  const { canAccess: canCreate } = useCanAccess({ resource: 'services', action: 'create' });
  return (
    <TopToolbar sx={{ alignItems: 'center' }}>
      {canCreate && <CreateButton label="mpp.services.list.create" />}
    </TopToolbar>
  );
}

function ServiceListEmpty() {
  const translate = useTranslate();
  const { canAccess: canCreate } = useCanAccess({ resource: 'services', action: 'create' });
  return (
    <Box sx={{ textAlign: 'center', py: 6, px: 2, width: '100%' }}>
      <Typography variant="h6" component="p" gutterBottom>
        {translate('mpp.services.list.empty')}
      </Typography>
      <Typography variant="body2" sx={{ mb: 2 }}>
        {translate(canCreate ? 'mpp.services.list.emptyCanCreate' : 'mpp.services.list.emptyReadOnly')}
      </Typography>
      {canCreate && <CreateButton label="mpp.services.list.create" variant="contained" />}
    </Box>
  );
}

/** The name as a link too, so the row opens from the keyboard as well as by a click. */
function ServiceNameLink({ record }: { record: ServicesListItemFragment }) {
  const createPath = useCreatePath();
  return (
    <Link to={createPath({ resource: 'services', type: 'edit', id: record.id })} onClick={(event: MouseEvent) => event.stopPropagation()}>
      {record.name}
    </Link>
  );
}

function UpdatedAtField() {
  const record = useRecordContext<ServicesListItemFragment>();
  const [locale] = useLocaleState();
  return record ? <span>{formatDateTime(record.updatedAt, locale)}</span> : null;
}
