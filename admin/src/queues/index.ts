import ConfirmationNumberIcon from '@mui/icons-material/ConfirmationNumber';
import type { Feature } from '../feature';
import { QueueCreate } from './QueueCreate';
import { QueueEdit } from './QueueEdit';
import { QueueList } from './QueueList';
import { queuesData } from './queues.data';
import { messages } from './queues.messages';
import { QueueShow } from './QueueShow';

/**
 * Queues ("Antrean"): each published service's queue settings — whether it takes tickets, its
 * prefix, daily quota and ticket hours. DPMPTSP opens and changes every queue, a partner its own
 * agency's; officers read their agency's. A queue is never deleted (it is switched off).
 */
export const queuesFeature: Feature = {
  name: 'queues',
  resource: { list: QueueList, create: QueueCreate, edit: QueueEdit, show: QueueShow, icon: ConfirmationNumberIcon, recordRepresentation: 'serviceName' },
  data: queuesData,
  messages,
};
