import AddIcon from '@mui/icons-material/AddCircleOutlineOutlined';
import ArrowDownIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpIcon from '@mui/icons-material/ArrowUpward';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import { IconButton, Tooltip } from '@mui/material';
import type { ReactNode } from 'react';
import {
  ArrayInput,
  Button,
  NumberInput,
  SimpleFormIterator,
  TextInput,
  required,
  useLocaleState,
  useSimpleFormIterator,
  useSimpleFormIteratorItem,
  useTranslate,
  useWrappedSource,
  type NumberInputProps,
  type TextInputProps,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { formatRupiah } from '../format/format';

/*
 * The ordered lists of the Standar Pelayanan (requirements, procedure steps, legal basis,
 * complaint channels, keywords, fee tiers). Every control names the item it acts on
 * ("Naikkan persyaratan 2", "Persyaratan 2"), so a screen reader user — and a test — knows
 * which line a button moves or which field is which, beyond "move up" repeated down the page.
 */

/** The noun of one item of each list, a key under mpp.services.item. */
export type ListItemKind = 'requirements' | 'procedure' | 'legalBasis' | 'complaintChannels' | 'keywords' | 'tiers';

interface OrderedListInputProps {
  source: string;
  label: string;
  item: ListItemKind;
  helperText?: string;
  /** The inputs of one item; `ItemTextInput`s label themselves with the item's number. */
  children: ReactNode;
  /** Keywords have no order that matters. */
  ordered?: boolean;
  disabled?: boolean;
}

export function OrderedListInput({ source, label, item, helperText, children, ordered = true, disabled }: OrderedListInputProps) {
  return (
    <ArrayInput source={source} label={label} helperText={helperText ?? false}>
      <SimpleFormIterator
        disableReordering={!ordered}
        disableClear
        disabled={disabled}
        fullWidth
        inline
        getItemLabel={(index) => `${index + 1}.`}
        reOrderButtons={<MoveButtons item={item} />}
        removeButton={<RemoveButton item={item} />}
        addButton={<AddButton item={item} />}
      >
        {children}
      </SimpleFormIterator>
    </ArrayInput>
  );
}

function useItemNoun(item: ListItemKind): string {
  return useTranslate()(`mpp.services.item.${item}`);
}

function MoveButtons({ item }: { item: ListItemKind }) {
  const translate = useTranslate();
  const noun = useItemNoun(item);
  const { index, total, reOrder } = useSimpleFormIteratorItem();
  const up = translate('mpp.services.array.moveUp', { item: noun, number: index + 1 });
  const down = translate('mpp.services.array.moveDown', { item: noun, number: index + 1 });
  return (
    <>
      <Tooltip title={up}>
        <span>
          <IconButton size="small" aria-label={up} onClick={() => reOrder(index - 1)} disabled={index <= 0}>
            <ArrowUpIcon fontSize="small" />
          </IconButton>
        </span>
      </Tooltip>
      <Tooltip title={down}>
        <span>
          <IconButton size="small" aria-label={down} onClick={() => reOrder(index + 1)} disabled={index >= total - 1}>
            <ArrowDownIcon fontSize="small" />
          </IconButton>
        </span>
      </Tooltip>
    </>
  );
}

function RemoveButton({ item }: { item: ListItemKind }) {
  const translate = useTranslate();
  const noun = useItemNoun(item);
  const { index, remove } = useSimpleFormIteratorItem();
  const label = translate('mpp.services.array.remove', { item: noun, number: index + 1 });
  return (
    <Tooltip title={label}>
      <IconButton size="small" aria-label={label} onClick={() => remove()} color="error">
        <DeleteIcon fontSize="small" />
      </IconButton>
    </Tooltip>
  );
}

function AddButton({ item }: { item: ListItemKind }) {
  const translate = useTranslate();
  const noun = useItemNoun(item);
  const { add } = useSimpleFormIterator();
  return (
    <Button label={translate('mpp.services.array.add', { item: noun })} onClick={() => add()}>
      <AddIcon />
    </Button>
  );
}

/** A text input of one list item, labelled with the item's number ("Persyaratan 2"). */
export function ItemTextInput({ labelKey, ...props }: Omit<TextInputProps, 'label'> & { labelKey: string }) {
  const translate = useTranslate();
  const { index } = useSimpleFormIteratorItem();
  return <TextInput {...props} label={translate(labelKey, { number: index + 1 })} />;
}

/** A Rupiah amount of one list item, its value read back formatted ("Rp 80.000"). */
export function ItemRupiahInput({ labelKey, ...props }: Omit<NumberInputProps, 'label'> & { labelKey: string }) {
  const translate = useTranslate();
  const { index } = useSimpleFormIteratorItem();
  return <RupiahInput {...props} label={translate(labelKey, { number: index + 1 })} />;
}

/** A whole number of Rupiah, with the amount shown as Rupiah beneath it. */
export function RupiahInput(props: NumberInputProps) {
  const [locale] = useLocaleState();
  const value: unknown = useWatch({ name: useWrappedSource(props.source) });
  const shown = typeof value === 'number' && Number.isFinite(value) ? formatRupiah(value, locale) : ' ';
  return <NumberInput min={0} step={1000} validate={[required()]} {...props} helperText={shown} />;
}
