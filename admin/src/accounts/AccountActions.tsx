import BlockIcon from '@mui/icons-material/Block';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import LockResetIcon from '@mui/icons-material/LockReset';
import { Button } from '@mui/material';
import { useState } from 'react';
import { Confirm, ListButton, TopToolbar, useGetIdentity, useNotify, useRecordContext, useRefresh, useTranslate, useUpdate } from 'react-admin';
import { accountErrorKey } from './accountErrors';
import { resetAccountPassword, type AccountRecord, type AccountWithPassword } from './accounts.data';
import { TemporaryPasswordDialog } from './TemporaryPasswordDialog';

/** Above an account's form: back to the list, activate or deactivate, reset its password. */
export function AccountActions() {
  const record = useRecordContext<AccountRecord>();
  const { identity } = useGetIdentity();
  return (
    <TopToolbar>
      <ListButton />
      {/* The API refuses an administrator deactivating their own account. */}
      {record && identity?.id !== record.id && <ActiveToggle account={record} />}
      {record && <ResetPassword account={record} />}
    </TopToolbar>
  );
}

function ActiveToggle({ account }: { account: AccountRecord }) {
  const translate = useTranslate();
  const notify = useNotify();
  const [update, { isPending }] = useUpdate<AccountRecord>();
  const [confirming, setConfirming] = useState(false);

  const setActive = (active: boolean) =>
    update(
      'staffUsers',
      { id: account.id, data: { active }, previousData: account },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => {
          setConfirming(false);
          notify(active ? 'mpp.accounts.activated' : 'mpp.accounts.deactivated', { type: 'success' });
        },
        onError: (error) => {
          setConfirming(false);
          notify(accountErrorKey(error), { type: 'error' });
        },
      },
    );

  if (!account.active) {
    return (
      <Button startIcon={<CheckCircleIcon />} disabled={isPending} onClick={() => void setActive(true)}>
        {translate('mpp.accounts.activate')}
      </Button>
    );
  }
  return (
    <>
      <Button color="error" startIcon={<BlockIcon />} disabled={isPending} onClick={() => setConfirming(true)}>
        {translate('mpp.accounts.deactivate')}
      </Button>
      <Confirm
        isOpen={confirming}
        loading={isPending}
        title="mpp.accounts.deactivateTitle"
        titleTranslateOptions={{ name: account.name }}
        content="mpp.accounts.deactivateContent"
        confirm="mpp.accounts.deactivate"
        confirmColor="warning"
        onConfirm={() => void setActive(false)}
        onClose={() => setConfirming(false)}
      />
    </>
  );
}

function ResetPassword({ account }: { account: AccountRecord }) {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [confirming, setConfirming] = useState(false);
  const [sending, setSending] = useState(false);
  const [result, setResult] = useState<AccountWithPassword | null>(null);

  const reset = async () => {
    setSending(true);
    try {
      setResult(await resetAccountPassword(account));
    } catch (error) {
      notify(accountErrorKey(error), { type: 'error' });
    } finally {
      setSending(false);
      setConfirming(false);
    }
  };

  return (
    <>
      <Button startIcon={<LockResetIcon />} disabled={sending} onClick={() => setConfirming(true)}>
        {translate('mpp.accounts.resetPassword')}
      </Button>
      <Confirm
        isOpen={confirming}
        loading={sending}
        title="mpp.accounts.resetTitle"
        titleTranslateOptions={{ name: account.name }}
        content="mpp.accounts.resetContent"
        confirm="mpp.accounts.resetPassword"
        confirmColor="warning"
        onConfirm={() => void reset()}
        onClose={() => setConfirming(false)}
      />
      {result && (
        <TemporaryPasswordDialog
          account={result}
          kind="reset"
          onClose={() => {
            setResult(null);
            // The account's version moved with the reset: the form must save against the new one.
            refresh();
          }}
        />
      )}
    </>
  );
}
