import { Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { FormDataConsumer, SelectInput, TextInput, email, maxLength, minLength, required, useTranslate } from 'react-admin';
import { AccountAgencyChoicesDocument, type Role } from '../generated/graphql';
import { request } from '../graphql/client';
import { roleHasAgency } from './accounts.data';

const ROLES: Role[] = ['ADMIN', 'EDITOR', 'PARTNER', 'OFFICER'];

/** The agencies an account may belong to, by name (one request, kept while the screens are open). */
function useAgencyChoices() {
  return useQuery({
    queryKey: ['staffUsers', 'agencyChoices'],
    queryFn: async () => (await request(AccountAgencyChoicesDocument)).agencies,
    staleTime: 5 * 60 * 1000,
  });
}

/** Name and email, with the API's rules (name 2–120 characters, a valid email). */
export function AccountIdentityInputs() {
  return (
    <>
      <TextInput source="name" validate={[required(), minLength(2), maxLength(120)]} />
      <TextInput source="email" type="email" validate={[required(), email()]} autoComplete="off" />
    </>
  );
}

/**
 * Role, and the agency where the role has one: a partner or an officer belongs to an agency,
 * administrators and editors (DPMPTSP) to none, so the agency input shows only for the former.
 */
export function AccountRoleInputs({ roleLocked = false }: { roleLocked?: boolean }) {
  const translate = useTranslate();
  const agencies = useAgencyChoices();
  const roleChoices = ROLES.map((role) => ({ id: role, name: translate(`mpp.role.${role}`) }));
  return (
    <>
      <SelectInput
        source="role"
        choices={roleChoices}
        validate={required()}
        disabled={roleLocked}
        helperText={roleLocked ? 'mpp.accounts.selfRoleHelp' : false}
      />
      <FormDataConsumer<{ role?: Role }>>
        {({ formData }) =>
          roleHasAgency(formData.role) ? (
            <SelectInput
              source="agencyId"
              choices={agencies.data ?? []}
              optionText="name"
              isPending={agencies.isPending}
              validate={required()}
              helperText="mpp.accounts.agencyHelp"
            />
          ) : (
            formData.role && (
              <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5, mb: 2 }}>
                {translate('mpp.accounts.dpmptspHelp')}
              </Typography>
            )
          )
        }
      </FormDataConsumer>
    </>
  );
}
