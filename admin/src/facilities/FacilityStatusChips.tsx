import { Chip, Stack } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatDateTime } from '../format/format';
import type { FacilityStatus } from '../generated/graphql';
import type { FacilityRecord } from './facilities.data';

/** Colour helps the eye; the words carry the meaning (never colour alone). */
const COLOURS: Record<FacilityStatus, 'success' | 'warning' | 'error'> = {
  OPERATIONAL: 'success',
  OUT_OF_SERVICE: 'warning',
  CLOSED: 'error',
};

/** A facility's status as a labelled chip. */
export function FacilityStatusChip({ status }: { status: FacilityStatus }) {
  const translate = useTranslate();
  return <Chip size="small" variant="outlined" color={COLOURS[status]} label={translate(`mpp.facilityStatus.${status}`)} />;
}

/**
 * The status and, for the staff who see it, whether it waits for a confirmation: set longer
 * ago than the platform's stale age, so nobody has said lately that it still holds.
 */
export function FacilityStatusChips({ facility }: { facility: Pick<FacilityRecord, 'status' | 'statusStale' | 'statusSince'> }) {
  const translate = useTranslate();
  const [language] = useLocaleState();
  return (
    <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 0.5 }}>
      <FacilityStatusChip status={facility.status} />
      {facility.statusStale === true && (
        <Chip
          size="small"
          label={translate('mpp.facilities.stale')}
          title={translate('mpp.facilities.staleSince', { time: formatDateTime(facility.statusSince, language) })}
        />
      )}
    </Stack>
  );
}
