import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Confirm, useCanAccess, useLocaleState, useNotify, useRecordContext, useTranslate } from 'react-admin';
import { formatDateTime } from '../format/format';
import type { ServiceRecord, ServiceRevision } from './service.record';
import { restoreRevision, useShowSavedService } from './service.workflow';
import { workflowErrorMessage } from './WorkflowPanel';

/**
 * Every published version of the service, newest first. Restoring one makes its content the
 * pending edit, to be reviewed and published again; the public keeps the current version.
 */
export function ServiceRevisions({ hasUnsavedChanges }: { hasUnsavedChanges: boolean }) {
  const record = useRecordContext<ServiceRecord>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const notify = useNotify();
  const showSaved = useShowSavedService();
  const { canAccess: canRestore } = useCanAccess({ resource: 'services', action: 'restore', record });
  const [restoring, setRestoring] = useState<ServiceRevision | null>(null);
  const restore = useMutation({
    mutationFn: (revision: ServiceRevision) => restoreRevision(record!, revision.id),
    onSuccess: async (service, revision) => {
      notify('mpp.services.revisions.restored', { type: 'success', messageArgs: { number: revision.number } });
      await showSaved(service);
    },
    onError: (error) => notify(workflowErrorMessage(error, translate), { type: 'error', multiLine: true }),
    onSettled: () => setRestoring(null),
  });
  if (!record) return null;
  if (record.revisions.length === 0) return <Typography sx={{ py: 2 }}>{translate('mpp.services.revisions.empty')}</Typography>;
  // Only a published service takes a revision back, into its pending edit.
  const mayRestore = canRestore === true && record.status === 'PUBLISHED';

  return (
    <Box sx={{ width: '100%' }}>
      <Typography variant="body2" sx={{ mb: 1 }}>
        {translate('mpp.services.revisions.explain')}
      </Typography>
      {mayRestore && hasUnsavedChanges && (
        <Typography variant="body2" sx={{ mb: 1, fontWeight: 600 }}>
          {translate('mpp.services.workflow.saveFirst')}
        </Typography>
      )}
      <Table size="small" aria-label={translate('mpp.services.revisions.tableLabel')}>
        <TableHead>
          <TableRow>
            <TableCell component="th" scope="col">
              {translate('mpp.services.revisions.number')}
            </TableCell>
            <TableCell component="th" scope="col">
              {translate('mpp.services.revisions.publishedAt')}
            </TableCell>
            <TableCell component="th" scope="col">
              {translate('mpp.services.revisions.publishedBy')}
            </TableCell>
            <TableCell component="th" scope="col">
              {translate('mpp.services.revisions.name')}
            </TableCell>
            {mayRestore && (
              <TableCell component="th" scope="col">
                <Box component="span" sx={visuallyHidden}>
                  {translate('mpp.services.revisions.actions')}
                </Box>
              </TableCell>
            )}
          </TableRow>
        </TableHead>
        <TableBody>
          {record.revisions.map((revision) => (
            <TableRow key={revision.id}>
              <TableCell>{revision.number}</TableCell>
              <TableCell>{formatDateTime(revision.publishedAt, locale)}</TableCell>
              <TableCell>{revision.publishedBy ? translate(`mpp.role.${revision.publishedBy.role}`) : translate('mpp.services.revisions.seeded')}</TableCell>
              <TableCell>{revision.name}</TableCell>
              {mayRestore && (
                <TableCell align="right">
                  <Button
                    label={translate('mpp.services.revisions.restore', { number: revision.number })}
                    variant="outlined"
                    disabled={hasUnsavedChanges || restore.isPending}
                    onClick={() => setRestoring(revision)}
                  />
                </TableCell>
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Confirm
        isOpen={restoring !== null}
        title="mpp.services.revisions.confirmTitle"
        content="mpp.services.revisions.confirmContent"
        translateOptions={{ number: restoring?.number ?? '' }}
        confirm="mpp.services.revisions.confirmButton"
        confirmColor="primary"
        loading={restore.isPending}
        onConfirm={() => {
          if (restoring) restore.mutate(restoring);
        }}
        onClose={() => setRestoring(null)}
      />
    </Box>
  );
}

/** Text for screen readers only (a header cell of a column of buttons). */
export const visuallyHidden = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;
