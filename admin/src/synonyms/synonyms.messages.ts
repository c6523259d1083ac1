import type { FeatureMessages } from '../feature';

/** Texts of the search synonym screens: `resources.searchSynonymGroups` and `mpp.synonyms` (with the history panel's). */
const id = {
  resources: {
    searchSynonymGroups: {
      name: 'Sinonim pencarian |||| Sinonim pencarian',
      fields: {
        key: 'Kunci',
        phrases: 'Frasa',
        updatedAt: 'Terakhir diubah',
      },
    },
  },
  mpp: {
    synonyms: {
      intro:
        'Setiap kelompok berisi kata atau frasa yang dianggap sama oleh pencarian warga: mencari salah satunya menemukan hasil semua frasa lainnya. Perubahan langsung dipakai pencarian begitu disimpan.',
      keyHelpCreate: 'Boleh dikosongkan: dibuat dari frasa pertama. Huruf kecil, angka, dan tanda hubung, misalnya "paspor". Tidak dapat diubah setelah disimpan.',
      keyHelpEdit: 'Kunci ditetapkan saat kelompok dibuat dan tidak dapat diubah.',
      keyFormat: 'Gunakan huruf kecil dan angka yang digabung dengan satu tanda hubung, misalnya "surat-pindah".',
      phrasesHelp:
        'Ketik satu frasa lalu tekan Enter; 2 sampai 50 frasa, masing-masing paling banyak 120 karakter. Frasa dibandingkan dalam huruf kecil tanpa aksen ("KTP" sama dengan "ktp"). Satu frasa hanya boleh ada di satu kelompok. Pencarian langsung memakai perubahan begitu disimpan.',
      phraseCount: 'Isi %{min} sampai %{max} frasa.',
      phraseTooLong: 'Frasa "%{phrase}" lebih dari %{max} karakter.',
      phraseRepeated: 'Frasa "%{phrase}" tertulis lebih dari sekali (huruf besar dan aksen tidak dibedakan).',
      morePhrases: '+%{smart_count} lagi',
    },
  },
};

/** Same keys as `id`: the type makes a missing or extra English key a compile error. */
const en: typeof id = {
  resources: {
    searchSynonymGroups: {
      name: 'Search synonym |||| Search synonyms',
      fields: {
        key: 'Key',
        phrases: 'Phrases',
        updatedAt: 'Last changed',
      },
    },
  },
  mpp: {
    synonyms: {
      intro:
        "Each group holds words or phrases citizens' search treats as the same: searching for one finds what the others find. Search uses a change as soon as it is saved.",
      keyHelpCreate: 'May be left empty: made from the first phrase. Lowercase letters, digits and hyphens, e.g. "passport". Cannot be changed once saved.',
      keyHelpEdit: 'The key is set when the group is created and cannot be changed.',
      keyFormat: 'Use lowercase letters and digits joined by single hyphens, e.g. "moving-letter".',
      phrasesHelp:
        'Type a phrase and press Enter; 2 to 50 phrases of at most 120 characters each. Phrases are compared in lowercase without accents ("KTP" is the same as "ktp"). A phrase can be in one group only. Search uses a change as soon as it is saved.',
      phraseCount: 'Enter %{min} to %{max} phrases.',
      phraseTooLong: 'The phrase "%{phrase}" is longer than %{max} characters.',
      phraseRepeated: 'The phrase "%{phrase}" is written more than once (case and accents do not count).',
      morePhrases: '+%{smart_count} more',
    },
  },
};

export const messages = { id, en } satisfies FeatureMessages;
