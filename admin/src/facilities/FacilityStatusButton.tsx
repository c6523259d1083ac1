import EditNoteIcon from '@mui/icons-material/EditNote';
import {
  Button as MuiButton,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControl,
  FormControlLabel,
  FormLabel,
  Radio,
  RadioGroup,
  Stack,
  TextField,
  Typography,
  useMediaQuery,
  type Theme,
} from '@mui/material';
import { useState, type MouseEvent } from 'react';
import { useCanAccess, useDataProvider, useLocaleState, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { apiErrorCode } from '../graphql/client';
import { DialogProblem, useDialogProblem } from '../layout/DialogProblem';
import { formatDateTime } from '../format/format';
import type { FacilityStatus } from '../generated/graphql';
import { FACILITY_STATUSES, setFacilityStatus, type FacilityRecord } from './facilities.data';
import { FacilityStatusChips } from './FacilityStatusChips';

/** After a CONFLICT the dialog says the latest is loaded (it is: see save), not to reload it. */
const CONFLICT_EXPLAINED = { CONFLICT: 'mpp.facilities.status.changedMeanwhile' };

/** The API's longest note. */
const MAX_NOTE_LENGTH = 500;

/**
 * "Ubah status": opens the status dialog for the facility in context, for whoever may set its
 * status (DPMPTSP, the partner staff of its operator); nothing for the others. Named with the
 * facility, since a list has one per row. Clicks inside it stay inside it: in a list row they
 * would otherwise open the row's record too (React passes events up through the dialog's portal).
 */
export function FacilityStatusButton({ variant = 'text' }: { variant?: 'text' | 'outlined' | 'contained' }) {
  const facility = useRecordContext<FacilityRecord>();
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'facilities', action: 'setStatus', record: facility, enabled: facility !== undefined });
  const [open, setOpen] = useState(false);
  if (!facility || canAccess !== true) return null;
  const keepInside = (event: MouseEvent) => event.stopPropagation();
  return (
    <span onClick={keepInside}>
      {/* MUI's button, not react-admin's: on a phone that one shrinks to an icon, and a technician needs the words. */}
      <MuiButton
        size="small"
        variant={variant}
        startIcon={<EditNoteIcon />}
        aria-label={translate('mpp.facilities.status.changeOf', { name: facility.name })}
        onClick={() => setOpen(true)}
        sx={{ whiteSpace: 'nowrap' }}
      >
        {translate('mpp.facilities.status.change')}
      </MuiButton>
      {open && <FacilityStatusDialog facility={facility} onClose={() => setOpen(false)} />}
    </span>
  );
}

/**
 * Chooses the status (working, out of service, closed) and the note visitors read, and sets it
 * from now. Made for a phone too: full screen there, large choices. It starts from the current
 * status and note, so confirming an unchanged status is one tap (it is then no longer stale).
 * Someone else's change meanwhile is CONFLICT: the latest facility is loaded, what was chosen
 * stays, and saving again sends the new version.
 */
function FacilityStatusDialog({ facility: opened, onClose }: { facility: FacilityRecord; onClose: () => void }) {
  const translate = useTranslate();
  const dataProvider = useDataProvider();
  // The facility as the user saw it when the dialog opened: its version is the one sent, so a
  // change someone made meanwhile is a CONFLICT rather than silently overwritten.
  const [facility, setFacility] = useState(opened);
  const [language] = useLocaleState();
  const notify = useNotify();
  const refresh = useRefresh();
  const fullScreen = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const [status, setStatus] = useState<FacilityStatus>(facility.status);
  const [note, setNote] = useState(facility.statusNote ?? '');
  const [sending, setSending] = useState(false);
  const { problem, report, clear } = useDialogProblem({ explain: CONFLICT_EXPLAINED });
  const titleId = `facility-status-title-${facility.id}`;

  const save = async () => {
    setSending(true);
    clear();
    try {
      const saved = await setFacilityStatus(facility, status, note);
      notify('mpp.facilities.status.saved', { type: 'success', messageArgs: { name: saved.name, status: translate(`mpp.facilityStatus.${saved.status}`) } });
      refresh();
      onClose();
    } catch (error) {
      report(error);
      if (apiErrorCode(error) === 'CONFLICT') {
        // The latest facility is shown (its status may have changed too), the choice made stays,
        // and the next save sends its version; the page behind follows.
        await dataProvider
          .getOne<FacilityRecord>('facilities', { id: facility.id })
          .then(({ data }) => setFacility(data))
          .catch(() => undefined);
        refresh();
      }
    } finally {
      setSending(false);
    }
  };

  return (
    <Dialog open onClose={onClose} fullScreen={fullScreen} fullWidth maxWidth="sm" aria-labelledby={titleId}>
      <DialogTitle id={titleId}>{translate('mpp.facilities.status.title', { name: facility.name })}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <DialogProblem problem={problem} />
          <Stack spacing={0.5}>
            <Typography variant="body2" color="text.secondary">
              {translate('mpp.facilities.status.current', { time: formatDateTime(facility.statusSince, language) })}
            </Typography>
            <FacilityStatusChips facility={facility} />
            {facility.statusNote && <Typography variant="body2">{facility.statusNote}</Typography>}
          </Stack>
          <FormControl>
            <FormLabel id={`${titleId}-choice`}>{translate('mpp.facilities.status.choose')}</FormLabel>
            <RadioGroup aria-labelledby={`${titleId}-choice`} name="status" value={status} onChange={(event) => setStatus(event.target.value as FacilityStatus)}>
              {FACILITY_STATUSES.map((choice) => (
                <FormControlLabel
                  key={choice}
                  value={choice}
                  control={<Radio />}
                  sx={{ alignItems: 'flex-start', py: 0.5, '& .MuiRadio-root': { pt: 0.5 } }}
                  label={
                    <Stack sx={{ pt: 0.75 }}>
                      <Typography>{translate(`mpp.facilityStatus.${choice}`)}</Typography>
                      <Typography variant="body2" color="text.secondary">
                        {translate(`mpp.facilities.status.meaning.${choice}`)}
                      </Typography>
                    </Stack>
                  }
                />
              ))}
            </RadioGroup>
          </FormControl>
          <TextField
            label={translate('mpp.facilities.status.note')}
            helperText={translate('mpp.facilities.status.noteHelp', { max: MAX_NOTE_LENGTH })}
            value={note}
            onChange={(event) => setNote(event.target.value)}
            multiline
            minRows={2}
            fullWidth
            slotProps={{ htmlInput: { maxLength: MAX_NOTE_LENGTH } }}
          />
          <Typography variant="body2" color="text.secondary">
            {translate('mpp.facilities.status.confirmHelp')}
          </Typography>
        </Stack>
      </DialogContent>
      <DialogActions>
        <MuiButton onClick={onClose} disabled={sending}>
          {translate('ra.action.cancel')}
        </MuiButton>
        <MuiButton variant="contained" onClick={() => void save()} disabled={sending}>
          {translate('mpp.facilities.status.save')}
        </MuiButton>
      </DialogActions>
    </Dialog>
  );
}
