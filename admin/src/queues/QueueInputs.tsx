import { Alert, Box, Stack, Typography } from '@mui/material';
import { BooleanInput, NumberInput, required, TextInput, useRecordContext, useTranslate } from 'react-admin';
import type { QueueRecord } from './queues.data';
import { QueueStateChip } from './QueueStateChip';
import { WeeklyHoursInput } from '../hours/WeeklyHoursInput';

/** The API's rules, mirrored so that most mistakes show before saving. */
const PREFIX = /^[A-Z]{1,3}$/;
const MAX_DAILY_QUOTA = 9999;

const prefixFormat = (value: unknown) => (typeof value === 'string' && value !== '' && !PREFIX.test(value.trim()) ? 'mpp.queues.prefixFormat' : undefined);
const quotaRange = (value: unknown) =>
  typeof value === 'number' && (!Number.isInteger(value) || value < 1 || value > MAX_DAILY_QUOTA) ? { message: 'mpp.queues.dailyQuotaRange', args: { max: MAX_DAILY_QUOTA } } : undefined;
/** Prefixes are capitals: "skc" is typed, "SKC" is kept. */
const upperCase = (value: unknown) => (typeof value === 'string' ? value.toUpperCase() : value);

/**
 * A queue's settings: whether it takes tickets, its prefix, its daily quota, and (beside them)
 * its weekly ticket hours.
 */
export function QueueSettingsInputs() {
  const translate = useTranslate();
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: 'minmax(260px, 320px) 1fr' }, columnGap: 6, width: '100%' }}>
      <Stack>
        <Typography variant="h6" component="h2">
          {translate('mpp.queues.settings')}
        </Typography>
        <BooleanInput source="enabled" helperText="mpp.queues.enabledHelp" />
        <TextInput source="prefix" validate={[required(), prefixFormat]} parse={upperCase} helperText="mpp.queues.prefixHelp" autoComplete="off" />
        <NumberInput source="dailyQuota" min={1} max={MAX_DAILY_QUOTA} step={1} validate={quotaRange} helperText="mpp.queues.dailyQuotaHelp" />
      </Stack>
      <WeeklyHoursInput source="ticketHours" title="mpp.queues.hours.title" help="mpp.queues.hours.help" emptyDay="mpp.queues.hours.noTickets" />
    </Box>
  );
}

/** Above the form of an existing queue: its service and agency, and how the queue stands now. */
export function QueueSummary() {
  const translate = useTranslate();
  const queue = useRecordContext<QueueRecord>();
  if (!queue) return null;
  return (
    <Box sx={{ mb: 2, width: '100%' }}>
      <Typography variant="h5" component="p">
        {queue.serviceName}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 1 }}>
        {queue.agencyName}
      </Typography>
      {queue.hasQueue ? (
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
          <QueueStateChip queue={queue} />
          <Typography variant="body2">{translate(queue.openNow ? 'mpp.queues.nowOpen' : 'mpp.queues.nowClosed')}</Typography>
          <Typography variant="body2">{translate('mpp.queues.waitingCount', { smart_count: queue.waiting })}</Typography>
        </Stack>
      ) : (
        <Alert severity="info">{translate('mpp.queues.noQueueYet')}</Alert>
      )}
    </Box>
  );
}
