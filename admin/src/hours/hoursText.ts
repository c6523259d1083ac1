import { useTranslate } from 'react-admin';
import { hoursPathOf, WEEKDAYS, type WeeklyHoursValue } from './weeklyHours';

/**
 * The name of a refused range in a save notification ("Selasa, rentang 1"), since it may be far
 * down the form; null for a path that names no single range of a week.
 */
export function useHoursFieldLabel(): (apiField: string) => string | null {
  const translate = useTranslate();
  return (apiField) => {
    const path = hoursPathOf(apiField);
    if (!path) return null;
    return translate('mpp.hours.range', { day: translate(`mpp.hours.weekday.${path.weekday}`), number: path.range });
  };
}

/**
 * A week as one line, as a history shows a changed week: "Senin 07:30–16:00; Jumat 07:30–11:30,
 * 13:30–16:00" (days without ranges left out; none at all reads as `emptyWeek`).
 */
export function useWeekLine(emptyWeek: string): (hours: Partial<WeeklyHoursValue>) => string {
  const translate = useTranslate();
  return (hours) => {
    const days = WEEKDAYS.flatMap((weekday) => {
      const ranges = hours.days?.find((day) => day.weekday === weekday)?.ranges ?? [];
      return ranges.length === 0 ? [] : [`${translate(`mpp.hours.weekday.${weekday}`)} ${ranges.map((range) => `${range.opens}–${range.closes}`).join(', ')}`];
    });
    return days.length === 0 ? translate(emptyWeek) : days.join('; ');
  };
}
