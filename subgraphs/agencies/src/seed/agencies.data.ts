/**
 * Seed data: the agencies (instansi) with a gerai at the Mall Pelayanan Publik (MPP) Kabupaten
 * Paser, and the gerai (booths) themselves.
 *
 * Sources: public reports (news, agency pages) summarised in DOMAIN.md — the plan of 45 gerai
 * opened in stages from the regency's anniversary (29 December 2024), and the agencies named for
 * the mall (Polres, Kejaksaan, Pengadilan Negeri, Pengadilan Agama, Imigrasi, BPJS, banks, OPD).
 *
 * Unverified: contact data (phone, email), websites other than well-known official domains, the
 * booth numbering, floors, statuses and opening dates are plausible sample values, not facts
 * taken from DOMAIN.md. Editors are expected to correct them in the CMS.
 *
 * Slugs are stable: other subgraphs' seed data refers to them (`agency:<slug>`). Never rename.
 */
import type { AgencySeed, BoothSeed } from './seed.types';

export const agencySeeds: readonly AgencySeed[] = [
  {
    slug: 'dpmptsp',
    name: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kabupaten Paser',
    shortName: 'DPMPTSP Paser',
    kind: 'REGIONAL_GOVERNMENT',
    description:
      'Pengelola Mal Pelayanan Publik Paser. Melayani perizinan berusaha melalui OSS RBA (NIB), ' +
      'persetujuan bangunan gedung (PBG/SIMBG), PKKPR, serta konsultasi penanaman modal.',
    website: 'https://dpmptsp.paserkab.go.id',
    phone: null,
    email: null,
  },
  {
    slug: 'disdukcapil',
    name: 'Dinas Kependudukan dan Pencatatan Sipil Kabupaten Paser',
    shortName: 'Disdukcapil Paser',
    kind: 'REGIONAL_GOVERNMENT',
    description:
      'Melayani dokumen kependudukan tanpa biaya: KTP-el, Kartu Keluarga, Kartu Identitas Anak, ' +
      'akta kelahiran dan kematian, serta surat pindah datang.',
    website: 'https://disdukcapil.paserkab.go.id',
    phone: null,
    email: null,
  },
  {
    slug: 'bapenda',
    name: 'Badan Pendapatan Daerah Kabupaten Paser',
    shortName: 'Bapenda Paser',
    kind: 'REGIONAL_GOVERNMENT',
    description:
      'Melayani pajak daerah kabupaten: pendaftaran dan pembayaran PBB-P2, validasi BPHTB, ' +
      'serta pajak hotel, restoran, reklame dan pajak daerah lainnya.',
    website: 'https://bapenda.paserkab.go.id',
    phone: null,
    email: null,
  },
  {
    slug: 'samsat',
    name: 'UPTD Pengelolaan Pendapatan Daerah Wilayah Paser, Badan Pendapatan Daerah Provinsi Kalimantan Timur',
    shortName: 'Samsat Paser',
    kind: 'REGIONAL_GOVERNMENT',
    description:
      'Layanan Samsat: pembayaran Pajak Kendaraan Bermotor (PKB), SWDKLLJ, dan pengesahan STNK ' +
      'tahunan, bersama Polres Paser dan Jasa Raharja.',
    website: 'https://bapenda.kaltimprov.go.id',
    phone: null,
    email: null,
  },
  {
    slug: 'polres',
    name: 'Kepolisian Resor Paser',
    shortName: 'Polres Paser',
    kind: 'CENTRAL_GOVERNMENT',
    description:
      'Satpas SIM Polres Paser melayani pembuatan dan perpanjangan SIM A, C dan D; ' +
      'Satintelkam melayani penerbitan SKCK.',
    website: 'https://www.polri.go.id',
    phone: '110',
    email: null,
  },
  {
    slug: 'kejaksaan',
    name: 'Kejaksaan Negeri Paser',
    shortName: 'Kejari Paser',
    kind: 'CENTRAL_GOVERNMENT',
    description:
      'Melayani pengambilan barang bukti dan pembayaran denda tilang sesuai putusan, ' +
      'serta konsultasi hukum gratis bagi masyarakat.',
    website: 'https://www.kejaksaan.go.id',
    phone: null,
    email: null,
  },
  {
    slug: 'pengadilan-negeri',
    name: 'Pengadilan Negeri Tanah Grogot',
    shortName: 'PN Tanah Grogot',
    kind: 'CENTRAL_GOVERNMENT',
    description:
      'Melayani surat keterangan tidak pernah dipidana, informasi perkara, serta pendampingan ' +
      'pendaftaran permohonan melalui e-Court (misalnya perubahan nama).',
    website: 'https://pn-tanahgrogot.go.id',
    phone: null,
    email: null,
  },
  {
    slug: 'pengadilan-agama',
    name: 'Pengadilan Agama Tanah Grogot',
    shortName: 'PA Tanah Grogot',
    kind: 'CENTRAL_GOVERNMENT',
    description:
      'Melayani informasi dan pendaftaran perkara keluarga bagi umat Islam, antara lain cerai ' +
      'gugat, isbat nikah dan dispensasi kawin, termasuk layanan e-Court dan Posbakum.',
    website: 'https://pa-tanahgrogot.go.id',
    phone: null,
    email: null,
  },
  {
    slug: 'imigrasi',
    name: 'Kantor Imigrasi Kelas I TPI Balikpapan',
    shortName: 'Imigrasi Balikpapan',
    kind: 'CENTRAL_GOVERNMENT',
    description:
      'Melayani permohonan paspor baru dan penggantian (dengan jadwal dari aplikasi M-Paspor), ' +
      'ramai menjelang musim haji dan umrah. Unit layanan di MPP Paser dijalankan oleh kantor ' +
      'ini; hal ini belum terverifikasi.',
    website: 'https://www.imigrasi.go.id',
    phone: null,
    email: null,
  },
  {
    slug: 'bpjs-kesehatan',
    name: 'BPJS Kesehatan Kantor Cabang Tanah Grogot',
    shortName: 'BPJS Kesehatan',
    kind: 'SOCIAL_SECURITY',
    description:
      'Melayani pendaftaran peserta JKN, perubahan data dan kelas rawat, pindah faskes, serta ' +
      'informasi tagihan iuran. Nama kantor cabang yang melayani Paser belum terverifikasi.',
    website: 'https://bpjs-kesehatan.go.id',
    phone: '165',
    email: null,
  },
  {
    slug: 'bpjs-ketenagakerjaan',
    name: 'BPJS Ketenagakerjaan Kantor Cabang Perintis Tanah Grogot',
    shortName: 'BPJS Ketenagakerjaan',
    kind: 'SOCIAL_SECURITY',
    description:
      'Melayani pendaftaran peserta penerima upah dan bukan penerima upah, serta klaim JHT, JKK, ' +
      'JKM dan JP. Nama kantor cabang belum terverifikasi.',
    website: 'https://www.bpjsketenagakerjaan.go.id',
    phone: '175',
    email: null,
  },
  {
    slug: 'bankaltimtara',
    name: 'Bank Pembangunan Daerah Kalimantan Timur dan Kalimantan Utara Cabang Tanah Grogot',
    shortName: 'Bankaltimtara',
    kind: 'BANK',
    description:
      'Bank daerah: pembukaan rekening, penerimaan setoran pajak dan retribusi daerah, ' +
      'serta layanan perbankan lainnya.',
    website: 'https://www.bankaltimtara.co.id',
    phone: null,
    email: null,
  },
  {
    slug: 'bri',
    name: 'PT Bank Rakyat Indonesia (Persero) Tbk Kantor Cabang Tanah Grogot',
    shortName: 'BRI',
    kind: 'BANK',
    description:
      'Pembukaan rekening, layanan kredit usaha rakyat (KUR), serta pembayaran PNBP ' +
      'dan tagihan lainnya.',
    website: 'https://bri.co.id',
    phone: '14017',
    email: null,
  },
  {
    slug: 'mandiri',
    name: 'PT Bank Mandiri (Persero) Tbk Tanah Grogot',
    shortName: 'Bank Mandiri',
    kind: 'BANK',
    description: 'Pembukaan rekening, layanan nasabah, serta pembayaran PNBP dan tagihan lainnya.',
    website: 'https://bankmandiri.co.id',
    phone: '14000',
    email: null,
  },
  {
    slug: 'bni',
    name: 'PT Bank Negara Indonesia (Persero) Tbk Tanah Grogot',
    shortName: 'BNI',
    kind: 'BANK',
    description:
      'Pembukaan rekening, layanan nasabah, serta pembayaran PNBP, termasuk setoran ' +
      'biaya perjalanan ibadah haji.',
    website: 'https://bni.co.id',
    phone: '1500046',
    email: null,
  },
  {
    slug: 'kemenag',
    name: 'Kantor Kementerian Agama Kabupaten Paser',
    shortName: 'Kemenag Paser',
    kind: 'CENTRAL_GOVERNMENT',
    description:
      'Melayani pendaftaran haji reguler, informasi umrah, bimbingan sertifikasi halal bagi ' +
      'pelaku usaha, serta informasi layanan nikah di KUA.',
    website: 'https://kaltim.kemenag.go.id',
    phone: null,
    email: null,
  },
  {
    slug: 'atr-bpn',
    name: 'Kantor Pertanahan Kabupaten Paser',
    shortName: 'ATR/BPN Paser',
    kind: 'CENTRAL_GOVERNMENT',
    description:
      'Melayani informasi dan pendaftaran layanan pertanahan: pengecekan dan peralihan hak ' +
      'sertipikat, hak tanggungan elektronik, serta pertimbangan teknis untuk PKKPR.',
    website: 'https://www.atrbpn.go.id',
    phone: null,
    email: null,
  },
  {
    slug: 'disnaker',
    name: 'Dinas Tenaga Kerja dan Transmigrasi Kabupaten Paser',
    shortName: 'Disnakertrans Paser',
    kind: 'REGIONAL_GOVERNMENT',
    description:
      'Melayani kartu tanda bukti pendaftaran pencari kerja (kartu AK/1), informasi lowongan ' +
      'kerja, dan pelaporan wajib ketenagakerjaan perusahaan.',
    website: null,
    phone: null,
    email: null,
  },
  {
    slug: 'kpp-pratama',
    name: 'Kantor Pelayanan Pajak Pratama Tanah Grogot',
    shortName: 'KPP Pratama Tanah Grogot',
    kind: 'CENTRAL_GOVERNMENT',
    description:
      'Direktorat Jenderal Pajak: pendaftaran NPWP, aktivasi akun Coretax, serta bantuan ' +
      'pelaporan SPT Tahunan.',
    website: 'https://www.pajak.go.id',
    phone: '1500200',
    email: null,
  },
  {
    slug: 'pln',
    name: 'PT PLN (Persero) Unit Layanan Pelanggan Tanah Grogot',
    shortName: 'PLN ULP Tanah Grogot',
    kind: 'STATE_ENTERPRISE',
    description:
      'Melayani pasang baru dan tambah daya listrik, pengaduan gangguan, serta informasi ' +
      'tagihan dan token listrik.',
    website: 'https://web.pln.co.id',
    phone: '123',
    email: null,
  },
  {
    slug: 'perumda-air-minum',
    name: 'Perusahaan Umum Daerah Air Minum Tirta Kandilo Kabupaten Paser',
    shortName: 'Perumda Tirta Kandilo',
    kind: 'STATE_ENTERPRISE',
    description:
      'Melayani permohonan sambungan rumah air bersih, pengaduan gangguan distribusi, ' +
      'serta informasi tagihan rekening air.',
    website: null,
    phone: null,
    email: null,
  },
  {
    slug: 'taspen',
    name: 'PT Taspen (Persero)',
    shortName: 'Taspen',
    kind: 'STATE_ENTERPRISE',
    description:
      'Melayani informasi dan klaim tabungan hari tua serta pensiun aparatur sipil negara. ' +
      'Kehadiran gerai Taspen di MPP Paser belum terverifikasi.',
    website: 'https://www.taspen.co.id',
    phone: '1500919',
    email: null,
  },
  // The tenants of the mall's shops (the facilities subgraph's cafeteria and minimarket): agencies
  // of kind OTHER, so that their own partner staff keep their status and listings. Sample data:
  // the tenants' names are not known from public reports (belum terverifikasi).
  {
    slug: 'kafetaria-mpp',
    name: 'Pengelola Kafetaria MPP Kabupaten Paser',
    shortName: 'Kafetaria MPP',
    kind: 'OTHER',
    description:
      'Penyewa kafetaria di lantai 1 MPP Paser: makanan dan minuman untuk pengunjung dan petugas. ' +
      'Nama pengelola belum terverifikasi.',
    website: null,
    phone: null,
    email: null,
  },
  {
    slug: 'minimarket-mpp',
    name: 'Pengelola Minimarket MPP Kabupaten Paser',
    shortName: 'Minimarket MPP',
    kind: 'OTHER',
    description:
      'Penyewa minimarket di lantai 1 MPP Paser: meterai, map, fotokopi, cetak pas foto, serta makanan ' +
      'dan minuman ringan. Nama pengelola belum terverifikasi.',
    website: null,
    phone: null,
    email: null,
  },
];

export const boothSeeds: readonly BoothSeed[] = [
  // Floor 1: the busiest agencies.
  { code: 'G-01', agencySlug: 'dpmptsp', floor: 1, status: 'OPEN', openedOn: '2024-12-29' }, // informasi & pengaduan MPP
  { code: 'G-02', agencySlug: 'dpmptsp', floor: 1, status: 'OPEN', openedOn: '2024-12-29' }, // OSS RBA / NIB
  { code: 'G-03', agencySlug: 'dpmptsp', floor: 1, status: 'OPEN', openedOn: '2024-12-29' }, // PBG / SIMBG
  { code: 'G-04', agencySlug: 'dpmptsp', floor: 1, status: 'OPEN', openedOn: '2025-02-10' }, // PKKPR
  { code: 'G-05', agencySlug: 'disdukcapil', floor: 1, status: 'OPEN', openedOn: '2024-12-29' },
  { code: 'G-06', agencySlug: 'disdukcapil', floor: 1, status: 'OPEN', openedOn: '2024-12-29' },
  { code: 'G-07', agencySlug: 'disdukcapil', floor: 1, status: 'OPEN', openedOn: '2024-12-29' },
  { code: 'G-08', agencySlug: 'disdukcapil', floor: 1, status: 'OPEN', openedOn: '2025-02-10' },
  { code: 'G-09', agencySlug: 'disdukcapil', floor: 1, status: 'OPEN', openedOn: '2025-06-02' },
  { code: 'G-10', agencySlug: 'samsat', floor: 1, status: 'OPEN', openedOn: '2024-12-29' },
  { code: 'G-11', agencySlug: 'samsat', floor: 1, status: 'OPEN', openedOn: '2024-12-29' },
  { code: 'G-12', agencySlug: 'samsat', floor: 1, status: 'OPEN', openedOn: '2025-02-10' },
  { code: 'G-13', agencySlug: 'bpjs-kesehatan', floor: 1, status: 'OPEN', openedOn: '2024-12-29' },
  { code: 'G-14', agencySlug: 'bpjs-kesehatan', floor: 1, status: 'OPEN', openedOn: '2024-12-29' },
  { code: 'G-15', agencySlug: 'bpjs-kesehatan', floor: 1, status: 'OPEN', openedOn: '2025-06-02' },
  { code: 'G-16', agencySlug: 'bpjs-ketenagakerjaan', floor: 1, status: 'OPEN', openedOn: '2024-12-29' },
  { code: 'G-17', agencySlug: 'bpjs-ketenagakerjaan', floor: 1, status: 'OPEN', openedOn: '2025-10-01' },
  { code: 'G-18', agencySlug: 'bankaltimtara', floor: 1, status: 'OPEN', openedOn: '2024-12-29' },
  { code: 'G-19', agencySlug: 'bankaltimtara', floor: 1, status: 'OPEN', openedOn: '2025-02-10' },
  { code: 'G-20', agencySlug: 'bri', floor: 1, status: 'OPEN', openedOn: '2024-12-29' },
  { code: 'G-21', agencySlug: 'bri', floor: 1, status: 'OPEN', openedOn: '2025-06-02' },
  { code: 'G-22', agencySlug: 'mandiri', floor: 1, status: 'OPEN', openedOn: '2025-02-10' },
  { code: 'G-23', agencySlug: 'mandiri', floor: 1, status: 'CLOSED', openedOn: '2025-02-10' }, // merged into G-22
  { code: 'G-24', agencySlug: 'bni', floor: 1, status: 'OPEN', openedOn: '2025-02-10' },
  { code: 'G-25', agencySlug: 'polres', floor: 1, status: 'OPEN', openedOn: '2025-02-10' }, // Satpas SIM
  { code: 'G-26', agencySlug: 'polres', floor: 1, status: 'TEMPORARILY_CLOSED', openedOn: '2025-06-02' }, // Satpas SIM, system integration
  { code: 'G-27', agencySlug: 'polres', floor: 1, status: 'OPEN', openedOn: '2025-02-10' }, // SKCK
  // Floor 2: legal, land, religious affairs and the smaller tenants.
  { code: 'G-28', agencySlug: 'bapenda', floor: 2, status: 'OPEN', openedOn: '2024-12-29' },
  { code: 'G-29', agencySlug: 'bapenda', floor: 2, status: 'OPEN', openedOn: '2025-06-02' },
  { code: 'G-30', agencySlug: 'imigrasi', floor: 2, status: 'OPEN', openedOn: '2026-01-12' },
  { code: 'G-31', agencySlug: 'imigrasi', floor: 2, status: 'PLANNED', openedOn: null },
  { code: 'G-32', agencySlug: 'kejaksaan', floor: 2, status: 'OPEN', openedOn: '2025-02-10' },
  { code: 'G-33', agencySlug: 'pengadilan-negeri', floor: 2, status: 'OPEN', openedOn: '2025-02-10' },
  { code: 'G-34', agencySlug: 'pengadilan-agama', floor: 2, status: 'OPEN', openedOn: '2025-02-10' },
  { code: 'G-35', agencySlug: 'kemenag', floor: 2, status: 'OPEN', openedOn: '2025-02-10' }, // haji & umrah
  { code: 'G-36', agencySlug: 'kemenag', floor: 2, status: 'PLANNED', openedOn: null }, // halal certification desk
  { code: 'G-37', agencySlug: 'atr-bpn', floor: 2, status: 'OPEN', openedOn: '2025-06-02' },
  { code: 'G-38', agencySlug: 'atr-bpn', floor: 2, status: 'PLANNED', openedOn: null },
  { code: 'G-39', agencySlug: 'disnaker', floor: 2, status: 'OPEN', openedOn: '2025-06-02' },
  { code: 'G-40', agencySlug: 'kpp-pratama', floor: 2, status: 'OPEN', openedOn: '2025-10-01' },
  { code: 'G-41', agencySlug: 'pln', floor: 2, status: 'OPEN', openedOn: '2026-07-01' },
  { code: 'G-42', agencySlug: 'perumda-air-minum', floor: 2, status: 'TEMPORARILY_CLOSED', openedOn: '2025-10-01' },
  { code: 'G-43', agencySlug: 'taspen', floor: 2, status: 'PLANNED', openedOn: null },
  { code: 'G-44', agencySlug: 'dpmptsp', floor: 2, status: 'PLANNED', openedOn: null }, // spare booth held by the mall operator
  { code: 'G-45', agencySlug: 'pengadilan-agama', floor: 2, status: 'OPEN', openedOn: '2026-03-02' }, // e-Court & Posbakum
];
