import PeopleIcon from '@mui/icons-material/People';
import type { Feature } from '../feature';
import { AccountCreate } from './AccountCreate';
import { AccountEdit } from './AccountEdit';
import { AccountList } from './AccountList';
import { accountsData } from './accounts.data';
import { messages } from './accounts.messages';

/** Staff accounts (ADMIN): list, create, edit, deactivate, reset a password. */
export const accountsFeature: Feature = {
  name: 'staffUsers',
  resource: { list: AccountList, create: AccountCreate, edit: AccountEdit, icon: PeopleIcon, recordRepresentation: 'name' },
  data: accountsData,
  messages,
};
