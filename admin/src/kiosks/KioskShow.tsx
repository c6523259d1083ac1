import { Alert, Box, Card, Stack, Typography } from '@mui/material';
import { EditButton, FunctionField, Show, SimpleShowLayout, TextField, TopToolbar, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { formatDateTime } from '../format/format';
import { recordPageProps } from '../data/RecordLoadError';
import { HistoryPanel } from '../history/HistoryPanel';
import { kioskHistory, type KioskRecord } from './kiosks.data';
import { KioskStatusChip } from './KioskStatusChip';
import { KioskTitle, useKioskActionLabel, useKioskValueText } from './kioskDisplay';

/** A kiosk, read only: a revoked one (it can no longer change), with its history. */
export function KioskShow() {
  const actionLabel = useKioskActionLabel();
  const valueText = useKioskValueText();
  return (
    <Show {...recordPageProps} title={<KioskTitle />} actions={<KioskShowActions />} component="div">
      <Card>
        <SimpleShowLayout>
          <RevokedNotice />
          <TextField source="name" />
          <FunctionField source="active" render={(kiosk: KioskRecord) => <KioskStatusChip active={kiosk.active} />} />
          <KioskDetails />
        </SimpleShowLayout>
      </Card>
      <HistoryPanel resource="kiosks" load={kioskHistory} actionLabel={actionLabel} formatValue={valueText} />
    </Show>
  );
}

/** A revoked kiosk is changed no more: no edit button. */
function KioskShowActions() {
  const kiosk = useRecordContext<KioskRecord>();
  return <TopToolbar>{kiosk?.active && <EditButton />}</TopToolbar>;
}

/** A revoked kiosk says so: it is kept for its history, and replaced by registering a new one. */
export function RevokedNotice() {
  const translate = useTranslate();
  const kiosk = useRecordContext<KioskRecord>();
  if (!kiosk || kiosk.active) return null;
  return <Alert severity="info">{translate('mpp.kiosks.revokedHelp')}</Alert>;
}

/** When the kiosk was registered, last started a session and (if so) was revoked. */
export function KioskDetails() {
  const translate = useTranslate();
  const [language] = useLocaleState();
  const kiosk = useRecordContext<KioskRecord>();
  if (!kiosk) return null;
  const rows: [string, string][] = [
    ['resources.kiosks.fields.registeredAt', formatDateTime(kiosk.registeredAt, language)],
    ['resources.kiosks.fields.lastSessionStartedAt', kiosk.lastSessionStartedAt ? formatDateTime(kiosk.lastSessionStartedAt, language) : translate('mpp.kiosks.never')],
    ...(kiosk.revokedAt ? [['resources.kiosks.fields.revokedAt', formatDateTime(kiosk.revokedAt, language)] as [string, string]] : []),
  ];
  return (
    <Stack spacing={0.5} sx={{ my: 1 }}>
      {rows.map(([label, value]) => (
        <Box key={label} sx={{ display: 'flex', gap: 1 }}>
          <Typography variant="body2" color="text.secondary">
            {translate(label)}:
          </Typography>
          <Typography variant="body2">{value}</Typography>
        </Box>
      ))}
    </Stack>
  );
}
