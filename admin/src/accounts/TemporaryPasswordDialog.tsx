import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, IconButton, InputAdornment, Stack, TextField, Tooltip } from '@mui/material';
import { useId, useState } from 'react';
import { useTranslate } from 'react-admin';
import type { AccountWithPassword } from './accounts.data';

/**
 * The temporary password of a new or reset account, shown this once: the API never shows it
 * again, so the dialog says so, offers to copy it, and closes only when the administrator
 * says they have it.
 */
export function TemporaryPasswordDialog({ account, kind, onClose }: { account: AccountWithPassword; kind: 'created' | 'reset'; onClose: () => void }) {
  const translate = useTranslate();
  const titleId = useId();
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(account.temporaryPassword);
      setCopyState('copied');
    } catch {
      // No clipboard outside a secure context (plain http on the office network): the field is selectable.
      setCopyState('failed');
    }
  };

  return (
    <Dialog open aria-labelledby={titleId} maxWidth="sm" fullWidth>
      <DialogTitle id={titleId}>{translate(kind === 'created' ? 'mpp.accounts.temporaryPassword.createdTitle' : 'mpp.accounts.temporaryPassword.resetTitle')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <DialogContentText>{translate('mpp.accounts.temporaryPassword.intro', { name: account.name, email: account.email })}</DialogContentText>
          <TextField
            label={translate('mpp.accounts.temporaryPassword.label')}
            value={account.temporaryPassword}
            onFocus={(event) => event.target.select()}
            slotProps={{
              htmlInput: { readOnly: true, style: { fontFamily: 'monospace', fontSize: '1.25rem', letterSpacing: '0.05em' } },
              input: {
                endAdornment: (
                  <InputAdornment position="end">
                    <Tooltip title={translate('mpp.accounts.temporaryPassword.copy')}>
                      <IconButton aria-label={translate('mpp.accounts.temporaryPassword.copy')} onClick={() => void copy()} edge="end">
                        <ContentCopyIcon />
                      </IconButton>
                    </Tooltip>
                  </InputAdornment>
                ),
              },
            }}
          />
          {copyState === 'copied' && (
            <Alert severity="success" role="status">
              {translate('mpp.accounts.temporaryPassword.copied')}
            </Alert>
          )}
          {copyState === 'failed' && <Alert severity="info">{translate('mpp.accounts.temporaryPassword.copyFailed')}</Alert>}
          <Alert severity="warning">{translate('mpp.accounts.temporaryPassword.warning')}</Alert>
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button variant="contained" onClick={onClose}>
          {translate('mpp.accounts.temporaryPassword.done')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
