import { BooleanInput, Edit, SaveButton, SimpleForm, Toolbar, useGetIdentity, useNotify, useRecordContext } from 'react-admin';
import { accountErrorKey } from './accountErrors';
import { AccountActions } from './AccountActions';
import { AccountIdentityInputs, AccountRoleInputs } from './AccountInputs';
import type { AccountRecord } from './accounts.data';
import { recordPageProps } from '../data/RecordLoadError';

/**
 * Changing an account: name, email, role and agency, active. An administrator cannot take
 * the role away from, or deactivate, their own account (the API refuses): those inputs are
 * locked on their own record. Saved with the version the form read; a stale one is the
 * shared conflict message, with the input kept.
 */
export function AccountEdit() {
  const notify = useNotify();
  return (
    <Edit<AccountRecord> {...recordPageProps}
      mutationMode="pessimistic"
      actions={<AccountActions />}
      redirect="list"
      mutationOptions={{ onError: (error) => notify(accountErrorKey(error), { type: 'error' }) }}
    >
      <AccountForm />
    </Edit>
  );
}

function AccountForm() {
  const record = useRecordContext<AccountRecord>();
  const { identity } = useGetIdentity();
  const ownAccount = record !== undefined && identity?.id === record.id;
  return (
    <SimpleForm
      toolbar={
        <Toolbar>
          <SaveButton />
        </Toolbar>
      }
    >
      <AccountIdentityInputs />
      <AccountRoleInputs roleLocked={ownAccount} />
      <BooleanInput source="active" helperText="mpp.accounts.activeHelp" disabled={ownAccount} />
    </SimpleForm>
  );
}
