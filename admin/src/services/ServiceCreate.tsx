import { TextField } from '@mui/material';
import { Create, SelectInput, SimpleForm, TextInput, required, useNotify, useTranslate } from 'react-admin';
import { ApiError } from '../graphql/client';
import { apiErrorMessageKey } from '../i18n/common.messages';
import { useAgencyChoices, useCategoryChoices, useServicesViewer } from './service.choices';

/**
 * A new draft from its name, category and agency; the rest is written on the edit screen it
 * opens. A partner's service belongs to their own agency: shown, not asked (the API fills it in).
 */
export function ServiceCreate() {
  const translate = useTranslate();
  const notify = useNotify();
  const viewer = useServicesViewer();
  const agencies = useAgencyChoices();
  const categories = useCategoryChoices();
  const isPartner = viewer.partnerAgencyId !== null;
  return (
    <Create
      redirect="edit"
      title="mpp.services.create.title"
      mutationOptions={{
        onError: (error) => notify(error instanceof ApiError ? apiErrorMessageKey(error.code) : 'mpp.error.INTERNAL_SERVER_ERROR', { type: 'error' }),
      }}
    >
      <SimpleForm sx={{ maxWidth: '48rem' }}>
        <TextInput source="name" validate={required()} fullWidth helperText="mpp.services.help.nameOnCreate" />
        <SelectInput source="categoryId" choices={categories.choices} isPending={categories.isPending} validate={required()} fullWidth />
        {isPartner ? (
          <TextField
            label={translate('resources.services.fields.agencyId')}
            value={viewer.partnerAgencyName ?? agencies.choices.find((choice) => choice.id === viewer.partnerAgencyId)?.name ?? ''}
            helperText={translate('mpp.services.help.agencyFixed')}
            fullWidth
            slotProps={{ input: { readOnly: true } }}
          />
        ) : (
          <SelectInput source="agencyId" choices={agencies.choices} isPending={agencies.isPending} validate={required()} fullWidth />
        )}
      </SimpleForm>
    </Create>
  );
}
