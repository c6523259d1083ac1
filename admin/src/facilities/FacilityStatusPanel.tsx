import { Card, CardContent, Stack, Typography } from '@mui/material';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { formatDateTime } from '../format/format';
import type { FacilityRecord } from './facilities.data';
import { FacilityConfirmStatusButton, STILL_AS } from './FacilityConfirmStatusButton';
import { FacilityStatusButton } from './FacilityStatusButton';
import { FacilityStatusChips } from './FacilityStatusChips';

/**
 * At the top of a facility's page: its status as visitors see it (with the note and since
 * when), whether it is open now and when that changes, and the buttons that confirm it as it is
 * (one tap) and change it. While the status waits for a confirmation, confirming it is the main
 * button; otherwise changing it is.
 */
export function FacilityStatusPanel() {
  const facility = useRecordContext<FacilityRecord>();
  const translate = useTranslate();
  const [language] = useLocaleState();
  if (!facility) return null;
  const stale = facility.statusStale === true;
  return (
    <Card variant="outlined" sx={{ mb: 2 }}>
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {translate('mpp.facilities.status.heading')}
        </Typography>
        <Stack spacing={1}>
          <Stack direction="row" sx={{ flexWrap: 'wrap', alignItems: 'center', gap: 1 }}>
            <FacilityStatusChips facility={facility} />
            <Typography variant="body2" color="text.secondary">
              {translate('mpp.facilities.since', { time: formatDateTime(facility.statusSince, language) })}
            </Typography>
          </Stack>
          {facility.statusNote && <Typography sx={{ overflowWrap: 'anywhere' }}>{facility.statusNote}</Typography>}
          <Typography variant="body2">
            {translate(facility.isOpenNow ? 'mpp.facilities.openNow' : 'mpp.facilities.closedNow')}
            {facility.nextChangeAt ? ` · ${translate('mpp.facilities.nextChange', { time: formatDateTime(facility.nextChangeAt, language) })}` : ''}
          </Typography>
          {stale && (
            <Typography variant="body2" color="text.secondary">
              {translate('mpp.facilities.staleHelp', { still: translate(STILL_AS[facility.status]) })}
            </Typography>
          )}
          <Stack direction="row" sx={{ flexWrap: 'wrap', alignItems: 'center', gap: 1 }}>
            <FacilityConfirmStatusButton variant="outlined" />
            <FacilityStatusButton variant={stale ? 'outlined' : 'contained'} />
          </Stack>
        </Stack>
      </CardContent>
    </Card>
  );
}
