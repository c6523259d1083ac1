import { Permissions } from '@mpp/kit';

/**
 * Who may do what with queues — the one place these rules are stated. `own`: only queues of
 * services of the caller's own agency. Anything not listed is denied; a kiosk has what the
 * ANONYMOUS row gives.
 *
 * | action              | ANONYMOUS | ADMIN | EDITOR | PARTNER | OFFICER |
 * |---------------------|-----------|-------|--------|---------|---------|
 * | queue.readStatus    | all       | all   | all    | all     | all     |
 * | queue.readSettings  | –         | all   | all    | own     | own     |
 * | queue.manage        | –         | all   | all    | own     | –       |
 *
 * Status: what the public sees of a queue (`Service.queue`: prefix, open, waiting, now
 * serving, the estimated wait). Settings: enabled, prefix, daily quota, ticket hours, version.
 */
export type QueueAction = 'queue.readStatus' | 'queue.readSettings' | 'queue.manage';

export const queuePolicy = new Permissions<QueueAction>(
  {
    ANONYMOUS: { 'queue.readStatus': 'all' },
    ADMIN: { 'queue.readStatus': 'all', 'queue.readSettings': 'all', 'queue.manage': 'all' },
    EDITOR: { 'queue.readStatus': 'all', 'queue.readSettings': 'all', 'queue.manage': 'all' },
    PARTNER: { 'queue.readStatus': 'all', 'queue.readSettings': 'own', 'queue.manage': 'own' },
    OFFICER: { 'queue.readStatus': 'all', 'queue.readSettings': 'own' },
  },
  {
    'queue.readStatus': 'read queues',
    'queue.readSettings': "read this queue's settings",
    'queue.manage': "open or change this service's queue",
  },
);
