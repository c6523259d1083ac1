import { MALL_TIME_ZONE } from '../format/format';

const LOCALES: Record<string, string> = { id: 'id-ID', en: 'en-GB' };

/** "Kamis, 1 Januari 2026": a closed date with its weekday (holidays are read by weekday). */
export function formatDateWithWeekday(date: string, language = 'id'): string {
  const [year, month, day] = date.split('-').map(Number);
  // 04:00 UTC of that day is noon in WITA: the same calendar day in the mall's zone.
  return new Intl.DateTimeFormat(LOCALES[language] ?? 'id-ID', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: MALL_TIME_ZONE }).format(
    new Date(Date.UTC(year, month - 1, day, 4)),
  );
}
