import { Chip } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { BoothStatus } from '../generated/graphql';

/** Colour helps the eye; the words carry the meaning (never colour alone). */
const COLOURS: Record<BoothStatus, 'default' | 'success' | 'warning' | 'info'> = {
  PLANNED: 'info',
  OPEN: 'success',
  TEMPORARILY_CLOSED: 'warning',
  CLOSED: 'default',
};

/** A booth's status as a labelled chip. */
export function BoothStatusChip({ status }: { status: BoothStatus }) {
  const translate = useTranslate();
  return <Chip size="small" variant="outlined" color={COLOURS[status]} label={translate(`mpp.boothStatus.${status}`)} />;
}
