import type { FeatureMessages } from '../feature';

/** Texts of the agencies screens: `resources.agencies` and `mpp.agencies` (with the history panel's). */
const id = {
  resources: {
    agencies: {
      name: 'Instansi |||| Instansi',
      fields: {
        name: 'Nama',
        shortName: 'Nama singkat',
        slug: 'Slug (alamat)',
        kind: 'Jenis',
        description: 'Deskripsi',
        website: 'Situs web',
        phone: 'Telepon',
        email: 'Email',
        updatedAt: 'Terakhir diubah',
      },
    },
  },
  mpp: {
    agencies: {
      search: 'Cari instansi',
      identity: 'Identitas',
      identityReadOnly: 'Nama, nama singkat, slug, dan jenis instansi hanya dapat diubah oleh editor DPMPTSP.',
      contact: 'Kontak',
      contactHelp: 'Ditampilkan kepada warga di situs dan kios MPP. Kosongkan isian yang tidak ada.',
      slugHelp: 'Huruf kecil, angka, dan tanda hubung, misalnya "bri". Slug dipakai di alamat halaman; ubah hanya bila perlu.',
      slugFormat: 'Gunakan huruf kecil dan angka yang digabung dengan satu tanda hubung, misalnya "dinas-kesehatan".',
      websiteFormat: 'Tulis alamat lengkap yang diawali http:// atau https://.',
      phoneFormat: 'Tulis nomor telepon: angka, spasi, dan tanda + ( ) -.',
      booths: 'Gerai instansi ini',
      noBooths: 'Belum ada gerai untuk instansi ini.',
    },
  },
};

/** Same keys as `id`: the type makes a missing or extra English key a compile error. */
const en: typeof id = {
  resources: {
    agencies: {
      name: 'Agency |||| Agencies',
      fields: {
        name: 'Name',
        shortName: 'Short name',
        slug: 'Slug (address)',
        kind: 'Kind',
        description: 'Description',
        website: 'Website',
        phone: 'Phone',
        email: 'Email',
        updatedAt: 'Last changed',
      },
    },
  },
  mpp: {
    agencies: {
      search: 'Search agencies',
      identity: 'Identity',
      identityReadOnly: "Only DPMPTSP's editors can change an agency's name, short name, slug and kind.",
      contact: 'Contact',
      contactHelp: 'Shown to citizens on the MPP website and kiosks. Leave empty what does not exist.',
      slugHelp: 'Lowercase letters, digits and hyphens, e.g. "bri". The slug is part of page addresses; change it only when needed.',
      slugFormat: 'Use lowercase letters and digits joined by single hyphens, e.g. "health-office".',
      websiteFormat: 'Write the full address, starting with http:// or https://.',
      phoneFormat: 'Write a phone number: digits, spaces and + ( ) -.',
      booths: "This agency's booths",
      noBooths: 'This agency has no booths yet.',
    },
  },
};

export const messages = { id, en } satisfies FeatureMessages;
