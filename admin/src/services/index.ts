import ServicesIcon from '@mui/icons-material/MiscellaneousServices';
import type { Feature } from '../feature';
import type { ServiceRecord } from './service.record';
import { ServiceCreate } from './ServiceCreate';
import { ServiceEdit } from './ServiceEdit';
import { ServiceList } from './ServiceList';
import { servicesData } from './services.data';
import { messages } from './services.messages';

/** The services ("Layanan"): the catalog's Standar Pelayanan and its editorial workflow. */
export const servicesFeature: Feature = {
  name: 'services',
  resource: {
    list: ServiceList,
    create: ServiceCreate,
    edit: ServiceEdit,
    icon: ServicesIcon,
    recordRepresentation: (record: ServiceRecord) => record.name,
  },
  data: servicesData,
  messages,
};
