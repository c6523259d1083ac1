import AddIcon from '@mui/icons-material/Add';
import RefreshIcon from '@mui/icons-material/Refresh';
import { Alert, Box } from '@mui/material';
import { useEffect } from 'react';
import { useFormContext } from 'react-hook-form';
import {
  ArrayInput,
  Button,
  DateInput,
  Edit,
  maxLength,
  minLength,
  required,
  SaveButton,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
  Toolbar,
  useDataProvider,
  useNotify,
  useRecordContext,
  useSimpleFormIterator,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { recordPageProps } from '../data/RecordLoadError';
import { useSaveErrors } from '../data/saveErrors';
import { apiErrorCode } from '../graphql/client';
import { apiErrorMessageKey } from '../i18n/common.messages';
import type { ClosedYearRecord } from './closed-dates.data';
import { mergeClosedDates, type ClosedDateRowValue } from './closedDateMerge';

interface FormValues {
  year?: number;
  version?: number | null;
  dates?: ClosedDateRowValue[];
  savedDates?: ClosedYearRecord['savedDates'];
}

/** The API's rules, mirrored so that most mistakes show before saving. */
const inTheYear = (value: unknown, values: FormValues) =>
  typeof value === 'string' && values.year !== undefined && !value.startsWith(`${values.year}-`) ? { message: 'mpp.closedDates.notInYear', args: { year: values.year } } : undefined;
const notTwice = (value: unknown, values: FormValues) =>
  typeof value === 'string' && (values.dates ?? []).filter((closed) => closed.date === value).length > 1 ? 'mpp.closedDates.twice' : undefined;

/** After saving, the list of the year just saved. */
const backToYear = (_resource?: string, _id?: unknown, data?: Partial<RaRecord>) => `/closedDates?filter=${encodeURIComponent(JSON.stringify({ year: (data as Partial<ClosedYearRecord> | undefined)?.year }))}`;

/**
 * When the page's record is loaded again (a refresh), the form keeps what it holds: its rows
 * and the version they are based on (FollowSavedYear decides when it takes the newer list).
 * Rows kept by position with a newer version (keepDirtyValues) would save a list that drops
 * the dates the other editor added. A constant: the form resets whenever this object changes.
 */
const KEEP_THE_FORMS_VALUES = { keepValues: true };

/**
 * A year's closed dates: rows added and removed, saved as the year's whole list (dates left
 * out are no longer closed) with the version the list is based on. Someone else saved the year
 * meanwhile: CONFLICT, and the user reloads the latest list with their changes merged into it.
 */
export function ClosedDateEdit() {
  const save = useSaveErrors();
  return (
    <Edit {...recordPageProps} mutationMode="pessimistic" mutationOptions={{ onError: save.onError }} redirect={backToYear}>
      <SimpleForm toolbar={<ClosedDatesToolbar conflict={save.conflict} onReloaded={save.clearConflict} />} resetOptions={KEEP_THE_FORMS_VALUES}>
        <YearIntro />
        <FollowSavedYear />
        <ArrayInput source="dates" label="resources.closedDates.fields.dates">
          <SimpleFormIterator inline disableReordering disableClear addButton={<AddDateButton />}>
            <DateInput source="date" label="resources.closedDates.fields.date" validate={[required(), inTheYear, notTwice]} helperText={false} />
            <TextInput source="reason" label="resources.closedDates.fields.reason" validate={[required(), minLength(2), maxLength(200)]} helperText={false} sx={{ minWidth: { md: 480 } }} />
          </SimpleFormIterator>
        </ArrayInput>
      </SimpleForm>
    </Edit>
  );
}

function YearIntro() {
  const translate = useTranslate();
  const record = useRecordContext<ClosedYearRecord>();
  if (!record) return null;
  return (
    <Alert severity="info" sx={{ mb: 2, maxWidth: 800 }}>
      {translate('mpp.closedDates.editIntro', { year: record.year })}
    </Alert>
  );
}

/** Whether the rows differ from the saved list they were edited from. */
function holdsChanges(values: FormValues): boolean {
  const rows = (values.dates ?? []).map(({ date, reason }) => ({ date, reason }));
  return JSON.stringify(rows) !== JSON.stringify(values.savedDates ?? []);
}

/**
 * A newer saved list (a higher version) loaded while the form holds no changes is shown. With changes, the form
 * keeps them and the version they are based on: saving then meets CONFLICT, and the reload
 * merges them into the latest list. Runs before the form's own reset on the new record, which
 * keeps the values (KEEP_THE_FORMS_VALUES), so the values set here are the ones shown.
 */
function FollowSavedYear() {
  const record = useRecordContext<ClosedYearRecord>();
  const { getValues, reset } = useFormContext<FormValues>();
  useEffect(() => {
    if (record && (record.version ?? 0) > (getValues('version') ?? 0) && !holdsChanges(getValues())) reset(record);
  }, [record, getValues, reset]);
  return null;
}

/** "Tambah tanggal" in words, below the rows (the default is an unlabelled icon). */
function AddDateButton() {
  const { add } = useSimpleFormIterator();
  return (
    <Button label="mpp.closedDates.add" onClick={() => add()}>
      <AddIcon />
    </Button>
  );
}

/**
 * Save, and after a CONFLICT the reload of the latest list. The other forms' SaveToolbar reloads
 * the record and keeps the inputs the user changed, matched by position; in a list of dates a
 * date the other editor added shifts every row after it, so here the user's changes are merged
 * into the latest list by date instead.
 */
function ClosedDatesToolbar({ conflict, onReloaded }: { conflict: boolean; onReloaded: () => void }) {
  const reloadMerged = useReloadMerged(onReloaded);
  return (
    <Toolbar>
      <SaveButton />
      {conflict && (
        <Box sx={{ ml: 2 }}>
          <Button label="mpp.common.reloadLatest" onClick={() => void reloadMerged()}>
            <RefreshIcon />
          </Button>
        </Box>
      )}
    </Toolbar>
  );
}

/**
 * Loads the year's latest saved list into the form with what the user changed in the list
 * they had (added, removed, reasons changed) applied to it, and its version: the next save
 * sends that version.
 */
function useReloadMerged(onReloaded: () => void): () => Promise<void> {
  const record = useRecordContext<ClosedYearRecord>();
  const dataProvider = useDataProvider();
  const notify = useNotify();
  const { getValues, setValue } = useFormContext<FormValues>();
  return async () => {
    if (!record) return;
    try {
      const { data: latest } = await dataProvider.getOne<ClosedYearRecord>('closedDates', { id: record.id });
      setValue('dates', mergeClosedDates(getValues('savedDates') ?? [], getValues('dates') ?? [], latest.savedDates), { shouldDirty: true });
      setValue('savedDates', latest.savedDates);
      setValue('version', latest.version);
      onReloaded();
    } catch (error) {
      notify(apiErrorMessageKey(apiErrorCode(error)), { type: 'error' });
    }
  };
}
