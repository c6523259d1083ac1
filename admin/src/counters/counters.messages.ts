import type { FeatureMessages } from '../feature';

/** Texts of the counter screens: `resources.counters` and `mpp.counters`. Statuses come from `mpp.counterStatus.*`. */
const id = {
  resources: {
    counters: {
      name: 'Loket |||| Loket',
      fields: {
        name: 'Nama',
        boothId: 'Gerai',
        boothCode: 'Gerai',
        agencyName: 'Instansi',
        floor: 'Lantai',
        serviceIds: 'Layanan',
        serviceNames: 'Layanan',
        status: 'Status',
        officerName: 'Petugas',
        updatedAt: 'Terakhir diubah',
      },
    },
  },
  mpp: {
    counters: {
      search: 'Cari loket, gerai, instansi, atau layanan',
      createIntro: 'Loket baru tertutup sampai petugas loket dari instansi gerainya masuk.',
      nameHelp: 'Seperti tampil di papan antrean, misalnya "Loket G-05". Tidak boleh sama dengan loket lain.',
      boothHelp: 'Instansi dan lantai loket mengikuti gerainya.',
      servicesHelp: 'Antrean layanan yang dipanggil dari loket ini (paling sedikit satu).',
      chooseBoothFirst: 'Pilih gerai lebih dulu: loket memanggil antrean layanan instansi gerainya saja.',
      noQueues: 'Instansi gerai ini belum memiliki antrean. Buka antrean layanannya lebih dulu.',
      servicesRequired: 'Pilih paling sedikit satu layanan.',
      officerSignedIn: 'Sudah masuk',
      noOfficer: '—',
      invalid: {
        name: 'Nama harus 2 sampai 80 karakter dan belum dipakai loket lain.',
        boothId: 'Pilih gerai yang terdaftar.',
        serviceIds: 'Pilih paling sedikit satu layanan berantrean dari instansi gerai ini.',
      },
    },
  },
};

/** Same keys as `id`: the type makes a missing or extra English key a compile error. */
const en: typeof id = {
  resources: {
    counters: {
      name: 'Counter |||| Counters',
      fields: {
        name: 'Name',
        boothId: 'Booth',
        boothCode: 'Booth',
        agencyName: 'Agency',
        floor: 'Floor',
        serviceIds: 'Services',
        serviceNames: 'Services',
        status: 'Status',
        officerName: 'Officer',
        updatedAt: 'Last changed',
      },
    },
  },
  mpp: {
    counters: {
      search: 'Search counter, booth, agency or service',
      createIntro: "A new counter stays closed until a service desk officer of its booth's agency signs in.",
      nameHelp: 'As the queue board shows it, e.g. "Loket G-05". Must differ from every other counter.',
      boothHelp: "The counter's agency and floor are its booth's.",
      servicesHelp: 'The services whose queues this counter calls (at least one).',
      chooseBoothFirst: "Choose the booth first: a counter calls only its booth's agency's queues.",
      noQueues: "This booth's agency has no queue yet. Open its services' queues first.",
      servicesRequired: 'Choose at least one service.',
      officerSignedIn: 'Signed in',
      noOfficer: '—',
      invalid: {
        name: 'The name must be 2 to 80 characters, not used by another counter.',
        boothId: 'Choose a registered booth.',
        serviceIds: "Choose at least one service with a queue, of this booth's agency.",
      },
    },
  },
};

export const messages = { id, en } satisfies FeatureMessages;
