import { useGetList, useLocaleState, useTranslate } from 'react-admin';
import type { AgencyRecord } from '../agencies/agencies.data';
import { formatDateTime } from '../format/format';
import { useWeekLine } from '../hours/hoursText';
import { FACILITY_KINDS, FACILITY_STATUSES, type FacilityRecord } from './facilities.data';

/** How a facility's facts read on its screens: its operator (DPMPTSP when none), its floor, its features. */
export function useFacilityText() {
  const translate = useTranslate();
  return {
    operator: (facility: Pick<FacilityRecord, 'operatorName' | 'operatorAgencyId'>) => facility.operatorName || (facility.operatorAgencyId ? '—' : translate('mpp.facilities.dpmptsp')),
    floor: (floor: number) => translate('mpp.facilities.floorNumber', { floor }),
    /** A feature code in words; a code of kind OTHER that has no name yet stays as it is. */
    feature: (code: string) => translate(`mpp.facilities.feature.${code}`, { _: code }),
  };
}

/**
 * How a facility's recorded values read in its history: a kind or status in words, an instant
 * in WITA, the operator by name (the audit trail keeps its id), features in words, a week as a line.
 */
export function useFacilityValueText() {
  const translate = useTranslate();
  const [language] = useLocaleState();
  const text = useFacilityText();
  const weekLine = useWeekLine('mpp.facilities.hours.closed');
  const { data: agencies } = useGetList<AgencyRecord>('agencies', { pagination: { page: 1, perPage: 100 }, sort: { field: 'name', order: 'ASC' } });
  return (field: string, value: unknown): string | null => {
    if (Array.isArray(value) && value.length === 0) return translate('mpp.history.noValue');
    if (field === 'status' && (FACILITY_STATUSES as readonly unknown[]).includes(value)) return translate(`mpp.facilityStatus.${String(value)}`);
    if (field === 'kind' && (FACILITY_KINDS as readonly unknown[]).includes(value)) return translate(`mpp.facilityKind.${String(value)}`);
    if (field === 'statusSince' && typeof value === 'string') return formatDateTime(value, language);
    if (field === 'operatorAgencyId' && typeof value === 'string') return agencies?.find((agency) => agency.id === value)?.name ?? value;
    if (field === 'features' && Array.isArray(value)) return value.map((code) => text.feature(String(code))).join(', ');
    if (field === 'reachableFromOutside' && typeof value === 'boolean') return translate(value ? 'mpp.common.yes' : 'mpp.common.no');
    if (field === 'openingHours' && typeof value === 'object' && value !== null) {
      return weekLine(value);
    }
    return null;
  };
}
