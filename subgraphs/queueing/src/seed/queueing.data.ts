/**
 * Seed data: the queues of the services of the agencies with an OPEN booth at MPP Paser, the
 * counters (loket) at those booths, and the mall's closed dates of 2026.
 *
 * Booths and services are named by the slugs of the agencies and catalog seeds (their ids are
 * `seedId('booth', code)`, `seedId('service', slug)`, `seedId('agency', slug)`): nothing here
 * reads another subgraph's database. The lists follow those seeds — every PUBLISHED service of an
 * agency that has an OPEN booth; TEMPORARILY_CLOSED (Perumda Air Minum) and PLANNED (Taspen)
 * booths have none — and must follow them when a slug is added there.
 *
 * Unverified: the prefixes, the ticket hours and the counters are plausible sample values for
 * editors to correct in the CMS; so are the closed dates (the SKB 3 Menteri on national holidays
 * and cuti bersama of 2026, as remembered, to be verified against the decree by editors).
 */

export interface QueueSeed {
  /** The service's slug in the catalog seed. */
  serviceSlug: string;
  agencySlug: string;
  prefix: string;
}

export interface CounterSeed {
  /** Stable: the seed ID is `seedId('counter', slug)`. */
  slug: string;
  name: string;
  /** The booth's code in the agencies seed. */
  boothCode: string;
  agencySlug: string;
  floor: number;
}

export const queueSeeds: readonly QueueSeed[] = [
  // DPMPTSP (G-01 … G-04)
  { serviceSlug: 'nib-oss', agencySlug: 'dpmptsp', prefix: 'NIB' },
  { serviceSlug: 'sertifikat-standar', agencySlug: 'dpmptsp', prefix: 'SS' },
  { serviceSlug: 'pbg', agencySlug: 'dpmptsp', prefix: 'PBG' },
  { serviceSlug: 'pkkpr-non-berusaha', agencySlug: 'dpmptsp', prefix: 'PKR' },
  { serviceSlug: 'sip-tenaga-kesehatan', agencySlug: 'dpmptsp', prefix: 'SIP' },
  // Disdukcapil (G-05 … G-09)
  { serviceSlug: 'ktp-el', agencySlug: 'disdukcapil', prefix: 'KTP' },
  { serviceSlug: 'ktp-el-rusak-hilang', agencySlug: 'disdukcapil', prefix: 'KTR' },
  { serviceSlug: 'kartu-keluarga', agencySlug: 'disdukcapil', prefix: 'KK' },
  { serviceSlug: 'kartu-identitas-anak', agencySlug: 'disdukcapil', prefix: 'KIA' },
  { serviceSlug: 'akta-kelahiran', agencySlug: 'disdukcapil', prefix: 'AKL' },
  { serviceSlug: 'akta-kematian', agencySlug: 'disdukcapil', prefix: 'AKM' },
  { serviceSlug: 'akta-perkawinan', agencySlug: 'disdukcapil', prefix: 'AKP' },
  { serviceSlug: 'pindah-datang', agencySlug: 'disdukcapil', prefix: 'PD' },
  { serviceSlug: 'legalisir-dokumen-kependudukan', agencySlug: 'disdukcapil', prefix: 'LDK' },
  // Samsat (G-10 … G-12)
  { serviceSlug: 'pengesahan-stnk-tahunan', agencySlug: 'samsat', prefix: 'STN' },
  { serviceSlug: 'stnk-lima-tahunan', agencySlug: 'samsat', prefix: 'SLT' },
  { serviceSlug: 'mutasi-kendaraan', agencySlug: 'samsat', prefix: 'MK' },
  { serviceSlug: 'balik-nama-kendaraan', agencySlug: 'samsat', prefix: 'BBN' },
  // BPJS Kesehatan (G-13 … G-15)
  { serviceSlug: 'bpjs-kesehatan-pendaftaran-mandiri', agencySlug: 'bpjs-kesehatan', prefix: 'JKN' },
  { serviceSlug: 'bpjs-kesehatan-perubahan-data', agencySlug: 'bpjs-kesehatan', prefix: 'JPD' },
  { serviceSlug: 'bpjs-kesehatan-pindah-faskes', agencySlug: 'bpjs-kesehatan', prefix: 'JPF' },
  // BPJS Ketenagakerjaan (G-16, G-17)
  { serviceSlug: 'bpjs-ketenagakerjaan-klaim-jht', agencySlug: 'bpjs-ketenagakerjaan', prefix: 'JHT' },
  { serviceSlug: 'bpjs-ketenagakerjaan-klaim-jkm', agencySlug: 'bpjs-ketenagakerjaan', prefix: 'JKM' },
  { serviceSlug: 'bpjs-ketenagakerjaan-pendaftaran-bpu', agencySlug: 'bpjs-ketenagakerjaan', prefix: 'BPU' },
  // Bankaltimtara (G-18, G-19)
  { serviceSlug: 'bankaltimtara-pembukaan-rekening', agencySlug: 'bankaltimtara', prefix: 'BTR' },
  { serviceSlug: 'bankaltimtara-kur', agencySlug: 'bankaltimtara', prefix: 'BTK' },
  { serviceSlug: 'bankaltimtara-pembayaran-pajak-daerah', agencySlug: 'bankaltimtara', prefix: 'BTP' },
  // BRI (G-20, G-21)
  { serviceSlug: 'bri-pembukaan-rekening', agencySlug: 'bri', prefix: 'BRR' },
  { serviceSlug: 'bri-kur-mikro', agencySlug: 'bri', prefix: 'BRK' },
  // Mandiri (G-22)
  { serviceSlug: 'mandiri-pembukaan-rekening', agencySlug: 'mandiri', prefix: 'MDR' },
  { serviceSlug: 'mandiri-kur', agencySlug: 'mandiri', prefix: 'MDK' },
  { serviceSlug: 'mandiri-registrasi-livin', agencySlug: 'mandiri', prefix: 'MDL' },
  // BNI (G-24)
  { serviceSlug: 'bni-pembukaan-rekening', agencySlug: 'bni', prefix: 'BNR' },
  { serviceSlug: 'bni-kur', agencySlug: 'bni', prefix: 'BNK' },
  // Polres (G-25 Satpas SIM, G-27 SKCK)
  { serviceSlug: 'perpanjangan-sim', agencySlug: 'polres', prefix: 'SIM' },
  { serviceSlug: 'sim-baru', agencySlug: 'polres', prefix: 'SB' },
  { serviceSlug: 'skck', agencySlug: 'polres', prefix: 'SKC' },
  // Bapenda (G-28, G-29)
  { serviceSlug: 'pbb-p2', agencySlug: 'bapenda', prefix: 'PBB' },
  { serviceSlug: 'mutasi-objek-pbb', agencySlug: 'bapenda', prefix: 'MOP' },
  { serviceSlug: 'bphtb', agencySlug: 'bapenda', prefix: 'BPH' },
  // Imigrasi (G-30)
  { serviceSlug: 'paspor-elektronik', agencySlug: 'imigrasi', prefix: 'PE' },
  { serviceSlug: 'paspor-biasa', agencySlug: 'imigrasi', prefix: 'PB' },
  { serviceSlug: 'paspor-hilang-rusak', agencySlug: 'imigrasi', prefix: 'PHR' },
  // Kejaksaan (G-32)
  { serviceSlug: 'barang-bukti-tilang', agencySlug: 'kejaksaan', prefix: 'TLG' },
  { serviceSlug: 'konsultasi-hukum-kejaksaan', agencySlug: 'kejaksaan', prefix: 'KHK' },
  // Pengadilan Negeri (G-33)
  { serviceSlug: 'sk-tidak-pernah-dipidana', agencySlug: 'pengadilan-negeri', prefix: 'SKP' },
  { serviceSlug: 'perubahan-nama', agencySlug: 'pengadilan-negeri', prefix: 'PN' },
  { serviceSlug: 'legalisasi-putusan', agencySlug: 'pengadilan-negeri', prefix: 'LP' },
  // Pengadilan Agama (G-34, G-45)
  { serviceSlug: 'cerai-gugat', agencySlug: 'pengadilan-agama', prefix: 'CG' },
  { serviceSlug: 'dispensasi-kawin', agencySlug: 'pengadilan-agama', prefix: 'DK' },
  { serviceSlug: 'isbat-nikah', agencySlug: 'pengadilan-agama', prefix: 'IN' },
  // Kemenag (G-35)
  { serviceSlug: 'pendaftaran-haji', agencySlug: 'kemenag', prefix: 'HJ' },
  { serviceSlug: 'bimbingan-sertifikasi-halal', agencySlug: 'kemenag', prefix: 'HL' },
  { serviceSlug: 'pendaftaran-nikah', agencySlug: 'kemenag', prefix: 'NK' },
  // ATR/BPN (G-37)
  { serviceSlug: 'pengecekan-sertifikat', agencySlug: 'atr-bpn', prefix: 'CS' },
  { serviceSlug: 'peralihan-hak-tanah', agencySlug: 'atr-bpn', prefix: 'PHT' },
  // Disnaker (G-39)
  { serviceSlug: 'kartu-ak1', agencySlug: 'disnaker', prefix: 'AK' },
  { serviceSlug: 'pengesahan-peraturan-perusahaan', agencySlug: 'disnaker', prefix: 'PP' },
  { serviceSlug: 'mediasi-hubungan-industrial', agencySlug: 'disnaker', prefix: 'MHI' },
  // KPP Pratama (G-40)
  { serviceSlug: 'npwp', agencySlug: 'kpp-pratama', prefix: 'NPW' },
  { serviceSlug: 'bantuan-spt-tahunan', agencySlug: 'kpp-pratama', prefix: 'SPT' },
  // PLN (G-41)
  { serviceSlug: 'pln-pasang-baru-tambah-daya', agencySlug: 'pln', prefix: 'PLN' },
];

/** The OPEN booths of the agencies seed: code, agency, floor. */
const openBooths: readonly [code: string, agencySlug: string, floor: number][] = [
  ['G-01', 'dpmptsp', 1], ['G-02', 'dpmptsp', 1], ['G-03', 'dpmptsp', 1], ['G-04', 'dpmptsp', 1],
  ['G-05', 'disdukcapil', 1], ['G-06', 'disdukcapil', 1], ['G-07', 'disdukcapil', 1], ['G-08', 'disdukcapil', 1], ['G-09', 'disdukcapil', 1],
  ['G-10', 'samsat', 1], ['G-11', 'samsat', 1], ['G-12', 'samsat', 1],
  ['G-13', 'bpjs-kesehatan', 1], ['G-14', 'bpjs-kesehatan', 1], ['G-15', 'bpjs-kesehatan', 1],
  ['G-16', 'bpjs-ketenagakerjaan', 1], ['G-17', 'bpjs-ketenagakerjaan', 1],
  ['G-18', 'bankaltimtara', 1], ['G-19', 'bankaltimtara', 1],
  ['G-20', 'bri', 1], ['G-21', 'bri', 1],
  ['G-22', 'mandiri', 1],
  ['G-24', 'bni', 1],
  ['G-25', 'polres', 1], ['G-27', 'polres', 1],
  ['G-28', 'bapenda', 2], ['G-29', 'bapenda', 2],
  ['G-30', 'imigrasi', 2],
  ['G-32', 'kejaksaan', 2],
  ['G-33', 'pengadilan-negeri', 2],
  ['G-34', 'pengadilan-agama', 2], ['G-45', 'pengadilan-agama', 2],
  ['G-35', 'kemenag', 2],
  ['G-37', 'atr-bpn', 2],
  ['G-39', 'disnaker', 2],
  ['G-40', 'kpp-pratama', 2],
  ['G-41', 'pln', 2],
];

/** Booths with two counters side by side: the busiest services (SIM, KTP-el, paspor). */
const doubleBooths = new Set(['G-05', 'G-25', 'G-30']);

/**
 * One counter per open booth ("Loket G-05"), two at the busiest ("Loket G-25 A", "Loket G-25
 * B"); each serves every queue of its booth's agency.
 */
export const counterSeeds: readonly CounterSeed[] = openBooths.flatMap(([boothCode, agencySlug, floor]) =>
  doubleBooths.has(boothCode)
    ? ['A', 'B'].map((side) => ({ slug: `${boothCode.toLowerCase()}-${side.toLowerCase()}`, name: `Loket ${boothCode} ${side}`, boothCode, agencySlug, floor }))
    : [{ slug: boothCode.toLowerCase(), name: `Loket ${boothCode}`, boothCode, agencySlug, floor }],
);

/** When the seeded queues give out tickets: Mon–Thu 08:00–15:00, Fri 08:00–11:30 and 13:30–15:00 (Friday prayers). */
export const seedTicketHours = {
  days: [
    ...[1, 2, 3, 4].map((weekday) => ({ weekday, ranges: [{ opens: '08:00', closes: '15:00' }] })),
    { weekday: 5, ranges: [{ opens: '08:00', closes: '11:30' }, { opens: '13:30', closes: '15:00' }] },
  ],
};

/**
 * National holidays and cuti bersama of 2026, as remembered from the joint decree (SKB 3
 * Menteri): TO BE VERIFIED by editors against the decree, and corrected in the CMS (dates of
 * the Islamic holidays follow the government's isbat).
 */
export const closedDateSeeds: readonly { date: string; reason: string }[] = [
  { date: '2026-01-01', reason: 'Tahun Baru 2026 Masehi' },
  { date: '2026-01-16', reason: "Isra Mi'raj Nabi Muhammad SAW" },
  { date: '2026-02-16', reason: 'Cuti bersama Tahun Baru Imlek' },
  { date: '2026-02-17', reason: 'Tahun Baru Imlek 2577 Kongzili' },
  { date: '2026-03-18', reason: 'Cuti bersama Hari Suci Nyepi' },
  { date: '2026-03-19', reason: 'Hari Suci Nyepi, Tahun Baru Saka 1948' },
  { date: '2026-03-20', reason: 'Hari Raya Idul Fitri 1447 H' },
  { date: '2026-03-21', reason: 'Hari Raya Idul Fitri 1447 H' },
  { date: '2026-03-23', reason: 'Cuti bersama Idul Fitri 1447 H' },
  { date: '2026-03-24', reason: 'Cuti bersama Idul Fitri 1447 H' },
  { date: '2026-04-03', reason: 'Wafat Yesus Kristus' },
  { date: '2026-04-05', reason: 'Kebangkitan Yesus Kristus (Paskah)' },
  { date: '2026-05-01', reason: 'Hari Buruh Internasional' },
  { date: '2026-05-14', reason: 'Kenaikan Yesus Kristus' },
  { date: '2026-05-15', reason: 'Cuti bersama Kenaikan Yesus Kristus' },
  { date: '2026-05-27', reason: 'Hari Raya Idul Adha 1447 H' },
  { date: '2026-05-28', reason: 'Cuti bersama Idul Adha 1447 H' },
  { date: '2026-05-31', reason: 'Hari Raya Waisak 2570 BE' },
  { date: '2026-06-01', reason: 'Hari Lahir Pancasila' },
  { date: '2026-06-16', reason: 'Tahun Baru Islam 1448 H' },
  { date: '2026-08-17', reason: 'Hari Kemerdekaan Republik Indonesia' },
  { date: '2026-08-25', reason: 'Maulid Nabi Muhammad SAW' },
  { date: '2026-12-24', reason: 'Cuti bersama Hari Raya Natal' },
  { date: '2026-12-25', reason: 'Hari Raya Natal' },
];
