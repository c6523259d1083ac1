import { Alert, AlertTitle, Dialog, DialogActions, DialogContent, DialogTitle, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Loading, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { useFormContext } from 'react-hook-form';
import { useReloadLatest } from '../data/saveErrors';
import { apiErrorCode } from '../graphql/client';
import { formatDateTime } from '../format/format';
import { ApiError } from '../graphql/client';
import { apiErrorMessageKey } from '../i18n/common.messages';
import { ContentDifferences, fieldLabel } from './ContentDifferences';
import type { LatestVersionMerge } from './latestVersion';
import { loadService } from './services.data';
import type { ServiceContent, ServiceRecord } from './service.record';

/**
 * After a save refused with CONFLICT (`reason="save"`): the user's input stays in the form;
 * they may look at what the other person saved beside their own input, and load the latest
 * version into the form (merged with their changes, see latestVersion.ts); the next save sends
 * their changes with the latest version. After a newer version arrived while the user had
 * unsaved changes (`reason="newVersion"`, a refresh): it is already merged; the notice says so.
 */
export function ConflictNotice({ reason, onResolved, merge }: { reason: 'save' | 'newVersion'; onResolved: () => void; merge: LatestVersionMerge }) {
  const translate = useTranslate();
  const record = useRecordContext<ServiceRecord>();
  const reloadLatest = useReloadLatest();
  const [comparing, setComparing] = useState(false);
  const [reloadError, setReloadError] = useState<string | null>(null);
  if (!record) return null;

  const reload = async () => {
    setComparing(false);
    setReloadError(null);
    merge.expectReload();
    const outcome = await reloadLatest();
    if ('error' in outcome) {
      merge.cancelReload();
      setReloadError(apiErrorMessageKey(apiErrorCode(outcome.error)));
      return;
    }
    // The same version again: nothing is merged, so nothing is expected any more.
    if (outcome.record.version === record.version) merge.cancelReload();
    onResolved();
  };

  return (
    <Alert severity={reason === 'save' ? 'error' : 'warning'} sx={{ mb: 2 }} role="alert">
      <AlertTitle>{translate(`mpp.services.conflict.${reason === 'save' ? 'title' : 'newVersionTitle'}`)}</AlertTitle>
      {reason === 'save' ? (
        <>
          <Typography variant="body2">{translate('mpp.error.CONFLICT')}</Typography>
          <Typography variant="body2">{translate('mpp.services.conflict.reloadKeeps')}</Typography>
        </>
      ) : (
        <Typography variant="body2">{translate('mpp.services.conflict.newVersionMerged')}</Typography>
      )}
      {reloadError && (
        <Typography variant="body2" sx={{ mt: 1, fontWeight: 600 }}>
          {translate('mpp.services.conflict.reloadFailed', { reason: translate(reloadError) })}
        </Typography>
      )}
      <Stack direction="row" spacing={1} useFlexGap sx={{ mt: 1, flexWrap: 'wrap' }}>
        <Button label="mpp.services.conflict.compare" variant="outlined" onClick={() => setComparing(true)} />
        {reason === 'save' ? (
          <Button label="mpp.common.reloadLatest" variant="outlined" onClick={() => void reload()} />
        ) : (
          <Button label="mpp.services.conflict.understood" variant="outlined" onClick={onResolved} />
        )}
      </Stack>
      {comparing && <LatestVersionDialog id={record.id} onClose={() => setComparing(false)} onReload={reason === 'save' ? () => void reload() : null} />}
    </Alert>
  );
}

/**
 * The lists a merge with the latest version left as the user has them, because both changed
 * the same items: named, so the user checks them before saving over the other person's change.
 */
export function UnmergedListsNotice({ fields }: { fields: string[] }) {
  const translate = useTranslate();
  if (fields.length === 0) return null;
  return (
    <Alert severity="warning" sx={{ mb: 2 }} role="status">
      {translate('mpp.services.conflict.unmerged', { fields: fields.map((field) => fieldLabel(translate, field)).join(', ') })}
    </Alert>
  );
}

function LatestVersionDialog({ id, onClose, onReload }: { id: string; onClose: () => void; onReload: (() => void) | null }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { getValues } = useFormContext<ServiceContent>();
  const latest = useQuery({ queryKey: ['services', 'latest', id], queryFn: () => loadService(id), staleTime: 0, gcTime: 0 });
  const savedAt = latest.data ? (latest.data.pendingEdit?.editedAt ?? latest.data.updatedAt) : null;
  const savedBy = latest.data?.pendingEdit?.editedBy?.role;
  return (
    <Dialog open onClose={onClose} aria-labelledby="service-latest-title" fullWidth maxWidth="lg">
      <DialogTitle id="service-latest-title">{translate('mpp.services.conflict.dialogTitle')}</DialogTitle>
      <DialogContent>
        {latest.isPending ? (
          <Loading />
        ) : latest.error ? (
          <Alert severity="error">{translate(latest.error instanceof ApiError ? apiErrorMessageKey(latest.error.code) : 'mpp.error.INTERNAL_SERVER_ERROR')}</Alert>
        ) : (
          <>
            {savedAt && (
              <Typography variant="body2" sx={{ mb: 2 }}>
                {translate('mpp.services.conflict.savedAt', {
                  at: formatDateTime(savedAt, locale),
                  role: savedBy ? translate(`mpp.role.${savedBy}`) : translate('mpp.services.conflict.someone'),
                })}
              </Typography>
            )}
            <ContentDifferences
              before={latest.data}
              after={getValues()}
              beforeLabel={translate('mpp.services.conflict.theirs')}
              afterLabel={translate('mpp.services.conflict.yours')}
              knownNames={[latest.data.agency, latest.data.category].filter((ref) => ref !== null)}
              sameText={translate('mpp.services.conflict.same')}
            />
          </>
        )}
      </DialogContent>
      <DialogActions>
        <Button label="ra.action.close" onClick={onClose} />
        {onReload && <Button label="mpp.common.reloadLatest" variant="contained" onClick={onReload} />}
      </DialogActions>
    </Dialog>
  );
}
