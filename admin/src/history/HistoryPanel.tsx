import { Alert, Box, Card, CardContent, LinearProgress, Table, TableBody, TableCell, TableHead, TablePagination, TableRow, Typography } from '@mui/material';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useGetIdentity, useLocaleState, useRecordContext, useTranslate, type RaRecord } from 'react-admin';
import { formatDateTime } from '../format/format';
import type { HistoryAuditPageFragment } from '../generated/graphql';

/** A page of a record's audit trail; null when the API does not show it to this user. */
export type HistoryLoader<RecordType extends RaRecord = RaRecord> = (record: RecordType, page: { limit: number; offset: number }) => Promise<HistoryAuditPageFragment | null>;

export interface HistoryPanelProps<RecordType extends RaRecord> {
  /** The resource whose field labels (`resources.<resource>.fields.<field>`) name the changed fields. */
  resource: string;
  load: HistoryLoader<RecordType>;
  /** How a changed value reads, for fields that hold codes or ids (a status, an agency). */
  formatValue?: (field: string, value: unknown) => string | null;
  /** The name of a changed field, for paths the resource's labels do not name (`fee.tiers`). */
  fieldLabel?: (field: string) => string;
  /** The name of an action, for actions of the resource's own (default: `mpp.history.actions.<ACTION>`). */
  actionLabel?: (action: string) => string;
}

const PAGE_SIZE = 10;
/** Long texts (a description) would push the table wide; the full value stays in the record itself. */
const LONGEST_VALUE = 160;

/**
 * The audit trail of the record being edited, newest first, a page at a time: when (WITA), who,
 * what, and each changed field before and after. Goes below an edit form (or in its tab); is
 * asked for only when shown, and again when the record's version changes, so a save shows up.
 */
export function HistoryPanel<RecordType extends RaRecord & { version?: number; updatedAt?: string }>({ resource, load, formatValue, fieldLabel, actionLabel }: HistoryPanelProps<RecordType>) {
  const translate = useTranslate();
  const [language] = useLocaleState();
  const record = useRecordContext<RecordType>();
  const { identity } = useGetIdentity();
  const [page, setPage] = useState(0);
  const { data, isPending, isError } = useQuery({
    queryKey: ['history', resource, record?.id, record?.version, record?.updatedAt, page],
    queryFn: () => load(record!, { limit: PAGE_SIZE, offset: page * PAGE_SIZE }),
    enabled: record !== undefined,
    placeholderData: keepPreviousData,
  });
  if (!record) return null;

  const title = translate('mpp.history.title');
  const valueText = (field: string, json: string | null): string => {
    const value = parseJson(json);
    if (value === null || value === '') return translate('mpp.history.noValue');
    const text = formatValue?.(field, value) ?? plainText(value);
    return text.length > LONGEST_VALUE ? `${text.slice(0, LONGEST_VALUE - 1)}…` : text;
  };
  const fieldText = (field: string): string => fieldLabel?.(field) ?? translate(`resources.${resource}.fields.${field}`, { _: field });
  const actionText = (action: string): string => actionLabel?.(action) ?? translate(`mpp.history.actions.${action}`, { _: action });
  const actorText = (actor: HistoryAuditPageFragment['items'][number]['actor']): string => {
    if (!actor) return translate('mpp.history.system');
    const role = translate(`mpp.role.${actor.role}`);
    return identity && actor.userId === identity.id ? translate('mpp.history.you', { role }) : role;
  };

  let content: ReactNode;
  if (isPending) {
    content = <LinearProgress aria-label={translate('mpp.history.loading')} />;
  } else if (isError) {
    content = <Alert severity="error">{translate('mpp.history.loadFailed')}</Alert>;
  } else if (data === null) {
    content = <Typography color="text.secondary">{translate('mpp.history.unavailable')}</Typography>;
  } else if (data.totalCount === 0) {
    content = <Typography color="text.secondary">{translate('mpp.history.empty')}</Typography>;
  } else {
    content = (
      <>
        <Table size="small" aria-label={title}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('mpp.history.at')}</TableCell>
              <TableCell>{translate('mpp.history.actor')}</TableCell>
              <TableCell>{translate('mpp.history.action')}</TableCell>
              <TableCell>{translate('mpp.history.changes')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {data.items.map((entry) => (
              <TableRow key={entry.id}>
                <TableCell sx={{ whiteSpace: 'nowrap', verticalAlign: 'top' }}>{formatDateTime(entry.at, language)}</TableCell>
                <TableCell sx={{ verticalAlign: 'top' }}>{actorText(entry.actor)}</TableCell>
                <TableCell sx={{ verticalAlign: 'top' }}>{actionText(entry.action)}</TableCell>
                <TableCell sx={{ verticalAlign: 'top', overflowWrap: 'anywhere' }}>
                  {entry.changes.length === 0 ? (
                    translate('mpp.history.noChanges')
                  ) : (
                    <Box component="ul" sx={{ m: 0, pl: 2 }}>
                      {entry.changes.map((change) => (
                        <li key={change.field}>
                          <strong>{fieldText(change.field)}</strong>
                          {': '}
                          {translate('mpp.history.change', { before: valueText(change.field, change.before), after: valueText(change.field, change.after) })}
                        </li>
                      ))}
                    </Box>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        {data.totalCount > PAGE_SIZE && (
          <TablePagination
            component="div"
            count={data.totalCount}
            page={page}
            rowsPerPage={PAGE_SIZE}
            rowsPerPageOptions={[]}
            onPageChange={(_event, next) => setPage(next)}
            labelDisplayedRows={({ from, to, count }) => translate('ra.navigation.page_range_info', { offsetBegin: from, offsetEnd: to, total: count })}
            getItemAriaLabel={(type) => translate(`ra.navigation.${type}`)}
          />
        )}
      </>
    );
  }

  return (
    <Card variant="outlined" sx={{ mt: 2 }}>
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {title}
        </Typography>
        {content}
      </CardContent>
    </Card>
  );
}

function parseJson(json: string | null): unknown {
  if (json === null) return null;
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return json;
  }
}

function plainText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(plainText).join(', ');
  return JSON.stringify(value);
}
