import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Stack, TextField } from '@mui/material';
import { useId, useState, useSyncExternalStore, type FormEvent } from 'react';
import { useTranslate } from 'react-admin';
import { signIn } from './session';
import { signInErrorKey } from './signInErrors';
import { answerSignInAgain, currentSignInAgainRequest, subscribeToSignInAgain } from './signInAgain';

/**
 * Asks for the password again when the session ended in the middle of work (expired,
 * revoked), over the screen, so the form being edited stays as it is; the request that found
 * the session ended is sent again once the user is signed in. Mounted in the layout: while it
 * is mounted, the session asks here instead of sending the user to the login page.
 */
export function SignInAgainDialog() {
  const request = useSyncExternalStore(subscribeToSignInAgain, currentSignInAgainRequest);
  return request ? <SignInAgainForm email={request.email} /> : null;
}

function SignInAgainForm({ email }: { email: string }) {
  const translate = useTranslate();
  const titleId = useId();
  const [password, setPassword] = useState('');
  const [errorKey, setErrorKey] = useState<string | null>(null);
  const [sending, setSending] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // React passes events up through portals: the form being edited below must not see this submit.
    event.stopPropagation();
    if (!password) return;
    setSending(true);
    setErrorKey(null);
    try {
      await signIn(email, password);
      answerSignInAgain(true);
    } catch (error) {
      setErrorKey(signInErrorKey(error));
      setSending(false);
    }
  };

  return (
    // Closing by Escape or a click beside it would be ambiguous: the user chooses a button.
    <Dialog open aria-labelledby={titleId} maxWidth="xs" fullWidth>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <DialogTitle id={titleId}>{translate('mpp.auth.signInAgain.title')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2}>
            <DialogContentText>{translate('mpp.auth.signInAgain.intro')}</DialogContentText>
            {errorKey && <Alert severity="error">{translate(errorKey)}</Alert>}
            <TextField
              label={translate('mpp.auth.login.email')}
              value={email}
              autoComplete="username"
              slotProps={{ htmlInput: { readOnly: true } }}
            />
            <TextField
              label={translate('mpp.auth.login.password')}
              type="password"
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              autoComplete="current-password"
              autoFocus
              required
            />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => answerSignInAgain(false)} disabled={sending}>
            {translate('mpp.auth.signInAgain.cancel')}
          </Button>
          <Button type="submit" variant="contained" disabled={sending || !password}>
            {translate('mpp.auth.signInAgain.submit')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
