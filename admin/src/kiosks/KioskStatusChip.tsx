import { Chip } from '@mui/material';
import { useTranslate } from 'react-admin';

/** Active or revoked, in words (colour only helps). */
export function KioskStatusChip({ active }: { active: boolean }) {
  const translate = useTranslate();
  return <Chip size="small" variant="outlined" color={active ? 'success' : 'default'} label={translate(active ? 'mpp.kiosks.active' : 'mpp.kiosks.revoked')} />;
}
