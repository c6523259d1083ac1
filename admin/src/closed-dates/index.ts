import EventBusyIcon from '@mui/icons-material/EventBusy';
import type { Feature } from '../feature';
import { ClosedDateEdit } from './ClosedDateEdit';
import { ClosedDateList } from './ClosedDateList';
import { closedDatesData } from './closed-dates.data';
import { messages } from './closed-dates.messages';

/**
 * Closed dates ("Hari libur"): the national holidays and cuti bersama on which the mall gives
 * out no tickets, kept a year at a time by DPMPTSP's editors and administrators.
 */
export const closedDatesFeature: Feature = {
  name: 'closedDates',
  resource: { list: ClosedDateList, edit: ClosedDateEdit, icon: EventBusyIcon, recordRepresentation: 'year' },
  data: closedDatesData,
  messages,
};
