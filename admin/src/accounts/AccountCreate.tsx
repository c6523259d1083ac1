import { Typography } from '@mui/material';
import { useState } from 'react';
import { Create, SimpleForm, useNotify, useRedirect, useTranslate } from 'react-admin';
import { accountErrorKey } from './accountErrors';
import { AccountIdentityInputs, AccountRoleInputs } from './AccountInputs';
import type { AccountWithPassword } from './accounts.data';
import { TemporaryPasswordDialog } from './TemporaryPasswordDialog';

/** A new account; its temporary password is shown once, then the list. */
export function AccountCreate() {
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  const [created, setCreated] = useState<AccountWithPassword | null>(null);
  return (
    <>
      <Create<AccountWithPassword>
        redirect={false}
        mutationOptions={{
          onSuccess: (account) => setCreated(account),
          onError: (error) => notify(accountErrorKey(error), { type: 'error' }),
        }}
      >
        <SimpleForm defaultValues={{ role: 'PARTNER' }}>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            {translate('mpp.accounts.createIntro')}
          </Typography>
          <AccountIdentityInputs />
          <AccountRoleInputs />
        </SimpleForm>
      </Create>
      {created && <TemporaryPasswordDialog account={created} kind="created" onClose={() => redirect('list', 'staffUsers')} />}
    </>
  );
}
