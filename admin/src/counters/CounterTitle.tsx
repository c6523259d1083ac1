import { useRecordContext } from 'react-admin';
import type { CounterRecord } from './counters.data';

/** The page title of a counter: its name, which says "Loket" already. */
export function CounterTitle() {
  const counter = useRecordContext<CounterRecord>();
  return <>{counter?.name ?? ''}</>;
}
