import { Box, Stack, Typography } from '@mui/material';
import { email, maxLength, minLength, required, SelectInput, TextInput, useCanAccess, useRecordContext, useTranslate } from 'react-admin';
import { AGENCY_KINDS, type AgencyRecord } from './agencies.data';

/** Field rules as the API states them, so most mistakes show before saving. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const PHONE = /^\+?[0-9(][0-9 ()-]{2,38}$/;
const slugFormat = (value: unknown) => (typeof value === 'string' && value !== '' && !SLUG.test(value) ? 'mpp.agencies.slugFormat' : undefined);
const phoneFormat = (value: unknown) => (typeof value === 'string' && value.trim() !== '' && !PHONE.test(value.trim()) ? 'mpp.agencies.phoneFormat' : undefined);
const websiteFormat = (value: unknown) => (typeof value === 'string' && value.trim() !== '' && !isWebAddress(value.trim()) ? 'mpp.agencies.websiteFormat' : undefined);

function isWebAddress(text: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(text).protocol);
  } catch {
    return false;
  }
}

/**
 * The agency's inputs in two columns: its identity, which only DPMPTSP's editors change (read
 * only for a partner), and its contact details, which a partner keeps true for its own agency.
 */
export function AgencyInputs() {
  const translate = useTranslate();
  const agency = useRecordContext<AgencyRecord>();
  const { canAccess: canEditIdentity } = useCanAccess({ resource: 'agencies', action: 'editIdentity', record: agency });
  const identityReadOnly = canEditIdentity !== true;
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, columnGap: 4, width: '100%' }}>
      <Stack>
        <Typography variant="h6" component="h2">
          {translate('mpp.agencies.identity')}
        </Typography>
        {identityReadOnly && (
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            {translate('mpp.agencies.identityReadOnly')}
          </Typography>
        )}
        <TextInput source="name" readOnly={identityReadOnly} validate={[required(), minLength(2), maxLength(200)]} />
        <TextInput source="shortName" readOnly={identityReadOnly} validate={maxLength(60)} />
        <TextInput source="slug" readOnly={identityReadOnly} validate={[required(), slugFormat, maxLength(64)]} helperText={identityReadOnly ? false : 'mpp.agencies.slugHelp'} />
        <SelectInput source="kind" readOnly={identityReadOnly} validate={required()} choices={AGENCY_KINDS.map((kind) => ({ id: kind, name: `mpp.agencyKind.${kind}` }))} />
      </Stack>
      <Stack>
        <Typography variant="h6" component="h2">
          {translate('mpp.agencies.contact')}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate('mpp.agencies.contactHelp')}
        </Typography>
        <TextInput source="description" multiline minRows={3} validate={maxLength(2000)} />
        <TextInput source="website" type="url" validate={[websiteFormat, maxLength(300)]} />
        <TextInput source="phone" type="tel" validate={[phoneFormat, maxLength(40)]} />
        <TextInput source="email" type="email" validate={[email(), maxLength(254)]} />
      </Stack>
    </Box>
  );
}
