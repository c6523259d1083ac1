/**
 * Seed data: the Standar Pelayanan (public service standards) of the government agencies with a
 * gerai at the Mall Pelayanan Publik (MPP) Kabupaten Paser: Polres, Samsat, Kantor Imigrasi,
 * Disdukcapil, DPMPTSP, Pengadilan Negeri, Pengadilan Agama, Kejaksaan, Kemenag, ATR/BPN,
 * Disnakertrans, KPP Pratama and Bapenda.
 *
 * Sources: the fees, processing times and legal bases listed in the seed table of DOMAIN.md
 * (SIM, SKCK, pengesahan STNK, paspor, KTP-el, akta kelahiran, KK, NIB, PBG, PKKPR, surat
 * keterangan tidak pernah dipidana, e-Court, cerai gugat, dispensasi kawin, tilang, konsultasi
 * hukum) are as published by news reports and agency pages; check them against the current
 * regulation before relying on them.
 *
 * Unverified: everything not in that table is plausible sample data. Fee figures not in
 * DOMAIN.md say "(belum terverifikasi)" in the fee note; processing times not in DOMAIN.md end in
 * "(perkiraan)". Requirement lists follow common practice at Indonesian MPPs and may differ from
 * the Paser SK Standar Pelayanan. Editors are expected to correct them in the CMS.
 *
 * Slugs are stable: the seed ID is derived from them (`service:<slug>`). Never rename.
 */
import type { ServiceSeed } from './seed.types';

/** A new or replacement passport, electronic or not, is applied for the same way (M-Paspor). */
const M_PASPOR_REQUIREMENTS: ServiceSeed['requirements'] = [
  { description: 'KTP-el', note: 'asli' },
  { description: 'Kartu Keluarga', note: 'asli' },
  {
    description: 'Akta kelahiran, ijazah, atau buku nikah/akta perkawinan',
    note: 'asli, salah satu yang memuat nama, tempat dan tanggal lahir, serta nama orang tua',
  },
  { description: 'Paspor lama', note: 'untuk penggantian' },
  { description: 'Bukti jadwal kedatangan dan pembayaran dari aplikasi M-Paspor', note: null },
];
const M_PASPOR_PROCEDURE: ServiceSeed['procedure'] = [
  'Daftar di aplikasi M-Paspor, unggah dokumen dan pilih jadwal kedatangan.',
  'Bayar PNBP dengan kode billing sebelum batas waktu.',
  'Datang sesuai jadwal dan ambil nomor antrean di gerai Imigrasi.',
  'Verifikasi dokumen asli, foto, sidik jari dan wawancara.',
  'Ambil paspor sesuai tanggal pada tanda terima.',
];

// ---------------------------------------------------------------------------------------------
// Complaint channels shared by many services
// ---------------------------------------------------------------------------------------------

const KOTAK_PENGADUAN = 'Kotak pengaduan di gerai';
const PENGELOLA_MPP = 'Meja informasi dan pengaduan Pengelola MPP Paser (DPMPTSP Paser)';
const LAPOR = 'SP4N-LAPOR! https://www.lapor.go.id';
const POLRI_110 = 'Call center Polri 110';
const HALO_DUKCAPIL = 'Halo Dukcapil: call center 1500537';
const SIWAS_MA = 'Sistem Informasi Pengawasan Mahkamah Agung (SIWAS) https://siwas.mahkamahagung.go.id';
const KEMENAG_146 = 'Call center Kementerian Agama 146';
const KRING_PAJAK = 'Kring Pajak 1500200';
const OSS_PENGADUAN = 'Fitur pengaduan pada akun OSS https://oss.go.id';

// ---------------------------------------------------------------------------------------------
// Legal bases shared by many services
// ---------------------------------------------------------------------------------------------

const UU_ADMINDUK =
  'UU 24 Tahun 2013 tentang Perubahan atas UU 23 Tahun 2006 tentang Administrasi Kependudukan';
const PERPRES_96_2018 =
  'Perpres 96 Tahun 2018 tentang Persyaratan dan Tata Cara Pendaftaran Penduduk dan Pencatatan Sipil';
const PERMENDAGRI_108_2019 =
  'Permendagri 108 Tahun 2019 tentang Peraturan Pelaksanaan Perpres 96 Tahun 2018 tentang Persyaratan dan Tata Cara Pendaftaran Penduduk dan Pencatatan Sipil';
const PP_PNBP_POLRI =
  'PP 76 Tahun 2020 tentang Jenis dan Tarif atas Jenis PNBP yang Berlaku pada Kepolisian Negara Republik Indonesia';
const UU_LLAJ = 'UU 22 Tahun 2009 tentang Lalu Lintas dan Angkutan Jalan';
const PERPOL_SIM = 'Perpol 5 Tahun 2021 tentang Penerbitan dan Penandaan Surat Izin Mengemudi';
const PERPOL_REGIDENT = 'Perpol 7 Tahun 2021 tentang Registrasi dan Identifikasi Kendaraan Bermotor';
const UU_HKPD =
  'UU 1 Tahun 2022 tentang Hubungan Keuangan antara Pemerintah Pusat dan Pemerintahan Daerah';
const UU_KEIMIGRASIAN = 'UU 6 Tahun 2011 tentang Keimigrasian';
const PP_PNBP_KEMENKUMHAM =
  'PP 45 Tahun 2024 tentang Jenis dan Tarif atas Jenis PNBP yang Berlaku pada Kementerian Hukum dan Hak Asasi Manusia';
const PERMENKUMHAM_PASPOR =
  'Permenkumham 8 Tahun 2014 tentang Paspor Biasa dan Surat Perjalanan Laksana Paspor';
const PP_PERIZINAN_BERUSAHA =
  'PP 28 Tahun 2025 tentang Penyelenggaraan Perizinan Berusaha Berbasis Risiko (pengganti PP 5 Tahun 2021)';
const UU_CIPTA_KERJA =
  'UU 6 Tahun 2023 tentang Penetapan Perppu 2 Tahun 2022 tentang Cipta Kerja menjadi Undang-Undang';
const PP_PNBP_MA =
  'PP 5 Tahun 2019 tentang Jenis dan Tarif atas Jenis PNBP yang Berlaku pada Mahkamah Agung dan Badan Peradilan yang Berada di Bawahnya';
const PERMA_ECOURT =
  'PERMA 1 Tahun 2019 tentang Administrasi Perkara dan Persidangan di Pengadilan secara Elektronik';
const UU_PERADILAN_AGAMA =
  'UU 50 Tahun 2009 tentang Perubahan Kedua atas UU 7 Tahun 1989 tentang Peradilan Agama';
const UU_PERKAWINAN = 'UU 1 Tahun 1974 tentang Perkawinan';
const UU_KEJAKSAAN =
  'UU 11 Tahun 2021 tentang Perubahan atas UU 16 Tahun 2004 tentang Kejaksaan Republik Indonesia';
const UU_PELAYANAN_PUBLIK = 'UU 25 Tahun 2009 tentang Pelayanan Publik';
const PP_PNBP_ATR =
  'PP 128 Tahun 2015 tentang Jenis dan Tarif atas Jenis PNBP yang Berlaku pada Kementerian Agraria dan Tata Ruang/Badan Pertanahan Nasional';
const PP_PENDAFTARAN_TANAH = 'PP 24 Tahun 1997 tentang Pendaftaran Tanah';
const UU_KETENAGAKERJAAN = 'UU 13 Tahun 2003 tentang Ketenagakerjaan';
const UU_HPP = 'UU 7 Tahun 2021 tentang Harmonisasi Peraturan Perpajakan';
const PMK_CORETAX =
  'PMK 81 Tahun 2024 tentang Ketentuan Perpajakan dalam rangka Pelaksanaan Sistem Inti Administrasi Perpajakan';

const DUKCAPIL_FREE_NOTE =
  'Tidak dipungut biaya. Seluruh dokumen kependudukan gratis (UU 24 Tahun 2013 Pasal 79A).';

export const governmentServiceSeeds: readonly ServiceSeed[] = [
  // ===========================================================================================
  // Polres Paser (Satpas SIM, Satintelkam)
  // ===========================================================================================
  {
    slug: 'perpanjangan-sim',
    name: 'Perpanjangan SIM A, C dan D',
    summary:
      'Perpanjang Surat Izin Mengemudi (SIM) sebelum masa berlakunya habis, tanpa ujian ulang. ' +
      'SIM yang sudah lewat masa berlaku harus dibuat baru.',
    agencySlug: 'polres',
    categorySlug: 'kepolisian',
    status: 'PUBLISHED',
    keywords: ['perpanjang', 'polisi', 'satpas', 'driving license'],
    requirements: [
      { description: 'KTP-el', note: 'asli dan fotokopi' },
      { description: 'SIM lama yang masih berlaku', note: 'asli dan fotokopi' },
      { description: 'Surat keterangan sehat jasmani dari dokter', note: null },
      { description: 'Surat keterangan lulus tes psikologi', note: null },
      { description: 'Kartu peserta BPJS Kesehatan dengan status aktif', note: null },
    ],
    procedure: [
      'Ambil nomor antrean di kios MPP untuk layanan SIM.',
      'Serahkan berkas dan isi formulir permohonan perpanjangan di loket.',
      'Bayar PNBP di bank atau kanal pembayaran yang ditunjuk.',
      'Ikuti pengambilan foto, sidik jari dan tanda tangan.',
      'Terima SIM baru di loket penyerahan.',
    ],
    processingTime: 'Selesai di hari yang sama',
    fee: {
      isFree: false,
      amount: 30000,
      tiers: [
        { label: 'SIM A', amount: 80000 },
        { label: 'SIM C', amount: 75000 },
        { label: 'SIM D', amount: 30000 },
      ],
      note:
        'PNBP penerbitan SIM perpanjangan. Biaya pemeriksaan kesehatan dan tes psikologi dibayar ' +
        'terpisah kepada penyelenggaranya (besarnya belum terverifikasi).',
    },
    product: 'SIM baru yang berlaku 5 tahun',
    complaintChannels: [KOTAK_PENGADUAN, POLRI_110, LAPOR, PENGELOLA_MPP],
    legalBasis: [PP_PNBP_POLRI, UU_LLAJ, PERPOL_SIM],
    onlineUrl: null,
  },
  {
    slug: 'sim-baru',
    name: 'Penerbitan SIM Baru A dan C',
    summary:
      'Bikin SIM pertama kali untuk mobil (SIM A) atau sepeda motor (SIM C) dengan ujian teori ' +
      'dan praktik di Satpas.',
    agencySlug: 'polres',
    categorySlug: 'kepolisian',
    status: 'PUBLISHED',
    keywords: ['bikin sim', 'polisi', 'ujian sim', 'driving license'],
    requirements: [
      { description: 'KTP-el', note: 'asli dan fotokopi; usia minimal 17 tahun' },
      { description: 'Surat keterangan sehat jasmani dari dokter', note: null },
      { description: 'Surat keterangan lulus tes psikologi', note: null },
      { description: 'Kartu peserta BPJS Kesehatan dengan status aktif', note: null },
    ],
    procedure: [
      'Ambil nomor antrean di kios MPP untuk layanan SIM.',
      'Serahkan berkas dan isi formulir permohonan SIM baru.',
      'Bayar PNBP di bank atau kanal pembayaran yang ditunjuk.',
      'Ikuti ujian teori; bila lulus, lanjut ujian praktik di lapangan uji Satpas.',
      'Ikuti pengambilan foto, sidik jari dan tanda tangan.',
      'Terima SIM di loket penyerahan.',
    ],
    processingTime: 'Selesai di hari yang sama (bila lulus ujian teori dan praktik)',
    fee: {
      isFree: false,
      amount: 100000,
      tiers: [
        { label: 'SIM A', amount: 120000 },
        { label: 'SIM C', amount: 100000 },
      ],
      note:
        'PNBP penerbitan SIM baru. Pemohon yang tidak lulus dapat mengulang ujian sesuai jadwal ' +
        'Satpas. Biaya pemeriksaan kesehatan dan tes psikologi dibayar terpisah (belum terverifikasi).',
    },
    product: 'SIM A atau SIM C yang berlaku 5 tahun',
    complaintChannels: [KOTAK_PENGADUAN, POLRI_110, LAPOR, PENGELOLA_MPP],
    legalBasis: [PP_PNBP_POLRI, UU_LLAJ, PERPOL_SIM],
    onlineUrl: null,
  },
  {
    slug: 'skck',
    name: 'Penerbitan Surat Keterangan Catatan Kepolisian (SKCK)',
    summary:
      'Surat dari kepolisian yang menerangkan ada atau tidaknya catatan kriminal Anda, biasa ' +
      'diminta untuk melamar kerja, CPNS atau sekolah.',
    agencySlug: 'polres',
    categorySlug: 'kepolisian',
    status: 'PUBLISHED',
    keywords: ['kelakuan baik', 'polisi', 'surat kelakuan baik', 'lamaran kerja'],
    requirements: [
      { description: 'KTP-el dan Kartu Keluarga', note: 'fotokopi' },
      { description: 'Akta kelahiran atau ijazah terakhir', note: 'fotokopi salah satu' },
      { description: 'Pas foto 4x6 berlatar merah', note: '6 lembar (belum terverifikasi)' },
      { description: 'Kartu rumus sidik jari', note: 'dibuat di Polres bila belum punya' },
      { description: 'Kartu peserta BPJS Kesehatan dengan status aktif', note: null },
    ],
    procedure: [
      'Daftar lebih dulu secara daring di https://skck.polri.go.id atau langsung di gerai.',
      'Ambil nomor antrean di kios MPP untuk layanan SKCK.',
      'Serahkan berkas; petugas mengambil sidik jari bila diperlukan.',
      'Bayar PNBP di loket atau kanal pembayaran yang ditunjuk.',
      'Terima SKCK yang sudah ditandatangani.',
    ],
    processingTime: 'Selesai di hari yang sama',
    fee: {
      isFree: false,
      amount: 30000,
      tiers: [{ label: 'Penerbitan SKCK', amount: 30000 }],
      note: 'PNBP per penerbitan. SKCK berlaku 6 bulan.',
    },
    product: 'SKCK yang berlaku 6 bulan',
    complaintChannels: [KOTAK_PENGADUAN, POLRI_110, LAPOR, PENGELOLA_MPP],
    legalBasis: [
      PP_PNBP_POLRI,
      'Perkap 18 Tahun 2014 tentang Tata Cara Penerbitan Surat Keterangan Catatan Kepolisian',
    ],
    onlineUrl: 'https://skck.polri.go.id',
  },

  // ===========================================================================================
  // Samsat Paser
  // ===========================================================================================
  {
    slug: 'pengesahan-stnk-tahunan',
    name: 'Pengesahan STNK Tahunan dan Pembayaran Pajak Kendaraan Bermotor',
    summary:
      'Bayar pajak kendaraan tahunan dan sahkan STNK motor atau mobil Anda setiap tahun.',
    agencySlug: 'samsat',
    categorySlug: 'kendaraan-bermotor',
    status: 'PUBLISHED',
    keywords: ['pajak motor', 'pajak mobil', 'bayar pajak', 'pkb'],
    requirements: [
      { description: 'KTP-el pemilik sesuai nama di STNK', note: 'asli dan fotokopi' },
      { description: 'STNK asli', note: null },
      {
        description: 'Surat kuasa bermeterai dan KTP-el penerima kuasa',
        note: 'bila diwakilkan (belum terverifikasi)',
      },
    ],
    procedure: [
      'Ambil nomor antrean di kios MPP untuk layanan Samsat.',
      'Serahkan KTP-el dan STNK di loket pendaftaran.',
      'Petugas menetapkan PKB, SWDKLLJ dan PNBP pengesahan.',
      'Bayar di kasir Samsat.',
      'Terima STNK yang sudah disahkan beserta bukti pembayaran.',
    ],
    processingTime: 'Selesai di hari yang sama',
    fee: {
      isFree: false,
      amount: 25000,
      tiers: [
        { label: 'Pengesahan STNK roda 2 atau 3', amount: 25000 },
        { label: 'Pengesahan STNK roda 4 atau lebih', amount: 50000 },
      ],
      note:
        'Ditambah Pajak Kendaraan Bermotor (PKB) dan SWDKLLJ Jasa Raharja yang besarnya berbeda ' +
        'per kendaraan, sesuai nilai jual dan jenis kendaraan. Tarif roda 4 (Rp50.000) belum ' +
        'terverifikasi.',
    },
    product: 'STNK yang sudah disahkan dan bukti pelunasan PKB dan SWDKLLJ (notice pajak)',
    complaintChannels: [KOTAK_PENGADUAN, LAPOR, PENGELOLA_MPP],
    legalBasis: [
      PP_PNBP_POLRI,
      UU_HKPD,
      'Perpres 5 Tahun 2015 tentang Penyelenggaraan Sistem Administrasi Manunggal Satu Atap Kendaraan Bermotor',
    ],
    onlineUrl: null,
  },
  {
    slug: 'stnk-lima-tahunan',
    name: 'Perpanjangan STNK Lima Tahunan dan Penggantian Pelat Nomor (TNKB)',
    summary:
      'Setiap lima tahun STNK diganti baru dan pelat nomor diganti, sekaligus membayar pajak ' +
      'kendaraan tahun berjalan. Kendaraan wajib dicek fisik.',
    agencySlug: 'samsat',
    categorySlug: 'kendaraan-bermotor',
    status: 'PUBLISHED',
    keywords: ['ganti plat', 'plat nomor', 'pajak 5 tahun', 'cek fisik'],
    requirements: [
      { description: 'KTP-el pemilik sesuai nama di STNK', note: 'asli dan fotokopi' },
      { description: 'STNK asli', note: null },
      { description: 'BPKB asli', note: 'asli dan fotokopi' },
      { description: 'Kendaraan dibawa untuk cek fisik nomor rangka dan nomor mesin', note: null },
    ],
    procedure: [
      'Bawa kendaraan untuk cek fisik dan gesek nomor rangka dan nomor mesin.',
      'Ambil nomor antrean di kios MPP untuk layanan Samsat.',
      'Serahkan berkas dan hasil cek fisik di loket pendaftaran.',
      'Bayar PKB, SWDKLLJ, PNBP STNK dan PNBP TNKB di kasir.',
      'Terima STNK baru; pelat nomor baru diambil sesuai jadwal yang diberikan petugas.',
    ],
    processingTime: 'Selesai di hari yang sama; pelat nomor baru dapat menyusul (perkiraan)',
    fee: {
      isFree: false,
      amount: 60000,
      tiers: [
        { label: 'Penerbitan STNK roda 2 atau 3', amount: 100000 },
        { label: 'Penerbitan STNK roda 4 atau lebih', amount: 200000 },
        { label: 'TNKB roda 2 atau 3', amount: 60000 },
        { label: 'TNKB roda 4 atau lebih', amount: 100000 },
      ],
      note:
        'PNBP STNK dan TNKB dibayar sekaligus, ditambah PKB dan SWDKLLJ yang besarnya berbeda per ' +
        'kendaraan (belum terverifikasi).',
    },
    product: 'STNK baru, pelat nomor (TNKB) baru dan bukti pelunasan PKB',
    complaintChannels: [KOTAK_PENGADUAN, LAPOR, PENGELOLA_MPP],
    legalBasis: [PP_PNBP_POLRI, PERPOL_REGIDENT, UU_HKPD],
    onlineUrl: null,
  },
  {
    slug: 'mutasi-kendaraan',
    name: 'Mutasi Kendaraan Bermotor Keluar Daerah (Cabut Berkas)',
    summary:
      'Urus surat mutasi bila kendaraan Anda pindah domisili ke provinsi atau kabupaten lain, ' +
      'supaya bisa didaftarkan di Samsat tujuan.',
    agencySlug: 'samsat',
    categorySlug: 'kendaraan-bermotor',
    status: 'PUBLISHED',
    keywords: ['cabut berkas', 'pindah plat', 'pindah domisili'],
    requirements: [
      { description: 'KTP-el pemilik', note: 'asli dan fotokopi' },
      { description: 'STNK asli', note: null },
      { description: 'BPKB asli', note: 'asli dan fotokopi' },
      { description: 'Kuitansi pembelian atau surat jual beli', note: 'bila pemilik baru' },
      { description: 'Kendaraan dibawa untuk cek fisik', note: null },
    ],
    procedure: [
      'Bawa kendaraan untuk cek fisik nomor rangka dan nomor mesin.',
      'Ambil nomor antrean dan serahkan berkas di loket mutasi.',
      'Lunasi PKB bila masih ada tunggakan, lalu bayar PNBP surat mutasi.',
      'Petugas memeriksa status blokir dan menerbitkan surat mutasi beserta berkas kendaraan.',
      'Terima berkas mutasi dalam amplop tertutup untuk dibawa ke Samsat tujuan.',
    ],
    processingTime: '1-3 hari kerja (perkiraan)',
    fee: {
      isFree: false,
      amount: 150000,
      tiers: [
        { label: 'Surat mutasi keluar daerah roda 2 atau 3', amount: 150000 },
        { label: 'Surat mutasi keluar daerah roda 4 atau lebih', amount: 250000 },
      ],
      note:
        'PNBP penerbitan surat mutasi (belum terverifikasi). Tunggakan PKB wajib dilunasi lebih ' +
        'dulu; pendaftaran di daerah tujuan dikenai biaya STNK, TNKB dan BPKB tersendiri.',
    },
    product: 'Surat mutasi kendaraan bermotor dan berkas kendaraan untuk Samsat tujuan',
    complaintChannels: [KOTAK_PENGADUAN, LAPOR, PENGELOLA_MPP],
    legalBasis: [PP_PNBP_POLRI, PERPOL_REGIDENT],
    onlineUrl: null,
  },
  {
    slug: 'balik-nama-kendaraan',
    name: 'Balik Nama Kendaraan Bermotor (Ganti Kepemilikan)',
    summary:
      'Ganti nama pemilik di STNK dan BPKB setelah membeli kendaraan bekas, termasuk kendaraan ' +
      'mutasi dari luar daerah.',
    agencySlug: 'samsat',
    categorySlug: 'kendaraan-bermotor',
    status: 'PUBLISHED',
    keywords: ['bbn', 'motor bekas', 'mobil bekas', 'ganti nama stnk'],
    requirements: [
      { description: 'KTP-el pemilik baru', note: 'asli dan fotokopi' },
      { description: 'STNK dan BPKB asli', note: 'asli dan fotokopi' },
      { description: 'Kuitansi jual beli bermeterai', note: null },
      {
        description: 'Berkas mutasi dari Samsat asal',
        note: 'hanya untuk kendaraan dari luar daerah',
      },
      { description: 'Kendaraan dibawa untuk cek fisik', note: null },
    ],
    procedure: [
      'Bawa kendaraan untuk cek fisik nomor rangka dan nomor mesin.',
      'Ambil nomor antrean dan serahkan berkas di loket balik nama.',
      'Petugas menetapkan PKB, SWDKLLJ dan PNBP yang harus dibayar.',
      'Bayar di kasir Samsat.',
      'Terima STNK dan pelat nomor atas nama pemilik baru; BPKB diambil di Satlantas sesuai jadwal.',
    ],
    processingTime: 'STNK selesai di hari yang sama; BPKB sekitar 14 hari kerja (perkiraan)',
    fee: {
      isFree: false,
      amount: 60000,
      tiers: [
        { label: 'Penerbitan STNK roda 2 atau 3', amount: 100000 },
        { label: 'Penerbitan STNK roda 4 atau lebih', amount: 200000 },
        { label: 'TNKB roda 2 atau 3', amount: 60000 },
        { label: 'TNKB roda 4 atau lebih', amount: 100000 },
        { label: 'BPKB ganti kepemilikan roda 2 atau 3', amount: 225000 },
        { label: 'BPKB ganti kepemilikan roda 4 atau lebih', amount: 375000 },
      ],
      note:
        'PNBP sesuai jenis kendaraan, ditambah PKB dan SWDKLLJ tahun berjalan. BBNKB untuk ' +
        'penyerahan kedua dan seterusnya tidak lagi dipungut sejak UU 1 Tahun 2022 (belum ' +
        'terverifikasi untuk Kalimantan Timur).',
    },
    product: 'STNK, TNKB dan BPKB atas nama pemilik baru',
    complaintChannels: [KOTAK_PENGADUAN, LAPOR, PENGELOLA_MPP],
    legalBasis: [PP_PNBP_POLRI, PERPOL_REGIDENT, UU_HKPD],
    onlineUrl: null,
  },

  // ===========================================================================================
  // Kantor Imigrasi
  // ===========================================================================================
  {
    slug: 'paspor-elektronik',
    name: 'Penerbitan Paspor Elektronik (Baru dan Penggantian)',
    summary:
      'Bikin paspor elektronik (e-paspor, dengan chip) untuk perjalanan ke luar negeri, termasuk ' +
      'umrah dan haji. Jadwal kedatangan diambil lewat aplikasi M-Paspor.',
    agencySlug: 'imigrasi',
    categorySlug: 'keimigrasian',
    status: 'PUBLISHED',
    keywords: ['passport', 'e-paspor', 'umrah', 'luar negeri'],
    requirements: M_PASPOR_REQUIREMENTS,
    procedure: M_PASPOR_PROCEDURE,
    processingTime: '3-4 hari kerja',
    fee: {
      isFree: false,
      amount: 650000,
      tiers: [
        { label: 'Paspor elektronik masa berlaku 5 tahun', amount: 650000 },
        { label: 'Paspor elektronik masa berlaku 10 tahun', amount: 950000 },
      ],
      note: 'PNBP dibayar lewat kode billing M-Paspor sebelum kedatangan.',
    },
    product: 'Paspor elektronik RI',
    complaintChannels: [KOTAK_PENGADUAN, LAPOR, PENGELOLA_MPP],
    legalBasis: [UU_KEIMIGRASIAN, PP_PNBP_KEMENKUMHAM, PERMENKUMHAM_PASPOR],
    onlineUrl: 'https://play.google.com/store/apps/details?id=id.go.imigrasi.paspor_online',
  },
  {
    slug: 'paspor-biasa',
    name: 'Penerbitan Paspor Biasa Non-Elektronik (Baru dan Penggantian)',
    summary:
      'Bikin paspor biasa (tanpa chip) untuk perjalanan ke luar negeri. Jadwal kedatangan ' +
      'diambil lewat aplikasi M-Paspor.',
    agencySlug: 'imigrasi',
    categorySlug: 'keimigrasian',
    status: 'PUBLISHED',
    keywords: ['passport', 'umrah', 'haji', 'luar negeri'],
    requirements: M_PASPOR_REQUIREMENTS,
    procedure: M_PASPOR_PROCEDURE,
    processingTime: '3-4 hari kerja',
    fee: {
      isFree: false,
      amount: 350000,
      tiers: [
        { label: 'Paspor biasa masa berlaku 5 tahun', amount: 350000 },
        { label: 'Paspor biasa masa berlaku 10 tahun', amount: 650000 },
      ],
      note: 'PNBP dibayar lewat kode billing M-Paspor sebelum kedatangan.',
    },
    product: 'Paspor biasa RI',
    complaintChannels: [KOTAK_PENGADUAN, LAPOR, PENGELOLA_MPP],
    legalBasis: [UU_KEIMIGRASIAN, PP_PNBP_KEMENKUMHAM, PERMENKUMHAM_PASPOR],
    onlineUrl: 'https://play.google.com/store/apps/details?id=id.go.imigrasi.paspor_online',
  },
  {
    slug: 'paspor-hilang-rusak',
    name: 'Penggantian Paspor Hilang atau Rusak',
    summary:
      'Ganti paspor yang hilang atau rusak. Ada pemeriksaan oleh petugas sebelum paspor baru ' +
      'diterbitkan.',
    agencySlug: 'imigrasi',
    categorySlug: 'keimigrasian',
    status: 'PUBLISHED',
    keywords: ['passport', 'paspor hilang', 'kehilangan'],
    requirements: [
      { description: 'KTP-el dan Kartu Keluarga', note: 'asli' },
      {
        description: 'Akta kelahiran, ijazah, atau buku nikah/akta perkawinan',
        note: 'asli, salah satu',
      },
      { description: 'Surat keterangan kehilangan dari kepolisian', note: 'untuk paspor hilang' },
      { description: 'Paspor yang rusak', note: 'untuk paspor rusak' },
    ],
    procedure: [
      'Datang ke gerai Imigrasi dan ambil nomor antrean.',
      'Serahkan dokumen; petugas melakukan pemeriksaan dan membuat berita acara.',
      'Bayar biaya beban paspor hilang atau rusak serta PNBP paspor baru.',
      'Ikuti foto, sidik jari dan wawancara.',
      'Ambil paspor baru sesuai tanggal pada tanda terima.',
    ],
    processingTime: '3-4 hari kerja setelah pemeriksaan selesai (perkiraan)',
    fee: {
      isFree: false,
      amount: 500000,
      tiers: [
        { label: 'Beban biaya paspor rusak', amount: 500000 },
        { label: 'Beban biaya paspor hilang', amount: 1000000 },
      ],
      note:
        'Beban biaya ditambah PNBP paspor baru sesuai jenisnya (lihat layanan paspor elektronik ' +
        'dan paspor biasa). Besaran beban biaya belum terverifikasi; kehilangan karena bencana ' +
        'dapat dibebaskan.',
    },
    product: 'Paspor pengganti',
    complaintChannels: [KOTAK_PENGADUAN, LAPOR, PENGELOLA_MPP],
    legalBasis: [UU_KEIMIGRASIAN, PP_PNBP_KEMENKUMHAM, PERMENKUMHAM_PASPOR],
    onlineUrl: null,
  },

  // ===========================================================================================
  // Disdukcapil Paser
  // ===========================================================================================
  {
    slug: 'ktp-el',
    name: 'Penerbitan KTP Elektronik (KTP-el) Baru',
    summary:
      'Rekam dan cetak KTP-el pertama kali bagi warga yang sudah berusia 17 tahun, sudah atau ' +
      'pernah menikah.',
    agencySlug: 'disdukcapil',
    categorySlug: 'kependudukan',
    status: 'PUBLISHED',
    keywords: ['ktp', 'e-ktp', 'rekam ktp', 'kartu penduduk'],
    requirements: [
      { description: 'Kartu Keluarga', note: 'fotokopi' },
      {
        description: 'Buku nikah atau akta perkawinan',
        note: 'fotokopi; bila belum berusia 17 tahun tetapi sudah menikah',
      },
      { description: 'Formulir permohonan KTP-el', note: 'disediakan di gerai' },
    ],
    procedure: [
      'Ambil nomor antrean di kios MPP untuk layanan Dukcapil.',
      'Serahkan berkas dan formulir di loket.',
      'Ikuti perekaman biometrik: foto, sidik jari, iris mata dan tanda tangan.',
      'Petugas memverifikasi data dan memproses pencetakan.',
      'Ambil KTP-el sesuai jadwal pada tanda terima.',
    ],
    processingTime: 'Paling lama 14 hari kerja',
    fee: { isFree: true, amount: 0, tiers: [], note: DUKCAPIL_FREE_NOTE },
    product: 'KTP-el',
    complaintChannels: [KOTAK_PENGADUAN, HALO_DUKCAPIL, LAPOR, PENGELOLA_MPP],
    legalBasis: [UU_ADMINDUK, PERPRES_96_2018, PERMENDAGRI_108_2019],
    onlineUrl: null,
  },
  {
    slug: 'ktp-el-rusak-hilang',
    name: 'Penggantian KTP-el Rusak, Hilang atau Perubahan Data',
    summary:
      'Cetak ulang KTP-el yang hilang, rusak, atau yang datanya berubah (misalnya alamat, status ' +
      'perkawinan, pekerjaan).',
    agencySlug: 'disdukcapil',
    categorySlug: 'kependudukan',
    status: 'PUBLISHED',
    keywords: ['ktp hilang', 'ktp rusak', 'e-ktp', 'ganti ktp', 'cetak ulang'],
    requirements: [
      { description: 'Kartu Keluarga', note: 'fotokopi' },
      { description: 'KTP-el yang rusak', note: 'untuk KTP-el rusak' },
      { description: 'Surat keterangan kehilangan dari kepolisian', note: 'untuk KTP-el hilang' },
      {
        description: 'Dokumen pendukung perubahan data',
        note: 'misalnya buku nikah, akta cerai atau ijazah, untuk perubahan data',
      },
    ],
    procedure: [
      'Ambil nomor antrean di kios MPP untuk layanan Dukcapil.',
      'Serahkan berkas di loket; petugas mencocokkan data dengan database kependudukan.',
      'Perbarui data di Kartu Keluarga lebih dulu bila ada perubahan data.',
      'Petugas memproses pencetakan KTP-el.',
      'Ambil KTP-el sesuai jadwal; KTP-el rusak diserahkan kepada petugas.',
    ],
    processingTime: 'Paling lama 14 hari kerja',
    fee: { isFree: true, amount: 0, tiers: [], note: DUKCAPIL_FREE_NOTE },
    product: 'KTP-el pengganti',
    complaintChannels: [KOTAK_PENGADUAN, HALO_DUKCAPIL, LAPOR, PENGELOLA_MPP],
    legalBasis: [UU_ADMINDUK, PERPRES_96_2018, PERMENDAGRI_108_2019],
    onlineUrl: null,
  },
  {
    slug: 'akta-kelahiran',
    name: 'Penerbitan Akta Kelahiran',
    summary:
      'Catatkan kelahiran anak dan dapatkan akta kelahiran, sekaligus pembaruan Kartu Keluarga.',
    agencySlug: 'disdukcapil',
    categorySlug: 'kependudukan',
    status: 'PUBLISHED',
    keywords: ['akte lahir', 'akte kelahiran', 'bayi', 'anak'],
    requirements: [
      {
        description: 'Surat keterangan lahir dari rumah sakit, puskesmas, bidan atau kepala desa',
        note: 'asli',
      },
      { description: 'Kartu Keluarga orang tua', note: 'fotokopi' },
      { description: 'KTP-el orang tua', note: 'fotokopi' },
      {
        description: 'Buku nikah atau akta perkawinan orang tua',
        note: 'fotokopi; bila tidak ada, SPTJM kebenaran pasangan suami istri',
      },
      { description: 'Formulir pelaporan kelahiran', note: 'disediakan di gerai' },
    ],
    procedure: [
      'Ambil nomor antrean di kios MPP untuk layanan Dukcapil.',
      'Serahkan berkas dan formulir di loket.',
      'Petugas memverifikasi dan memasukkan data kelahiran.',
      'Akta kelahiran dan Kartu Keluarga baru diterbitkan.',
      'Ambil dokumen di loket atau cetak sendiri bila dikirim secara elektronik.',
    ],
    processingTime: '1-2 hari',
    fee: { isFree: true, amount: 0, tiers: [], note: DUKCAPIL_FREE_NOTE },
    product: 'Kutipan akta kelahiran dan Kartu Keluarga yang diperbarui',
    complaintChannels: [KOTAK_PENGADUAN, HALO_DUKCAPIL, LAPOR, PENGELOLA_MPP],
    legalBasis: [UU_ADMINDUK, PERPRES_96_2018, PERMENDAGRI_108_2019],
    onlineUrl: null,
  },
  {
    slug: 'kartu-keluarga',
    name: 'Penerbitan Kartu Keluarga (Baru, Perubahan, Hilang atau Rusak)',
    summary:
      'Buat Kartu Keluarga baru setelah menikah atau pisah KK, tambah atau kurangi anggota ' +
      'keluarga, atau ganti KK yang hilang atau rusak.',
    agencySlug: 'disdukcapil',
    categorySlug: 'kependudukan',
    status: 'PUBLISHED',
    keywords: ['kk', 'kk hilang', 'pisah kk', 'tambah anggota'],
    requirements: [
      { description: 'Kartu Keluarga lama', note: 'asli; untuk perubahan atau KK rusak' },
      {
        description: 'Buku nikah atau akta perkawinan',
        note: 'fotokopi; untuk KK baru pasangan yang menikah',
      },
      {
        description: 'Surat keterangan pindah (SKPWNI)',
        note: 'bila salah satu anggota berasal dari luar daerah',
      },
      { description: 'Surat keterangan kehilangan dari kepolisian', note: 'untuk KK hilang' },
      { description: 'Formulir biodata keluarga', note: 'disediakan di gerai' },
    ],
    procedure: [
      'Ambil nomor antrean di kios MPP untuk layanan Dukcapil.',
      'Serahkan berkas dan formulir di loket.',
      'Petugas memverifikasi dan memperbarui data keluarga.',
      'Kartu Keluarga diterbitkan dengan tanda tangan elektronik.',
      'Ambil KK di loket atau cetak sendiri di kertas HVS bila dikirim secara elektronik.',
    ],
    processingTime: '1-14 hari kerja',
    fee: { isFree: true, amount: 0, tiers: [], note: DUKCAPIL_FREE_NOTE },
    product: 'Kartu Keluarga',
    complaintChannels: [KOTAK_PENGADUAN, HALO_DUKCAPIL, LAPOR, PENGELOLA_MPP],
    legalBasis: [UU_ADMINDUK, PERPRES_96_2018, PERMENDAGRI_108_2019],
    onlineUrl: null,
  },
  {
    slug: 'akta-kematian',
    name: 'Penerbitan Akta Kematian',
    summary:
      'Laporkan kematian anggota keluarga untuk mendapatkan akta kematian, yang diperlukan untuk ' +
      'waris, pensiun dan klaim asuransi.',
    agencySlug: 'disdukcapil',
    categorySlug: 'kependudukan',
    status: 'PUBLISHED',
    keywords: ['akte kematian', 'meninggal', 'surat kematian', 'wafat'],
    requirements: [
      {
        description: 'Surat keterangan kematian dari rumah sakit, dokter atau kepala desa/lurah',
        note: 'asli',
      },
      { description: 'Kartu Keluarga almarhum/almarhumah', note: 'asli' },
      { description: 'KTP-el almarhum/almarhumah', note: 'asli' },
      { description: 'KTP-el pelapor', note: 'fotokopi' },
      { description: 'Formulir pelaporan kematian', note: 'disediakan di gerai' },
    ],
    procedure: [
      'Ambil nomor antrean di kios MPP untuk layanan Dukcapil.',
      'Serahkan berkas dan formulir di loket.',
      'Petugas memverifikasi dan mencatat kematian.',
      'Akta kematian dan Kartu Keluarga yang diperbarui diterbitkan.',
      'Ambil dokumen di loket.',
    ],
    processingTime: '1-3 hari kerja (perkiraan)',
    fee: { isFree: true, amount: 0, tiers: [], note: DUKCAPIL_FREE_NOTE },
    product: 'Kutipan akta kematian dan Kartu Keluarga yang diperbarui',
    complaintChannels: [KOTAK_PENGADUAN, HALO_DUKCAPIL, LAPOR, PENGELOLA_MPP],
    legalBasis: [UU_ADMINDUK, PERPRES_96_2018, PERMENDAGRI_108_2019],
    onlineUrl: null,
  },
  {
    slug: 'pindah-datang',
    name: 'Surat Keterangan Pindah dan Pendaftaran Pindah Datang',
    summary:
      'Urus surat pindah bila pindah ke luar Kabupaten Paser, atau daftarkan kedatangan Anda bila ' +
      'baru pindah ke Paser.',
    agencySlug: 'disdukcapil',
    categorySlug: 'kependudukan',
    status: 'PUBLISHED',
    keywords: ['surat pindah', 'pindah alamat', 'pindah domisili', 'skpwni'],
    requirements: [
      { description: 'Kartu Keluarga', note: 'asli' },
      { description: 'KTP-el anggota keluarga yang pindah', note: 'asli' },
      {
        description: 'Surat keterangan pindah (SKPWNI) dari daerah asal',
        note: 'untuk pendaftaran pindah datang',
      },
      { description: 'Formulir pindah', note: 'disediakan di gerai' },
    ],
    procedure: [
      'Ambil nomor antrean di kios MPP untuk layanan Dukcapil.',
      'Serahkan berkas dan formulir di loket.',
      'Pindah keluar: petugas menerbitkan SKPWNI untuk dibawa ke daerah tujuan.',
      'Pindah datang: petugas menerbitkan Kartu Keluarga di alamat baru.',
      'Cetak ulang KTP-el dengan alamat baru.',
    ],
    processingTime: '1-3 hari kerja (perkiraan)',
    fee: { isFree: true, amount: 0, tiers: [], note: DUKCAPIL_FREE_NOTE },
    product:
      'Surat Keterangan Pindah WNI (SKPWNI) untuk pindah keluar; Kartu Keluarga dan KTP-el baru untuk pindah datang',
    complaintChannels: [KOTAK_PENGADUAN, HALO_DUKCAPIL, LAPOR, PENGELOLA_MPP],
    legalBasis: [UU_ADMINDUK, PERPRES_96_2018, PERMENDAGRI_108_2019],
    onlineUrl: null,
  },
  {
    slug: 'kartu-identitas-anak',
    name: 'Penerbitan Kartu Identitas Anak (KIA)',
    summary: 'Kartu identitas resmi untuk anak di bawah 17 tahun yang belum menikah.',
    agencySlug: 'disdukcapil',
    categorySlug: 'kependudukan',
    status: 'PUBLISHED',
    keywords: ['kia', 'ktp anak', 'kartu anak'],
    requirements: [
      { description: 'Kutipan akta kelahiran anak', note: 'fotokopi, tunjukkan aslinya' },
      { description: 'Kartu Keluarga orang tua', note: 'asli' },
      { description: 'KTP-el kedua orang tua', note: 'asli' },
      {
        description: 'Pas foto anak berwarna ukuran 2x3',
        note: '2 lembar; untuk anak usia 5 tahun ke atas',
      },
    ],
    procedure: [
      'Ambil nomor antrean di kios MPP untuk layanan Dukcapil.',
      'Serahkan berkas di loket.',
      'Petugas memverifikasi data dan mencetak KIA.',
      'Ambil KIA di loket.',
    ],
    processingTime: 'Selesai di hari yang sama (perkiraan)',
    fee: { isFree: true, amount: 0, tiers: [], note: DUKCAPIL_FREE_NOTE },
    product: 'Kartu Identitas Anak (KIA)',
    complaintChannels: [KOTAK_PENGADUAN, HALO_DUKCAPIL, LAPOR],
    legalBasis: [UU_ADMINDUK, 'Permendagri 2 Tahun 2016 tentang Kartu Identitas Anak'],
    onlineUrl: null,
  },
  {
    slug: 'akta-perkawinan',
    name: 'Pencatatan Perkawinan dan Penerbitan Akta Perkawinan (Non-Muslim)',
    summary:
      'Catatkan perkawinan yang sudah dilaksanakan menurut agama selain Islam untuk mendapatkan ' +
      'akta perkawinan. Bagi umat Islam, pencatatan nikah dilakukan di KUA.',
    agencySlug: 'disdukcapil',
    categorySlug: 'kependudukan',
    status: 'PUBLISHED',
    keywords: ['nikah', 'akte nikah', 'kawin', 'pernikahan', 'surat nikah'],
    requirements: [
      {
        description: 'Surat keterangan telah terjadinya perkawinan dari pemuka agama',
        note: 'asli',
      },
      { description: 'KTP-el dan Kartu Keluarga kedua mempelai', note: 'fotokopi' },
      { description: 'Kutipan akta kelahiran kedua mempelai', note: 'fotokopi' },
      { description: 'Pas foto berdampingan berwarna ukuran 4x6', note: '2 lembar (belum terverifikasi)' },
      {
        description: 'Akta perceraian atau akta kematian pasangan terdahulu',
        note: 'bagi yang pernah menikah',
      },
    ],
    procedure: [
      'Ambil nomor antrean di kios MPP untuk layanan Dukcapil.',
      'Serahkan berkas di loket paling lambat 60 hari setelah perkawinan.',
      'Petugas memverifikasi dan mencatat perkawinan.',
      'Kutipan akta perkawinan diterbitkan; Kartu Keluarga diperbarui.',
      'Ambil dokumen di loket.',
    ],
    processingTime: '1-3 hari kerja (perkiraan)',
    fee: { isFree: true, amount: 0, tiers: [], note: DUKCAPIL_FREE_NOTE },
    product: 'Kutipan akta perkawinan dan Kartu Keluarga yang diperbarui',
    complaintChannels: [KOTAK_PENGADUAN, HALO_DUKCAPIL, LAPOR],
    legalBasis: [UU_ADMINDUK, UU_PERKAWINAN, PERPRES_96_2018],
    onlineUrl: null,
  },
  {
    slug: 'legalisir-dokumen-kependudukan',
    name: 'Legalisasi Dokumen Kependudukan',
    summary:
      'Pengesahan fotokopi KK, akta kelahiran, akta kematian dan dokumen kependudukan lain. ' +
      'Dokumen bertanda tangan elektronik (ada kode QR) tidak perlu dilegalisir.',
    agencySlug: 'disdukcapil',
    categorySlug: 'kependudukan',
    status: 'PUBLISHED',
    keywords: ['legalisir', 'cap basah', 'fotokopi akta'],
    requirements: [
      { description: 'Dokumen kependudukan asli yang akan dilegalisasi', note: null },
      { description: 'Fotokopi dokumen tersebut', note: 'sejumlah yang dibutuhkan' },
      { description: 'KTP-el pemohon', note: 'asli' },
    ],
    procedure: [
      'Ambil nomor antrean di kios MPP untuk layanan Dukcapil.',
      'Serahkan dokumen asli dan fotokopinya di loket.',
      'Petugas mencocokkan fotokopi dengan dokumen asli dan data kependudukan.',
      'Fotokopi diberi cap dan tanda tangan pejabat.',
    ],
    processingTime: 'Selesai di hari yang sama (perkiraan)',
    fee: { isFree: true, amount: 0, tiers: [], note: DUKCAPIL_FREE_NOTE },
    product: 'Fotokopi dokumen kependudukan yang sudah dilegalisasi',
    complaintChannels: [KOTAK_PENGADUAN, HALO_DUKCAPIL, LAPOR],
    legalBasis: [
      UU_ADMINDUK,
      'Permendagri 7 Tahun 2019 tentang Pelayanan Administrasi Kependudukan secara Daring',
    ],
    onlineUrl: null,
  },

  // ===========================================================================================
  // DPMPTSP Paser
  // ===========================================================================================
  {
    slug: 'nib-oss',
    name: 'Penerbitan Nomor Induk Berusaha (NIB) melalui OSS RBA',
    summary:
      'Daftarkan usaha Anda dan dapatkan NIB, identitas resmi pelaku usaha yang berlaku juga ' +
      'sebagai izin usaha untuk usaha berisiko rendah. Petugas gerai membantu pengisian di OSS.',
    agencySlug: 'dpmptsp',
    categorySlug: 'perizinan-berusaha',
    status: 'PUBLISHED',
    keywords: ['izin usaha', 'umkm', 'siup', 'daftar usaha'],
    requirements: [
      { description: 'KTP-el pemilik atau penanggung jawab usaha', note: 'asli' },
      { description: 'NPWP atau NIK yang sudah dipadankan sebagai NPWP', note: null },
      { description: 'Alamat email dan nomor ponsel aktif', note: 'untuk akun OSS' },
      { description: 'Alamat lokasi usaha dan jenis kegiatan usaha (KBLI)', note: null },
      {
        description: 'Akta pendirian dan SK Kemenkumham',
        note: 'untuk badan usaha (PT, CV, koperasi, yayasan)',
      },
    ],
    procedure: [
      'Buat akun di https://oss.go.id, sendiri atau dibantu petugas gerai.',
      'Lengkapi data pelaku usaha dan pilih kode KBLI kegiatan usaha.',
      'Isi lokasi usaha dan pernyataan mandiri kesesuaian tata ruang (untuk usaha mikro dan kecil).',
      'Sistem OSS menerbitkan NIB; unduh dokumen NIB dari akun OSS.',
    ],
    processingTime: 'Paling lama 30 menit untuk usaha mikro dan kecil',
    fee: { isFree: true, amount: 0, tiers: [], note: 'Tidak dipungut biaya.' },
    product:
      'Nomor Induk Berusaha (NIB); untuk usaha mikro dan kecil berisiko rendah, NIB berlaku juga sebagai SNI dan sertifikasi jaminan produk halal bila dinyatakan',
    complaintChannels: [KOTAK_PENGADUAN, OSS_PENGADUAN, LAPOR, PENGELOLA_MPP],
    legalBasis: [PP_PERIZINAN_BERUSAHA, UU_CIPTA_KERJA],
    onlineUrl: 'https://oss.go.id',
  },
  {
    slug: 'sertifikat-standar',
    name: 'Sertifikat Standar Usaha Risiko Menengah melalui OSS RBA',
    summary:
      'Izin tambahan bagi usaha berisiko menengah setelah memiliki NIB, misalnya usaha makanan ' +
      'olahan, bengkel atau toko bangunan. Gerai membantu pemenuhan standar di OSS.',
    agencySlug: 'dpmptsp',
    categorySlug: 'perizinan-berusaha',
    status: 'PUBLISHED',
    keywords: ['izin usaha', 'umkm', 'izin usaha mikro', 'iumk'],
    requirements: [
      { description: 'NIB yang sudah terbit', note: null },
      { description: 'Akun OSS pelaku usaha', note: 'email dan kata sandi' },
      { description: 'Pernyataan pemenuhan standar usaha sesuai KBLI', note: 'diisi di OSS' },
      {
        description: 'Dokumen pemenuhan standar',
        note: 'untuk risiko menengah tinggi, sesuai sektor; misalnya izin lingkungan atau sertifikat teknis',
      },
    ],
    procedure: [
      'Masuk ke akun OSS dan pilih kegiatan usaha yang memerlukan sertifikat standar.',
      'Isi pernyataan pemenuhan standar dan unggah dokumen yang diminta.',
      'Risiko menengah rendah: sertifikat standar terbit otomatis berdasarkan pernyataan.',
      'Risiko menengah tinggi: dinas teknis memverifikasi pemenuhan standar.',
      'Unduh sertifikat standar dari akun OSS.',
    ],
    processingTime:
      'Risiko menengah rendah langsung terbit; risiko menengah tinggi sesuai verifikasi dinas teknis, sekitar 5-14 hari kerja (perkiraan)',
    fee: {
      isFree: true,
      amount: 0,
      tiers: [],
      note:
        'Tidak dipungut biaya untuk penerbitan sertifikat standar; biaya sertifikasi dari lembaga ' +
        'lain bila dipersyaratkan sektor (belum terverifikasi).',
    },
    product: 'Sertifikat Standar yang terverifikasi atau berbasis pernyataan',
    complaintChannels: [KOTAK_PENGADUAN, OSS_PENGADUAN, LAPOR, PENGELOLA_MPP],
    legalBasis: [
      PP_PERIZINAN_BERUSAHA,
      'PP 7 Tahun 2021 tentang Kemudahan, Pelindungan, dan Pemberdayaan Koperasi dan Usaha Mikro, Kecil, dan Menengah',
    ],
    onlineUrl: 'https://oss.go.id',
  },
  {
    slug: 'pbg',
    name: 'Persetujuan Bangunan Gedung (PBG) melalui SIMBG',
    summary:
      'Izin untuk membangun baru, mengubah, memperluas atau merawat bangunan gedung, termasuk ' +
      'rumah tinggal. Pengganti IMB, diajukan lewat SIMBG.',
    agencySlug: 'dpmptsp',
    categorySlug: 'perizinan-bangunan-lingkungan',
    status: 'PUBLISHED',
    keywords: ['imb', 'izin bangunan', 'izin mendirikan bangunan', 'bangun rumah'],
    requirements: [
      { description: 'KTP-el pemohon', note: 'asli' },
      {
        description: 'Bukti kepemilikan atau penguasaan tanah',
        note: 'sertifikat, atau surat perjanjian pemanfaatan tanah bila bukan milik sendiri',
      },
      { description: 'Dokumen KKPR atau informasi tata ruang lokasi', note: null },
      {
        description: 'Gambar rencana teknis: arsitektur, struktur dan utilitas',
        note: 'untuk rumah tinggal sederhana dapat memakai desain prototipe',
      },
      { description: 'Bukti pembayaran PBB tahun terakhir', note: 'fotokopi' },
    ],
    procedure: [
      'Buat akun dan ajukan permohonan di https://simbg.pu.go.id, sendiri atau dibantu petugas gerai.',
      'Unggah dokumen rencana teknis.',
      'Konsultasi dan pemeriksaan dokumen oleh Tim Profesi Ahli atau Tim Penilai Teknis.',
      'Terima surat ketetapan retribusi dan bayar retribusi PBG.',
      'PBG diterbitkan di SIMBG beserta nomor registrasi bangunan.',
    ],
    processingTime: 'Sesuai tahapan konsultasi di SIMBG, sekitar 28 hari kerja (perkiraan)',
    fee: {
      isFree: false,
      amount: 0,
      tiers: [],
      note:
        'Retribusi PBG sesuai Peraturan Daerah Kabupaten Paser tentang pajak daerah dan retribusi ' +
        'daerah; besarnya dihitung dari luas, fungsi, kompleksitas dan lokasi bangunan.',
    },
    product: 'Persetujuan Bangunan Gedung (PBG) dan nomor registrasi bangunan',
    complaintChannels: [KOTAK_PENGADUAN, LAPOR, PENGELOLA_MPP],
    legalBasis: [
      'PP 16 Tahun 2021 tentang Peraturan Pelaksanaan UU 28 Tahun 2002 tentang Bangunan Gedung',
      UU_HKPD,
    ],
    onlineUrl: 'https://simbg.pu.go.id',
  },
  {
    slug: 'pkkpr-non-berusaha',
    name: 'Persetujuan Kesesuaian Kegiatan Pemanfaatan Ruang (PKKPR) untuk Kegiatan Non-Berusaha',
    summary:
      'Persetujuan bahwa rencana penggunaan lahan Anda sesuai tata ruang, untuk kegiatan bukan ' +
      'usaha seperti rumah tinggal, tempat ibadah atau fasilitas sosial. Biasanya diperlukan ' +
      'sebelum mengurus PBG.',
    agencySlug: 'dpmptsp',
    categorySlug: 'perizinan-bangunan-lingkungan',
    status: 'PUBLISHED',
    keywords: ['tata ruang', 'kkpr', 'izin lokasi', 'advice planning'],
    requirements: [
      { description: 'KTP-el pemohon', note: 'asli' },
      { description: 'Bukti penguasaan tanah', note: 'fotokopi sertifikat atau surat tanah' },
      { description: 'Koordinat lokasi atau peta bidang tanah', note: null },
      { description: 'Rencana luas lahan dan jenis kegiatan pemanfaatan ruang', note: null },
      { description: 'Bukti pembayaran PBB tahun terakhir', note: 'fotokopi' },
    ],
    procedure: [
      'Ajukan permohonan di OSS dengan bantuan petugas gerai.',
      'Kantor Pertanahan menyusun pertimbangan teknis pertanahan.',
      'Penilaian dokumen dan, bila perlu, pembahasan di forum penataan ruang.',
      'PKKPR diterbitkan dan dapat diunduh.',
    ],
    processingTime: 'Paling lama 20 hari',
    fee: {
      isFree: true,
      amount: 0,
      tiers: [],
      note:
        'Penerbitan PKKPR tidak dipungut biaya. Pertimbangan teknis pertanahan dari Kantor ' +
        'Pertanahan dikenai PNBP sesuai luas tanah.',
    },
    product: 'Dokumen PKKPR untuk kegiatan non-berusaha',
    complaintChannels: [KOTAK_PENGADUAN, LAPOR, PENGELOLA_MPP],
    legalBasis: [
      'PP 21 Tahun 2021 tentang Penyelenggaraan Penataan Ruang',
      'Permen ATR/Kepala BPN 13 Tahun 2021 tentang Pelaksanaan Kesesuaian Kegiatan Pemanfaatan Ruang dan Sinkronisasi Program Pemanfaatan Ruang',
    ],
    onlineUrl: 'https://oss.go.id',
  },
  {
    slug: 'sip-tenaga-kesehatan',
    name: 'Surat Izin Praktik (SIP) Tenaga Medis dan Tenaga Kesehatan',
    summary:
      'Izin praktik bagi dokter, dokter gigi, bidan, perawat, apoteker dan tenaga kesehatan lain ' +
      'yang berpraktik di Kabupaten Paser.',
    agencySlug: 'dpmptsp',
    categorySlug: 'perizinan-berusaha',
    status: 'PUBLISHED',
    keywords: ['izin praktik', 'dokter', 'bidan', 'perawat', 'sip'],
    requirements: [
      { description: 'KTP-el', note: 'fotokopi' },
      { description: 'Surat Tanda Registrasi (STR) yang masih berlaku', note: 'fotokopi' },
      {
        description: 'Surat keterangan dari pimpinan fasilitas pelayanan kesehatan tempat praktik',
        note: 'asli',
      },
      { description: 'Pas foto berwarna ukuran 4x6', note: '2 lembar (belum terverifikasi)' },
      { description: 'Surat pernyataan jumlah tempat praktik', note: 'bermeterai' },
    ],
    procedure: [
      'Ambil nomor antrean dan ajukan permohonan di gerai DPMPTSP.',
      'Petugas memeriksa kelengkapan berkas.',
      'Dinas Kesehatan memberi kajian teknis.',
      'SIP ditandatangani dan diterbitkan.',
      'Ambil SIP di gerai atau unduh salinan elektroniknya.',
    ],
    processingTime: '3-7 hari kerja (perkiraan)',
    fee: {
      isFree: true,
      amount: 0,
      tiers: [],
      note: 'Tidak dipungut biaya (belum terverifikasi).',
    },
    product: 'Surat Izin Praktik (SIP) untuk satu tempat praktik',
    complaintChannels: [KOTAK_PENGADUAN, LAPOR, PENGELOLA_MPP],
    legalBasis: [
      'UU 17 Tahun 2023 tentang Kesehatan',
      'PP 28 Tahun 2024 tentang Peraturan Pelaksanaan UU 17 Tahun 2023 tentang Kesehatan',
    ],
    onlineUrl: null,
  },

  // ===========================================================================================
  // Pengadilan Negeri
  // ===========================================================================================
  {
    slug: 'sk-tidak-pernah-dipidana',
    name: 'Surat Keterangan Tidak Pernah Sebagai Terpidana',
    summary:
      'Surat dari pengadilan negeri yang menerangkan Anda tidak pernah dihukum penjara, biasa ' +
      'diminta untuk melamar CPNS, mencalonkan diri dalam pemilu atau pilkada, dan pekerjaan ' +
      'tertentu.',
    agencySlug: 'pengadilan-negeri',
    categorySlug: 'hukum-peradilan',
    status: 'PUBLISHED',
    keywords: ['tidak dipidana', 'bebas pidana', 'pengadilan', 'caleg', 'cpns'],
    requirements: [
      { description: 'KTP-el', note: 'fotokopi' },
      { description: 'SKCK yang sudah dilegalisasi', note: 'fotokopi' },
      { description: 'Ijazah terakhir', note: 'fotokopi' },
      { description: 'Pas foto berwarna ukuran 4x6', note: '2 lembar (belum terverifikasi)' },
      { description: 'Surat permohonan', note: 'dicetak dari aplikasi eRaterang atau diisi di gerai' },
    ],
    procedure: [
      'Daftar di https://eraterang.badilum.mahkamahagung.go.id dan isi permohonan, atau minta bantuan petugas gerai.',
      'Datang ke gerai dan serahkan berkas.',
      'Petugas memeriksa register perkara pidana.',
      'Bayar PNBP.',
      'Terima surat keterangan yang sudah ditandatangani.',
    ],
    processingTime: '1 hari',
    fee: {
      isFree: false,
      amount: 10000,
      tiers: [{ label: 'PNBP surat keterangan', amount: 10000 }],
      note: null,
    },
    product: 'Surat keterangan tidak pernah sebagai terpidana',
    complaintChannels: [KOTAK_PENGADUAN, SIWAS_MA, LAPOR, PENGELOLA_MPP],
    legalBasis: [PP_PNBP_MA],
    onlineUrl: 'https://eraterang.badilum.mahkamahagung.go.id',
  },
  {
    slug: 'perubahan-nama',
    name: 'Permohonan Penetapan Perubahan Nama melalui e-Court',
    summary:
      'Ajukan permohonan ke pengadilan negeri untuk mengganti atau membetulkan nama, lalu catatkan ' +
      'penetapannya di Dukcapil. Pendaftaran bisa dilakukan secara elektronik lewat e-Court.',
    agencySlug: 'pengadilan-negeri',
    categorySlug: 'hukum-peradilan',
    status: 'PUBLISHED',
    keywords: ['ganti nama', 'ubah nama', 'salah nama', 'penetapan pengadilan'],
    requirements: [
      { description: 'Surat permohonan perubahan nama beserta alasannya', note: null },
      { description: 'KTP-el dan Kartu Keluarga', note: 'fotokopi bermeterai' },
      { description: 'Kutipan akta kelahiran', note: 'fotokopi bermeterai' },
      { description: 'Ijazah atau dokumen lain yang memuat nama', note: 'fotokopi, bila ada' },
      { description: 'Dua orang saksi', note: 'dihadirkan saat sidang' },
    ],
    procedure: [
      'Daftar akun pengguna di https://ecourt.mahkamahagung.go.id, atau minta bantuan petugas gerai.',
      'Unggah surat permohonan dan bukti; sistem menaksir panjar biaya perkara (e-SKUM).',
      'Bayar panjar biaya perkara melalui nomor virtual account.',
      'Hadiri sidang sesuai panggilan dengan membawa dokumen asli dan saksi.',
      'Terima salinan penetapan, lalu laporkan ke Dukcapil paling lambat 30 hari untuk perubahan dokumen.',
    ],
    processingTime: 'Sesuai jadwal sidang, umumnya 2-4 minggu (perkiraan)',
    fee: {
      isFree: false,
      amount: 0,
      tiers: [],
      note:
        'Panjar biaya perkara ditaksir pengadilan sesuai radius panggilan; sisa panjar ' +
        'dikembalikan setelah perkara selesai. Warga tidak mampu dapat mengajukan prodeo.',
    },
    product: 'Salinan penetapan pengadilan negeri tentang perubahan nama',
    complaintChannels: [KOTAK_PENGADUAN, SIWAS_MA, LAPOR, PENGELOLA_MPP],
    legalBasis: [PERMA_ECOURT, UU_ADMINDUK],
    onlineUrl: 'https://ecourt.mahkamahagung.go.id',
  },
  {
    slug: 'legalisasi-putusan',
    name: 'Legalisasi Salinan Putusan atau Penetapan Pengadilan Negeri',
    summary:
      'Pengesahan fotokopi putusan atau penetapan pengadilan negeri untuk keperluan ' +
      'administrasi, misalnya perubahan data di Dukcapil, bank atau instansi lain.',
    agencySlug: 'pengadilan-negeri',
    categorySlug: 'hukum-peradilan',
    status: 'PUBLISHED',
    keywords: ['legalisir', 'salinan putusan', 'penetapan'],
    requirements: [
      { description: 'Salinan putusan atau penetapan asli', note: null },
      { description: 'Fotokopi putusan atau penetapan', note: 'sejumlah yang dibutuhkan' },
      { description: 'KTP-el pemohon', note: 'fotokopi; pihak dalam perkara atau kuasanya' },
    ],
    procedure: [
      'Ambil nomor antrean di gerai pengadilan negeri.',
      'Serahkan salinan asli dan fotokopinya.',
      'Petugas mencocokkan dengan arsip perkara.',
      'Bayar PNBP legalisasi.',
      'Terima fotokopi yang sudah dilegalisasi.',
    ],
    processingTime: '1 hari kerja (perkiraan)',
    fee: {
      isFree: false,
      amount: 10000,
      tiers: [{ label: 'Legalisasi per dokumen', amount: 10000 }],
      note: 'PNBP legalisasi (belum terverifikasi).',
    },
    product: 'Fotokopi putusan atau penetapan yang sudah dilegalisasi',
    complaintChannels: [KOTAK_PENGADUAN, SIWAS_MA, LAPOR],
    legalBasis: [PP_PNBP_MA],
    onlineUrl: null,
  },

  // ===========================================================================================
  // Pengadilan Agama
  // ===========================================================================================
  {
    slug: 'cerai-gugat',
    name: 'Pendaftaran Perkara Cerai Gugat',
    summary:
      'Gugatan perceraian yang diajukan oleh istri yang beragama Islam ke Pengadilan Agama. ' +
      'Petugas Posbakum dapat membantu menyusun surat gugatan.',
    agencySlug: 'pengadilan-agama',
    categorySlug: 'hukum-peradilan',
    status: 'PUBLISHED',
    keywords: ['cerai', 'perceraian', 'gugat cerai', 'talak'],
    requirements: [
      { description: 'Surat gugatan', note: 'dapat dibuat dengan bantuan Posbakum di gerai' },
      { description: 'KTP-el penggugat', note: 'fotokopi' },
      { description: 'Buku nikah', note: 'asli dan fotokopi bermeterai' },
      { description: 'Kartu Keluarga', note: 'fotokopi' },
      {
        description: 'Surat keterangan tidak mampu dari desa/kelurahan',
        note: 'bila mengajukan perkara prodeo (gratis)',
      },
    ],
    procedure: [
      'Konsultasi di gerai Pengadilan Agama atau Posbakum.',
      'Daftarkan gugatan secara langsung atau melalui e-Court.',
      'Bayar panjar biaya perkara melalui bank atau virtual account.',
      'Hadiri sidang dan mediasi sesuai panggilan.',
      'Setelah putusan berkekuatan hukum tetap, ambil akta cerai.',
    ],
    processingTime:
      'Sesuai jalannya persidangan; paling lama 5 bulan di tingkat pertama (perkiraan)',
    fee: {
      isFree: false,
      amount: 0,
      tiers: [],
      note:
        'Panjar biaya perkara ditaksir pengadilan sesuai radius panggilan para pihak; sisa panjar ' +
        'dikembalikan. Gratis (prodeo) bagi warga tidak mampu.',
    },
    product: 'Putusan Pengadilan Agama dan akta cerai',
    complaintChannels: [KOTAK_PENGADUAN, SIWAS_MA, LAPOR, PENGELOLA_MPP],
    legalBasis: [
      UU_PERKAWINAN,
      UU_PERADILAN_AGAMA,
      'PERMA 1 Tahun 2014 tentang Pedoman Pemberian Layanan Hukum bagi Masyarakat Tidak Mampu di Pengadilan',
    ],
    onlineUrl: 'https://ecourt.mahkamahagung.go.id',
  },
  {
    slug: 'dispensasi-kawin',
    name: 'Permohonan Dispensasi Kawin',
    summary:
      'Permohonan orang tua ke Pengadilan Agama agar anak yang belum berusia 19 tahun dapat ' +
      'menikah, bila ada alasan mendesak.',
    agencySlug: 'pengadilan-agama',
    categorySlug: 'hukum-peradilan',
    status: 'PUBLISHED',
    keywords: ['nikah', 'nikah di bawah umur', 'dispensasi nikah', 'kawin muda'],
    requirements: [
      { description: 'Surat permohonan dari orang tua atau wali', note: null },
      { description: 'KTP-el kedua orang tua atau wali', note: 'fotokopi' },
      { description: 'Kartu Keluarga', note: 'fotokopi' },
      {
        description: 'Akta kelahiran atau KIA anak dan calon pasangan',
        note: 'fotokopi',
      },
      {
        description: 'Ijazah terakhir atau surat keterangan masih sekolah anak',
        note: 'fotokopi',
      },
      { description: 'Surat penolakan pernikahan dari KUA', note: 'asli (belum terverifikasi)' },
    ],
    procedure: [
      'Konsultasi di gerai Pengadilan Agama.',
      'Daftarkan permohonan secara langsung atau melalui e-Court.',
      'Bayar panjar biaya perkara.',
      'Hadiri sidang bersama anak, calon pasangan dan orang tua calon pasangan.',
      'Terima salinan penetapan untuk dibawa ke KUA.',
    ],
    processingTime: 'Sesuai jadwal sidang, umumnya 1-2 minggu (perkiraan)',
    fee: {
      isFree: false,
      amount: 0,
      tiers: [],
      note:
        'Panjar biaya perkara ditaksir pengadilan sesuai radius panggilan; sisa panjar ' +
        'dikembalikan. Gratis (prodeo) bagi warga tidak mampu.',
    },
    product: 'Penetapan Pengadilan Agama tentang dispensasi kawin',
    complaintChannels: [KOTAK_PENGADUAN, SIWAS_MA, LAPOR, PENGELOLA_MPP],
    legalBasis: [
      'UU 16 Tahun 2019 tentang Perubahan atas UU 1 Tahun 1974 tentang Perkawinan',
      'PERMA 5 Tahun 2019 tentang Pedoman Mengadili Permohonan Dispensasi Kawin',
    ],
    onlineUrl: 'https://ecourt.mahkamahagung.go.id',
  },
  {
    slug: 'isbat-nikah',
    name: 'Permohonan Isbat Nikah (Pengesahan Nikah)',
    summary:
      'Permohonan agar pernikahan secara agama Islam yang belum tercatat di KUA disahkan ' +
      'pengadilan, supaya bisa mendapat buku nikah dan akta kelahiran anak dengan nama ayah.',
    agencySlug: 'pengadilan-agama',
    categorySlug: 'hukum-peradilan',
    status: 'PUBLISHED',
    keywords: ['nikah siri', 'nikah', 'pengesahan nikah', 'buku nikah'],
    requirements: [
      { description: 'Surat permohonan', note: 'dapat dibuat dengan bantuan Posbakum' },
      { description: 'KTP-el suami dan istri', note: 'fotokopi' },
      { description: 'Kartu Keluarga', note: 'fotokopi' },
      {
        description: 'Surat keterangan dari KUA bahwa pernikahan tidak tercatat',
        note: 'asli (belum terverifikasi)',
      },
      { description: 'Dua orang saksi yang mengetahui pernikahan', note: 'dihadirkan saat sidang' },
    ],
    procedure: [
      'Konsultasi di gerai Pengadilan Agama atau Posbakum.',
      'Daftarkan permohonan secara langsung atau melalui e-Court.',
      'Bayar panjar biaya perkara.',
      'Hadiri sidang bersama saksi.',
      'Bawa salinan penetapan ke KUA untuk pencatatan dan penerbitan buku nikah.',
    ],
    processingTime: 'Sesuai jadwal sidang, umumnya 2-4 minggu (perkiraan)',
    fee: {
      isFree: false,
      amount: 0,
      tiers: [],
      note:
        'Panjar biaya perkara ditaksir pengadilan; sisa panjar dikembalikan. Gratis (prodeo) atau ' +
        'melalui sidang terpadu bila ada program pemerintah daerah (belum terverifikasi).',
    },
    product: 'Penetapan Pengadilan Agama tentang pengesahan nikah',
    complaintChannels: [KOTAK_PENGADUAN, SIWAS_MA, LAPOR],
    legalBasis: [UU_PERKAWINAN, UU_PERADILAN_AGAMA],
    onlineUrl: 'https://ecourt.mahkamahagung.go.id',
  },

  // ===========================================================================================
  // Kejaksaan Negeri Paser
  // ===========================================================================================
  {
    slug: 'barang-bukti-tilang',
    name: 'Pembayaran Denda dan Pengambilan Barang Bukti Tilang',
    summary:
      'Bayar denda tilang sesuai putusan hakim dan ambil kembali SIM, STNK atau kendaraan yang ' +
      'ditahan saat tilang.',
    agencySlug: 'kejaksaan',
    categorySlug: 'hukum-peradilan',
    status: 'PUBLISHED',
    keywords: ['tilang', 'ambil sim', 'ambil stnk', 'denda tilang', 'razia'],
    requirements: [
      { description: 'Surat tilang (blangko tilang)', note: 'asli' },
      { description: 'KTP-el pelanggar', note: 'asli' },
      { description: 'Bukti pembayaran denda', note: 'bila sudah membayar melalui bank' },
      {
        description: 'Surat kuasa bermeterai dan KTP-el penerima kuasa',
        note: 'bila diwakilkan',
      },
    ],
    procedure: [
      'Cek putusan dan besar denda di https://tilang.kejaksaan.go.id dengan nomor register tilang.',
      'Bayar denda melalui bank atau kanal pembayaran yang ditunjuk, atau di loket.',
      'Ambil nomor antrean di gerai Kejaksaan dan tunjukkan surat tilang serta bukti bayar.',
      'Terima barang bukti setelah dicocokkan dengan putusan.',
    ],
    processingTime: 'Selesai di hari yang sama',
    fee: {
      isFree: false,
      amount: 0,
      tiers: [],
      note:
        'Denda dan biaya perkara sesuai putusan hakim, disetor ke kas negara. Pengambilan barang ' +
        'bukti tidak dipungut biaya lain.',
    },
    product: 'Barang bukti tilang (SIM, STNK atau kendaraan) dan bukti pembayaran denda',
    complaintChannels: [KOTAK_PENGADUAN, LAPOR, PENGELOLA_MPP],
    legalBasis: [
      UU_LLAJ,
      'PERMA 12 Tahun 2016 tentang Tata Cara Penyelesaian Perkara Pelanggaran Lalu Lintas',
      UU_KEJAKSAAN,
    ],
    onlineUrl: 'https://tilang.kejaksaan.go.id',
  },
  {
    slug: 'konsultasi-hukum-kejaksaan',
    name: 'Konsultasi Hukum Gratis (Pelayanan Hukum Kejaksaan)',
    summary:
      'Tanya jawab masalah hukum perdata, tata usaha negara atau pidana dengan jaksa, gratis. ' +
      'Jawaban tertulis dapat diberikan bila diminta.',
    agencySlug: 'kejaksaan',
    categorySlug: 'hukum-peradilan',
    status: 'PUBLISHED',
    keywords: ['jaksa', 'pengacara', 'bantuan hukum', 'masalah hukum', 'sengketa'],
    requirements: [
      { description: 'KTP-el', note: 'asli' },
      { description: 'Dokumen yang berkaitan dengan masalah hukum', note: 'fotokopi, bila ada' },
      { description: 'Surat permohonan konsultasi', note: 'untuk jawaban tertulis' },
    ],
    procedure: [
      'Ambil nomor antrean di gerai Kejaksaan.',
      'Sampaikan masalah hukum kepada jaksa yang bertugas.',
      'Jaksa memberi penjelasan dan saran secara lisan.',
      'Bila diminta secara tertulis, pendapat hukum dikirim kemudian.',
    ],
    processingTime: 'Langsung saat konsultasi; jawaban tertulis paling lama 30 hari',
    fee: { isFree: true, amount: 0, tiers: [], note: 'Tidak dipungut biaya.' },
    product: 'Penjelasan dan saran hukum, lisan atau tertulis',
    complaintChannels: [KOTAK_PENGADUAN, LAPOR, PENGELOLA_MPP],
    legalBasis: [UU_KEJAKSAAN, UU_PELAYANAN_PUBLIK],
    onlineUrl: null,
  },

  // ===========================================================================================
  // Kantor Kementerian Agama
  // ===========================================================================================
  {
    slug: 'pendaftaran-haji',
    name: 'Pendaftaran Haji Reguler',
    summary:
      'Daftar sebagai calon jemaah haji reguler dan dapatkan nomor porsi setelah menyetor ' +
      'setoran awal di bank penerima setoran.',
    agencySlug: 'kemenag',
    categorySlug: 'keagamaan',
    status: 'PUBLISHED',
    keywords: ['haji', 'naik haji', 'porsi haji', 'antrian haji'],
    requirements: [
      { description: 'KTP-el berdomisili di Kabupaten Paser', note: 'asli dan fotokopi' },
      { description: 'Kartu Keluarga', note: 'asli dan fotokopi' },
      {
        description: 'Akta kelahiran, ijazah atau buku nikah',
        note: 'fotokopi, salah satu',
      },
      {
        description: 'Bukti setoran awal BPIH dari bank penerima setoran (BPS-BPIH)',
        note: 'asli',
      },
      {
        description: 'Pas foto berwarna ukuran 3x4 dan 4x6 berlatar putih',
        note: 'tampak wajah 80% (belum terverifikasi)',
      },
    ],
    procedure: [
      'Buka tabungan haji dan setor setoran awal di bank penerima setoran BPIH.',
      'Datang ke gerai Kemenag dengan berkas dan bukti setoran.',
      'Petugas memverifikasi berkas, mengambil foto dan sidik jari.',
      'Data didaftarkan di Siskohat.',
      'Terima bukti pendaftaran haji dengan nomor porsi.',
    ],
    processingTime: 'Selesai di hari yang sama (perkiraan)',
    fee: {
      isFree: false,
      amount: 0,
      tiers: [],
      note:
        'Pendaftaran tidak dipungut biaya. Calon jemaah menyetor setoran awal BPIH sebesar ' +
        'Rp25.000.000 ke rekening tabungan haji di bank penerima setoran; setoran itu bagian dari ' +
        'biaya haji, bukan biaya layanan (belum terverifikasi).',
    },
    product: 'Bukti pendaftaran haji (SPPH) dengan nomor porsi',
    complaintChannels: [KOTAK_PENGADUAN, KEMENAG_146, LAPOR, PENGELOLA_MPP],
    legalBasis: ['UU 8 Tahun 2019 tentang Penyelenggaraan Ibadah Haji dan Umrah'],
    onlineUrl: null,
  },
  {
    slug: 'bimbingan-sertifikasi-halal',
    name: 'Bimbingan dan Pendampingan Sertifikasi Halal',
    summary:
      'Bantuan bagi pelaku usaha, terutama usaha mikro dan kecil, untuk mendaftar sertifikat ' +
      'halal di SIHALAL, termasuk jalur pernyataan mandiri (self declare).',
    agencySlug: 'kemenag',
    categorySlug: 'keagamaan',
    status: 'PUBLISHED',
    keywords: ['halal', 'label halal', 'umkm', 'sehati', 'self declare'],
    requirements: [
      { description: 'NIB', note: null },
      { description: 'KTP-el pemilik usaha', note: 'fotokopi' },
      { description: 'Daftar produk dan bahan yang digunakan', note: null },
      { description: 'Alamat email dan nomor ponsel aktif', note: 'untuk akun SIHALAL' },
    ],
    procedure: [
      'Ambil nomor antrean di gerai Kemenag.',
      'Petugas membantu membuat akun di https://ptsp.halal.go.id.',
      'Pilih jalur self declare dengan Pendamping Proses Produk Halal, atau jalur reguler.',
      'Lengkapi data produk dan bahan di SIHALAL.',
      'Pantau proses verifikasi dan unduh sertifikat halal setelah terbit.',
    ],
    processingTime: 'Bimbingan selesai di hari yang sama; sertifikat sesuai proses BPJPH (perkiraan)',
    fee: {
      isFree: true,
      amount: 0,
      tiers: [],
      note:
        'Bimbingan tidak dipungut biaya. Jalur self declare dapat gratis bila kuota program ' +
        'SEHATI tersedia; jalur reguler dikenai tarif layanan BPJPH dan biaya Lembaga Pemeriksa ' +
        'Halal (belum terverifikasi).',
    },
    product: 'Akun SIHALAL dan permohonan sertifikasi halal yang terdaftar',
    complaintChannels: [KOTAK_PENGADUAN, KEMENAG_146, LAPOR],
    legalBasis: ['UU 33 Tahun 2014 tentang Jaminan Produk Halal', UU_CIPTA_KERJA],
    onlineUrl: 'https://ptsp.halal.go.id',
  },
  {
    slug: 'pendaftaran-nikah',
    name: 'Informasi dan Pendaftaran Nikah di KUA',
    summary:
      'Informasi syarat menikah bagi umat Islam dan pendaftaran kehendak nikah yang diteruskan ' +
      'ke KUA kecamatan tempat akad.',
    agencySlug: 'kemenag',
    categorySlug: 'keagamaan',
    status: 'PUBLISHED',
    keywords: ['nikah', 'menikah', 'kawin', 'kua', 'buku nikah'],
    requirements: [
      { description: 'Surat pengantar nikah dari desa/kelurahan', note: 'asli' },
      { description: 'KTP-el dan Kartu Keluarga calon pengantin', note: 'fotokopi' },
      { description: 'Akta kelahiran calon pengantin', note: 'fotokopi' },
      {
        description: 'Pas foto berwarna ukuran 2x3 dan 4x6 berlatar biru',
        note: '(belum terverifikasi)',
      },
      {
        description: 'Izin orang tua, dan dispensasi kawin dari Pengadilan Agama',
        note: 'bila calon pengantin belum berusia 19 tahun',
      },
      {
        description: 'Akta cerai atau surat kematian pasangan terdahulu',
        note: 'bagi duda atau janda',
      },
    ],
    procedure: [
      'Ambil nomor antrean di gerai Kemenag.',
      'Petugas memeriksa kelengkapan berkas dan mendaftarkan kehendak nikah.',
      'Berkas diteruskan ke KUA kecamatan tempat akad.',
      'Calon pengantin mengikuti pemeriksaan berkas dan bimbingan perkawinan di KUA.',
      'Akad nikah dicatat penghulu; buku nikah diserahkan setelah akad.',
    ],
    processingTime: 'Pendaftaran paling lambat 10 hari kerja sebelum akad (perkiraan)',
    fee: {
      isFree: false,
      amount: 0,
      tiers: [
        { label: 'Nikah di KUA pada hari dan jam kerja', amount: 0 },
        { label: 'Nikah di luar KUA atau di luar jam kerja', amount: 600000 },
      ],
      note:
        'Nikah di KUA pada jam kerja gratis. Nikah di luar KUA atau di luar jam kerja dikenai ' +
        'PNBP yang disetor ke bank, bukan kepada petugas (belum terverifikasi).',
    },
    product: 'Bukti pendaftaran kehendak nikah; buku nikah setelah akad',
    complaintChannels: [KOTAK_PENGADUAN, KEMENAG_146, LAPOR],
    legalBasis: [UU_PERKAWINAN, 'PMA 20 Tahun 2019 tentang Pencatatan Pernikahan'],
    onlineUrl: null,
  },

  // ===========================================================================================
  // Kantor Pertanahan (ATR/BPN)
  // ===========================================================================================
  {
    slug: 'pengecekan-sertifikat',
    name: 'Pengecekan Sertipikat Hak Atas Tanah',
    summary:
      'Pemeriksaan kesesuaian sertifikat tanah dengan buku tanah di Kantor Pertanahan, misalnya ' +
      'sebelum jual beli atau menjadikannya jaminan kredit.',
    agencySlug: 'atr-bpn',
    categorySlug: 'pertanahan',
    status: 'PUBLISHED',
    keywords: ['cek sertifikat', 'sertifikat tanah', 'bpn', 'tanah'],
    requirements: [
      { description: 'Formulir permohonan', note: 'disediakan di gerai' },
      { description: 'Sertipikat hak atas tanah', note: 'asli' },
      { description: 'KTP-el pemegang hak', note: 'fotokopi' },
      { description: 'Surat kuasa bermeterai', note: 'bila dikuasakan' },
    ],
    procedure: [
      'Ambil nomor antrean di gerai ATR/BPN.',
      'Serahkan formulir dan berkas; terima Surat Perintah Setor PNBP.',
      'Bayar PNBP di bank atau kanal pembayaran yang ditunjuk.',
      'Petugas mencocokkan sertifikat dengan buku tanah dan peta.',
      'Terima sertifikat yang sudah diberi catatan hasil pengecekan.',
    ],
    processingTime: '1 hari kerja (perkiraan)',
    fee: {
      isFree: false,
      amount: 50000,
      tiers: [{ label: 'Pengecekan sertipikat per bidang', amount: 50000 }],
      note: 'PNBP per sertifikat (belum terverifikasi).',
    },
    product: 'Sertipikat dengan catatan hasil pengecekan',
    complaintChannels: [KOTAK_PENGADUAN, LAPOR, PENGELOLA_MPP],
    legalBasis: [PP_PNBP_ATR, PP_PENDAFTARAN_TANAH],
    onlineUrl: null,
  },
  {
    slug: 'peralihan-hak-tanah',
    name: 'Pendaftaran Peralihan Hak Atas Tanah (Balik Nama Sertipikat)',
    summary:
      'Balik nama sertifikat tanah setelah jual beli, hibah atau pewarisan, sehingga sertifikat ' +
      'tercatat atas nama pemilik baru.',
    agencySlug: 'atr-bpn',
    categorySlug: 'pertanahan',
    status: 'PUBLISHED',
    keywords: ['balik nama', 'jual beli tanah', 'waris', 'hibah', 'sertifikat tanah'],
    requirements: [
      { description: 'Sertipikat hak atas tanah', note: 'asli' },
      {
        description: 'Akta jual beli atau akta hibah dari PPAT, atau surat keterangan waris',
        note: 'asli',
      },
      { description: 'KTP-el dan Kartu Keluarga para pihak', note: 'fotokopi' },
      { description: 'Bukti pembayaran BPHTB yang sudah divalidasi', note: 'asli' },
      { description: 'Bukti pembayaran PPh penjual', note: 'untuk jual beli' },
      { description: 'SPPT dan bukti lunas PBB tahun berjalan', note: 'fotokopi' },
    ],
    procedure: [
      'Berkas dari PPAT atau pemohon diserahkan di loket ATR/BPN.',
      'Terima Surat Perintah Setor dan bayar PNBP.',
      'Petugas memeriksa berkas dan mencatat peralihan di buku tanah.',
      'Nama pemegang hak di sertifikat diganti.',
      'Ambil sertifikat atas nama pemilik baru.',
    ],
    processingTime: '5 hari kerja (perkiraan)',
    fee: {
      isFree: false,
      amount: 0,
      tiers: [],
      note:
        'PNBP dihitung dari nilai tanah: (nilai tanah per m² × luas ÷ 1.000) + Rp50.000 (belum ' +
        'terverifikasi). BPHTB dibayar ke Bapenda dan PPh ke kas negara secara terpisah.',
    },
    product: 'Sertipikat hak atas tanah atas nama pemegang hak baru',
    complaintChannels: [KOTAK_PENGADUAN, LAPOR, PENGELOLA_MPP],
    legalBasis: [
      PP_PENDAFTARAN_TANAH,
      'PP 18 Tahun 2021 tentang Hak Pengelolaan, Hak Atas Tanah, Satuan Rumah Susun, dan Pendaftaran Tanah',
      PP_PNBP_ATR,
    ],
    onlineUrl: null,
  },

  // ===========================================================================================
  // Disnakertrans Paser
  // ===========================================================================================
  {
    slug: 'kartu-ak1',
    name: 'Kartu Tanda Bukti Pendaftaran Pencari Kerja (Kartu AK/1)',
    summary:
      'Kartu pencari kerja yang sering diminta saat melamar pekerjaan atau CPNS. Bisa didaftarkan ' +
      'lebih dulu secara daring di Karirhub.',
    agencySlug: 'disnaker',
    categorySlug: 'ketenagakerjaan',
    status: 'PUBLISHED',
    keywords: ['kartu kuning', 'ak1', 'pencari kerja', 'lamaran kerja', 'loker'],
    requirements: [
      { description: 'KTP-el berdomisili di Kabupaten Paser', note: 'fotokopi' },
      { description: 'Ijazah terakhir', note: 'fotokopi, tunjukkan aslinya' },
      { description: 'Kartu Keluarga', note: 'fotokopi' },
      { description: 'Pas foto berwarna ukuran 3x4', note: '2 lembar' },
    ],
    procedure: [
      'Daftar sebagai pencari kerja di https://karirhub.kemnaker.go.id, atau minta bantuan petugas gerai.',
      'Ambil nomor antrean di gerai Disnakertrans.',
      'Serahkan berkas; petugas memverifikasi data.',
      'Kartu AK/1 dicetak dan ditandatangani petugas.',
    ],
    processingTime: 'Selesai di hari yang sama (perkiraan)',
    fee: { isFree: true, amount: 0, tiers: [], note: 'Tidak dipungut biaya.' },
    product: 'Kartu AK/1 yang berlaku 2 tahun, dengan kewajiban melapor setiap 6 bulan',
    complaintChannels: [KOTAK_PENGADUAN, LAPOR, PENGELOLA_MPP],
    legalBasis: [UU_KETENAGAKERJAAN, 'Permenaker 39 Tahun 2016 tentang Penempatan Tenaga Kerja'],
    onlineUrl: 'https://karirhub.kemnaker.go.id',
  },
  {
    slug: 'pengesahan-peraturan-perusahaan',
    name: 'Pengesahan Peraturan Perusahaan',
    summary:
      'Pengesahan peraturan perusahaan yang wajib dimiliki perusahaan dengan sedikitnya 10 ' +
      'pekerja, sebelum diberlakukan kepada karyawan.',
    agencySlug: 'disnaker',
    categorySlug: 'ketenagakerjaan',
    status: 'PUBLISHED',
    keywords: ['peraturan perusahaan', 'karyawan', 'hubungan industrial'],
    requirements: [
      { description: 'Surat permohonan pengesahan dari pimpinan perusahaan', note: null },
      { description: 'Naskah peraturan perusahaan', note: 'rangkap 3 (belum terverifikasi)' },
      {
        description: 'Bukti telah meminta saran dan pertimbangan wakil pekerja',
        note: 'berita acara',
      },
      { description: 'NIB perusahaan', note: 'fotokopi' },
    ],
    procedure: [
      'Ambil nomor antrean dan serahkan berkas di gerai Disnakertrans.',
      'Petugas meneliti isi peraturan perusahaan terhadap peraturan perundang-undangan.',
      'Bila perlu perbaikan, naskah dikembalikan untuk diperbaiki.',
      'Surat keputusan pengesahan diterbitkan.',
    ],
    processingTime: 'Paling lama 30 hari kerja (perkiraan)',
    fee: { isFree: true, amount: 0, tiers: [], note: 'Tidak dipungut biaya.' },
    product: 'Surat keputusan pengesahan peraturan perusahaan, berlaku paling lama 2 tahun',
    complaintChannels: [KOTAK_PENGADUAN, LAPOR, PENGELOLA_MPP],
    legalBasis: [
      UU_KETENAGAKERJAAN,
      'Permenaker 28 Tahun 2014 tentang Tata Cara Pembuatan dan Pengesahan Peraturan Perusahaan serta Pembuatan dan Pendaftaran Perjanjian Kerja Bersama',
    ],
    onlineUrl: null,
  },
  {
    slug: 'mediasi-hubungan-industrial',
    name: 'Pencatatan dan Mediasi Perselisihan Hubungan Industrial',
    summary:
      'Bantuan penyelesaian perselisihan antara pekerja dan pengusaha, misalnya soal PHK, upah ' +
      'atau pesangon, melalui mediator Disnakertrans.',
    agencySlug: 'disnaker',
    categorySlug: 'ketenagakerjaan',
    status: 'PUBLISHED',
    keywords: ['phk', 'pesangon', 'gaji', 'upah', 'sengketa kerja'],
    requirements: [
      { description: 'Surat permohonan pencatatan perselisihan', note: null },
      {
        description: 'Risalah perundingan bipartit yang gagal',
        note: 'bukti sudah berunding dengan pihak lain',
      },
      { description: 'KTP-el pemohon', note: 'fotokopi' },
      {
        description: 'Bukti pendukung seperti perjanjian kerja, slip gaji atau surat PHK',
        note: 'fotokopi, bila ada',
      },
    ],
    procedure: [
      'Ambil nomor antrean dan catatkan perselisihan di gerai Disnakertrans.',
      'Pilih penyelesaian melalui konsiliasi atau arbitrase; bila tidak memilih, diteruskan ke mediasi.',
      'Mediator memanggil kedua pihak untuk sidang mediasi.',
      'Bila sepakat, dibuat perjanjian bersama; bila tidak, mediator menerbitkan anjuran tertulis.',
    ],
    processingTime: 'Paling lama 30 hari kerja sejak pelimpahan ke mediator (perkiraan)',
    fee: { isFree: true, amount: 0, tiers: [], note: 'Tidak dipungut biaya.' },
    product: 'Perjanjian bersama atau anjuran tertulis mediator',
    complaintChannels: [KOTAK_PENGADUAN, LAPOR, PENGELOLA_MPP],
    legalBasis: [
      'UU 2 Tahun 2004 tentang Penyelesaian Perselisihan Hubungan Industrial',
      UU_KETENAGAKERJAAN,
    ],
    onlineUrl: null,
  },

  // ===========================================================================================
  // KPP Pratama
  // ===========================================================================================
  {
    slug: 'npwp',
    name: 'Pendaftaran NPWP dan Aktivasi NIK sebagai NPWP',
    summary:
      'Daftar sebagai wajib pajak atau aktifkan NIK Anda sebagai NPWP di Coretax, dibantu petugas ' +
      'pajak di gerai.',
    agencySlug: 'kpp-pratama',
    categorySlug: 'pajak-retribusi',
    status: 'PUBLISHED',
    keywords: ['nomor pajak', 'pajak', 'coretax', 'kartu npwp'],
    requirements: [
      { description: 'KTP-el', note: 'asli' },
      { description: 'Kartu Keluarga', note: 'fotokopi' },
      { description: 'Alamat email dan nomor ponsel aktif', note: 'untuk akun Coretax' },
      {
        description: 'Surat pernyataan kegiatan usaha dan lokasinya',
        note: 'bagi yang menjalankan usaha atau pekerjaan bebas',
      },
    ],
    procedure: [
      'Daftar di https://coretaxdjp.pajak.go.id, atau ambil nomor antrean di gerai pajak.',
      'Isi data identitas, alamat dan pekerjaan; petugas membantu bila diperlukan.',
      'Verifikasi kode OTP dari email dan ponsel.',
      'NPWP atau aktivasi NIK sebagai NPWP terbit dan dapat diunduh dari akun Coretax.',
    ],
    processingTime: 'Selesai di hari yang sama (perkiraan)',
    fee: { isFree: true, amount: 0, tiers: [], note: 'Tidak dipungut biaya.' },
    product: 'NPWP (NIK sebagai NPWP bagi penduduk) dan akun Coretax',
    complaintChannels: [KOTAK_PENGADUAN, KRING_PAJAK, LAPOR, PENGELOLA_MPP],
    legalBasis: [UU_HPP, PMK_CORETAX],
    onlineUrl: 'https://coretaxdjp.pajak.go.id',
  },
  {
    slug: 'bantuan-spt-tahunan',
    name: 'Bantuan Pelaporan SPT Tahunan dan Akun Coretax',
    summary:
      'Bantuan mengisi dan melaporkan SPT Tahunan pajak penghasilan, serta mengatur ulang kata ' +
      'sandi atau email akun Coretax.',
    agencySlug: 'kpp-pratama',
    categorySlug: 'pajak-retribusi',
    status: 'PUBLISHED',
    keywords: ['lapor pajak', 'spt', 'pajak penghasilan', 'lupa password', 'efin'],
    requirements: [
      { description: 'KTP-el', note: 'asli' },
      { description: 'Bukti potong PPh dari pemberi kerja (formulir 1721-A1/A2)', note: 'bagi karyawan' },
      { description: 'Daftar harta dan utang', note: null },
      { description: 'Akses ke email atau nomor ponsel yang terdaftar', note: null },
    ],
    procedure: [
      'Ambil nomor antrean di gerai pajak.',
      'Petugas memverifikasi identitas dan membantu masuk ke akun Coretax.',
      'Isi SPT Tahunan bersama petugas berdasarkan bukti potong dan data harta.',
      'Kirim SPT secara elektronik dan simpan bukti penerimaan elektronik.',
    ],
    processingTime: 'Selesai di hari yang sama (perkiraan)',
    fee: { isFree: true, amount: 0, tiers: [], note: 'Tidak dipungut biaya.' },
    product: 'Bukti penerimaan elektronik SPT Tahunan atau akun Coretax yang aktif kembali',
    complaintChannels: [KOTAK_PENGADUAN, KRING_PAJAK, LAPOR],
    legalBasis: [UU_HPP, PMK_CORETAX],
    onlineUrl: 'https://coretaxdjp.pajak.go.id',
  },

  // ===========================================================================================
  // Bapenda Paser
  // ===========================================================================================
  {
    slug: 'pbb-p2',
    name: 'Informasi SPPT dan Pembayaran PBB Perdesaan dan Perkotaan (PBB-P2)',
    summary:
      'Cek tagihan Pajak Bumi dan Bangunan, cetak ulang SPPT yang hilang, dan bayar PBB rumah ' +
      'atau tanah Anda.',
    agencySlug: 'bapenda',
    categorySlug: 'pajak-retribusi',
    status: 'PUBLISHED',
    keywords: ['pbb', 'pajak tanah', 'pajak rumah', 'sppt', 'nop'],
    requirements: [
      { description: 'SPPT PBB tahun lalu atau Nomor Objek Pajak (NOP)', note: 'fotokopi' },
      { description: 'KTP-el wajib pajak', note: 'fotokopi' },
      {
        description: 'Surat kuasa bermeterai',
        note: 'untuk cetak ulang SPPT bila bukan wajib pajak sendiri (belum terverifikasi)',
      },
    ],
    procedure: [
      'Ambil nomor antrean di gerai Bapenda.',
      'Sebutkan NOP atau serahkan SPPT lama; petugas menampilkan tagihan.',
      'Bayar PBB di bank atau kanal pembayaran yang ditunjuk.',
      'Terima bukti pembayaran atau SPPT cetak ulang.',
    ],
    processingTime: 'Selesai di hari yang sama (perkiraan)',
    fee: {
      isFree: false,
      amount: 0,
      tiers: [],
      note:
        'Layanan informasi dan cetak ulang SPPT tidak dipungut biaya. PBB-P2 terutang sesuai SPPT ' +
        'masing-masing objek, ditambah denda bila terlambat (belum terverifikasi).',
    },
    product: 'Informasi tagihan, SPPT cetak ulang, atau bukti pembayaran PBB-P2',
    complaintChannels: [KOTAK_PENGADUAN, LAPOR, PENGELOLA_MPP],
    legalBasis: [UU_HKPD],
    onlineUrl: null,
  },
  {
    slug: 'mutasi-objek-pbb',
    name: 'Pendaftaran dan Mutasi Objek PBB-P2 (Balik Nama SPPT)',
    summary:
      'Daftarkan objek PBB baru, balik nama SPPT setelah jual beli atau waris, atau pecah dan ' +
      'gabung objek pajak.',
    agencySlug: 'bapenda',
    categorySlug: 'pajak-retribusi',
    status: 'PUBLISHED',
    keywords: ['balik nama', 'pbb', 'ganti nama sppt', 'pecah sppt'],
    requirements: [
      { description: 'Formulir SPOP dan LSPOP', note: 'disediakan di gerai' },
      { description: 'KTP-el wajib pajak', note: 'fotokopi' },
      { description: 'Bukti kepemilikan tanah', note: 'fotokopi sertifikat, akta atau surat tanah' },
      { description: 'SPPT PBB terakhir dan bukti lunas', note: 'fotokopi' },
    ],
    procedure: [
      'Ambil nomor antrean di gerai Bapenda.',
      'Serahkan formulir SPOP/LSPOP dan berkas.',
      'Petugas meneliti berkas dan, bila perlu, meninjau lokasi.',
      'Data objek pajak diperbarui.',
      'SPPT atas nama baru diterbitkan.',
    ],
    processingTime: '3-7 hari kerja (perkiraan)',
    fee: { isFree: true, amount: 0, tiers: [], note: 'Tidak dipungut biaya (belum terverifikasi).' },
    product: 'SPPT PBB-P2 atas nama wajib pajak baru atau objek yang diperbarui',
    complaintChannels: [KOTAK_PENGADUAN, LAPOR, PENGELOLA_MPP],
    legalBasis: [UU_HKPD],
    onlineUrl: null,
  },
  {
    slug: 'bphtb',
    name: 'Pelayanan dan Validasi Bea Perolehan Hak atas Tanah dan Bangunan (BPHTB)',
    summary:
      'Hitung, bayar dan validasi BPHTB yang wajib dilunasi pembeli, penerima hibah atau ahli ' +
      'waris sebelum balik nama sertifikat tanah.',
    agencySlug: 'bapenda',
    categorySlug: 'pajak-retribusi',
    status: 'PUBLISHED',
    keywords: ['pajak jual beli', 'balik nama', 'beli tanah', 'beli rumah', 'waris'],
    requirements: [
      { description: 'Formulir SSPD-BPHTB', note: 'diisi wajib pajak atau PPAT' },
      { description: 'KTP-el wajib pajak', note: 'fotokopi' },
      { description: 'SPPT PBB tahun berjalan', note: 'fotokopi' },
      { description: 'Sertifikat atau bukti kepemilikan tanah', note: 'fotokopi' },
      {
        description: 'Draf akta jual beli, akta hibah atau surat keterangan waris',
        note: 'fotokopi',
      },
    ],
    procedure: [
      'Ambil nomor antrean di gerai Bapenda dan serahkan SSPD-BPHTB beserta berkas.',
      'Petugas meneliti nilai perolehan dan menghitung BPHTB terutang.',
      'Bayar BPHTB di bank atau kanal pembayaran yang ditunjuk.',
      'Petugas memvalidasi pembayaran.',
      'Terima SSPD-BPHTB tervalidasi untuk diserahkan ke PPAT dan Kantor Pertanahan.',
    ],
    processingTime: '1-3 hari kerja (perkiraan)',
    fee: {
      isFree: false,
      amount: 0,
      tiers: [],
      note:
        'Pajak daerah: paling tinggi 5% dari nilai perolehan objek pajak setelah dikurangi NPOPTKP, ' +
        'sesuai Perda Kabupaten Paser (tarif dan NPOPTKP belum terverifikasi). Layanan validasi ' +
        'tidak dipungut biaya.',
    },
    product: 'SSPD-BPHTB yang sudah divalidasi',
    complaintChannels: [KOTAK_PENGADUAN, LAPOR, PENGELOLA_MPP],
    legalBasis: [UU_HKPD],
    onlineUrl: null,
  },
];
