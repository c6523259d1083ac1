import { Stack, Typography } from '@mui/material';
import { useEffect } from 'react';
import { AutocompleteInput, CheckboxGroupInput, maxLength, minLength, ReferenceInput, required, TextInput, useGetList, useGetOne, useRecordContext, useTranslate } from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import type { BoothRecord } from '../booths/booths.data';
import type { QueueRecord } from '../queues/queues.data';
import type { CounterRecord } from './counters.data';
import { CounterStatusChip } from './CounterStatusChip';
import { useOfficerText } from './officerText';

const boothOption = (booth: BoothRecord) => `${booth.code} — ${booth.agencyName}`;
const serviceOption = (queue: QueueRecord) => `${queue.serviceName} (${queue.prefix})`;
const atLeastOneService = (value: unknown) => (Array.isArray(value) && value.length > 0 ? undefined : 'mpp.counters.servicesRequired');

/**
 * A counter's name, its booth (whose agency and floor it takes) and the services whose queues
 * it calls from — queues of the booth's agency only, as the API requires.
 */
export function CounterInputs() {
  return (
    <Stack sx={{ width: '100%', maxWidth: 640 }}>
      <TextInput source="name" validate={[required(), minLength(2), maxLength(80)]} helperText="mpp.counters.nameHelp" autoComplete="off" />
      <ReferenceInput source="boothId" reference="booths" sort={{ field: 'code', order: 'ASC' }} perPage={100}>
        <AutocompleteInput optionText={boothOption} validate={required()} label="resources.counters.fields.boothId" helperText="mpp.counters.boothHelp" />
      </ReferenceInput>
      <ServicesOfBoothInput />
    </Stack>
  );
}

/**
 * The booth's agency's queues to choose from. When another agency's booth is chosen, services
 * of the former agency are dropped from the choice (the API would refuse them).
 */
function ServicesOfBoothInput() {
  const translate = useTranslate();
  const boothId = useWatch<{ boothId?: string | null }>({ name: 'boothId' });
  const { data: booth } = useGetOne<BoothRecord>('booths', { id: boothId ?? '' }, { enabled: Boolean(boothId) });
  const agencyId = boothId ? booth?.agencyId : undefined;
  const { data: queues, isPending } = useGetList<QueueRecord>(
    'queues',
    { filter: { presence: 'withQueue', agencyId }, pagination: { page: 1, perPage: 100 }, sort: { field: 'serviceName', order: 'ASC' } },
    { enabled: Boolean(agencyId) },
  );
  const { getValues, setValue } = useFormContext<{ serviceIds?: string[] }>();
  useEffect(() => {
    if (!agencyId || !queues || queues.some((queue) => queue.agencyId !== agencyId)) return;
    const chosen = getValues('serviceIds') ?? [];
    const offered = new Set(queues.map((queue) => queue.id));
    const kept = chosen.filter((id) => offered.has(id));
    if (kept.length !== chosen.length) setValue('serviceIds', kept, { shouldDirty: true });
  }, [agencyId, queues, getValues, setValue]);
  const helperText = !agencyId ? 'mpp.counters.chooseBoothFirst' : queues?.length === 0 ? 'mpp.counters.noQueues' : 'mpp.counters.servicesHelp';
  return (
    <CheckboxGroupInput
      source="serviceIds"
      choices={agencyId ? (queues ?? []) : []}
      optionText={serviceOption}
      isPending={Boolean(agencyId) && isPending}
      validate={atLeastOneService}
      helperText={translate(helperText)}
      row={false}
    />
  );
}

/** Above an existing counter's form: how it stands now (officers open and close it, not this form). */
export function CounterSummary() {
  const translate = useTranslate();
  const officerText = useOfficerText();
  const counter = useRecordContext<CounterRecord>();
  if (!counter) return null;
  return (
    <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 2 }}>
      <CounterStatusChip status={counter.status} />
      <Typography variant="body2">
        {translate('resources.counters.fields.officerName')}: {officerText(counter)}
      </Typography>
    </Stack>
  );
}
