import { Chip } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { QueueRecord } from './queues.data';

/** A queue's state in words (colour only helps): taking tickets, switched off, or none yet. */
export function QueueStateChip({ queue }: { queue: Pick<QueueRecord, 'hasQueue' | 'enabled'> }) {
  const translate = useTranslate();
  if (!queue.hasQueue) return <Chip size="small" variant="outlined" label={translate('mpp.queues.state.none')} />;
  return <Chip size="small" variant="outlined" color={queue.enabled ? 'success' : 'default'} label={translate(queue.enabled ? 'mpp.queues.state.enabled' : 'mpp.queues.state.disabled')} />;
}
