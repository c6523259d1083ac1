import EditIcon from '@mui/icons-material/Edit';
import { Button, DataTable, LinkBase, List, required, SelectInput, TopToolbar, useListContext, useLocaleState, useTranslate } from 'react-admin';
import { currentYear, type ClosedDateRow } from './closed-dates.data';
import { formatDateWithWeekday } from './closedDateText';

/** The years offered: last year, this year and the two ahead (holidays are set in advance). */
function yearChoices(selected: number): { id: number; name: string }[] {
  const now = currentYear();
  const years = new Set([now - 1, now, now + 1, now + 2, selected]);
  return [...years].sort((a, b) => a - b).map((year) => ({ id: year, name: String(year) }));
}

/** The year the list shows: its filter's, else this year. */
function useShownYear(): number {
  const { filterValues } = useListContext<ClosedDateRow>() as { filterValues: { year?: unknown } };
  const year = Number(filterValues.year);
  return Number.isInteger(year) ? year : currentYear();
}

/** The route of a year's form. */
const yearPath = (year: number) => `/closedDates/${year}`;

/**
 * One year's closed dates (holidays, cuti bersama), by date, with the button to change that
 * year's list. Tickets are not given out on these dates.
 */
export function ClosedDateList() {
  const [language] = useLocaleState();
  return (
    <List
      filters={[<YearFilter key="year" source="year" alwaysOn />]}
      filterDefaultValues={{ year: currentYear() }}
      sort={{ field: 'date', order: 'ASC' }}
      perPage={100}
      pagination={false}
      exporter={false}
      empty={false}
      actions={<YearActions />}
    >
      <DataTable<ClosedDateRow> bulkActionButtons={false} rowClick={(_id, _resource, row) => yearPath(row.year)} empty={<NoDates />}>
        <DataTable.Col source="date" disableSort render={(row: ClosedDateRow) => formatDateWithWeekday(row.date, language)} />
        <DataTable.Col source="reason" disableSort />
      </DataTable>
    </List>
  );
}

/** The year shown; always one (required: no empty choice). */
function YearFilter({ source }: { source: string; alwaysOn?: boolean }) {
  return <SelectInput source={source} choices={yearChoices(useShownYear())} validate={required()} label="resources.closedDates.fields.year" />;
}

/** "Change the list of 2026": the whole year's list is one form. */
function YearActions() {
  const translate = useTranslate();
  const year = useShownYear();
  return (
    <TopToolbar>
      <Button component={LinkBase} to={yearPath(year)} label={translate('mpp.closedDates.editYear', { year })}>
        <EditIcon />
      </Button>
    </TopToolbar>
  );
}

function NoDates() {
  const translate = useTranslate();
  return <p style={{ padding: '0 16px' }}>{translate('mpp.closedDates.none', { year: useShownYear() })}</p>;
}
