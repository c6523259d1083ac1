import { Typography } from '@mui/material';
import { AutocompleteInput, Create, ReferenceInput, required, SimpleForm, useTranslate } from 'react-admin';
import { SaveToolbar, useSaveErrors } from '../data/saveErrors';
import { QueueSettingsInputs } from './QueueInputs';
import { USUAL_TICKET_HOURS, type QueueRecord } from './queues.data';
import { useQueueFieldLabel } from './queueFieldLabel';

const serviceOption = (service: QueueRecord) => `${service.serviceName} — ${service.agencyName}`;

/**
 * Opens a queue for a published service that has none (the list's "Buka antrean" comes with the
 * service chosen). It starts enabled, with the mall's usual hours to adjust.
 */
export function QueueCreate() {
  const translate = useTranslate();
  const fieldLabel = useQueueFieldLabel();
  // Someone opened this service's queue meanwhile: there is nothing to reload here, it is edited from the list.
  const { onError } = useSaveErrors({ fieldLabel, explain: { CONFLICT: 'mpp.queues.openedMeanwhile' } });
  return (
    <Create mutationOptions={{ onError }} mutationMode="pessimistic" redirect="list">
      <SimpleForm toolbar={<SaveToolbar />} defaultValues={{ enabled: true, prefix: '', dailyQuota: null, ticketHours: USUAL_TICKET_HOURS }}>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate('mpp.queues.createIntro')}
        </Typography>
        <ReferenceInput source="serviceId" reference="queues" filter={{ presence: 'withoutQueue' }} sort={{ field: 'serviceName', order: 'ASC' }} perPage={100}>
          <AutocompleteInput optionText={serviceOption} validate={required()} label="resources.queues.fields.serviceId" sx={{ minWidth: 480 }} />
        </ReferenceInput>
        <QueueSettingsInputs />
      </SimpleForm>
    </Create>
  );
}
