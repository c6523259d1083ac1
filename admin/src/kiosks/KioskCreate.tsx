import { Typography } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Create, maxLength, minLength, required, SimpleForm, TextInput, useRedirect, useTranslate } from 'react-admin';
import { SaveToolbar, useSaveErrors } from '../data/saveErrors';
import { DeviceTokenDialog } from './DeviceTokenDialog';
import type { RegisteredKioskRecord } from './kiosks.data';

/** Registers a kiosk; its device token is shown once, then the list. */
export function KioskCreate() {
  const translate = useTranslate();
  const redirect = useRedirect();
  const queryClient = useQueryClient();
  const { onError } = useSaveErrors();
  const [registered, setRegistered] = useState<RegisteredKioskRecord | null>(null);
  const close = () => {
    // react-admin keeps the created record (with the token) for the kiosk's page: drop it, so
    // the token lives nowhere once the dialog has gone.
    queryClient.removeQueries({ queryKey: ['kiosks'] });
    setRegistered(null);
    redirect('list', 'kiosks');
  };
  return (
    <>
      <Create<RegisteredKioskRecord> redirect={false} mutationMode="pessimistic" mutationOptions={{ onSuccess: (kiosk) => setRegistered(kiosk), onError }}>
        <SimpleForm toolbar={<SaveToolbar />}>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1, maxWidth: 640 }}>
            {translate('mpp.kiosks.createIntro')}
          </Typography>
          <TextInput source="name" validate={[required(), minLength(2), maxLength(80)]} helperText="mpp.kiosks.nameHelp" autoComplete="off" sx={{ maxWidth: 480 }} />
        </SimpleForm>
      </Create>
      {registered && <DeviceTokenDialog kiosk={registered} onClose={close} />}
    </>
  );
}
