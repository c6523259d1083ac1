import type { FeatureMessages } from '../feature';

/**
 * Texts of the weekly hours editor and its read-only lines (WeeklyHoursInput, WeeklyHoursText),
 * under `mpp.hours`. Not a feature of its own: App.tsx adds them beside the features' texts, once
 * for every screen with hours (queues, facilities, the mall). Each screen names its hours itself
 * (their title, help and what a day without ranges means).
 */
const id = {
  copyMonday: 'Salin jam Senin ke Selasa–Jumat',
  range: '%{day}, rentang %{number}',
  opens: 'Buka',
  closes: 'Tutup',
  removeRange: 'Hapus %{range}',
  addRange: 'Tambah rentang',
  addRangeTo: 'Tambah rentang (%{day})',
  timeFormat: 'Tulis JJ:MM, misalnya 08:00.',
  closesAfterOpens: 'Jam tutup harus setelah jam buka.',
  weekday: {
    1: 'Senin',
    2: 'Selasa',
    3: 'Rabu',
    4: 'Kamis',
    5: 'Jumat',
    6: 'Sabtu',
    7: 'Minggu',
  },
};

/** Same keys as `id`: the type makes a missing or extra English key a compile error. */
const en: typeof id = {
  copyMonday: "Copy Monday's hours to Tuesday–Friday",
  range: '%{day}, range %{number}',
  opens: 'Opens',
  closes: 'Closes',
  removeRange: 'Remove %{range}',
  addRange: 'Add a range',
  addRangeTo: 'Add a range (%{day})',
  timeFormat: 'Write HH:MM, e.g. 08:00.',
  closesAfterOpens: 'Closing must be after opening.',
  weekday: {
    1: 'Monday',
    2: 'Tuesday',
    3: 'Wednesday',
    4: 'Thursday',
    5: 'Friday',
    6: 'Saturday',
    7: 'Sunday',
  },
};

export const messages = { id: { mpp: { hours: id } }, en: { mpp: { hours: en } } } satisfies FeatureMessages;
