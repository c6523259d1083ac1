import LockIcon from '@mui/icons-material/Lock';
import { Alert, Avatar, Box, Button, Card, CardContent, CircularProgress, Stack, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { Form, LocalesMenuButton, PasswordInput, TextInput, email, required, useCheckAuth, useLogin, useNavigate, useTranslate } from 'react-admin';
import { DocumentLanguage } from '../layout/DocumentLanguage';
import { DocumentTitle } from '../layout/DocumentTitle';
import { ProgressLabels } from '../layout/ProgressLabels';
import { signInErrorKey } from './signInErrors';

/**
 * Signing in, in Indonesian by default (the language switch is here too). A refusal is said
 * in the page, next to the form, not in a passing notification: a wrong email or password
 * (the API does not tell which), too many failed attempts, an unreachable server. The
 * authProvider sends the user on to the services list, or to the password page first.
 */
export function LoginPage() {
  return (
    <ProgressLabels>
      <LoginScreen />
    </ProgressLabels>
  );
}

function LoginScreen() {
  const translate = useTranslate();
  const login = useLogin();
  const checkAuth = useCheckAuth();
  const navigate = useNavigate();
  const [errorKey, setErrorKey] = useState<string | null>(null);
  const [sending, setSending] = useState(false);

  // Already signed in (a reload of /login): straight on.
  useEffect(() => {
    checkAuth({}, false)
      .then(() => navigate('/'))
      .catch(() => undefined);
  }, [checkAuth, navigate]);

  const submit = async (values: Record<string, unknown>) => {
    setSending(true);
    setErrorKey(null);
    try {
      await login({ email: textOf(values.email), password: textOf(values.password) });
    } catch (error) {
      setErrorKey(signInErrorKey(error));
      setSending(false);
    }
  };

  return (
    <Box
      component="main"
      sx={{ minHeight: '100vh', display: 'flex', flexDirection: 'column', alignItems: 'center', bgcolor: 'background.default', px: 2 }}
    >
      <DocumentLanguage />
      <DocumentTitle title={translate('mpp.auth.login.pageTitle')} />
      <Box sx={{ alignSelf: 'stretch', display: 'flex', justifyContent: 'flex-end', py: 1 }}>
        <LocalesMenuButton />
      </Box>
      <Card sx={{ width: '100%', maxWidth: 420, mt: { xs: 2, md: 6 } }}>
        <Form onSubmit={submit} noValidate>
          <CardContent>
            <Stack spacing={1}>
              <Box sx={{ display: 'flex', justifyContent: 'center' }}>
                <Avatar sx={{ bgcolor: 'primary.main' }}>
                  <LockIcon />
                </Avatar>
              </Box>
              <Typography variant="h5" component="h1" align="center">
                {translate('mpp.auth.login.title')}
              </Typography>
              <Typography variant="body2" color="text.secondary" align="center">
                {translate('mpp.auth.login.intro')}
              </Typography>
              {errorKey && <Alert severity="error">{translate(errorKey)}</Alert>}
              <TextInput source="email" type="email" label="mpp.auth.login.email" autoComplete="username" autoFocus validate={[required(), email()]} />
              <PasswordInput source="password" label="mpp.auth.login.password" autoComplete="current-password" validate={required()} />
              <Button
                type="submit"
                variant="contained"
                size="large"
                fullWidth
                disabled={sending}
                startIcon={sending ? <CircularProgress size={18} color="inherit" /> : undefined}
              >
                {translate('mpp.auth.login.submit')}
              </Button>
            </Stack>
          </CardContent>
        </Form>
      </Card>
    </Box>
  );
}

function textOf(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
