import AccountBalanceIcon from '@mui/icons-material/AccountBalance';
import type { Feature } from '../feature';
import { agenciesData } from './agencies.data';
import { messages } from './agencies.messages';
import { AgencyEdit } from './AgencyEdit';
import { AgencyList } from './AgencyList';
import { AgencyShow } from './AgencyShow';

/**
 * Agencies ("Instansi"): every role lists them (a partner only its own); DPMPTSP edits all of an
 * agency, a partner its own contact details. The API creates and deletes none.
 */
export const agenciesFeature: Feature = {
  name: 'agencies',
  resource: { list: AgencyList, edit: AgencyEdit, show: AgencyShow, icon: AccountBalanceIcon, recordRepresentation: 'name' },
  data: agenciesData,
  messages,
};
