import AddIcon from '@mui/icons-material/Add';
import { Alert } from '@mui/material';
import { ArrayInput, Button, DateInput, Edit, maxLength, minLength, required, SimpleForm, SimpleFormIterator, TextInput, useRecordContext, useSimpleFormIterator, useTranslate, type RaRecord } from 'react-admin';
import { recordPageProps } from '../data/RecordLoadError';
import { SaveToolbar, useSaveErrors } from '../data/saveErrors';
import type { ClosedYearRecord } from './closed-dates.data';

interface FormValues {
  year?: number;
  dates?: { date?: string | null; reason?: string | null }[];
}

/** The API's rules, mirrored so that most mistakes show before saving. */
const inTheYear = (value: unknown, values: FormValues) =>
  typeof value === 'string' && values.year !== undefined && !value.startsWith(`${values.year}-`) ? { message: 'mpp.closedDates.notInYear', args: { year: values.year } } : undefined;
const notTwice = (value: unknown, values: FormValues) =>
  typeof value === 'string' && (values.dates ?? []).filter((closed) => closed.date === value).length > 1 ? 'mpp.closedDates.twice' : undefined;

/** After saving, the list of the year just saved. */
const backToYear = (_resource?: string, _id?: unknown, data?: Partial<RaRecord>) => `/closedDates?filter=${encodeURIComponent(JSON.stringify({ year: (data as Partial<ClosedYearRecord> | undefined)?.year }))}`;

/**
 * A year's closed dates: rows added and removed, saved as the year's whole list (dates left
 * out are no longer closed).
 */
export function ClosedDateEdit() {
  const { onError } = useSaveErrors();
  return (
    <Edit {...recordPageProps} mutationMode="pessimistic" mutationOptions={{ onError }} redirect={backToYear}>
      <SimpleForm toolbar={<SaveToolbar />}>
        <YearIntro />
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

/** "Tambah tanggal" in words, below the rows (the default is an unlabelled icon). */
function AddDateButton() {
  const { add } = useSimpleFormIterator();
  return (
    <Button label="mpp.closedDates.add" onClick={() => add()}>
      <AddIcon />
    </Button>
  );
}
