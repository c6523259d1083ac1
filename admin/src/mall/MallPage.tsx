import EventBusyIcon from '@mui/icons-material/EventBusy';
import HistoryIcon from '@mui/icons-material/History';
import { Box, Card, CardContent, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import {
  Button,
  CanAccess,
  Edit,
  EmailField,
  Labeled,
  LinkBase,
  Loading,
  maxLength,
  minLength,
  required,
  Show,
  SimpleForm,
  SimpleShowLayout,
  TextField,
  TextInput,
  UrlField,
  useCanAccess,
  useLocaleState,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { formatDateWithWeekday } from '../closed-dates/closedDateText';
import { recordPageProps } from '../data/RecordLoadError';
import { SaveToolbar, useSaveErrors } from '../data/saveErrors';
import { formatDateTime } from '../format/format';
import { HistoryPanel } from '../history/HistoryPanel';
import { useHoursFieldLabel, useWeekLine } from '../hours/hoursText';
import { WeeklyHoursInput } from '../hours/WeeklyHoursInput';
import { WeeklyHoursText } from '../hours/WeeklyHoursText';
import { MALL_RECORD_ID, mallHistory, type MallRecord } from './mall.data';

/** The API's rules, mirrored so that most mistakes show before saving. */
const PHONE = /^[0-9 +()-]{5,30}$/;
const phoneFormat = (value: unknown) => (typeof value === 'string' && value.trim() !== '' && !PHONE.test(value.trim()) ? 'mpp.mall.phoneFormat' : undefined);
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const emailFormat = (value: unknown) => (typeof value === 'string' && value.trim() !== '' && !EMAIL.test(value.trim()) ? 'mpp.mall.emailFormat' : undefined);
const HTTP_ADDRESS = /^https?:\/\/[^\s]+$/i;
const websiteFormat = (value: unknown) => (typeof value === 'string' && value.trim() !== '' && !HTTP_ADDRESS.test(value.trim()) ? 'mpp.mall.websiteFormat' : undefined);

/**
 * The mall's page (its menu entry): the profile visitors read (name, address, contact), the
 * building's weekly hours and this year's closed dates. DPMPTSP's editors and administrators
 * change the profile and hours here; the closed dates are entered once, on their own page,
 * which this one links to. The other roles read it.
 */
export function MallPage() {
  const { canAccess: canEdit, isPending } = useCanAccess({ resource: 'mall', action: 'edit' });
  if (isPending) return <Loading />;
  return canEdit ? <MallEdit /> : <MallShow />;
}

function useMallFieldLabel(): (apiField: string) => string {
  const translate = useTranslate();
  const hoursLabel = useHoursFieldLabel();
  return (apiField) => hoursLabel(apiField) ?? translate(`resources.mall.fields.${apiField.split('.')[0]}`, { _: apiField });
}

/** The profile and hours as a form, saved as a patch with the version read (a stale one is CONFLICT: reload, keeping what was typed). */
function MallEdit() {
  const save = useSaveErrors({ fieldLabel: useMallFieldLabel() });
  return (
    <Edit id={MALL_RECORD_ID} {...recordPageProps} title="mpp.mall.title" actions={false} mutationMode="pessimistic" mutationOptions={{ onError: save.onError }} redirect={false} component="div">
      <OpenNow />
      <Card>
        <SimpleForm toolbar={<SaveToolbar conflict={save.conflict} onReloaded={save.clearConflict} />} resetOptions={{ keepDirtyValues: true }}>
          <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: 'minmax(320px, 480px) 1fr' }, columnGap: 6, width: '100%' }}>
            <Stack>
              <Typography variant="h6" component="h2">
                <ProfileHeading />
              </Typography>
              <TextInput source="name" validate={[required(), minLength(2), maxLength(120)]} autoComplete="off" />
              <TextInput source="address" validate={[required(), minLength(5), maxLength(300)]} multiline />
              <TextInput source="phone" validate={phoneFormat} helperText="mpp.mall.phoneHelp" autoComplete="off" />
              <TextInput source="email" type="email" validate={emailFormat} autoComplete="off" />
              <TextInput source="website" type="url" validate={websiteFormat} helperText="mpp.mall.websiteHelp" autoComplete="off" />
            </Stack>
            <WeeklyHoursInput source="openingHours" title="mpp.mall.hours.title" help="mpp.mall.hours.help" emptyDay="mpp.mall.hours.closed" />
          </Box>
        </SimpleForm>
      </Card>
      <ClosedDatesPanel />
      <CanAccess action="history">
        <MallHistoryPanel />
      </CanAccess>
    </Edit>
  );
}

/** The profile and hours, read only, for the roles that may not change them. */
function MallShow() {
  return (
    <Show id={MALL_RECORD_ID} {...recordPageProps} title="mpp.mall.title" actions={false} component="div">
      <OpenNow />
      <Card>
        <SimpleShowLayout>
          <TextField source="name" />
          <TextField source="address" />
          <TextField source="phone" emptyText="—" />
          <EmailField source="email" emptyText="—" />
          <UrlField source="website" emptyText="—" />
          <Labeled source="openingHours">
            <OpeningHoursText />
          </Labeled>
        </SimpleShowLayout>
      </Card>
      <ClosedDatesPanel />
    </Show>
  );
}

function ProfileHeading() {
  return <>{useTranslate()('mpp.mall.profile')}</>;
}

function OpeningHoursText() {
  const mall = useRecordContext<MallRecord>();
  if (!mall) return null;
  return <WeeklyHoursText hours={mall.openingHours} emptyDay="mpp.mall.hours.closed" />;
}

/** Whether the building is open now, and when that changes: what visitors are told. */
function OpenNow() {
  const mall = useRecordContext<MallRecord>();
  const translate = useTranslate();
  const [language] = useLocaleState();
  if (!mall) return null;
  return (
    <Typography sx={{ mb: 2 }}>
      {translate(mall.isOpenNow ? 'mpp.mall.openNow' : 'mpp.mall.closedNow')}
      {mall.nextChangeAt ? ` · ${translate('mpp.mall.nextChange', { time: formatDateTime(mall.nextChangeAt, language) })}` : ''}
    </Typography>
  );
}

/**
 * This year's closed dates, read only: holidays and cuti bersama are entered once, on the closed
 * dates page (which closes the queues too); who may keep them gets the link there.
 */
function ClosedDatesPanel() {
  const mall = useRecordContext<MallRecord>();
  const translate = useTranslate();
  const [language] = useLocaleState();
  const { canAccess: canKeepClosedDates } = useCanAccess({ resource: 'closedDates', action: 'list' });
  if (!mall) return null;
  const title = translate('mpp.mall.closedDates.title', { year: mall.closedDatesYear });
  return (
    <Card variant="outlined" sx={{ mt: 2 }}>
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {title}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {translate('mpp.mall.closedDates.intro')}
        </Typography>
        {mall.closedDates.length === 0 ? (
          <Typography sx={{ mt: 1 }}>{translate('mpp.mall.closedDates.none', { year: mall.closedDatesYear })}</Typography>
        ) : (
          // A year has some twenty-five of them: side by side where the screen allows.
          <List dense aria-label={title} sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr', xl: '1fr 1fr 1fr' }, columnGap: 3 }}>
            {mall.closedDates.map((closed) => (
              <ListItem key={closed.date} disableGutters>
                <ListItemText primary={closed.reason} secondary={formatDateWithWeekday(closed.date, language)} />
              </ListItem>
            ))}
          </List>
        )}
        {canKeepClosedDates && (
          <Button component={LinkBase} to={`/closedDates?filter=${encodeURIComponent(JSON.stringify({ year: mall.closedDatesYear }))}`} label="mpp.mall.closedDates.manage" variant="outlined">
            <EventBusyIcon />
          </Button>
        )}
      </CardContent>
    </Card>
  );
}

/** The profile's history, shown when asked for: the page stays short for the usual visit. */
function MallHistoryPanel() {
  const [shown, setShown] = useState(false);
  const weekLine = useWeekLine('mpp.mall.hours.closed');
  const formatValue = (field: string, value: unknown) => (field === 'openingHours' && typeof value === 'object' && value !== null ? weekLine(value) : null);
  if (shown) return <HistoryPanel resource="mall" load={mallHistory} formatValue={formatValue} />;
  return (
    <Box sx={{ mt: 2 }}>
      <Button label="mpp.mall.showHistory" onClick={() => setShown(true)}>
        <HistoryIcon />
      </Button>
    </Box>
  );
}
