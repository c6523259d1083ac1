import AddIcon from '@mui/icons-material/Add';
import type { MouseEvent } from 'react';
import { Button, DataTable, EditButton, LinkBase, List, SearchInput, SelectInput, ShowButton, useCanAccess, useRecordContext, useTranslate } from 'react-admin';
import type { QueuePresence, QueueRecord } from './queues.data';
import { QueueStateChip } from './QueueStateChip';

const PRESENCES: readonly QueuePresence[] = ['withQueue', 'withoutQueue'];

/** Where a queue is opened for a service: the create form with the service chosen. */
export function openQueuePath(serviceId: string): string {
  return `/queues/create?source=${encodeURIComponent(JSON.stringify({ serviceId }))}`;
}

/**
 * The published services of the user's scope with their queues (a partner: its own agency's):
 * prefix, whether it takes tickets now and how many wait. Who may open queues also sees the
 * services without one, each with its "open a queue" button; the others see the queues only.
 */
export function QueueList() {
  const translate = useTranslate();
  const { canAccess: canCreate } = useCanAccess({ resource: 'queues', action: 'create' });
  const { canAccess: canEdit } = useCanAccess({ resource: 'queues', action: 'edit' });
  const filters = [
    <SearchInput key="q" source="q" alwaysOn placeholder={translate('mpp.queues.search')} sx={{ minWidth: 320 }} />,
    ...(canCreate ? [<SelectInput key="presence" source="presence" label="resources.queues.fields.presence" alwaysOn choices={PRESENCES.map((presence) => ({ id: presence, name: `mpp.queues.presence.${presence}` }))} />] : []),
  ];
  return (
    <List filters={filters} filter={canCreate ? undefined : { presence: 'withQueue' }} sort={{ field: 'serviceName', order: 'ASC' }} perPage={25} exporter={false}>
      <DataTable<QueueRecord>
        bulkActionButtons={false}
        rowClick={(_id, _resource, queue) => {
          if (!queue.hasQueue) return canCreate ? openQueuePath(queue.id) : false;
          return canEdit ? 'edit' : 'show';
        }}
      >
        <DataTable.Col source="serviceName" />
        <DataTable.Col source="agencyName" />
        <DataTable.Col source="prefix" render={(queue: QueueRecord) => (queue.hasQueue ? <strong>{queue.prefix}</strong> : '—')} />
        <DataTable.Col source="enabled" label="resources.queues.fields.state" render={(queue: QueueRecord) => <QueueStateChip queue={queue} />} />
        <DataTable.Col source="openNow" disableSort render={(queue: QueueRecord) => (queue.hasQueue ? translate(queue.openNow ? 'mpp.common.yes' : 'mpp.common.no') : '—')} />
        <DataTable.Col source="waiting" align="right" render={(queue: QueueRecord) => (queue.hasQueue ? queue.waiting : '—')} />
        <DataTable.Col label={translate('mpp.queues.actions')} disableSort>
          <RowAction canCreate={canCreate === true} canEdit={canEdit === true} />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}

/** The row's button: change the queue (or look at it), or open one for the service. */
function RowAction({ canCreate, canEdit }: { canCreate: boolean; canEdit: boolean }) {
  const queue = useRecordContext<QueueRecord>();
  const translate = useTranslate();
  if (!queue) return null;
  if (queue.hasQueue) return canEdit ? <EditButton /> : <ShowButton />;
  if (!canCreate) return null;
  return (
    <Button
      component={LinkBase}
      to={openQueuePath(queue.id)}
      label="mpp.queues.open"
      // The row opens the same form; the click must not reach it twice.
      onClick={(event: MouseEvent) => event.stopPropagation()}
      // Named with its service too: a column of "Buka antrean" links says nothing on its own.
      aria-label={`${translate('mpp.queues.open')}: ${queue.serviceName}`}
    >
      <AddIcon />
    </Button>
  );
}
