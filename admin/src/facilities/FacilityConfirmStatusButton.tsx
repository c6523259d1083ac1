import TaskAltIcon from '@mui/icons-material/TaskAlt';
import { Button as MuiButton } from '@mui/material';
import { useState, type MouseEvent } from 'react';
import { useCanAccess, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type { FacilityStatus } from '../generated/graphql';
import { apiErrorCode } from '../graphql/client';
import { apiErrorMessageKey } from '../i18n/common.messages';
import { setFacilityStatus, type FacilityRecord } from './facilities.data';

/** What the button says: the status it confirms, in words ("Masih beroperasi"). */
export const STILL_AS: Record<FacilityStatus, string> = {
  OPERATIONAL: 'mpp.facilities.confirm.OPERATIONAL',
  OUT_OF_SERVICE: 'mpp.facilities.confirm.OUT_OF_SERVICE',
  CLOSED: 'mpp.facilities.confirm.CLOSED',
};

/**
 * "Masih beroperasi" (or "Masih tidak berfungsi", "Masih tutup"): one tap that tells visitors the
 * status and its note still hold. It sets the status the facility has, with the note it has; the
 * API takes an unchanged status as a confirmation (`statusSince` moves to now, it is no longer
 * stale). For whoever may set the status (DPMPTSP, the partner staff of its operator); nothing
 * for the others. A status waiting for a confirmation makes it the most prominent button;
 * otherwise it has `variant`. Someone else's change since the facility was read is CONFLICT:
 * the page loads the latest and says so, and the technician looks before confirming again.
 * Named with the facility (a list has one per row); its clicks stay inside it, as the status
 * button's do, so a list row does not open the record too.
 */
export function FacilityConfirmStatusButton({ variant = 'text' }: { variant?: 'text' | 'outlined' }) {
  const facility = useRecordContext<FacilityRecord>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const { canAccess } = useCanAccess({ resource: 'facilities', action: 'setStatus', record: facility, enabled: facility !== undefined });
  const [sending, setSending] = useState(false);
  // The version a confirmation saved: until the page has loaded it, another tap (a double tap)
  // would send the version before it and be refused as someone else's change.
  const [savedVersion, setSavedVersion] = useState<number | null>(null);
  if (!facility || canAccess !== true) return null;
  const busy = sending || (savedVersion !== null && facility.version < savedVersion);

  const confirm = async () => {
    setSending(true);
    try {
      const saved = await setFacilityStatus(facility, facility.status, facility.statusNote ?? '');
      setSavedVersion(saved.version);
      notify('mpp.facilities.status.confirmed', { type: 'success', messageArgs: { name: saved.name, status: translate(`mpp.facilityStatus.${saved.status}`) } });
    } catch (error) {
      const code = apiErrorCode(error);
      // Not sent again with the latest version: that would confirm what someone else has just
      // set, unseen; the technician looks at it first.
      const sentence = code === 'CONFLICT' ? translate('mpp.facilities.status.confirmConflict', { name: facility.name }) : translate(apiErrorMessageKey(code));
      // Hidden after a while, as the service workflow's one-click steps' refusals are: a notice
      // kept until dismissed would hold back the next one (a tap on a button here does not dismiss it).
      notify(sentence, { type: code === 'CONFLICT' ? 'warning' : 'error', multiLine: true });
    } finally {
      setSending(false);
      // Confirmed or refused, the page shows the facility as it is now (the latest, after a CONFLICT).
      refresh();
    }
  };

  const label = translate(STILL_AS[facility.status]);
  // A disabled button lets clicks through to the row behind it: the span keeps them in.
  const keepInside = (event: MouseEvent) => event.stopPropagation();
  return (
    <span onClick={keepInside}>
      {/* MUI's button, not react-admin's: on a phone that one shrinks to an icon, and a technician needs the words. */}
      <MuiButton
        size="small"
        variant={facility.statusStale === true ? 'contained' : variant}
        startIcon={<TaskAltIcon />}
        aria-label={translate('mpp.facilities.confirm.of', { still: label, name: facility.name })}
        disabled={busy}
        onClick={() => void confirm()}
        sx={{ whiteSpace: 'nowrap' }}
      >
        {label}
      </MuiButton>
    </span>
  );
}
