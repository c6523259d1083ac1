import { Chip, Stack } from '@mui/material';
import { DataTable, EditButton, List, useCanAccess, useLocaleState, useTranslate } from 'react-admin';
import { formatDateTime } from '../format/format';
import type { SynonymGroupRecord } from './synonyms.data';

/** Enough chips to recognise a group; the rest are counted. */
const PHRASES_SHOWN = 8;

/** The synonym groups of citizen search, by key, a page at a time (editors, administrators). */
export function SynonymList() {
  const translate = useTranslate();
  // Who may edit opens the form from a row; the others (if the resource has one) its read-only page.
  const { canAccess: canEdit } = useCanAccess({ resource: 'searchSynonymGroups', action: 'edit' });
  const [language] = useLocaleState();
  return (
    <List sort={{ field: 'key', order: 'ASC' }} perPage={25} exporter={false}>
      <DataTable<SynonymGroupRecord> bulkActionButtons={false} rowClick={canEdit ? 'edit' : false}>
        <DataTable.Col source="key" disableSort />
        <DataTable.Col source="phrases" disableSort render={(group: SynonymGroupRecord) => <PhraseChips phrases={group.phrases} />} />
        <DataTable.Col source="updatedAt" disableSort render={(group: SynonymGroupRecord) => formatDateTime(group.updatedAt, language)} />
        {canEdit && (
          <DataTable.Col label={translate('ra.action.edit')} disableSort>
            <EditButton />
          </DataTable.Col>
        )}
      </DataTable>
    </List>
  );
}

function PhraseChips({ phrases }: { phrases: string[] }) {
  const translate = useTranslate();
  const hidden = phrases.length - PHRASES_SHOWN;
  return (
    <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 0.5 }}>
      {phrases.slice(0, PHRASES_SHOWN).map((phrase) => (
        <Chip key={phrase} size="small" label={phrase} />
      ))}
      {hidden > 0 && <Chip size="small" variant="outlined" label={translate('mpp.synonyms.morePhrases', { smart_count: hidden })} />}
    </Stack>
  );
}
