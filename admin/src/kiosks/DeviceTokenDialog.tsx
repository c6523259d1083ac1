import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, IconButton, InputAdornment, Stack, TextField, Tooltip } from '@mui/material';
import { useId, useState } from 'react';
import { useTranslate } from 'react-admin';
import type { RegisteredKioskRecord } from './kiosks.data';

/**
 * The device token of a kiosk just registered, shown this once: the API keeps only its hash,
 * so the dialog says so, offers to copy it, and closes only when the editor says they have it.
 */
export function DeviceTokenDialog({ kiosk, onClose }: { kiosk: RegisteredKioskRecord; onClose: () => void }) {
  const translate = useTranslate();
  const titleId = useId();
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(kiosk.deviceToken);
      setCopyState('copied');
    } catch {
      // No clipboard outside a secure context (plain http on the office network): the field is selectable.
      setCopyState('failed');
    }
  };

  return (
    <Dialog open aria-labelledby={titleId} maxWidth="sm" fullWidth>
      <DialogTitle id={titleId}>{translate('mpp.kiosks.deviceToken.title')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <DialogContentText>{translate('mpp.kiosks.deviceToken.intro', { name: kiosk.name })}</DialogContentText>
          <TextField
            label={translate('mpp.kiosks.deviceToken.label')}
            value={kiosk.deviceToken}
            multiline
            onFocus={(event) => event.target.select()}
            slotProps={{
              htmlInput: { readOnly: true, style: { fontFamily: 'monospace', fontSize: '1.1rem', letterSpacing: '0.03em', wordBreak: 'break-all' } },
              input: {
                endAdornment: (
                  <InputAdornment position="end">
                    <Tooltip title={translate('mpp.kiosks.deviceToken.copy')}>
                      <IconButton aria-label={translate('mpp.kiosks.deviceToken.copy')} onClick={() => void copy()} edge="end">
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
              {translate('mpp.kiosks.deviceToken.copied')}
            </Alert>
          )}
          {copyState === 'failed' && <Alert severity="info">{translate('mpp.kiosks.deviceToken.copyFailed')}</Alert>}
          <Alert severity="warning">{translate('mpp.kiosks.deviceToken.warning')}</Alert>
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button variant="contained" onClick={onClose}>
          {translate('mpp.kiosks.deviceToken.done')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
