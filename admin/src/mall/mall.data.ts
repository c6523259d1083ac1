import type { RaRecord } from 'react-admin';
import { currentYear } from '../closed-dates/closed-dates.data';
import type { ResourceData } from '../data/resource';
import { patchOf, versionRead } from '../data/records';
import { withFieldErrors, type FieldErrorOptions } from '../data/saveErrors';
import { MallHistoryDocument, MallOneDocument, UpdateMallDocument, type MallFieldsFragment, type MallInput } from '../generated/graphql';
import { request } from '../graphql/client';
import type { HistoryLoader } from '../history/HistoryPanel';
import { hoursInput, isTimeInputPath, weekOf, type WeeklyHoursValue } from '../hours/weeklyHours';

/**
 * The mall has one profile: the CMS knows its record by this fixed id (the API's `mall` takes
 * none), so the page, its reload after a conflict and its history all name the same record.
 */
export const MALL_RECORD_ID = 'mall';

/** The mall's profile as its page uses it: the API's fields, the hours as the hours editor holds them, and this year's closed dates. */
export interface MallRecord extends RaRecord {
  id: typeof MALL_RECORD_ID;
  version: number;
  updatedAt: string;
  name: string;
  address: string;
  phone: string | null;
  email: string | null;
  website: string | null;
  openingHours: WeeklyHoursValue;
  isOpenNow: boolean;
  nextChangeAt: string | null;
  /** The year whose closed dates are shown (this year in WITA), and those dates, read only. */
  closedDatesYear: number;
  closedDates: { date: string; reason: string }[];
}

/** What the form sets: the API's input fields. */
const MALL_FIELDS: readonly (keyof MallInput)[] = ['name', 'address', 'phone', 'email', 'website', 'openingHours'];

function toRecord(mall: MallFieldsFragment & { closedDates: { date: string; reason: string }[] }, year: number): MallRecord {
  const { id: _mallId, openingHours, closedDates, ...fields } = mall;
  return { ...fields, id: MALL_RECORD_ID, openingHours: weekOf(openingHours), closedDatesYear: year, closedDates: closedDates.map(({ date, reason }) => ({ date, reason })) };
}

/** The form's changes as the API's input: texts trimmed (a blank optional one is none), the hours as the API takes them. */
function mallInput(patch: MallInput): MallInput {
  const input: MallInput = { ...patch };
  for (const field of ['name', 'address', 'phone', 'email', 'website'] as const) {
    const value = patch[field];
    if (typeof value === 'string') input[field] = value.trim() === '' && field !== 'name' && field !== 'address' ? null : value.trim();
  }
  if (patch.openingHours) input.openingHours = hoursInput(patch.openingHours);
  return input;
}

/** A refused field goes on its input (a time of the hours on its own), with the screens' own sentence. */
const MALL_FIELD_ERRORS: FieldErrorOptions = {
  formField: (apiField) => (isTimeInputPath(apiField, 'openingHours') ? apiField : (MALL_FIELDS as readonly string[]).includes(apiField) && apiField !== 'openingHours' ? apiField : null),
  message: (_error, formField) => `mpp.mall.invalid.${formField.split('.')[0]}`,
};

export const mallData = {
  async getOne() {
    const year = currentYear();
    const { mall } = await request(MallOneDocument, { year });
    return { data: toRecord(mall, year) };
  },
  /** A patch of what the form changed, with the version read. */
  async update(_resource, params) {
    const previous = params.previousData as MallRecord;
    const input = mallInput(patchOf<MallInput>(params.data as Record<string, unknown>, previous, MALL_FIELDS));
    const { updateMall } = await withFieldErrors(request(UpdateMallDocument, { version: versionRead(previous), input }), MALL_FIELD_ERRORS);
    // The answer carries this year's closed dates (the API's default year).
    return { data: toRecord(updateMall, currentYear()) };
  },
} as ResourceData;

/** The profile's audit trail, a page at a time (null when the user may not read it). */
export const mallHistory: HistoryLoader<MallRecord> = async (_mall, { limit, offset }) => {
  const result = await request(MallHistoryDocument, { limit, offset });
  return result.mall.history ?? null;
};
