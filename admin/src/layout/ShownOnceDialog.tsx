import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, IconButton, InputAdornment, Stack, TextField, Tooltip } from '@mui/material';
import { useId, useState } from 'react';
import { useTranslate } from 'react-admin';

/** A feature's words for a secret it shows once: its message keys, and the intro's values. */
export interface ShownOnceTexts {
  /** Prefix of the keys title, intro, label, copy, copied, copyFailed, warning and done (e.g. `mpp.kiosks.deviceToken`); `title` replaces the title's key. */
  keys: string;
  title?: string;
  introValues: Record<string, unknown>;
}

/**
 * A secret the API shows this once (a temporary password, a kiosk's device token): the dialog
 * says it will not be shown again, offers to copy it, and closes only when the user says they
 * have it. `long` wraps a long value (a token) instead of spacing a short one out.
 */
export function ShownOnceDialog({ value, texts, long = false, onClose }: { value: string; texts: ShownOnceTexts; long?: boolean; onClose: () => void }) {
  const translate = useTranslate();
  const titleId = useId();
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopyState('copied');
    } catch {
      // No clipboard outside a secure context (plain http on the office network): the field is selectable.
      setCopyState('failed');
    }
  };

  return (
    <Dialog open aria-labelledby={titleId} maxWidth="sm" fullWidth>
      <DialogTitle id={titleId}>{translate(texts.title ?? `${texts.keys}.title`)}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <DialogContentText>{translate(`${texts.keys}.intro`, texts.introValues)}</DialogContentText>
          <TextField
            label={translate(`${texts.keys}.label`)}
            value={value}
            multiline={long}
            onFocus={(event) => event.target.select()}
            slotProps={{
              htmlInput: { readOnly: true, style: long ? { fontFamily: 'monospace', fontSize: '1.1rem', letterSpacing: '0.03em', wordBreak: 'break-all' } : { fontFamily: 'monospace', fontSize: '1.25rem', letterSpacing: '0.05em' } },
              input: {
                endAdornment: (
                  <InputAdornment position="end">
                    <Tooltip title={translate(`${texts.keys}.copy`)}>
                      <IconButton aria-label={translate(`${texts.keys}.copy`)} onClick={() => void copy()} edge="end">
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
              {translate(`${texts.keys}.copied`)}
            </Alert>
          )}
          {copyState === 'failed' && <Alert severity="info">{translate(`${texts.keys}.copyFailed`)}</Alert>}
          <Alert severity="warning">{translate(`${texts.keys}.warning`)}</Alert>
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button variant="contained" onClick={onClose}>
          {translate(`${texts.keys}.done`)}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
