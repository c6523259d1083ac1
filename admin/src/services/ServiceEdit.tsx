import { Alert, Box, Typography } from '@mui/material';
import { useCallback, useState } from 'react';
import {
  BooleanInput,
  Edit,
  Form,
  FormTab,
  SaveButton,
  SelectInput,
  TabbedFormTabs,
  TabbedFormView,
  TextInput,
  Toolbar,
  required,
  useFormIsDirty,
  useNotify,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { recordPageProps } from '../data/RecordLoadError';
import { useSaveErrors } from '../data/saveErrors';
import { HistoryPanel } from '../history/HistoryPanel';
import { ContentDifferences, fieldLabel } from './ContentDifferences';
import { ConflictNotice, UnmergedListsNotice } from './ConflictNotice';
import { noteOwnVersion, useLatestVersionMerge } from './latestVersion';
import { serviceHistory } from './services.data';
import { ItemRupiahInput, ItemTextInput, OrderedListInput, RupiahInput } from './OrderedListInput';
import { ServiceRevisions } from './ServiceRevisions';
import { useAgencyChoices, useCategoryChoices, useServicesViewer } from './service.choices';
import { contentOf, type ServiceRecord } from './service.record';
import { isEditable } from './service.workflow';
import { WorkflowPanel } from './WorkflowPanel';

/**
 * One service: the workflow panel (state, review comment, steps) above a tabbed form of every
 * Standar Pelayanan field, the differences of a pending edit, the revisions and the history.
 * Saving is pessimistic: a refused save (CONFLICT, a field rule) leaves the user's input in
 * the form, and a CONFLICT offers a look at what the other person saved.
 */
export function ServiceEdit() {
  const notify = useNotify();
  const translate = useTranslate();
  const fieldLabelOf = useCallback((field: string) => fieldLabel(translate, field), [translate]);
  const save = useSaveErrors({ fieldLabel: fieldLabelOf });
  const { clearConflict } = save;
  const [newVersion, setNewVersion] = useState(false);
  const onNewVersion = useCallback(() => setNewVersion(true), []);
  const onConflictResolved = useCallback(() => {
    clearConflict();
    setNewVersion(false);
  }, [clearConflict]);
  return (
    <Edit<ServiceRecord>
      mutationMode="pessimistic"
      redirect={false}
      actions={false}
      title={<ServiceTitle />}
      {...recordPageProps}
      mutationOptions={{
        onSuccess: (saved: ServiceRecord) => {
          noteOwnVersion(saved);
          onConflictResolved();
          notify('mpp.services.notification.saved', { type: 'success' });
        },
        onError: save.onError,
      }}
    >
      <ServiceForm conflict={save.conflict ? 'save' : newVersion ? 'newVersion' : null} onConflictResolved={onConflictResolved} onNewVersion={onNewVersion} />
    </Edit>
  );
}

function ServiceTitle() {
  const record = useRecordContext<ServiceRecord>();
  const translate = useTranslate();
  return <span>{record ? translate('mpp.services.edit.title', { name: record.published.name }) : translate('resources.services.name', { smart_count: 1 })}</span>;
}

interface ServiceFormProps {
  conflict: 'save' | 'newVersion' | null;
  onConflictResolved: () => void;
  onNewVersion: () => void;
}

function ServiceForm(props: ServiceFormProps) {
  return (
    // A newer version loaded into the form (after a CONFLICT, or a refresh) keeps what the
    // user changed: react-hook-form's reset keeps dirty values, and useLatestVersionMerge
    // merges the lists item by item and marks what differs from that version as changed.
    <Form resetOptions={{ keepDirtyValues: true }}>
      <ServiceFormBody {...props} />
    </Form>
  );
}

function ServiceFormBody({ conflict, onConflictResolved, onNewVersion }: ServiceFormProps) {
  const record = useRecordContext<ServiceRecord>();
  const translate = useTranslate();
  // From the changed fields, not react-hook-form's isDirty: a reset with keepDirtyValues
  // clears isDirty while the form still holds the user's unsaved input.
  const hasUnsavedChanges = useFormIsDirty();
  const merge = useLatestVersionMerge(onNewVersion);
  const viewer = useServicesViewer();
  const agencies = useAgencyChoices();
  const categories = useCategoryChoices();
  if (!record) return null;
  const editable = isEditable(record);
  const isPartner = viewer.partnerAgencyId !== null;
  const hasPendingEdit = record.status === 'PUBLISHED' && record.pendingEdit !== null;

  const tabs = [
    <FormTab key="general" label="mpp.services.tab.general">
      <TextInput source="name" validate={required()} fullWidth />
      <TextInput source="slug" validate={required()} fullWidth helperText="mpp.services.help.slug" />
      <TextInput source="summary" multiline minRows={2} fullWidth />
      <Box sx={{ display: 'flex', gap: 2, width: '100%', flexWrap: 'wrap' }}>
        <SelectInput source="categoryId" choices={categories.choices} isPending={categories.isPending} validate={required()} sx={{ flex: '1 1 16rem' }} />
        {isPartner ? (
          <SelectInput
            source="agencyId"
            choices={agencies.choices}
            isPending={agencies.isPending}
            readOnly
            helperText="mpp.services.help.agencyFixed"
            sx={{ flex: '1 1 16rem' }}
          />
        ) : (
          <SelectInput source="agencyId" choices={agencies.choices} isPending={agencies.isPending} validate={required()} sx={{ flex: '1 1 16rem' }} />
        )}
      </Box>
      <TextInput source="product" multiline fullWidth helperText="mpp.services.help.product" />
      <TextInput source="onlineUrl" type="url" fullWidth helperText="mpp.services.help.onlineUrl" />
      <OrderedListInput source="keywords" label="resources.services.fields.keywords" item="keywords" ordered={false} helperText="mpp.services.help.keywords">
        <ItemTextInput source="" labelKey="mpp.services.input.keyword" validate={required()} />
      </OrderedListInput>
    </FormTab>,
    <FormTab key="steps" label="mpp.services.tab.requirements">
      <OrderedListInput source="requirements" label="resources.services.fields.requirements" item="requirements">
        <ItemTextInput source="description" labelKey="mpp.services.input.requirement" validate={required()} multiline sx={{ flex: 2 }} />
        <ItemTextInput source="note" labelKey="mpp.services.input.requirementNote" sx={{ flex: 1 }} />
      </OrderedListInput>
      <OrderedListInput source="procedure" label="resources.services.fields.procedure" item="procedure">
        <ItemTextInput source="description" labelKey="mpp.services.input.step" validate={required()} multiline fullWidth />
      </OrderedListInput>
    </FormTab>,
    <FormTab key="fee" label="mpp.services.tab.fee">
      <TextInput source="processingTime" fullWidth helperText="mpp.services.help.processingTime" />
      <FeeInputs />
    </FormTab>,
    <FormTab key="legal" label="mpp.services.tab.legal">
      <OrderedListInput source="legalBasis" label="resources.services.fields.legalBasis" item="legalBasis">
        <ItemTextInput source="" labelKey="mpp.services.input.legalBasis" validate={required()} fullWidth />
      </OrderedListInput>
      <OrderedListInput source="complaintChannels" label="resources.services.fields.complaintChannels" item="complaintChannels">
        <ItemTextInput source="" labelKey="mpp.services.input.complaintChannel" validate={required()} fullWidth />
      </OrderedListInput>
    </FormTab>,
    hasPendingEdit ? (
      <FormTab key="diff" label="mpp.services.tab.differences">
        <PendingEditDifferences />
      </FormTab>
    ) : null,
    <FormTab key="revisions" label="mpp.services.tab.revisions">
      <ServiceRevisions hasUnsavedChanges={hasUnsavedChanges} />
    </FormTab>,
    <FormTab key="history" label="mpp.services.tab.history">
      <ServiceHistoryPanel />
    </FormTab>,
  ].filter((tab) => tab !== null);

  return (
    <Box sx={{ p: { xs: 1, sm: 2 } }}>
      <WorkflowPanel hasUnsavedChanges={hasUnsavedChanges} />
      {conflict && <ConflictNotice reason={conflict} onResolved={onConflictResolved} merge={merge} />}
      <UnmergedListsNotice fields={merge.unmerged} />
      {!editable && (
        <Alert severity="info" sx={{ mb: 2 }}>
          {translate('mpp.services.edit.archived')}
        </Alert>
      )}
      {hasUnsavedChanges && (
        <Typography variant="body2" sx={{ mb: 1, fontWeight: 600 }} role="status">
          {translate('mpp.services.edit.unsaved')}
        </Typography>
      )}
      <TabbedFormView
        syncWithLocation={false}
        tabs={<TabbedFormTabs variant="scrollable" scrollButtons="auto" allowScrollButtonsMobile />}
        toolbar={
          <Toolbar>
            <SaveButton disabled={!editable || !hasUnsavedChanges} />
          </Toolbar>
        }
      >
        {tabs}
      </TabbedFormView>
    </Box>
  );
}

/** Biaya/tarif: free, one amount, or tiers (the amount is then their lowest), and a note. */
function FeeInputs() {
  const translate = useTranslate();
  const isFree = useWatch({ name: 'fee.isFree' }) === true;
  const tiers: unknown = useWatch({ name: 'fee.tiers' });
  const hasTiers = Array.isArray(tiers) && tiers.length > 0;
  return (
    <Box sx={{ width: '100%' }}>
      <Typography variant="subtitle1" component="h3" sx={{ mt: 1 }}>
        {translate('resources.services.fields.fee')}
      </Typography>
      <BooleanInput source="fee.isFree" label="mpp.services.input.isFree" helperText={false} />
      {!isFree && (
        <>
          <OrderedListInput source="fee.tiers" label="mpp.services.input.tiers" item="tiers" helperText="mpp.services.help.tiers">
            <ItemTextInput source="label" labelKey="mpp.services.input.tierLabel" validate={required()} sx={{ flex: 2 }} />
            <ItemRupiahInput source="amount" labelKey="mpp.services.input.tierAmount" sx={{ flex: 1 }} />
          </OrderedListInput>
          {!hasTiers && <RupiahInput source="fee.amount" label="mpp.services.input.amount" />}
        </>
      )}
      <TextInput source="fee.note" label="mpp.services.input.feeNote" multiline fullWidth helperText="mpp.services.help.feeNote" />
    </Box>
  );
}

/** The service's audit trail, its changed fields named as the form names them. */
function ServiceHistoryPanel() {
  const translate = useTranslate();
  const agencies = useAgencyChoices();
  const categories = useCategoryChoices();
  const nameOf = (choices: { id: string; name: string }[], id: unknown) => choices.find((choice) => choice.id === id)?.name ?? null;
  const formatValue = (field: string, value: unknown): string | null => {
    if (field === 'agencyId') return nameOf(agencies.choices, value);
    if (field === 'categoryId') return nameOf(categories.choices, value);
    // Requirements and procedure steps read as their descriptions.
    if (Array.isArray(value)) return value.map((item: unknown) => (typeof item === 'object' && item !== null && 'description' in item ? String(item.description) : typeof item === 'string' ? item : JSON.stringify(item))).join('; ');
    return null;
  };
  return <HistoryPanel resource="services" load={serviceHistory} fieldLabel={(field) => fieldLabel(translate, field)} formatValue={formatValue} />;
}

/** The public version against the saved pending edit. */
function PendingEditDifferences() {
  const record = useRecordContext<ServiceRecord>();
  const translate = useTranslate();
  if (!record?.pendingEdit) return null;
  const edit = contentOf(record.pendingEdit, record.published);
  const known = [record.agency, record.category, record.pendingEdit.agency, record.pendingEdit.category].filter((ref) => ref !== null && ref !== undefined);
  return (
    <Box sx={{ width: '100%' }}>
      <Typography variant="body2" sx={{ mb: 1 }}>
        {translate('mpp.services.diff.explain')}
      </Typography>
      <ContentDifferences
        before={record.published}
        after={edit}
        beforeLabel={translate('mpp.services.diff.published')}
        afterLabel={translate('mpp.services.diff.pending')}
        knownNames={known}
        sameText={translate('mpp.services.diff.same')}
      />
    </Box>
  );
}
