import { DataTable, EditButton, List, ShowButton, useCanAccess, SearchInput, useLocaleState, useTranslate } from 'react-admin';
import { formatDateTime } from '../format/format';
import type { CategoryRecord } from './categories.data';

/** Every category, searchable; editors and administrators open one to rename or delete it. */
export function CategoryList() {
  const translate = useTranslate();
  // Who may edit opens the form from a row; the others (if the resource has one) its read-only page.
  const { canAccess: canEdit } = useCanAccess({ resource: 'serviceCategories', action: 'edit' });
  const [language] = useLocaleState();
  const filters = [<SearchInput key="q" source="q" alwaysOn placeholder={translate('mpp.categories.search')} />];
  return (
    <List filters={filters} sort={{ field: 'name', order: 'ASC' }} perPage={25} exporter={false}>
      <DataTable<CategoryRecord> bulkActionButtons={false} rowClick={canEdit ? 'edit' : 'show'}>
        <DataTable.Col source="name" />
        <DataTable.Col source="slug" />
        <DataTable.NumberCol source="serviceCount" />
        <DataTable.Col source="updatedAt" render={(record: CategoryRecord) => formatDateTime(record.updatedAt, language)} />
        {canEdit ? (
          <DataTable.Col label={translate('ra.action.edit')} disableSort>
            <EditButton />
          </DataTable.Col>
        ) : (
          <DataTable.Col label={translate('ra.action.show')} disableSort>
            <ShowButton />
          </DataTable.Col>
        )}
      </DataTable>
    </List>
  );
}
