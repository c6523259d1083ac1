import { FunctionField, NumberField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { recordPageProps } from '../data/RecordLoadError';
import type { CounterRecord } from './counters.data';
import { CounterStatusChip } from './CounterStatusChip';
import { CounterTitle } from './CounterTitle';
import { useOfficerText } from './officerText';

/** A counter, read only: for the roles that may not set counters up (officers). */
export function CounterShow() {
  const officerText = useOfficerText();
  return (
    <Show {...recordPageProps} title={<CounterTitle />}>
      <SimpleShowLayout>
        <TextField source="name" />
        <TextField source="boothCode" />
        <TextField source="agencyName" />
        <NumberField source="floor" />
        <FunctionField source="serviceNames" render={(counter: CounterRecord) => counter.serviceNames.join(', ')} />
        <FunctionField source="status" render={(counter: CounterRecord) => <CounterStatusChip status={counter.status} />} />
        <FunctionField source="officerName" render={(counter: CounterRecord) => officerText(counter)} />
      </SimpleShowLayout>
    </Show>
  );
}
