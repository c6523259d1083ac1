import { Alert, Box, Card, CardContent, LinearProgress, Table, TableBody, TableCell, TableHead, TablePagination, TableRow, Typography, useMediaQuery, type Theme } from '@mui/material';
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

/** One entry of the trail, as the API gives it. */
type HistoryEntry = HistoryAuditPageFragment['items'][number];

/** How the parts of an entry read: computed once per render, shared by both layouts. */
interface EntryText {
  at: (entry: HistoryEntry) => string;
  actor: (entry: HistoryEntry) => string;
  action: (entry: HistoryEntry) => string;
  field: (field: string) => string;
  value: (field: string, json: string | null) => string;
}

/**
 * The audit trail of the record being edited, newest first, a page at a time: when (WITA), who,
 * what, and each changed field before and after. Goes below an edit form (or in its tab); is
 * asked for only when shown, and again when the record's version changes, so a save shows up.
 * On a wide screen a table; on a phone each entry is a block of its own (when and who, the
 * action, its changes), so the trail fits the screen's width and needs no sideways scrolling.
 */
export function HistoryPanel<RecordType extends RaRecord & { version?: number; updatedAt?: string }>({ resource, load, formatValue, fieldLabel, actionLabel }: HistoryPanelProps<RecordType>) {
  const translate = useTranslate();
  const [language] = useLocaleState();
  const record = useRecordContext<RecordType>();
  const { identity } = useGetIdentity();
  const stacked = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const [page, setPage] = useState(0);
  const { data, isPending, isError } = useQuery({
    queryKey: ['history', resource, record?.id, record?.version, record?.updatedAt, page],
    queryFn: () => load(record!, { limit: PAGE_SIZE, offset: page * PAGE_SIZE }),
    enabled: record !== undefined,
    placeholderData: keepPreviousData,
  });
  if (!record) return null;

  const title = translate('mpp.history.title');
  const text: EntryText = {
    at: (entry) => formatDateTime(entry.at, language),
    actor: ({ actor }) => {
      if (!actor) return translate('mpp.history.system');
      const role = translate(`mpp.role.${actor.role}`);
      return identity && actor.userId === identity.id ? translate('mpp.history.you', { role }) : role;
    },
    action: ({ action }) => actionLabel?.(action) ?? translate(`mpp.history.actions.${action}`, { _: action }),
    field: (field) => fieldLabel?.(field) ?? translate(`resources.${resource}.fields.${field}`, { _: field }),
    value: (field, json) => {
      const value = parseJson(json);
      if (value === null || value === '') return translate('mpp.history.noValue');
      const shown = formatValue?.(field, value) ?? plainText(value);
      return shown.length > LONGEST_VALUE ? `${shown.slice(0, LONGEST_VALUE - 1)}…` : shown;
    },
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
        {stacked ? <HistoryBlocks title={title} entries={data.items} text={text} /> : <HistoryTable title={title} entries={data.items} text={text} />}
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

/** The trail on a wide screen: a row per entry under the four columns' headings. */
function HistoryTable({ title, entries, text }: { title: string; entries: HistoryEntry[]; text: EntryText }) {
  const translate = useTranslate();
  return (
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
        {entries.map((entry) => (
          <TableRow key={entry.id}>
            <TableCell sx={{ whiteSpace: 'nowrap', verticalAlign: 'top' }}>{text.at(entry)}</TableCell>
            <TableCell sx={{ verticalAlign: 'top' }}>{text.actor(entry)}</TableCell>
            <TableCell sx={{ verticalAlign: 'top' }}>{text.action(entry)}</TableCell>
            <TableCell sx={{ verticalAlign: 'top', overflowWrap: 'anywhere' }}>
              <ChangeList entry={entry} text={text} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/**
 * The trail on a phone: a list of blocks, one per entry, each as wide as the screen: when and
 * who on its first line, the action under it, then its changes. Long values wrap anywhere.
 */
function HistoryBlocks({ title, entries, text }: { title: string; entries: HistoryEntry[]; text: EntryText }) {
  return (
    // role="list": some screen readers drop a list's meaning along with its bullets.
    <Box component="ul" role="list" aria-label={title} sx={{ listStyle: 'none', m: 0, p: 0 }}>
      {entries.map((entry) => (
        <Box component="li" key={entry.id} sx={{ py: 1.25, borderTop: 1, borderColor: 'divider', overflowWrap: 'anywhere' }}>
          <Typography variant="body2" color="text.secondary">
            {text.at(entry)} · {text.actor(entry)}
          </Typography>
          <Typography variant="subtitle2" component="p">
            {text.action(entry)}
          </Typography>
          <Typography variant="body2" component="div">
            <ChangeList entry={entry} text={text} />
          </Typography>
        </Box>
      ))}
    </Box>
  );
}

/** Each field the entry changed, before → after; a sentence when it changed none. */
function ChangeList({ entry, text }: { entry: HistoryEntry; text: EntryText }) {
  const translate = useTranslate();
  if (entry.changes.length === 0) return <>{translate('mpp.history.noChanges')}</>;
  return (
    <Box component="ul" sx={{ m: 0, pl: 2 }}>
      {entry.changes.map((change) => (
        <li key={change.field}>
          <strong>{text.field(change.field)}</strong>
          {': '}
          {translate('mpp.history.change', { before: text.value(change.field, change.before), after: text.value(change.field, change.after) })}
        </li>
      ))}
    </Box>
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
