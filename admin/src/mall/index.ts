import ApartmentIcon from '@mui/icons-material/Apartment';
import type { Feature } from '../feature';
import { mallData } from './mall.data';
import { messages } from './mall.messages';
import { MallPage } from './MallPage';

/**
 * The mall ("Profil mal"): its one profile (name, address, contact), the building's weekly hours
 * and this year's closed dates. Every role reads it; DPMPTSP's editors and administrators change
 * the profile and hours. Its menu entry opens the page itself: there is no list of malls.
 */
export const mallFeature: Feature = {
  name: 'mall',
  resource: { list: MallPage, icon: ApartmentIcon, recordRepresentation: 'name' },
  data: mallData,
  messages,
};
