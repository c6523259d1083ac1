import StorefrontIcon from '@mui/icons-material/Storefront';
import type { Feature } from '../feature';
import { BoothCreate } from './BoothCreate';
import { BoothEdit } from './BoothEdit';
import { BoothList } from './BoothList';
import { BoothShow } from './BoothShow';
import { boothsData } from './booths.data';
import { messages } from './booths.messages';

/**
 * Booths ("Gerai"): every role lists them (a partner only its own agency's); DPMPTSP adds and
 * places them, a partner changes its own booths' status and opening date. None is deleted.
 */
export const boothsFeature: Feature = {
  name: 'booths',
  resource: { list: BoothList, create: BoothCreate, edit: BoothEdit, show: BoothShow, icon: StorefrontIcon, recordRepresentation: 'code' },
  data: boothsData,
  messages,
};
