import { FunctionField, NumberField, Show, SimpleShowLayout, TextField, useLocaleState } from 'react-admin';
import { formatDate } from '../format/format';
import type { BoothRecord } from './booths.data';
import { BoothStatusChip } from './BoothStatusChip';
import { recordPageProps } from '../data/RecordLoadError';

/** A booth, read only: for the roles that may not change it (officers, another agency's partner). */
export function BoothShow() {
  const [language] = useLocaleState();
  return (
    <Show {...recordPageProps}>
      <SimpleShowLayout>
        <TextField source="code" />
        <NumberField source="floor" />
        <TextField source="agencyName" />
        <FunctionField source="status" render={(booth: BoothRecord) => <BoothStatusChip status={booth.status} />} />
        <FunctionField source="openedOn" render={(booth: BoothRecord) => (booth.openedOn ? formatDate(booth.openedOn, language) : '—')} />
      </SimpleShowLayout>
    </Show>
  );
}
