import type { FeatureMessages } from '../feature';

/** Texts of the queue screens: `resources.queues` and `mpp.queues`. */
const id = {
  resources: {
    queues: {
      name: 'Antrean |||| Antrean',
      fields: {
        serviceId: 'Layanan',
        presence: 'Antrean',
        serviceName: 'Layanan',
        agencyName: 'Instansi',
        prefix: 'Awalan nomor',
        state: 'Status antrean',
        enabled: 'Menerima tiket',
        dailyQuota: 'Kuota harian',
        openNow: 'Buka sekarang',
        waiting: 'Menunggu',
        ticketHours: 'Jam pengambilan tiket',
        updatedAt: 'Terakhir diubah',
      },
    },
  },
  mpp: {
    queues: {
      search: 'Cari layanan, instansi, atau awalan',
      actions: 'Tindakan',
      open: 'Buka antrean',
      presence: {
        withQueue: 'Sudah ada antrean',
        withoutQueue: 'Belum ada antrean',
      },
      state: {
        enabled: 'Menerima tiket',
        disabled: 'Nonaktif',
        none: 'Belum ada antrean',
      },
      createIntro: 'Pilih layanan terbit yang belum memiliki antrean. Antrean langsung menerima tiket pada jam yang ditetapkan di bawah.',
      noQueueYet: 'Layanan ini belum memiliki antrean: antrean dibuka saat pengaturan ini disimpan.',
      openedMeanwhile: 'Antrean layanan ini baru saja dibuka oleh orang lain. Ubah pengaturannya dari daftar antrean.',
      settings: 'Pengaturan',
      enabledHelp: 'Antrean nonaktif tidak memberi tiket baru; tiket yang sudah diambil tetap dipanggil.',
      prefixHelp: '1 sampai 3 huruf di depan nomor tiket, misalnya "SIM" untuk SIM-007. Tidak boleh sama dengan antrean lain.',
      prefixFormat: 'Gunakan 1 sampai 3 huruf A–Z, misalnya "A" atau "SIM".',
      dailyQuotaHelp: 'Jumlah tiket paling banyak per hari. Kosongkan bila tanpa batas.',
      dailyQuotaRange: 'Isi bilangan bulat dari 1 sampai %{max}, atau kosongkan.',
      unlimited: 'Tanpa batas',
      nowOpen: 'Saat ini menerima tiket',
      nowClosed: 'Saat ini tidak menerima tiket',
      waitingCount: '%{smart_count} orang menunggu',
      invalid: {
        prefix: 'Awalan harus 1 sampai 3 huruf dan belum dipakai antrean lain.',
        dailyQuota: 'Kuota harian harus bilangan bulat dari 1 sampai 9999, atau dikosongkan.',
        time: 'Bertumpuk dengan rentang lain, atau tidak sesuai.',
      },
      hours: {
        title: 'Jam pengambilan tiket',
        help: 'Waktu setempat (WITA), 24 jam, misalnya 08:00 sampai 15:00. Satu hari boleh memiliki beberapa rentang, misalnya istirahat salat Jumat. Hari tanpa rentang tidak memberi tiket; hari libur dan cuti bersama juga tidak.',
        noTickets: 'Tidak ada tiket',
      },
    },
  },
};

/** Same keys as `id`: the type makes a missing or extra English key a compile error. */
const en: typeof id = {
  resources: {
    queues: {
      name: 'Queue |||| Queues',
      fields: {
        serviceId: 'Service',
        presence: 'Queue',
        serviceName: 'Service',
        agencyName: 'Agency',
        prefix: 'Number prefix',
        state: 'Queue status',
        enabled: 'Takes tickets',
        dailyQuota: 'Daily quota',
        openNow: 'Open now',
        waiting: 'Waiting',
        ticketHours: 'Ticket hours',
        updatedAt: 'Last changed',
      },
    },
  },
  mpp: {
    queues: {
      search: 'Search service, agency or prefix',
      actions: 'Actions',
      open: 'Open a queue',
      presence: {
        withQueue: 'Has a queue',
        withoutQueue: 'No queue yet',
      },
      state: {
        enabled: 'Takes tickets',
        disabled: 'Switched off',
        none: 'No queue yet',
      },
      createIntro: 'Choose a published service without a queue. The queue gives out tickets at once, in the hours set below.',
      noQueueYet: 'This service has no queue yet: saving these settings opens one.',
      openedMeanwhile: "Someone else has just opened this service's queue. Change its settings from the list of queues.",
      settings: 'Settings',
      enabledHelp: 'A switched-off queue gives out no new tickets; tickets already taken are still called.',
      prefixHelp: 'One to three letters before the ticket number, e.g. "SIM" for SIM-007. Must differ from every other queue.',
      prefixFormat: 'Use one to three letters A–Z, e.g. "A" or "SIM".',
      dailyQuotaHelp: 'The most tickets a day. Leave empty for no limit.',
      dailyQuotaRange: 'Enter a whole number from 1 to %{max}, or leave it empty.',
      unlimited: 'No limit',
      nowOpen: 'Taking tickets now',
      nowClosed: 'Not taking tickets now',
      waitingCount: '%{smart_count} waiting',
      invalid: {
        prefix: 'The prefix must be one to three letters, not used by another queue.',
        dailyQuota: 'The daily quota must be a whole number from 1 to 9999, or empty.',
        time: 'Overlaps another range, or is invalid.',
      },
      hours: {
        title: 'Ticket hours',
        help: 'Local time (WITA), 24-hour, e.g. 08:00 to 15:00. A day may have several ranges, e.g. a break for Friday prayers. A day without ranges gives out no tickets; nor do holidays and cuti bersama.',
        noTickets: 'No tickets',
      },
    },
  },
};

export const messages = { id, en } satisfies FeatureMessages;
