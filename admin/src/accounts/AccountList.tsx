import { Chip } from '@mui/material';
import { DataTable, List, useTranslate } from 'react-admin';
import type { AccountRecord } from './accounts.data';

/**
 * Every staff account, by name as the API sorts them (no other order, so no sortable
 * columns). Status is said in words, not only by colour.
 */
export function AccountList() {
  const translate = useTranslate();
  return (
    <List exporter={false} perPage={25}>
      <DataTable<AccountRecord> rowClick="edit" bulkActionButtons={false}>
        <DataTable.Col<AccountRecord> source="name" disableSort />
        <DataTable.Col<AccountRecord> source="email" disableSort />
        <DataTable.Col<AccountRecord> source="role" disableSort render={(account) => translate(`mpp.role.${account.role}`)} />
        <DataTable.Col<AccountRecord>
          source="agency"
          disableSort
          render={(account) => account.agency?.shortName ?? account.agency?.name ?? translate('mpp.accounts.dpmptsp')}
        />
        <DataTable.Col<AccountRecord>
          source="active"
          disableSort
          render={(account) => (
            <Chip
              size="small"
              variant="outlined"
              color={account.active ? 'success' : 'default'}
              label={translate(account.active ? 'mpp.accounts.active' : 'mpp.accounts.inactive')}
            />
          )}
        />
        <DataTable.Col<AccountRecord>
          source="mustChangePassword"
          disableSort
          render={(account) => translate(account.mustChangePassword ? 'mpp.accounts.mustChangePassword' : 'mpp.accounts.passwordSet')}
        />
      </DataTable>
    </List>
  );
}
