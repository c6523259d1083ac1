import { FunctionField, Labeled, Show, SimpleShowLayout, TextField, useRecordContext, useTranslate } from 'react-admin';
import { recordPageProps } from '../data/RecordLoadError';
import { QueueStateChip } from './QueueStateChip';
import type { QueueRecord } from './queues.data';
import { WeeklyHoursText } from '../hours/WeeklyHoursText';

/** A queue, read only: for those who may see its settings but not change them (officers). */
export function QueueShow() {
  const translate = useTranslate();
  return (
    <Show {...recordPageProps}>
      <SimpleShowLayout>
        <TextField source="serviceName" />
        <TextField source="agencyName" />
        <TextField source="prefix" />
        <FunctionField source="enabled" label="resources.queues.fields.state" render={(queue: QueueRecord) => <QueueStateChip queue={queue} />} />
        <FunctionField source="dailyQuota" render={(queue: QueueRecord) => queue.dailyQuota ?? translate('mpp.queues.unlimited')} />
        <FunctionField source="openNow" render={(queue: QueueRecord) => translate(queue.openNow ? 'mpp.common.yes' : 'mpp.common.no')} />
        <FunctionField source="waiting" render={(queue: QueueRecord) => queue.waiting} />
        <Labeled source="ticketHours">
          <WeekText />
        </Labeled>
      </SimpleShowLayout>
    </Show>
  );
}

/** The week's ticket hours as lines: "Jumat: 08:00–11:30, 13:30–15:00". */
function WeekText() {
  const queue = useRecordContext<QueueRecord>();
  if (!queue) return null;
  return <WeeklyHoursText hours={queue.ticketHours} emptyDay="mpp.queues.hours.noTickets" />;
}
