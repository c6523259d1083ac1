import { ShownOnceDialog } from '../layout/ShownOnceDialog';
import type { AccountWithPassword } from './accounts.data';

/** The temporary password of a new or reset account, shown this once: the API never shows it again. */
export function TemporaryPasswordDialog({ account, kind, onClose }: { account: AccountWithPassword; kind: 'created' | 'reset'; onClose: () => void }) {
  const keys = 'mpp.accounts.temporaryPassword';
  return (
    <ShownOnceDialog
      value={account.temporaryPassword}
      texts={{ keys, title: `${keys}.${kind === 'created' ? 'createdTitle' : 'resetTitle'}`, introValues: { name: account.name, email: account.email } }}
      onClose={onClose}
    />
  );
}
