import { Chip } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { CounterStatus } from '../generated/graphql';

/** Colour helps the eye; the words carry the meaning (never colour alone). */
const COLOURS: Record<CounterStatus, 'default' | 'success' | 'warning'> = {
  OPEN: 'success',
  PAUSED: 'warning',
  CLOSED: 'default',
};

/** A counter's status as a labelled chip. */
export function CounterStatusChip({ status }: { status: CounterStatus }) {
  const translate = useTranslate();
  return <Chip size="small" variant="outlined" color={COLOURS[status]} label={translate(`mpp.counterStatus.${status}`)} />;
}
