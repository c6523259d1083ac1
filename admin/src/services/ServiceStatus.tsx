import { Chip, Stack } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { EditState, PublishStatus } from '../generated/graphql';

/*
 * The state of a service as words, not colour alone: the status, and beside it the state of a
 * pending edit ("Perubahan: Menunggu tinjauan"). Outlined chips keep their text at a readable
 * contrast on white.
 */

const STATUS_COLOR: Record<PublishStatus, 'default' | 'primary' | 'success'> = {
  DRAFT: 'default',
  IN_REVIEW: 'primary',
  PUBLISHED: 'success',
  ARCHIVED: 'default',
};

const EDIT_COLOR: Record<EditState, 'default' | 'primary' | 'error'> = {
  EDITING: 'default',
  IN_REVIEW: 'primary',
  RETURNED: 'error',
};

export function ServiceStatusChips({ status, editState }: { status: PublishStatus; editState: EditState | null | undefined }) {
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
      <Chip size="small" variant={status === 'DRAFT' ? 'filled' : 'outlined'} color={STATUS_COLOR[status]} label={translate(`mpp.status.${status}`)} />
      {editState && (
        <Chip
          size="small"
          variant="outlined"
          color={EDIT_COLOR[editState]}
          label={translate('mpp.services.status.pendingEdit', { state: translate(`mpp.editState.${editState}`) })}
        />
      )}
    </Stack>
  );
}
