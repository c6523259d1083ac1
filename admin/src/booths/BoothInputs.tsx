import { Box, Stack, Typography } from '@mui/material';
import { AutocompleteInput, DateInput, maxValue, minValue, NumberInput, ReferenceInput, required, SelectInput, TextInput, useCanAccess, useRecordContext, useTranslate } from 'react-admin';
import { BOOTH_STATUSES, type BoothRecord } from './booths.data';

/** Field rules as the API states them, so most mistakes show before saving. */
const CODE = /^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/;
const codeFormat = (value: unknown) => (typeof value === 'string' && (!CODE.test(value.trim()) || value.trim().length > 16) ? 'mpp.booths.codeFormat' : undefined);
const isInteger = (value: unknown) => (typeof value === 'number' && !Number.isInteger(value) ? 'mpp.booths.floorHelp' : undefined);
/** The API's rule: a booth no longer PLANNED has opened, so it says when. */
const openedOnWhenNotPlanned = (value: unknown, values: Partial<BoothRecord>) => (values.status && values.status !== 'PLANNED' && !value ? 'mpp.booths.openedOnRequired' : undefined);

/** The agency's name in the agency picker. */
const agencyName = (agency: { name: string; shortName?: string | null }) => agency.name;

/**
 * The booth's inputs: its placement (code, floor, agency), which DPMPTSP decides (read only for a
 * partner), and its status and opening date, which a partner may change for its own booths.
 */
export function BoothInputs({ creating = false }: { creating?: boolean }) {
  const translate = useTranslate();
  const booth = useRecordContext<BoothRecord>();
  const { canAccess } = useCanAccess({ resource: 'booths', action: creating ? 'create' : 'editPlacement', record: booth });
  const placementReadOnly = canAccess !== true;
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, columnGap: 4, width: '100%' }}>
      <Stack>
        <Typography variant="h6" component="h2">
          {translate('mpp.booths.placement')}
        </Typography>
        {placementReadOnly && (
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            {translate('mpp.booths.placementReadOnly')}
          </Typography>
        )}
        <TextInput source="code" readOnly={placementReadOnly} validate={[required(), codeFormat]} helperText={placementReadOnly ? false : 'mpp.booths.codeHelp'} />
        <NumberInput source="floor" readOnly={placementReadOnly} step={1} validate={[required(), isInteger, minValue(-2), maxValue(10)]} helperText={placementReadOnly ? false : 'mpp.booths.floorHelp'} />
        <ReferenceInput source="agencyId" reference="agencies" sort={{ field: 'name', order: 'ASC' }} perPage={100}>
          <AutocompleteInput readOnly={placementReadOnly} validate={required()} optionText={agencyName} label="resources.booths.fields.agencyId" />
        </ReferenceInput>
      </Stack>
      <Stack>
        <Typography variant="h6" component="h2">
          {translate('mpp.booths.details')}
        </Typography>
        <SelectInput source="status" validate={required()} choices={BOOTH_STATUSES.map((status) => ({ id: status, name: `mpp.boothStatus.${status}` }))} />
        <DateInput source="openedOn" validate={openedOnWhenNotPlanned} helperText="mpp.booths.openedOnHelp" />
      </Stack>
    </Box>
  );
}
