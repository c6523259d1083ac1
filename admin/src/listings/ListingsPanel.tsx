import AddIcon from '@mui/icons-material/Add';
import { Box, Button as MuiButton, Card, CardContent, Chip, Dialog, DialogContent, DialogTitle, Stack, Typography, useMediaQuery, type Theme } from '@mui/material';
import { useState } from 'react';
import {
  BooleanInput,
  CreateBase,
  DataTable,
  DeleteButton,
  EditBase,
  maxLength,
  maxValue,
  minLength,
  minValue,
  NumberInput,
  ReferenceManyField,
  required,
  SimpleForm,
  TextInput,
  useCanAccess,
  useLocaleState,
  useNotify,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { SaveToolbar } from '../data/saveErrors';
import { formatRupiah } from '../format/format';
import { DialogProblem, useDialogProblem } from '../layout/DialogProblem';
import { MAX_PRICE, type ListingRecord } from './listings.data';

/** The shop whose listings the panel shows: its id, name and operator (whose partners may change them). */
export interface ListingShop {
  id: string;
  name: string;
  agencyId: string | null;
}

/** Which dialog is open: a new listing, or the listing being changed. */
type Editing = { kind: 'create' } | { kind: 'edit'; listing: ListingRecord } | null;

/** The API's rules, mirrored so that most mistakes show before saving. */
const wholeRupiah = (value: unknown) => (typeof value === 'number' && !Number.isInteger(value) ? 'mpp.listings.wholeRupiah' : undefined);
const PRICE_RULES = [required(), wholeRupiah, minValue(0, 'mpp.listings.negativePrice'), maxValue(MAX_PRICE, 'mpp.listings.tooDear')];

/**
 * A shop's listings on its facility's page (the cafeteria's menu, the minimarket's items): by
 * category and name, each with its price in Rupiah and whether it is on sale now. Who may
 * change them (DPMPTSP, the shop's own partner staff) adds, changes and removes them in a
 * dialog without leaving the page; the others read them.
 */
export function ListingsPanel({ shop }: { shop: ListingShop }) {
  const translate = useTranslate();
  const [language] = useLocaleState();
  const small = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const { canAccess: canManage } = useCanAccess({ resource: 'listings', action: 'edit', record: { id: shop.id, agencyId: shop.agencyId } });
  const [editing, setEditing] = useState<Editing>(null);
  const title = translate('mpp.listings.title');
  return (
    <Card variant="outlined" sx={{ mt: 2 }}>
      <CardContent>
        <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap', gap: 1, mb: 1 }}>
          <Typography variant="h6" component="h2">
            {title}
          </Typography>
          {/* MUI's button, not react-admin's: on a phone that one shrinks to an icon. */}
          {canManage && (
            <MuiButton variant="outlined" size="small" startIcon={<AddIcon />} onClick={() => setEditing({ kind: 'create' })}>
              {translate('mpp.listings.add')}
            </MuiButton>
          )}
        </Stack>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate(canManage ? 'mpp.listings.intro' : 'mpp.listings.readOnly')}
        </Typography>
        <ReferenceManyField<{ id: string }, ListingRecord> reference="listings" target="facilityId" record={{ id: shop.id }} sort={{ field: 'category', order: 'ASC' }} perPage={500}>
          <DataTable<ListingRecord>
            bulkActionButtons={false}
            rowClick={(_id, _resource, listing) => {
              if (canManage) setEditing({ kind: 'edit', listing });
              return false;
            }}
            empty={<Typography sx={{ py: 1 }}>{translate('mpp.listings.none')}</Typography>}
            aria-label={title}
          >
            <DataTable.Col source="name" disableSort />
            {!small && <DataTable.Col source="category" disableSort render={(listing: ListingRecord) => listing.category ?? '—'} />}
            <DataTable.Col source="price" align="right" disableSort render={(listing: ListingRecord) => formatRupiah(listing.price, language)} cellSx={() => ({ whiteSpace: 'nowrap' })} />
            <DataTable.Col source="available" disableSort render={(listing: ListingRecord) => <AvailabilityChip available={listing.available} />} />
          </DataTable>
        </ReferenceManyField>
      </CardContent>
      {editing && <ListingDialog shop={shop} editing={editing} onClose={() => setEditing(null)} />}
    </Card>
  );
}

function AvailabilityChip({ available }: { available: boolean }) {
  const translate = useTranslate();
  return <Chip size="small" variant="outlined" color={available ? 'success' : 'default'} label={translate(available ? 'mpp.listings.onSale' : 'mpp.listings.soldOut')} />;
}

/**
 * A listing's form in a dialog: a new one (available unless switched off) or one to change or
 * delete, each saved with the version read. A price the API refuses is marked on the price.
 */
function ListingDialog({ shop, editing, onClose }: { shop: ListingShop; editing: Exclude<Editing, null>; onClose: () => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const fullScreen = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  // Every refusal is said inside the dialog; a conflict also offers the reload (the toolbar's).
  const { problem, report: onError, clear } = useDialogProblem();
  const titleId = 'listing-dialog-title';
  const title = editing.kind === 'create' ? translate('mpp.listings.createTitle', { shop: shop.name }) : translate('mpp.listings.editTitle', { name: editing.listing.name });
  const saved = (message: string) => () => {
    notify(message, { type: 'success' });
    onClose();
  };
  return (
    <Dialog open onClose={onClose} fullScreen={fullScreen} fullWidth maxWidth="sm" aria-labelledby={titleId}>
      <DialogTitle id={titleId}>{title}</DialogTitle>
      <DialogContent sx={{ px: 0, pb: 0 }}>
        <Box sx={{ px: 3 }}>
          <DialogProblem problem={problem} />
        </Box>
        {editing.kind === 'create' ? (
          <CreateBase<ListingRecord> resource="listings" redirect={false} mutationOptions={{ onSuccess: saved('mpp.listings.created'), onError }}>
            <SimpleForm toolbar={<ListingToolbar onCancel={onClose} />} defaultValues={{ facilityId: shop.id, agencyId: shop.agencyId, available: true, category: '' }}>
              <ListingInputs />
            </SimpleForm>
          </CreateBase>
        ) : (
          <EditBase<ListingRecord>
            resource="listings"
            id={editing.listing.id}
            redirect={false}
            mutationMode="pessimistic"
            queryOptions={{ placeholderData: editing.listing }}
            mutationOptions={{ onSuccess: saved('mpp.listings.saved'), onError }}
          >
            <SimpleForm
              toolbar={<ListingToolbar onCancel={onClose} conflict={problem?.code === 'CONFLICT'} onReloaded={clear} onDeleted={saved('mpp.listings.deleted')} onDeleteError={onError} />}
              resetOptions={{ keepDirtyValues: true }}
            >
              <ListingInputs />
            </SimpleForm>
          </EditBase>
        )}
      </DialogContent>
    </Dialog>
  );
}

function ListingInputs() {
  const [language] = useLocaleState();
  const translate = useTranslate();
  return (
    <Box sx={{ width: '100%' }}>
      <TextInput source="name" validate={[required(), minLength(2), maxLength(120)]} autoComplete="off" />
      <TextInput source="category" validate={maxLength(60)} helperText="mpp.listings.categoryHelp" autoComplete="off" />
      {/* No min or step on the input: the browser would refuse a value with a bubble of its own instead of the field's message. */}
      <NumberInput source="price" validate={PRICE_RULES} helperText={translate('mpp.listings.priceHelp', { example: formatRupiah(15000, language) })} />
      <BooleanInput source="available" helperText="mpp.listings.availableHelp" />
    </Box>
  );
}

/** Save, cancel, the reload offered after a CONFLICT, and (for a listing that exists) its deletion after a confirmation. */
function ListingToolbar({
  onCancel,
  conflict,
  onReloaded,
  onDeleted,
  onDeleteError,
}: {
  onCancel: () => void;
  conflict?: boolean;
  onReloaded?: () => void;
  onDeleted?: () => void;
  onDeleteError?: (error: unknown) => void;
}) {
  const listing = useRecordContext<ListingRecord>();
  const translate = useTranslate();
  return (
    <SaveToolbar conflict={conflict} onReloaded={onReloaded}>
      {/* The darker blue keeps its contrast on the toolbar's grey. */}
      <MuiButton onClick={onCancel} sx={{ mr: 1, color: 'primary.dark' }}>
        {translate('ra.action.cancel')}
      </MuiButton>
      {onDeleted && listing?.id && (
        <DeleteButton
          mutationMode="pessimistic"
          redirect={false}
          confirmTitle="mpp.listings.deleteTitle"
          confirmContent="mpp.listings.deleteContent"
          translateOptions={{ name: listing.name }}
          mutationOptions={{ onSuccess: onDeleted, onError: onDeleteError }}
          sx={{ color: 'error.dark' }}
        />
      )}
    </SaveToolbar>
  );
}
