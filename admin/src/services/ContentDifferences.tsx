import { Box, Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatRupiah } from '../format/format';
import { useAgencyChoices, useCategoryChoices } from './service.choices';
import { contentDifferences, type FieldDifference, type ItemChange, type ValueWriter } from './service.diff';
import type { NamedRef, ServiceContent } from './service.record';

/*
 * Two contents of a service side by side, only the fields that differ. Changes are marked in
 * words ("ditambah", "dihapus", "diubah") and by strike-through, never by colour alone.
 */

interface ContentDifferencesProps {
  before: ServiceContent;
  after: ServiceContent;
  beforeLabel: string;
  afterLabel: string;
  /** Names already at hand (the service's agency and category), before the choice lists load. */
  knownNames?: NamedRef[];
  /** Shown when nothing differs. */
  sameText: string;
}

export function ContentDifferences({ before, after, beforeLabel, afterLabel, knownNames = [], sameText }: ContentDifferencesProps) {
  const translate = useTranslate();
  const write = useValueWriter(knownNames);
  const differences = contentDifferences(before, after, write);
  if (differences.length === 0) return <Typography sx={{ py: 2 }}>{sameText}</Typography>;
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Table size="small" aria-label={translate('mpp.services.diff.tableLabel')}>
        <TableHead>
          <TableRow>
            <TableCell component="th" scope="col" sx={{ width: '18%' }}>
              {translate('mpp.services.diff.field')}
            </TableCell>
            <TableCell component="th" scope="col" sx={{ width: '41%' }}>
              {beforeLabel}
            </TableCell>
            <TableCell component="th" scope="col" sx={{ width: '41%' }}>
              {afterLabel}
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {differences.map((difference) => (
            <DifferenceRow key={difference.field} difference={difference} />
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}

function DifferenceRow({ difference }: { difference: FieldDifference }) {
  const label = useFieldLabel(difference.field);
  return (
    <TableRow sx={{ verticalAlign: 'top' }}>
      <TableCell component="th" scope="row" sx={{ fontWeight: 600 }}>
        {label}
      </TableCell>
      {difference.kind === 'text' ? (
        <>
          <TableCell sx={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>{difference.before}</TableCell>
          <TableCell sx={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>{difference.after}</TableCell>
        </>
      ) : (
        <>
          <TableCell>
            <ItemLines items={difference.items} side="before" />
          </TableCell>
          <TableCell>
            <ItemLines items={difference.items} side="after" />
          </TableCell>
        </>
      )}
    </TableRow>
  );
}

/**
 * One side of a list comparison, line for line with the other side: a line the other side
 * lacks is an empty placeholder, so the two columns stay aligned.
 */
function ItemLines({ items, side }: { items: ItemChange[]; side: 'before' | 'after' }) {
  const translate = useTranslate();
  return (
    <Box component="ol" sx={{ m: 0, pl: 2.5 }}>
      {items.map((item, index) => {
        const line = lineOf(item, side);
        if (!line) {
          return <Box component="li" key={index} aria-hidden sx={{ listStyle: 'none', minHeight: '1.75em' }} />;
        }
        return (
          <Box component="li" key={index} sx={{ minHeight: '1.75em', py: 0.25, wordBreak: 'break-word' }}>
            {line.marker && (
              <Chip
                size="small"
                variant="outlined"
                color={line.marker === 'removed' ? 'error' : line.marker === 'added' ? 'success' : 'primary'}
                label={translate(`mpp.services.diff.${line.marker}`)}
                sx={{ mr: 1, height: 20 }}
              />
            )}
            <Box
              component={line.marker === 'removed' ? 'del' : line.marker === 'added' ? 'ins' : 'span'}
              sx={{ textDecoration: line.marker === 'removed' ? 'line-through' : 'none', color: line.marker ? 'text.primary' : 'text.secondary' }}
            >
              {line.text}
            </Box>
          </Box>
        );
      })}
    </Box>
  );
}

function lineOf(item: ItemChange, side: 'before' | 'after'): { text: string; marker: 'added' | 'removed' | 'changed' | null } | null {
  switch (item.kind) {
    case 'same':
      return { text: item.value, marker: null };
    case 'added':
      return side === 'after' ? { text: item.value, marker: 'added' } : null;
    case 'removed':
      return side === 'before' ? { text: item.value, marker: 'removed' } : null;
    case 'changed':
      return { text: side === 'before' ? item.before : item.after, marker: 'changed' };
  }
}

/** A field's label as the form names it ("Persyaratan", "Biaya: tarif"); a field path of the API or the audit trail. */
export function fieldLabel(translate: (key: string, options?: object) => string, field: string): string {
  return translate(`resources.services.fields.${field}`, { _: translate(`mpp.services.fieldLabel.${field.replace(/\./g, '_')}`, { _: field }) });
}

function useFieldLabel(field: string): string {
  return fieldLabel(useTranslate(), field);
}

function useValueWriter(knownNames: NamedRef[]): ValueWriter {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const agencies = useAgencyChoices();
  const categories = useCategoryChoices();
  const nameOf = (list: { id: string; name: string }[], id: string | null) =>
    id === null ? translate('mpp.common.none') : (knownNames.find((known) => known.id === id)?.name ?? list.find((choice) => choice.id === id)?.name ?? id);
  return {
    agency: (id) => nameOf(agencies.choices, id),
    category: (id) => nameOf(categories.choices, id),
    rupiah: (amount) => formatRupiah(amount, locale),
    yesNo: (value) => translate(value ? 'mpp.common.yes' : 'mpp.common.no'),
    empty: translate('mpp.services.diff.empty'),
  };
}
