import type { FeatureMessages } from '../feature';

/**
 * Texts of the history panel (HistoryPanel.tsx), under `mpp.history`. Not a feature of its own:
 * App.tsx adds them beside the features' texts, once for every screen that shows the panel.
 */
const id = {
  title: 'Riwayat perubahan',
  empty: 'Belum ada perubahan yang tercatat.',
  unavailable: 'Riwayat data ini tidak dapat dilihat dengan peran Anda.',
  loadFailed: 'Riwayat tidak dapat dimuat.',
  loading: 'Memuat riwayat…',
  at: 'Waktu',
  actor: 'Oleh',
  action: 'Tindakan',
  changes: 'Perubahan',
  you: '%{role} (Anda)',
  system: 'Sistem',
  noValue: '(kosong)',
  noChanges: 'Tidak ada isian yang berubah',
  change: '%{before} → %{after}',
  actions: {
    CREATE: 'Dibuat',
    UPDATE: 'Diubah',
    DELETE: 'Dihapus',
    EDIT: 'Perubahan disimpan',
    SUBMIT: 'Diajukan untuk ditinjau',
    PUBLISH: 'Diterbitkan',
    RETURN: 'Dikembalikan ke penulis',
    DISCARD: 'Perubahan dibuang',
    ARCHIVE: 'Diarsipkan',
    UNARCHIVE: 'Arsip dibatalkan',
    RESTORE: 'Revisi dipulihkan',
    SET_STATUS: 'Status diatur',
  },
};

const en: typeof id = {
  title: 'Change history',
  empty: 'No changes recorded yet.',
  unavailable: 'Your role may not see the history of this record.',
  loadFailed: 'The history could not be loaded.',
  loading: 'Loading history…',
  at: 'When',
  actor: 'By',
  action: 'Action',
  changes: 'Changes',
  you: '%{role} (you)',
  system: 'System',
  noValue: '(empty)',
  noChanges: 'No field changed',
  change: '%{before} → %{after}',
  actions: {
    CREATE: 'Created',
    UPDATE: 'Changed',
    DELETE: 'Deleted',
    EDIT: 'Change saved',
    SUBMIT: 'Submitted for review',
    PUBLISH: 'Published',
    RETURN: 'Returned to author',
    DISCARD: 'Changes discarded',
    ARCHIVE: 'Archived',
    UNARCHIVE: 'Unarchived',
    RESTORE: 'Revision restored',
    SET_STATUS: 'Status set',
  },
};

export const messages = { id: { mpp: { history: id } }, en: { mpp: { history: en } } } satisfies FeatureMessages;
