import type { FeatureMessages } from '../feature';

/** Texts of a shop's listings on its facility's page: `resources.listings` and `mpp.listings`. */
const id = {
  resources: {
    listings: {
      name: 'Item |||| Item',
      fields: {
        name: 'Nama',
        category: 'Kategori',
        price: 'Harga',
        available: 'Tersedia',
        facilityId: 'Fasilitas',
        updatedAt: 'Terakhir diubah',
      },
    },
  },
  mpp: {
    listings: {
      title: 'Menu dan barang',
      intro: 'Yang dijual di sini, seperti dibaca pengunjung. Perubahan langsung tampil, tanpa tinjauan. Klik baris untuk mengubah atau menghapus.',
      readOnly: 'Yang dijual di sini. Hanya pengelola tempat ini dan editor DPMPTSP yang dapat mengubahnya.',
      none: 'Belum ada item.',
      add: 'Tambah item',
      createTitle: 'Item baru: %{shop}',
      editTitle: 'Ubah %{name}',
      onSale: 'Tersedia',
      soldOut: 'Habis',
      categoryHelp: 'Judul di menu atau rak, misalnya "Makanan", "Minuman", "Dokumen". Boleh dikosongkan.',
      priceHelp: 'Dalam rupiah, tanpa titik: 15000 untuk %{example}. Isi 0 bila gratis.',
      availableHelp: 'Matikan bila habis atau sedang tidak dijual.',
      wholeRupiah: 'Tulis harga dalam rupiah bulat.',
      negativePrice: 'Harga tidak boleh kurang dari 0.',
      tooDear: 'Harga paling tinggi Rp10.000.000; periksa angkanya.',
      created: 'Item ditambahkan.',
      saved: 'Item disimpan.',
      deleted: 'Item dihapus.',
      deleteTitle: 'Hapus %{name}?',
      deleteContent: 'Item ini tidak lagi ditampilkan kepada pengunjung. Riwayatnya tetap tersimpan.',
      invalid: {
        name: 'Nama harus 2 sampai 120 karakter.',
        category: 'Kategori paling banyak 60 karakter.',
        price: 'Harga harus rupiah bulat dari 0 sampai 10.000.000.',
        available: 'Pilih tersedia atau tidak.',
      },
    },
  },
};

/** Same keys as `id`: the type makes a missing or extra English key a compile error. */
const en: typeof id = {
  resources: {
    listings: {
      name: 'Item |||| Items',
      fields: {
        name: 'Name',
        category: 'Category',
        price: 'Price',
        available: 'Available',
        facilityId: 'Facility',
        updatedAt: 'Last changed',
      },
    },
  },
  mpp: {
    listings: {
      title: 'Menu and items',
      intro: 'What is sold here, as visitors read it. Changes show at once, without review. Click a row to change or delete it.',
      readOnly: "What is sold here. Only this place's operator and DPMPTSP's editors can change it.",
      none: 'No items yet.',
      add: 'Add an item',
      createTitle: 'New item: %{shop}',
      editTitle: 'Change %{name}',
      onSale: 'Available',
      soldOut: 'Sold out',
      categoryHelp: 'A heading of the menu or shelf, e.g. "Food", "Drinks", "Documents". May be left empty.',
      priceHelp: 'In Rupiah, without separators: 15000 for %{example}. Enter 0 when free.',
      availableHelp: 'Switch off when sold out or off the menu for a while.',
      wholeRupiah: 'Write the price in whole Rupiah.',
      negativePrice: 'The price cannot be below 0.',
      tooDear: 'The highest price is Rp10,000,000; check the number.',
      created: 'Item added.',
      saved: 'Item saved.',
      deleted: 'Item deleted.',
      deleteTitle: 'Delete %{name}?',
      deleteContent: 'Visitors will no longer see this item. Its history is kept.',
      invalid: {
        name: 'The name must be 2 to 120 characters.',
        category: 'The category can have at most 60 characters.',
        price: 'The price must be whole Rupiah from 0 to 10,000,000.',
        available: 'Choose available or not.',
      },
    },
  },
};

export const messages = { id, en } satisfies FeatureMessages;
