import type { ReactNode } from 'react';
import { Layout, Navigate, useGetIdentity, useLocation } from 'react-admin';
import { PASSWORD_PATH, type CmsIdentity } from '../auth/authProvider';
import { ChangePasswordPage } from '../auth/ChangePasswordPage';
import { SignInAgainDialog } from '../auth/SignInAgainDialog';
import { CmsAppBar } from './CmsAppBar';
import { DocumentLanguage } from './DocumentLanguage';
import { ProgressLabels } from './ProgressLabels';

/**
 * The frame of every signed-in screen. An account that must change its password is held on
 * the password page, whatever address it opens, until it has done so. The sign-in-again
 * dialog lives here, over whatever screen is open.
 */
export function CmsLayout({ children }: { children: ReactNode }) {
  const { identity } = useGetIdentity();
  const { pathname } = useLocation();
  const mustChangePassword = (identity as CmsIdentity | undefined)?.mustChangePassword === true;
  return (
    <ProgressLabels>
      <Layout appBar={CmsAppBar}>
        <DocumentLanguage />
        {mustChangePassword && pathname !== PASSWORD_PATH ? <Navigate to={PASSWORD_PATH} replace /> : null}
        {mustChangePassword ? <ChangePasswordPage forced /> : children}
        <SignInAgainDialog />
      </Layout>
    </ProgressLabels>
  );
}
