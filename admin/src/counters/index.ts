import SupportAgentIcon from '@mui/icons-material/SupportAgent';
import type { Feature } from '../feature';
import { CounterCreate } from './CounterCreate';
import { CounterEdit } from './CounterEdit';
import { CounterList } from './CounterList';
import { countersData } from './counters.data';
import { messages } from './counters.messages';
import { CounterShow } from './CounterShow';

/**
 * Counters ("Loket"): every role lists them (a partner or officer its own agency's); DPMPTSP
 * sets up every counter, a partner its own agency's. Officers open and close them by signing
 * in and out, not here. None is deleted.
 */
export const countersFeature: Feature = {
  name: 'counters',
  resource: { list: CounterList, create: CounterCreate, edit: CounterEdit, show: CounterShow, icon: SupportAgentIcon, recordRepresentation: 'name' },
  data: countersData,
  messages,
};
