import type { FeatureMessages } from '../feature';

/** Texts of the booth screens: `resources.booths` and `mpp.booths` (with the history panel's). */
const id = {
  resources: {
    booths: {
      name: 'Gerai |||| Gerai',
      fields: {
        code: 'Kode',
        floor: 'Lantai',
        status: 'Status',
        openedOn: 'Tanggal buka',
        agencyId: 'Instansi',
        agencyName: 'Instansi',
        updatedAt: 'Terakhir diubah',
      },
    },
  },
  mpp: {
    booths: {
      search: 'Cari kode atau instansi',
      placement: 'Penempatan',
      placementReadOnly: 'Kode, lantai, dan instansi gerai hanya dapat diubah oleh editor DPMPTSP.',
      details: 'Status',
      codeHelp: 'Seperti tertulis di gerai, misalnya "G-07".',
      codeFormat: 'Gunakan huruf dan angka yang digabung dengan tanda hubung, misalnya "G-07" (paling banyak 16).',
      floorHelp: 'Dari -2 (basemen) sampai 10.',
      openedOnHelp: 'Wajib diisi bila status bukan "Direncanakan".',
      openedOnRequired: 'Isi tanggal buka: gerai yang tidak lagi direncanakan sudah pernah buka.',
    },
  },
};

/** Same keys as `id`: the type makes a missing or extra English key a compile error. */
const en: typeof id = {
  resources: {
    booths: {
      name: 'Booth |||| Booths',
      fields: {
        code: 'Code',
        floor: 'Floor',
        status: 'Status',
        openedOn: 'Opened on',
        agencyId: 'Agency',
        agencyName: 'Agency',
        updatedAt: 'Last changed',
      },
    },
  },
  mpp: {
    booths: {
      search: 'Search code or agency',
      placement: 'Placement',
      placementReadOnly: "Only DPMPTSP's editors can change a booth's code, floor and agency.",
      details: 'Status',
      codeHelp: 'As painted on the booth, e.g. "G-07".',
      codeFormat: 'Use letters and digits joined by hyphens, e.g. "G-07" (at most 16).',
      floorHelp: 'From -2 (basement) to 10.',
      openedOnHelp: 'Required unless the status is "Planned".',
      openedOnRequired: 'Fill in the opening date: a booth that is no longer planned has opened.',
    },
  },
};

export const messages = { id, en } satisfies FeatureMessages;
