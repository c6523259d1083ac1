import AddIcon from '@mui/icons-material/Add';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import DeleteIcon from '@mui/icons-material/Delete';
import { Box, IconButton, Stack, Tooltip, Typography } from '@mui/material';
import { Button, TextInput, useTranslate } from 'react-admin';
import { useFieldArray, useFormContext } from 'react-hook-form';
import { isTimeOfDay, MAX_RANGES_PER_DAY, WEEKDAYS, type TimeRangeValue, type WeeklyHoursValue } from './weeklyHours';

/*
 * The one editor of weekly hours (a queue's ticket hours, the mall's and each facility's opening
 * hours): a row per weekday with its time ranges (a day with a break has two), a range added or
 * removed with one click, and Monday's hours copied to the other working days. Each time is an
 * input named by its path in the API's input (`openingHours.days.1.ranges.0.closes`), so a
 * range the API refuses is marked where it is.
 */

/** Tuesday to Friday: the working days that usually share Monday's hours. */
const WORKING_DAYS_AFTER_MONDAY = [2, 3, 4, 5];

type HoursForm = Record<string, WeeklyHoursValue | undefined>;

/** The path of a day's ranges in the form (index 0 is Monday). */
const rangesPath = (source: string, weekday: number) => `${source}.days.${weekday - 1}.ranges`;

function rangeAt(values: HoursForm, source: string, weekday: number, index: number): TimeRangeValue | undefined {
  return values[source]?.days[weekday - 1]?.ranges[index];
}

/** A time as the API reads it: "HH:MM", 24-hour. Overlapping ranges are the API's to refuse: it names the range. */
const opensRule = (value: unknown) => {
  if (typeof value !== 'string' || value.trim() === '') return 'ra.validation.required';
  return isTimeOfDay(value.trim()) && value.trim() !== '24:00' ? undefined : 'mpp.hours.timeFormat';
};

type ClosesRule = (value: unknown, values: HoursForm) => string | undefined;
/** One rule per range, made once: the input keeps the same validator from render to render. */
const closesRules = new Map<string, ClosesRule>();

function closesRule(source: string, weekday: number, index: number): ClosesRule {
  const key = `${source}.${weekday}.${index}`;
  let rule = closesRules.get(key);
  if (!rule) {
    rule = (value, values) => {
      if (typeof value !== 'string' || value.trim() === '') return 'ra.validation.required';
      if (!isTimeOfDay(value.trim())) return 'mpp.hours.timeFormat';
      const opens = rangeAt(values, source, weekday, index)?.opens?.trim();
      return opens && isTimeOfDay(opens) && value.trim() <= opens ? 'mpp.hours.closesAfterOpens' : undefined;
    };
    closesRules.set(key, rule);
  }
  return rule;
}

export interface WeeklyHoursInputProps {
  /** The form's field holding the week, named as in the API's input: `ticketHours`, `openingHours`. */
  source: string;
  /** Message keys of what these hours are: the heading, the help below it, and a day without ranges ("Tutup", "Tidak ada tiket"). */
  title: string;
  help: string;
  emptyDay: string;
}

export function WeeklyHoursInput({ source, title, help, emptyDay }: WeeklyHoursInputProps) {
  const translate = useTranslate();
  const { getValues, setValue } = useFormContext();
  const copyMonday = () => {
    const monday = (getValues(rangesPath(source, 1)) as TimeRangeValue[] | undefined) ?? [];
    for (const weekday of WORKING_DAYS_AFTER_MONDAY) {
      setValue(
        rangesPath(source, weekday),
        monday.map(({ opens, closes }) => ({ opens, closes })),
        { shouldDirty: true },
      );
    }
  };
  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, width: '100%' }}>
      <Typography component="legend" variant="h6">
        {translate(title)}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate(help)}
      </Typography>
      <Button label="mpp.hours.copyMonday" onClick={copyMonday} sx={{ mb: 1 }}>
        <ContentCopyIcon />
      </Button>
      <Stack divider={<Box sx={{ borderTop: 1, borderColor: 'divider' }} />}>
        {WEEKDAYS.map((weekday) => (
          <DayRanges key={weekday} source={source} weekday={weekday} emptyDay={emptyDay} />
        ))}
      </Stack>
    </Box>
  );
}

/** One weekday: its ranges side by side, each removable, and a button to add one. */
function DayRanges({ source, weekday, emptyDay }: { source: string; weekday: number; emptyDay: string }) {
  const translate = useTranslate();
  const { fields, append, remove } = useFieldArray({ name: rangesPath(source, weekday) });
  const dayName = translate(`mpp.hours.weekday.${weekday}`);
  return (
    <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 2, py: 1, flexWrap: 'wrap' }} role="group" aria-label={dayName}>
      <Typography sx={{ width: 90, pt: 2, fontWeight: 500 }}>{dayName}</Typography>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', columnGap: 3, flex: 1 }}>
        {fields.length === 0 && (
          <Typography color="text.secondary" sx={{ pt: 2 }}>
            {translate(emptyDay)}
          </Typography>
        )}
        {fields.map((field, index) => {
          const rangeName = translate('mpp.hours.range', { day: dayName, number: index + 1 });
          return (
            <Box key={field.id} sx={{ display: 'flex', alignItems: 'flex-start', gap: 1 }}>
              <TextInput
                source={`${rangesPath(source, weekday)}.${index}.opens`}
                label="mpp.hours.opens"
                validate={opensRule}
                placeholder="08:00"
                helperText={false}
                sx={{ width: 120 }}
                slotProps={{ htmlInput: { 'aria-label': `${rangeName}: ${translate('mpp.hours.opens')}`, autoComplete: 'off' } }}
              />
              <TextInput
                source={`${rangesPath(source, weekday)}.${index}.closes`}
                label="mpp.hours.closes"
                validate={closesRule(source, weekday, index)}
                placeholder="15:00"
                helperText={false}
                sx={{ width: 120 }}
                slotProps={{ htmlInput: { 'aria-label': `${rangeName}: ${translate('mpp.hours.closes')}`, autoComplete: 'off' } }}
              />
              <Tooltip title={translate('mpp.hours.removeRange', { range: rangeName })}>
                <IconButton aria-label={translate('mpp.hours.removeRange', { range: rangeName })} onClick={() => remove(index)} sx={{ mt: 1 }}>
                  <DeleteIcon />
                </IconButton>
              </Tooltip>
            </Box>
          );
        })}
        {fields.length < MAX_RANGES_PER_DAY && (
          <Box sx={{ pt: 1.5 }}>
            <Button
              label="mpp.hours.addRange"
              aria-label={translate('mpp.hours.addRangeTo', { day: dayName })}
              onClick={() => append(fields.length === 0 ? { opens: '08:00', closes: '15:00' } : { opens: '', closes: '' })}
            >
              <AddIcon />
            </Button>
          </Box>
        )}
      </Box>
    </Box>
  );
}
