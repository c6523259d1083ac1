import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { WEEKDAYS, type WeeklyHoursValue } from './weeklyHours';

/**
 * A week of hours, read only, a line per weekday: "Jumat: 08:00–11:30, 13:30–15:00"; a day
 * without ranges reads as `emptyDay` ("Tutup", "Tidak ada tiket").
 */
export function WeeklyHoursText({ hours, emptyDay }: { hours: WeeklyHoursValue; emptyDay: string }) {
  const translate = useTranslate();
  return (
    <>
      {WEEKDAYS.map((weekday) => {
        const ranges = hours.days.find((day) => day.weekday === weekday)?.ranges ?? [];
        const text = ranges.length === 0 ? translate(emptyDay) : ranges.map((range) => `${range.opens}–${range.closes}`).join(', ');
        return <Typography key={weekday} variant="body2">{`${translate(`mpp.hours.weekday.${weekday}`)}: ${text}`}</Typography>;
      })}
    </>
  );
}
