import { Alert, Box, Button, Card, CardContent, CircularProgress, Stack, Typography } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Form, PasswordInput, Title, required, useAuthenticated, useNavigate, useNotify, useTranslate, type Validator } from 'react-admin';
import { apiErrorBody } from '../graphql/client';
import { apiErrorMessageKey } from '../i18n/common.messages';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordLength } from './passwordRules';
import { changeOwnPassword } from './session';

interface PasswordValues {
  currentPassword: string;
  newPassword: string;
  repeatPassword: string;
}

const RULE_ARGS = { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH };

const newPasswordRules: Validator = (value: unknown, values: Partial<PasswordValues>) => {
  if (typeof value !== 'string' || value === '') return undefined;
  const length = passwordLength(value);
  if (length < PASSWORD_MIN_LENGTH) return { message: 'mpp.auth.password.tooShort', args: RULE_ARGS };
  if (length > PASSWORD_MAX_LENGTH) return { message: 'mpp.auth.password.tooLong', args: RULE_ARGS };
  if (value === values.currentPassword) return 'mpp.auth.password.sameAsCurrent';
  return undefined;
};

const sameAsNewPassword: Validator = (value: unknown, values: Partial<PasswordValues>) =>
  typeof value === 'string' && value !== '' && value !== values.newPassword ? 'mpp.auth.password.mismatch' : undefined;

/**
 * Changing one's own password: the current one, the new one twice, with the API's rules said
 * up front. Also the only screen of an account that must change its password (the layout
 * shows nothing else until it is done). The server ends every session and opens a new one,
 * which replaces this one; then the user goes on to the first screen their role has.
 */
export function ChangePasswordPage({ forced = false }: { forced?: boolean }) {
  // A custom route: react-admin's screens check the sign-in themselves, this page must ask.
  useAuthenticated();
  const translate = useTranslate();
  const notify = useNotify();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [errorKey, setErrorKey] = useState<string | null>(null);
  const [sending, setSending] = useState(false);

  const submit = async (values: Record<string, unknown>) => {
    setErrorKey(null);
    setSending(true);
    try {
      await changeOwnPassword(textOf(values.currentPassword), textOf(values.newPassword));
    } catch (error) {
      setSending(false);
      const body = apiErrorBody(error);
      if (body?.code === 'BAD_USER_INPUT' && body.field === 'currentPassword') return { currentPassword: translate('mpp.auth.password.currentWrong') };
      if (body?.code === 'BAD_USER_INPUT' && body.field === 'newPassword') return { newPassword: translate('mpp.auth.password.rules', RULE_ARGS) };
      setErrorKey(apiErrorMessageKey(body?.code ?? 'NETWORK_ERROR'));
      return undefined;
    }
    // The account's rights changed (a forced change lifts the lock): ask again what it may see.
    await queryClient.invalidateQueries({ queryKey: ['auth'] });
    setSending(false);
    notify('mpp.auth.password.changed', { type: 'success' });
    void navigate('/');
    return undefined;
  };

  return (
    <Box sx={{ display: 'flex', justifyContent: 'center', py: 3 }}>
      <Title title={translate('mpp.auth.password.title')} />
      <Card sx={{ width: '100%', maxWidth: 480 }}>
        <Form onSubmit={submit} noValidate>
          <CardContent>
            <Stack spacing={1}>
              <Typography variant="h5" component="h1">
                {translate('mpp.auth.password.title')}
              </Typography>
              <Typography variant="body2" color="text.secondary">
                {translate(forced ? 'mpp.auth.password.forcedIntro' : 'mpp.auth.password.intro')}
              </Typography>
              {errorKey && <Alert severity="error">{translate(errorKey)}</Alert>}
              <PasswordInput
                source="currentPassword"
                label="mpp.auth.password.current"
                autoComplete="current-password"
                validate={required()}
              />
              <PasswordInput
                source="newPassword"
                label="mpp.auth.password.new"
                autoComplete="new-password"
                helperText={translate('mpp.auth.password.rules', RULE_ARGS)}
                validate={[required(), newPasswordRules]}
              />
              <PasswordInput
                source="repeatPassword"
                label="mpp.auth.password.repeat"
                autoComplete="new-password"
                helperText="mpp.auth.password.repeatHelp"
                validate={[required(), sameAsNewPassword]}
              />
              <Box sx={{ pt: 1 }}>
                <Button type="submit" variant="contained" disabled={sending} startIcon={sending ? <CircularProgress size={18} color="inherit" /> : undefined}>
                  {translate('mpp.auth.password.submit')}
                </Button>
              </Box>
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
