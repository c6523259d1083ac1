import type { FeatureMessages } from '../feature';

/** Texts of the categories screens: `resources.serviceCategories` and `mpp.categories`. */
const id = {
  resources: {
    serviceCategories: {
      name: 'Kategori |||| Kategori',
      fields: {
        name: 'Nama',
        slug: 'Slug (alamat)',
        serviceCount: 'Jumlah layanan',
        updatedAt: 'Terakhir diubah',
      },
    },
  },
  mpp: {
    categories: {
      search: 'Cari kategori',
      slugHelpCreate: 'Boleh dikosongkan: dibuat dari nama. Huruf kecil, angka, dan tanda hubung, misalnya "kependudukan".',
      slugHelpEdit: 'Huruf kecil, angka, dan tanda hubung. Slug dipakai di alamat halaman; ubah hanya bila perlu.',
      slugFormat: 'Gunakan huruf kecil dan angka yang digabung dengan satu tanda hubung, misalnya "izin-usaha".',
      serviceCount: 'Kategori ini berisi %{smart_count} layanan yang dapat Anda lihat. Kategori hanya dapat dihapus bila tidak berisi layanan sama sekali.',
      noServices: 'Kategori ini belum berisi layanan, sehingga dapat dihapus.',
      deleteRefused: 'Kategori ini tidak dapat dihapus. Pindahkan dulu layanannya ke kategori lain.',
    },
  },
};

/** Same keys as `id`: the type makes a missing or extra English key a compile error. */
const en: typeof id = {
  resources: {
    serviceCategories: {
      name: 'Category |||| Categories',
      fields: {
        name: 'Name',
        slug: 'Slug (address)',
        serviceCount: 'Services',
        updatedAt: 'Last changed',
      },
    },
  },
  mpp: {
    categories: {
      search: 'Search categories',
      slugHelpCreate: 'May be left empty: made from the name. Lowercase letters, digits and hyphens, e.g. "population".',
      slugHelpEdit: 'Lowercase letters, digits and hyphens. The slug is part of page addresses; change it only when needed.',
      slugFormat: 'Use lowercase letters and digits joined by single hyphens, e.g. "business-permits".',
      serviceCount: 'This category holds %{smart_count} service(s) you can see. Only a category without any service can be deleted.',
      noServices: 'This category holds no services yet, so it can be deleted.',
      deleteRefused: 'This category cannot be deleted. Move its services to another category first.',
    },
  },
};

export const messages = { id, en } satisfies FeatureMessages;
