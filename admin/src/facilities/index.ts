import StoreMallDirectoryIcon from '@mui/icons-material/StoreMallDirectory';
import type { Feature } from '../feature';
import { facilitiesData } from './facilities.data';
import { messages } from './facilities.messages';
import { FacilityCreate } from './FacilityCreate';
import { FacilityEdit } from './FacilityEdit';
import { FacilityList } from './FacilityList';
import { FacilityShow } from './FacilityShow';

/**
 * Facilities ("Fasilitas"): the mall's ATMs, cafeteria, minimarket, musala, parking … DPMPTSP
 * adds and changes them; their status (working, out of service, closed, with a note for
 * visitors) is set, or confirmed as it is with one tap, from the list or the facility's page by
 * DPMPTSP and by the partner staff of the agency that operates it, on a phone too. A shop's
 * listings are kept on its page. None is deleted.
 */
export const facilitiesFeature: Feature = {
  name: 'facilities',
  resource: { list: FacilityList, create: FacilityCreate, edit: FacilityEdit, show: FacilityShow, icon: StoreMallDirectoryIcon, recordRepresentation: 'name' },
  data: facilitiesData,
  messages,
};
