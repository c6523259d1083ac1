import { useTranslate } from 'react-admin';
import type { CounterRecord } from './counters.data';

/**
 * Who is signed in to a counter, in words: the officer's name where the API shows it to the
 * user, else that somebody is, else nobody.
 */
export function useOfficerText(): (counter: Pick<CounterRecord, 'officerId' | 'officerName'>) => string {
  const translate = useTranslate();
  return (counter) => counter.officerName ?? (counter.officerId ? translate('mpp.counters.officerSignedIn') : translate('mpp.counters.noOfficer'));
}
