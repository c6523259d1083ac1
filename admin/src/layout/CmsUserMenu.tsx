import AccountCircle from '@mui/icons-material/AccountCircle';
import KeyIcon from '@mui/icons-material/Key';
import { Box, Button, ListItemIcon, ListItemText, Menu, MenuItem } from '@mui/material';
import { useId, useState, type MouseEvent } from 'react';
import { Logout, useGetIdentity, useNavigate, useTranslate } from 'react-admin';
import { PASSWORD_PATH, type CmsIdentity } from '../auth/authProvider';

/** Out of sight, still read by screen readers (who is signed in names the button on a phone too). */
const VISUALLY_HIDDEN = { position: 'absolute', width: '1px', height: '1px', margin: '-1px', padding: 0, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap', border: 0 } as const;

/**
 * Who is signed in (name, role, agency: what they may do depends on it) and their account's
 * actions: change password, sign out.
 */
export function CmsUserMenu() {
  const translate = useTranslate();
  const navigate = useNavigate();
  const menuId = useId();
  const { identity } = useGetIdentity();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  if (!identity) return null;
  const account = identity as CmsIdentity;
  const role = translate(`mpp.role.${account.role}`);
  const agency = account.agencyName ?? translate('mpp.layout.dpmptsp');
  const close = () => setAnchor(null);

  return (
    <>
      <Button
        color="inherit"
        aria-haspopup="menu"
        aria-controls={anchor ? menuId : undefined}
        aria-expanded={anchor ? 'true' : undefined}
        onClick={(event: MouseEvent<HTMLElement>) => setAnchor(event.currentTarget)}
        startIcon={<AccountCircle />}
        sx={{ textTransform: 'none', ml: 1, lineHeight: 1.2, textAlign: 'left', minWidth: 0 }}
      >
        <Box component="span" sx={(theme) => ({ display: 'flex', flexDirection: 'column', maxWidth: 240, [theme.breakpoints.down('sm')]: VISUALLY_HIDDEN })}>
          <Box component="span" sx={{ fontWeight: 600, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}>
            {account.fullName}
          </Box>
          <Box component="span" sx={{ fontSize: '0.75rem', whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}>
            {`${role} · ${agency}`}
          </Box>
        </Box>
      </Button>
      <Menu
        id={menuId}
        anchorEl={anchor}
        open={anchor !== null}
        onClose={close}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
        transformOrigin={{ vertical: 'top', horizontal: 'right' }}
        slotProps={{ list: { 'aria-label': translate('mpp.layout.userMenu') } }}
      >
        <MenuItem
          onClick={() => {
            close();
            void navigate(PASSWORD_PATH);
          }}
        >
          <ListItemIcon>
            <KeyIcon fontSize="small" />
          </ListItemIcon>
          <ListItemText>{translate('mpp.layout.changePassword')}</ListItemText>
        </MenuItem>
        <Logout />
      </Menu>
    </>
  );
}
