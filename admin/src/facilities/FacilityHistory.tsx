import HistoryIcon from '@mui/icons-material/History';
import { Box, Button, useMediaQuery, type Theme } from '@mui/material';
import { useState } from 'react';
import { CanAccess, useTranslate } from 'react-admin';
import { HistoryPanel } from '../history/HistoryPanel';
import { facilityHistory } from './facilities.data';
import { useFacilityActionLabel, useFacilityValueText } from './facilityText';

/**
 * The facility's history, for whoever may read it. On a phone it waits behind a button: its
 * table is wider than the screen, and a technician came to set the status, not to read it.
 */
export function FacilityHistory() {
  return (
    <CanAccess action="history">
      <ShownOnPhoneWhenAsked />
    </CanAccess>
  );
}

function ShownOnPhoneWhenAsked() {
  const translate = useTranslate();
  const valueText = useFacilityValueText();
  const actionLabel = useFacilityActionLabel();
  const phone = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const [asked, setAsked] = useState(false);
  if (phone && !asked) {
    return (
      <Box sx={{ mt: 2 }}>
        <Button startIcon={<HistoryIcon />} onClick={() => setAsked(true)}>
          {translate('mpp.facilities.showHistory')}
        </Button>
      </Box>
    );
  }
  return <HistoryPanel resource="facilities" load={facilityHistory} formatValue={valueText} actionLabel={actionLabel} />;
}
