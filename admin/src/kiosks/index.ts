import TabletAndroidIcon from '@mui/icons-material/TabletAndroid';
import type { Feature } from '../feature';
import { KioskCreate } from './KioskCreate';
import { KioskEdit } from './KioskEdit';
import { KioskList } from './KioskList';
import { kiosksData } from './kiosks.data';
import { messages } from './kiosks.messages';
import { KioskShow } from './KioskShow';

/**
 * Ticket kiosks ("Kiosk"), for DPMPTSP's editors and administrators: register one (its device
 * token is shown once), rename it, revoke it for good.
 */
export const kiosksFeature: Feature = {
  name: 'kiosks',
  resource: { list: KioskList, create: KioskCreate, edit: KioskEdit, show: KioskShow, icon: TabletAndroidIcon, recordRepresentation: 'name' },
  data: kiosksData,
  messages,
};
