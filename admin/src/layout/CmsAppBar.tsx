import { Box, Divider } from '@mui/material';
import { AppBar, LoadingIndicator, LocalesMenuButton, TitlePortal, useTranslate } from 'react-admin';
import { CmsUserMenu } from './CmsUserMenu';
import { DocumentTitle } from './DocumentTitle';

/** The CMS's name, the page's title, the language switch and the account menu. */
export function CmsAppBar() {
  const translate = useTranslate();
  return (
    <AppBar
      color="primary"
      userMenu={<CmsUserMenu />}
      toolbar={
        <>
          <LocalesMenuButton />
          <LoadingIndicator />
        </>
      }
    >
      <Box component="span" sx={{ fontWeight: 600, fontSize: '1.125rem', whiteSpace: 'nowrap' }}>
        {translate('mpp.layout.appName')}
      </Box>
      <Divider orientation="vertical" flexItem sx={{ mx: 2, my: 1.5, borderColor: 'rgba(255, 255, 255, 0.5)' }} />
      <TitlePortal />
      <DocumentTitle />
    </AppBar>
  );
}
