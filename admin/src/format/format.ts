/**
 * How the CMS shows numbers and times: Rupiah and dates as Indonesians write them, every time
 * in WITA (Asia/Makassar), where the mall is, whatever the browser's own zone. The locale
 * follows the CMS's language.
 */
export const MALL_TIME_ZONE = 'Asia/Makassar';

const LOCALES: Record<string, string> = { id: 'id-ID', en: 'en-GB' };

function localeOf(language: string): string {
  return LOCALES[language] ?? 'id-ID';
}

/** "Rp 80.000" (id) / "IDR 80,000" (en). */
export function formatRupiah(amount: number, language = 'id'): string {
  return new Intl.NumberFormat(localeOf(language), { style: 'currency', currency: 'IDR', maximumFractionDigits: 0 }).format(amount);
}

/** "1 Des 2026 09.30 WITA": an instant, in the mall's time. */
export function formatDateTime(iso: string, language = 'id'): string {
  const text = new Intl.DateTimeFormat(localeOf(language), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: MALL_TIME_ZONE,
  }).format(new Date(iso));
  return `${text} WITA`;
}

/** "1 Desember 2026": a calendar date (`YYYY-MM-DD`, already a WITA date). */
export function formatDate(date: string, language = 'id'): string {
  const [year, month, day] = date.split('-').map(Number);
  // 04:00 UTC of that day is noon in WITA (UTC+8): the same calendar day in every zone that matters here.
  return new Intl.DateTimeFormat(localeOf(language), { day: 'numeric', month: 'long', year: 'numeric', timeZone: MALL_TIME_ZONE }).format(
    new Date(Date.UTC(year, month - 1, day, 4)),
  );
}
