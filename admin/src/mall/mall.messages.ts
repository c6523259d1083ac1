import type { FeatureMessages } from '../feature';

/** Texts of the mall's page: `resources.mall` and `mpp.mall`. */
const id = {
  resources: {
    mall: {
      name: 'Profil mal |||| Profil mal',
      fields: {
        name: 'Nama',
        address: 'Alamat',
        phone: 'Telepon',
        email: 'Email',
        website: 'Situs web',
        openingHours: 'Jam buka',
        isOpenNow: 'Buka sekarang',
        nextChangeAt: 'Berubah pada',
        updatedAt: 'Terakhir diubah',
      },
    },
  },
  mpp: {
    mall: {
      title: 'Profil dan jam buka mal',
      profile: 'Profil',
      openNow: 'Mal saat ini buka',
      closedNow: 'Mal saat ini tutup',
      nextChange: 'berubah pada %{time}',
      phoneHelp: 'Meja informasi, misalnya "0543 21000": angka, spasi, + ( ) -.',
      phoneFormat: 'Gunakan angka, spasi, dan tanda + ( ) - saja.',
      emailFormat: 'Tulis alamat email yang lengkap, misalnya info@paserkab.go.id.',
      websiteHelp: 'Alamat lengkap, diawali https://.',
      websiteFormat: 'Tulis alamat lengkap yang diawali http:// atau https://.',
      hours: {
        title: 'Jam buka gedung',
        help: 'Waktu setempat (WITA), 24 jam. Fasilitas di dalam gedung hanya buka selama jam ini; antrean memiliki jam pengambilan tiket sendiri. Hari tanpa rentang: tutup.',
        closed: 'Tutup',
      },
      closedDates: {
        title: 'Hari libur %{year}',
        intro: 'Pada tanggal ini mal tutup dan antrean tidak memberi tiket. Hari libur dan cuti bersama dicatat sekali, di halaman Hari libur.',
        none: 'Belum ada hari libur atau cuti bersama tercatat untuk %{year}.',
        manage: 'Kelola hari libur',
      },
      showHistory: 'Tampilkan riwayat perubahan',
      invalid: {
        name: 'Nama harus 2 sampai 120 karakter.',
        address: 'Alamat harus 5 sampai 300 karakter.',
        phone: 'Telepon hanya boleh berisi angka, spasi, dan tanda + ( ) -.',
        email: 'Alamat email tidak sesuai.',
        website: 'Situs web harus alamat http(s).',
        openingHours: 'Bertumpuk dengan rentang lain, atau tidak sesuai.',
      },
    },
  },
};

/** Same keys as `id`: the type makes a missing or extra English key a compile error. */
const en: typeof id = {
  resources: {
    mall: {
      name: 'Mall profile |||| Mall profile',
      fields: {
        name: 'Name',
        address: 'Address',
        phone: 'Phone',
        email: 'Email',
        website: 'Website',
        openingHours: 'Opening hours',
        isOpenNow: 'Open now',
        nextChangeAt: 'Changes at',
        updatedAt: 'Last changed',
      },
    },
  },
  mpp: {
    mall: {
      title: "The mall's profile and hours",
      profile: 'Profile',
      openNow: 'The mall is open now',
      closedNow: 'The mall is closed now',
      nextChange: 'changes at %{time}',
      phoneHelp: 'The information desk, e.g. "0543 21000": digits, spaces, + ( ) -.',
      phoneFormat: 'Use digits, spaces and + ( ) - only.',
      emailFormat: 'Write a whole email address, e.g. info@paserkab.go.id.',
      websiteHelp: 'The whole address, starting with https://.',
      websiteFormat: 'Write the whole address, starting with http:// or https://.',
      hours: {
        title: 'Building hours',
        help: 'Local time (WITA), 24-hour. Facilities inside the building are open only within these hours; queues have their own ticket hours. A day without ranges: closed.',
        closed: 'Closed',
      },
      closedDates: {
        title: 'Closed dates %{year}',
        intro: 'On these dates the mall is closed and queues give out no tickets. Holidays and cuti bersama are entered once, on the closed dates page.',
        none: 'No holidays or cuti bersama recorded for %{year} yet.',
        manage: 'Manage closed dates',
      },
      showHistory: 'Show the change history',
      invalid: {
        name: 'The name must be 2 to 120 characters.',
        address: 'The address must be 5 to 300 characters.',
        phone: 'The phone may hold digits, spaces and + ( ) - only.',
        email: 'The email address is not valid.',
        website: 'The website must be an http(s) address.',
        openingHours: 'Overlaps another range, or is invalid.',
      },
    },
  },
};

export const messages = { id, en } satisfies FeatureMessages;
