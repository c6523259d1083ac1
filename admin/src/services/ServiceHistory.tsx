import { Box, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { ServicesHistoryDocument, type ServicesHistoryPageFragment } from '../generated/graphql';
import { formatDateTime } from '../format/format';
import { apiErrorMessageKey } from '../i18n/common.messages';
import { ApiError, request } from '../graphql/client';
import { fieldLabel } from './ContentDifferences';
import { HISTORY_PAGE_SIZE } from './services.data';
import type { ServiceRecord } from './service.record';

/**
 * The service's audit trail, newest first: when (WITA), what, by which role, which fields.
 * The first page comes with the service; later pages are asked for as the user pages.
 */
export function ServiceHistory() {
  const record = useRecordContext<ServiceRecord>();
  const translate = useTranslate();
  const [page, setPage] = useState(0);
  const later = useQuery({
    queryKey: ['services', 'history', record?.id, record?.updatedAt, record?.version, page],
    queryFn: async () => (await request(ServicesHistoryDocument, { id: record!.id, limit: HISTORY_PAGE_SIZE, offset: page * HISTORY_PAGE_SIZE })).service?.history ?? null,
    enabled: record !== undefined && page > 0,
    placeholderData: keepPreviousData,
  });
  if (!record) return null;
  const history: ServicesHistoryPageFragment | null | undefined = page === 0 ? record.history : later.data;
  const total = record.history.totalCount;
  if (total === 0) return <Typography sx={{ py: 2 }}>{translate('mpp.services.history.empty')}</Typography>;
  const first = page * HISTORY_PAGE_SIZE + 1;
  const last = Math.min(total, (page + 1) * HISTORY_PAGE_SIZE);

  return (
    <Box sx={{ width: '100%' }}>
      {later.error && (
        <Typography role="alert" color="error" sx={{ mb: 1 }}>
          {translate(later.error instanceof ApiError ? apiErrorMessageKey(later.error.code) : 'mpp.error.INTERNAL_SERVER_ERROR')}
        </Typography>
      )}
      <Table size="small" aria-label={translate('mpp.services.history.tableLabel')}>
        <TableHead>
          <TableRow>
            <TableCell component="th" scope="col" sx={{ width: '22%' }}>
              {translate('mpp.services.history.at')}
            </TableCell>
            <TableCell component="th" scope="col" sx={{ width: '18%' }}>
              {translate('mpp.services.history.action')}
            </TableCell>
            <TableCell component="th" scope="col" sx={{ width: '15%' }}>
              {translate('mpp.services.history.actor')}
            </TableCell>
            <TableCell component="th" scope="col">
              {translate('mpp.services.history.changes')}
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {(history?.items ?? []).map((entry) => (
            <HistoryRow key={entry.id} entry={entry} />
          ))}
        </TableBody>
      </Table>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', justifyContent: 'flex-end', mt: 1 }}>
        <Typography variant="body2" aria-live="polite">
          {translate('mpp.services.history.range', { first, last, total })}
        </Typography>
        <Button label="mpp.services.history.previous" disabled={page === 0} onClick={() => setPage(page - 1)} />
        <Button label="mpp.services.history.next" disabled={last >= total || later.isFetching} onClick={() => setPage(page + 1)} />
      </Stack>
    </Box>
  );
}

function HistoryRow({ entry }: { entry: ServicesHistoryPageFragment['items'][number] }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const fields = [...new Set(entry.changes.map((change) => change.field))].map((field) => fieldLabel(translate, field));
  return (
    <TableRow sx={{ verticalAlign: 'top' }}>
      <TableCell>{formatDateTime(entry.at, locale)}</TableCell>
      <TableCell>{translate(`mpp.services.history.actions.${entry.action}`, { _: entry.action })}</TableCell>
      <TableCell>{entry.actor ? translate(`mpp.role.${entry.actor.role}`) : translate('mpp.services.history.system')}</TableCell>
      <TableCell sx={{ wordBreak: 'break-word' }}>{fields.length > 0 ? fields.join(', ') : '—'}</TableCell>
    </TableRow>
  );
}
