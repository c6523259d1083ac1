import { Alert, AlertTitle, Box, Dialog, DialogActions, DialogContent, DialogTitle, Paper, Stack, TextField, Typography } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Confirm, useCanAccess, useLocaleState, useNotify, useRecordContext, useTranslate } from 'react-admin';
import { formatDateTime } from '../format/format';
import { ApiError } from '../graphql/client';
import { useReloadLatest } from '../data/saveErrors';
import { apiErrorMessageKey } from '../i18n/common.messages';
import { ServiceStatusChips } from './ServiceStatus';
import type { ServiceRecord } from './service.record';
import { WORKFLOW_ACTIONS, runWorkflowStep, stepsAllowedByState, useShowSavedService, type WorkflowAction } from './service.workflow';

/*
 * The editorial state of the service and the steps the role and the state allow. Steps act on
 * what is saved, so they wait while the form holds unsaved changes.
 */

/** Steps that change nothing anyone loses by a slip get no confirmation; the others do. */
const CONFIRMED: WorkflowAction[] = ['discard', 'archive', 'publish'];

export function WorkflowPanel({ hasUnsavedChanges }: { hasUnsavedChanges: boolean }) {
  const record = useRecordContext<ServiceRecord>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const allowed = useAllowedSteps(record);
  const run = useWorkflowStep(record);
  const [confirming, setConfirming] = useState<WorkflowAction | null>(null);
  const [returning, setReturning] = useState(false);
  if (!record) return null;

  const edit = record.pendingEdit;
  const returnedComment = edit?.state === 'RETURNED' ? edit.reviewComment : record.status === 'DRAFT' ? record.reviewComment : null;
  const start = (action: WorkflowAction) => {
    if (action === 'return') setReturning(true);
    else if (CONFIRMED.includes(action)) setConfirming(action);
    else run.mutate({ action });
  };

  return (
    <Paper variant="outlined" component="section" aria-labelledby="service-workflow-title" sx={{ p: 2, mb: 2 }}>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ justifyContent: 'space-between', alignItems: { md: 'flex-start' } }}>
        <Box sx={{ minWidth: 0 }}>
          <Typography id="service-workflow-title" variant="subtitle2" component="h2" sx={{ mb: 0.5 }}>
            {translate('mpp.services.workflow.title')}
          </Typography>
          <ServiceStatusChips status={record.status} editState={edit?.state} />
          <Typography variant="body2" sx={{ mt: 1 }}>
            {translate(explanationKey(record))}
          </Typography>
          {edit && (
            <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
              {translate('mpp.services.workflow.editedBy', {
                role: edit.editedBy ? translate(`mpp.role.${edit.editedBy.role}`) : translate('mpp.common.none'),
                at: formatDateTime(edit.editedAt, locale),
              })}
            </Typography>
          )}
        </Box>
        {allowed.length > 0 && (
          <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', justifyContent: { md: 'flex-end' }, flexShrink: 0, maxWidth: { md: '55%' } }}>
            {allowed.map((action) => (
              <Button
                key={action}
                label={`mpp.services.workflow.action.${action}`}
                variant={action === 'publish' || action === 'submit' ? 'contained' : 'outlined'}
                color={action === 'discard' || action === 'archive' ? 'error' : 'primary'}
                disabled={hasUnsavedChanges || run.isPending}
                onClick={() => start(action)}
              />
            ))}
          </Stack>
        )}
      </Stack>

      {returnedComment && (
        <Alert severity="warning" sx={{ mt: 2 }}>
          <AlertTitle>{translate('mpp.services.workflow.returnedTitle')}</AlertTitle>
          <Box sx={{ whiteSpace: 'pre-wrap' }}>{returnedComment}</Box>
        </Alert>
      )}
      {hasUnsavedChanges && allowed.length > 0 && (
        <Alert severity="info" sx={{ mt: 2 }}>
          {translate('mpp.services.workflow.saveFirst')}
        </Alert>
      )}

      <Confirm
        isOpen={confirming !== null}
        title={confirming ? `mpp.services.workflow.confirm.${confirming}.title` : ''}
        content={confirming ? `mpp.services.workflow.confirm.${confirming}.content` : ''}
        confirm={confirming ? `mpp.services.workflow.action.${confirming}` : undefined}
        confirmColor={confirming === 'publish' ? 'primary' : 'warning'}
        loading={run.isPending}
        onConfirm={() => {
          if (confirming) run.mutate({ action: confirming }, { onSettled: () => setConfirming(null) });
        }}
        onClose={() => setConfirming(null)}
      />
      {/* Mounted only while open, so each return starts with an empty comment. */}
      {returning && (
        <ReturnDialog
        open
        pending={run.isPending}
        onClose={() => setReturning(false)}
        onReturn={(comment) => run.mutate({ action: 'return', comment }, { onSuccess: () => setReturning(false) })}
        />
      )}
    </Paper>
  );
}

/** What the state means for the person looking at it. */
function explanationKey(record: ServiceRecord): string {
  if (record.status === 'PUBLISHED' && record.pendingEdit) return `mpp.services.workflow.explain.edit_${record.pendingEdit.state}`;
  return `mpp.services.workflow.explain.${record.status}`;
}

/** The steps the state allows and the role may take, in the panel's order. */
function useAllowedSteps(record: ServiceRecord | undefined): WorkflowAction[] {
  const can = {
    submit: useCanAccess({ resource: 'services', action: 'submit', record }).canAccess,
    publish: useCanAccess({ resource: 'services', action: 'publish', record }).canAccess,
    return: useCanAccess({ resource: 'services', action: 'return', record }).canAccess,
    discard: useCanAccess({ resource: 'services', action: 'discard', record }).canAccess,
    archive: useCanAccess({ resource: 'services', action: 'archive', record }).canAccess,
    unarchive: useCanAccess({ resource: 'services', action: 'unarchive', record }).canAccess,
  } satisfies Record<WorkflowAction, boolean | undefined>;
  if (!record) return [];
  const byState = stepsAllowedByState(record);
  return WORKFLOW_ACTIONS.filter((action) => byState.has(action) && can[action] === true);
}

/** Runs a step, then shows the service as the server now holds it. */
function useWorkflowStep(record: ServiceRecord | undefined) {
  const notify = useNotify();
  const translate = useTranslate();
  const reloadLatest = useReloadLatest();
  const showSaved = useShowSavedService();
  return useMutation({
    mutationFn: ({ action, comment }: { action: WorkflowAction; comment?: string }) => {
      if (!record) throw new ApiError('no record', 'NOT_FOUND');
      return runWorkflowStep(action, record, comment);
    },
    onSuccess: async (service, { action }) => {
      notify(`mpp.services.workflow.done.${action}`, { type: 'success' });
      await showSaved(service);
    },
    onError: async (error) => {
      notify(workflowErrorMessage(error, translate), { type: 'error', multiLine: true });
      // A step refused for a stale version or a changed state: show what holds now.
      if (error instanceof ApiError && error.code === 'CONFLICT') await reloadLatest();
    },
  });
}

/** A step's refusal in words: what is missing to publish, or the API's reason. */
export function workflowErrorMessage(error: unknown, translate: (key: string, options?: object) => string): string {
  if (!(error instanceof ApiError)) return translate('mpp.error.INTERNAL_SERVER_ERROR');
  if (error.code === 'BAD_USER_INPUT' && error.body.field) {
    const root = error.body.field.split('.')[0];
    return translate('mpp.services.workflow.incomplete', { field: translate(`resources.services.fields.${root}`, { _: root }) });
  }
  if (error.code === 'CONFLICT') return translate('mpp.services.workflow.conflict');
  return translate(apiErrorMessageKey(error.code));
}

function ReturnDialog({ open, pending, onClose, onReturn }: { open: boolean; pending: boolean; onClose: () => void; onReturn: (comment: string) => void }) {
  const translate = useTranslate();
  const [comment, setComment] = useState('');
  const [touched, setTouched] = useState(false);
  const missing = comment.trim() === '';
  return (
    <Dialog open={open} onClose={onClose} aria-labelledby="service-return-title" fullWidth maxWidth="sm">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setTouched(true);
          if (!missing) onReturn(comment.trim());
        }}
      >
        <DialogTitle id="service-return-title">{translate('mpp.services.workflow.returnDialog.title')}</DialogTitle>
        <DialogContent>
          <Typography variant="body2" sx={{ mb: 2 }}>
            {translate('mpp.services.workflow.returnDialog.explain')}
          </Typography>
          <TextField
            autoFocus
            required
            fullWidth
            multiline
            minRows={3}
            label={translate('mpp.services.workflow.returnDialog.comment')}
            value={comment}
            onChange={(event) => setComment(event.target.value)}
            onBlur={() => setTouched(true)}
            error={touched && missing}
            helperText={touched && missing ? translate('mpp.services.workflow.returnDialog.required') : ' '}
            slotProps={{ htmlInput: { maxLength: 2000 } }}
          />
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={onClose} />
          <Button label="mpp.services.workflow.action.return" type="submit" variant="contained" disabled={pending} />
        </DialogActions>
      </form>
    </Dialog>
  );
}
