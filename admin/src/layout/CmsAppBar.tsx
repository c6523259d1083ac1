import { Box, Divider } from '@mui/material';
import { AppBar, LoadingIndicator, LocalesMenuButton, TitlePortal, useTranslate } from 'react-admin';
import { CmsUserMenu } from './CmsUserMenu';
import { DocumentTitle } from './DocumentTitle';

/**
 * The CMS's name, the page's title, the language switch and the account menu. On a phone (an
 * ATM technician's) the title keeps its room: the name gives way, the switch and the menu
 * show their icons only.
 */
export function CmsAppBar() {
  const translate = useTranslate();
  return (
    <AppBar
      color="primary"
      userMenu={<CmsUserMenu />}
      toolbar={
        <>
          {/* On a phone the language button shows its icon only; its name stays for screen readers. */}
          <Box component="span" sx={{ '& .MuiButton-root': { fontSize: { xs: 0, sm: '0.875rem' }, minWidth: 0 } }}>
            <LocalesMenuButton />
          </Box>
          <LoadingIndicator />
        </>
      }
    >
      {/* A phone keeps the bar for the page's title: the CMS's name gives way. */}
      <Box component="span" sx={{ display: { xs: 'none', sm: 'inline' }, fontWeight: 600, fontSize: '1.125rem', whiteSpace: 'nowrap' }}>
        {translate('mpp.layout.appName')}
      </Box>
      <Divider orientation="vertical" flexItem sx={{ display: { xs: 'none', sm: 'block' }, mx: 2, my: 1.5, borderColor: 'rgba(255, 255, 255, 0.5)' }} />
      <TitlePortal />
      <DocumentTitle />
    </AppBar>
  );
}
