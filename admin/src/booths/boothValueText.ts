import { useGetList, useLocaleState, useTranslate } from 'react-admin';
import type { AgencyRecord } from '../agencies/agencies.data';
import { formatDate } from '../format/format';
import { BOOTH_STATUSES } from './booths.data';

/**
 * How a booth's recorded values read in its history: a status in words, a date as Indonesians
 * write it, an agency by name (the audit trail keeps its id).
 */
export function useBoothValueText() {
  const translate = useTranslate();
  const [language] = useLocaleState();
  const { data: agencies } = useGetList<AgencyRecord>('agencies', { pagination: { page: 1, perPage: 100 }, sort: { field: 'name', order: 'ASC' } });
  return (field: string, value: unknown): string | null => {
    if (typeof value !== 'string') return null;
    if (field === 'status' && (BOOTH_STATUSES as readonly string[]).includes(value)) return translate(`mpp.boothStatus.${value}`);
    if (field === 'openedOn') return formatDate(value, language);
    if (field === 'agencyId') return agencies?.find((agency) => agency.id === value)?.name ?? value;
    return null;
  };
}
