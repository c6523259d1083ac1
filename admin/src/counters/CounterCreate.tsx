import { Typography } from '@mui/material';
import { Create, SimpleForm, useTranslate } from 'react-admin';
import { SaveToolbar, useSaveErrors } from '../data/saveErrors';
import { CounterInputs } from './CounterInputs';

/** A new counter at a booth; it stays closed until an officer of the booth's agency signs in. */
export function CounterCreate() {
  const translate = useTranslate();
  const { onError } = useSaveErrors();
  return (
    <Create mutationOptions={{ onError }} mutationMode="pessimistic" redirect="list">
      <SimpleForm toolbar={<SaveToolbar />} defaultValues={{ serviceIds: [] }}>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate('mpp.counters.createIntro')}
        </Typography>
        <CounterInputs />
      </SimpleForm>
    </Create>
  );
}
