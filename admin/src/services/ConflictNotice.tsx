import { Alert, AlertTitle, Dialog, DialogActions, DialogContent, DialogTitle, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Loading, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { useFormContext } from 'react-hook-form';
import { useReloadLatest } from '../data/saveErrors';
import { formatDateTime } from '../format/format';
import { ApiError } from '../graphql/client';
import { apiErrorMessageKey } from '../i18n/common.messages';
import { ContentDifferences } from './ContentDifferences';
import { loadService } from './services.data';
import type { ServiceContent, ServiceRecord } from './service.record';

/**
 * After a save refused with CONFLICT: the user's input stays in the form; they may look at
 * what the other person saved beside their own input, and load the latest version into the
 * form: the fields they changed keep their input (the form keeps dirty values), the others
 * take what was saved, and the next save sends their changes with the latest version.
 */
export function ConflictNotice({ onResolved, onBeforeReload }: { onResolved: () => void; onBeforeReload: () => void }) {
  const translate = useTranslate();
  const record = useRecordContext<ServiceRecord>();
  const reloadLatest = useReloadLatest();
  const [comparing, setComparing] = useState(false);
  if (!record) return null;

  const reload = async () => {
    setComparing(false);
    onBeforeReload();
    await reloadLatest();
    onResolved();
  };

  return (
    <Alert severity="error" sx={{ mb: 2 }} role="alert">
      <AlertTitle>{translate('mpp.services.conflict.title')}</AlertTitle>
      <Typography variant="body2">{translate('mpp.error.CONFLICT')}</Typography>
      <Typography variant="body2">{translate('mpp.services.conflict.reloadKeeps')}</Typography>
      <Stack direction="row" spacing={1} useFlexGap sx={{ mt: 1, flexWrap: 'wrap' }}>
        <Button label="mpp.services.conflict.compare" variant="outlined" onClick={() => setComparing(true)} />
        <Button label="mpp.common.reloadLatest" variant="outlined" onClick={() => void reload()} />
      </Stack>
      {comparing && <LatestVersionDialog id={record.id} onClose={() => setComparing(false)} onReload={() => void reload()} />}
    </Alert>
  );
}

function LatestVersionDialog({ id, onClose, onReload }: { id: string; onClose: () => void; onReload: () => void }) {
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
        <Button label="mpp.common.reloadLatest" variant="contained" onClick={onReload} />
      </DialogActions>
    </Dialog>
  );
}
