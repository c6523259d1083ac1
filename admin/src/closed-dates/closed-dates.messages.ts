import type { FeatureMessages } from '../feature';

/** Texts of the closed dates screens: `resources.closedDates` and `mpp.closedDates`. */
const id = {
  resources: {
    closedDates: {
      name: 'Hari libur |||| Hari libur',
      fields: {
        year: 'Tahun',
        date: 'Tanggal',
        reason: 'Keterangan',
        dates: 'Tanggal tutup',
      },
    },
  },
  mpp: {
    closedDates: {
      editYear: 'Ubah daftar %{year}',
      none: 'Belum ada hari libur atau cuti bersama tercatat untuk %{year}.',
      editIntro:
        'Hari libur nasional dan cuti bersama %{year}: pada tanggal ini antrean tidak memberi tiket. Tambah atau hapus baris, lalu simpan: daftar yang disimpan menggantikan seluruh daftar tahun %{year}.',
      add: 'Tambah tanggal',
      notInYear: 'Tanggal harus dalam tahun %{year}.',
      twice: 'Tanggal ini sudah ada di daftar.',
      invalid: {
        date: 'Tanggal harus dalam tahun ini dan hanya sekali di daftar.',
        reason: 'Keterangan harus 2 sampai 200 karakter.',
      },
    },
  },
};

/** Same keys as `id`: the type makes a missing or extra English key a compile error. */
const en: typeof id = {
  resources: {
    closedDates: {
      name: 'Closed date |||| Closed dates',
      fields: {
        year: 'Year',
        date: 'Date',
        reason: 'Reason',
        dates: 'Closed dates',
      },
    },
  },
  mpp: {
    closedDates: {
      editYear: 'Change the list of %{year}',
      none: 'No holidays or cuti bersama recorded for %{year} yet.',
      editIntro:
        'National holidays and cuti bersama of %{year}: queues give out no tickets on these dates. Add or remove rows, then save: the saved list replaces the whole list of %{year}.',
      add: 'Add a date',
      notInYear: 'The date must be in %{year}.',
      twice: 'This date is already in the list.',
      invalid: {
        date: 'The date must be in this year, and in the list once.',
        reason: 'The reason must be 2 to 200 characters.',
      },
    },
  },
};

export const messages = { id, en } satisfies FeatureMessages;
