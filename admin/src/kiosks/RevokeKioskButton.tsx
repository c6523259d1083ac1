import BlockIcon from '@mui/icons-material/Block';
import { useState } from 'react';
import { Button, Confirm, useNotify, useRecordContext, useRedirect, useRefresh } from 'react-admin';
import { useSaveErrors } from '../data/saveErrors';
import { revokeKiosk, type KioskRecord } from './kiosks.data';

/** Revokes the kiosk after a confirmation that says it is final. */
export function RevokeKioskButton() {
  const kiosk = useRecordContext<KioskRecord>();
  const notify = useNotify();
  const refresh = useRefresh();
  const redirect = useRedirect();
  const { onError } = useSaveErrors();
  const [confirming, setConfirming] = useState(false);
  const [sending, setSending] = useState(false);
  if (!kiosk?.active) return null;

  const revoke = async () => {
    setSending(true);
    try {
      await revokeKiosk(kiosk);
      notify('mpp.kiosks.revokedNotice', { type: 'success', messageArgs: { name: kiosk.name } });
      refresh();
      redirect('show', 'kiosks', kiosk.id);
    } catch (error) {
      onError(error);
    } finally {
      setSending(false);
      setConfirming(false);
    }
  };

  return (
    <>
      {/* The darker red keeps its contrast on the toolbar's grey. */}
      <Button label="mpp.kiosks.revoke" onClick={() => setConfirming(true)} disabled={sending} sx={{ color: 'error.dark' }}>
        <BlockIcon />
      </Button>
      <Confirm
        isOpen={confirming}
        loading={sending}
        title="mpp.kiosks.revokeTitle"
        titleTranslateOptions={{ name: kiosk.name }}
        content="mpp.kiosks.revokeContent"
        confirm="mpp.kiosks.revoke"
        confirmColor="warning"
        onConfirm={() => void revoke()}
        onClose={() => setConfirming(false)}
      />
    </>
  );
}
