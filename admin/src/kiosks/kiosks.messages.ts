import type { FeatureMessages } from '../feature';

/** Texts of the kiosk screens: `resources.kiosks` and `mpp.kiosks` (with the history panel's). */
const id = {
  resources: {
    kiosks: {
      name: 'Kiosk |||| Kiosk',
      fields: {
        name: 'Nama',
        active: 'Status',
        registeredAt: 'Didaftarkan',
        lastSessionStartedAt: 'Sesi terakhir',
        revokedAt: 'Dicabut',
        updatedAt: 'Terakhir diubah',
      },
    },
  },
  mpp: {
    kiosks: {
      search: 'Cari nama kiosk',
      active: 'Aktif',
      revoked: 'Dicabut',
      never: 'Belum pernah',
      createIntro:
        'Kiosk adalah perangkat pengambilan tiket di aula MPP. Setelah didaftarkan, kiosk mendapat token perangkat yang dimasukkan satu kali pada perangkatnya; token itu hanya ditampilkan sekali.',
      nameHelp: 'Nama yang membedakannya dari kiosk lain, misalnya "Kiosk Lobi Utama" (2 sampai 80 karakter).',
      revoke: 'Cabut kiosk',
      revokeTitle: 'Cabut %{name}?',
      revokeContent:
        'Kiosk ini tidak dapat lagi memberi tiket: dalam 10 detik sesinya berakhir dan token perangkatnya tidak berlaku lagi. Pencabutan tidak dapat dibatalkan; untuk memakai perangkat ini lagi, daftarkan sebagai kiosk baru.',
      revokedNotice: '%{name} telah dicabut.',
      revokedHelp: 'Kiosk ini telah dicabut dan tidak dapat diubah lagi. Untuk memakai perangkatnya lagi, daftarkan sebagai kiosk baru.',
      revokedAction: 'Dicabut',
      invalidName: 'Nama harus 2 sampai 80 karakter dan belum dipakai kiosk aktif lain.',
      deviceToken: {
        title: 'Kiosk telah didaftarkan',
        intro: 'Masukkan token perangkat ini pada perangkat %{name}. Kiosk memakainya untuk masuk ke layanan antrean.',
        label: 'Token perangkat',
        warning: 'Token ini hanya ditampilkan sekali dan tidak dapat dilihat lagi setelah jendela ini ditutup. Bila hilang, cabut kiosk ini dan daftarkan yang baru.',
        copy: 'Salin token',
        copied: 'Token tersalin.',
        copyFailed: 'Tidak dapat menyalin otomatis. Pilih teks token, lalu salin secara manual.',
        done: 'Sudah saya catat, tutup',
      },
    },
  },
};

/** Same keys as `id`: the type makes a missing or extra English key a compile error. */
const en: typeof id = {
  resources: {
    kiosks: {
      name: 'Kiosk |||| Kiosks',
      fields: {
        name: 'Name',
        active: 'Status',
        registeredAt: 'Registered',
        lastSessionStartedAt: 'Last session',
        revokedAt: 'Revoked',
        updatedAt: 'Last changed',
      },
    },
  },
  mpp: {
    kiosks: {
      search: 'Search kiosk name',
      active: 'Active',
      revoked: 'Revoked',
      never: 'Never',
      createIntro:
        'A kiosk is a ticket machine in the MPP hall. Once registered, it gets a device token to enter on the device once; the token is shown only once.',
      nameHelp: 'A name that tells it from the other kiosks, e.g. "Kiosk Lobi Utama" (2 to 80 characters).',
      revoke: 'Revoke kiosk',
      revokeTitle: 'Revoke %{name}?',
      revokeContent:
        'This kiosk can no longer give out tickets: within 10 seconds its session ends and its device token stops working. Revoking cannot be undone; to use this device again, register it as a new kiosk.',
      revokedNotice: '%{name} has been revoked.',
      revokedHelp: 'This kiosk has been revoked and can no longer be changed. To use its device again, register it as a new kiosk.',
      revokedAction: 'Revoked',
      invalidName: 'The name must be 2 to 80 characters, not used by another active kiosk.',
      deviceToken: {
        title: 'Kiosk registered',
        intro: 'Enter this device token on the device %{name}. The kiosk signs in to the queue service with it.',
        label: 'Device token',
        warning: 'This token is shown only once and cannot be seen again once this window is closed. If it is lost, revoke this kiosk and register a new one.',
        copy: 'Copy token',
        copied: 'Token copied.',
        copyFailed: 'Could not copy automatically. Select the token text and copy it by hand.',
        done: 'I have noted it, close',
      },
    },
  },
};

export const messages = { id, en } satisfies FeatureMessages;
