/**
 * Standar Pelayanan of the partner tenants of MPP Paser: BPJS Kesehatan, BPJS Ketenagakerjaan,
 * the banks (Bankaltimtara, BRI, Mandiri, BNI), PLN, Perumda Air Minum, TASPEN, plus one
 * DPMPTSP draft.
 *
 * Sources: figures taken from DOMAIN.md (BPJS Kesehatan PBPU registration free and same
 * day under Perpres 64/2020; change of participant data free and same day; BPJS Ketenagakerjaan
 * BPU registration free with dues from Rp16.800/month) are as published there.
 * Everything else — bank products, minimum deposits, KUR interest rates and ceilings, PLN
 * connection costs, water connection costs, complaint numbers not listed in DOMAIN.md and all
 * processing times not in DOMAIN.md — is plausible SAMPLE DATA and is marked unverified:
 * "(belum terverifikasi)" in fee notes and elsewhere, "(perkiraan)" in processing times.
 * Editors must check these against the agencies' own published Standar Pelayanan before go-live.
 *
 * Non-published entries (DRAFT, IN_REVIEW, ARCHIVED) exist on purpose, to exercise visibility rules.
 */
import type { ServiceSeed } from './seed.types';

// ---------------------------------------------------------------------------------------------
// Shared complaint channels and legal bases
// ---------------------------------------------------------------------------------------------

const LAPOR = 'SP4N-LAPOR! https://www.lapor.go.id';
const KOTAK = 'Kotak pengaduan di gerai';
const OJK = 'Kontak OJK 157 (bila pengaduan ke bank tidak terselesaikan)';

const BPJS_KES_CARE = 'BPJS Kesehatan Care Center 165';
const BPJS_KES_PANDAWA = 'PANDAWA (layanan administrasi via WhatsApp) 08118165165';
const BPJS_TK_CC = 'BPJS Ketenagakerjaan Contact Center 175';
const BANKALTIMTARA_CC =
  'Call center Bankaltimtara (nomor resmi tercantum di https://www.bankaltimtara.co.id; belum terverifikasi)';
const BRI_CC = 'Contact center BRI 1500017 / 14017';
const MANDIRI_CC = 'Mandiri Call 14000';
const BNI_CC = 'BNI Call 1500046';

const UU_BPJS = 'UU 24 Tahun 2011 tentang Badan Penyelenggara Jaminan Sosial';
const PERPRES_JKN = 'Perpres 82 Tahun 2018 tentang Jaminan Kesehatan';
const PERPRES_64 =
  'Perpres 64 Tahun 2020 tentang Perubahan Kedua atas Perpres 82 Tahun 2018 tentang Jaminan Kesehatan';
const PER_BPJS_KEPESERTAAN =
  'Peraturan BPJS Kesehatan 6 Tahun 2018 tentang Administrasi Kepesertaan Program Jaminan Kesehatan';
const PP_JKK_JKM =
  'PP 44 Tahun 2015 tentang Penyelenggaraan Program Jaminan Kecelakaan Kerja dan Jaminan Kematian sebagaimana diubah dengan PP 82 Tahun 2019';
const PERMENAKER_5_2021 =
  'Permenaker 5 Tahun 2021 tentang Tata Cara Penyelenggaraan Program Jaminan Kecelakaan Kerja, Jaminan Kematian, dan Jaminan Hari Tua';
const UU_PERBANKAN = 'UU 10 Tahun 1998 tentang Perubahan atas UU 7 Tahun 1992 tentang Perbankan';
const POJK_KONSUMEN =
  'POJK 22 Tahun 2023 tentang Pelindungan Konsumen dan Masyarakat di Sektor Jasa Keuangan';
const POJK_TI_BANK = 'POJK 11/POJK.03/2022 tentang Penyelenggaraan Teknologi Informasi oleh Bank Umum';
const PERMENKO_KUR =
  'Permenko Perekonomian 1 Tahun 2023 tentang Pedoman Pelaksanaan Kredit Usaha Rakyat';
const UU_HKPD =
  'UU 1 Tahun 2022 tentang Hubungan Keuangan antara Pemerintah Pusat dan Pemerintah Daerah';
const PP_PDRD = 'PP 35 Tahun 2023 tentang Ketentuan Umum Pajak Daerah dan Retribusi Daerah';

// ---------------------------------------------------------------------------------------------
// Shared texts for bank services (each bank's entry still lists its own channels and products)
// ---------------------------------------------------------------------------------------------

const KUR_FEE_NOTE =
  'Bunga KUR disubsidi pemerintah: KUR Mikro (plafon sampai Rp100 juta) 6% efektif per tahun untuk penerima pertama, ' +
  'KUR Super Mikro (sampai Rp10 juta) 3% efektif per tahun; tanpa biaya provisi dan administrasi. Besar angsuran ' +
  'bergantung pada plafon dan jangka waktu pinjaman (belum terverifikasi).';

const kurRequirements = (): ServiceSeed['requirements'] => [
  { description: 'KTP-el pemohon dan pasangan (bila sudah menikah)', note: 'asli dan fotokopi' },
  { description: 'Kartu Keluarga', note: 'asli dan fotokopi' },
  {
    description: 'Nomor Induk Berusaha (NIB) atau surat keterangan usaha dari desa/kelurahan',
    note: 'usaha sudah berjalan paling sedikit 6 bulan (belum terverifikasi)',
  },
  { description: 'NPWP', note: 'untuk pinjaman di atas Rp50 juta (belum terverifikasi)' },
  {
    description: 'Dokumen agunan',
    note: 'hanya untuk KUR Kecil di atas Rp100 juta, sesuai penilaian bank (belum terverifikasi)',
  },
];

const kurProcedure = (bank: string): string[] => [
  `Ambil nomor antrean layanan ${bank} di mesin antrean MPP.`,
  'Konsultasikan kebutuhan modal kepada petugas dan isi formulir permohonan KUR.',
  'Serahkan berkas persyaratan; petugas memeriksa kelengkapan dan riwayat kredit (SLIK).',
  'Petugas bank melakukan survei ke tempat usaha.',
  'Bank menyampaikan keputusan kredit; bila disetujui, pemohon menandatangani akad kredit.',
  'Dana pinjaman dicairkan ke rekening pemohon.',
];

const KUR_TIME = 'Sekitar 3–7 hari kerja sejak berkas lengkap, termasuk survei usaha (perkiraan)';

const accountProcedure = (bank: string, app: string): string[] => [
  `Ambil nomor antrean layanan ${bank} di mesin antrean MPP.`,
  'Isi formulir pembukaan rekening dan bubuhkan contoh tanda tangan.',
  'Petugas memverifikasi KTP-el dengan data kependudukan dan merekam data nasabah.',
  'Lakukan setoran awal tunai.',
  'Terima buku tabungan dan kartu debit, lalu buat PIN kartu di mesin yang disediakan.',
  `Bila ingin, minta petugas membantu mengaktifkan ${app}.`,
];

const ACCOUNT_TIME = 'Sekitar 30 menit (perkiraan)';

const mobileBankingProcedure = (bank: string, app: string): string[] => [
  `Ambil nomor antrean layanan ${bank} di mesin antrean MPP.`,
  `Unduh aplikasi ${app} dari Play Store atau App Store di ponsel sendiri.`,
  'Isi data rekening atau kartu debit, lalu ikuti verifikasi foto KTP-el dan swafoto sesuai petunjuk aplikasi.',
  'Buat user ID, kata sandi dan PIN transaksi sendiri (jangan beritahukan kepada siapa pun, termasuk petugas).',
  'Petugas memastikan akun aktif dan menjelaskan cara bertransaksi serta cara menghindari penipuan (jangan bagikan kode OTP).',
];

export const partnerServiceSeeds: readonly ServiceSeed[] = [
  // ===========================================================================================
  // BPJS Kesehatan
  // ===========================================================================================
  {
    slug: 'bpjs-kesehatan-pendaftaran-mandiri',
    name: 'Pendaftaran Peserta Mandiri (Pekerja Bukan Penerima Upah/PBPU)',
    summary:
      'Daftar menjadi peserta BPJS Kesehatan (Jaminan Kesehatan Nasional/JKN) sebagai peserta mandiri, misalnya pedagang, petani, nelayan atau pekerja lepas, bersama seluruh anggota keluarga dalam Kartu Keluarga. Pendaftaran gratis; iuran dibayar tiap bulan sesuai kelas rawat yang dipilih.',
    agencySlug: 'bpjs-kesehatan',
    categorySlug: 'jaminan-sosial',
    status: 'PUBLISHED',
    keywords: ['kis', 'asuransi', 'berobat'],
    requirements: [
      {
        description: 'KTP-el seluruh anggota keluarga yang didaftarkan (yang sudah wajib KTP)',
        note: 'asli; NIK harus sudah terdaftar di Dukcapil',
      },
      {
        description: 'Kartu Keluarga',
        note: 'asli dan fotokopi; seluruh anggota keluarga dalam KK wajib didaftarkan',
      },
      { description: 'Nomor ponsel aktif dan alamat email', note: null },
      {
        description: 'Buku tabungan untuk pendebetan iuran otomatis (autodebet)',
        note: 'fotokopi halaman depan; rekening bank yang bekerja sama dengan BPJS Kesehatan',
      },
    ],
    procedure: [
      'Ambil nomor antrean layanan BPJS Kesehatan di mesin antrean MPP.',
      'Isi Formulir Daftar Isian Peserta (FDIP) dan serahkan KTP-el, Kartu Keluarga serta data rekening kepada petugas.',
      'Pilih kelas rawat (I, II atau III) dan fasilitas kesehatan tingkat pertama (puskesmas, klinik atau dokter praktik perorangan).',
      'Petugas memverifikasi data kependudukan dan menerbitkan nomor virtual account untuk pembayaran iuran.',
      'Bayar iuran pertama melalui virtual account paling cepat 14 hari setelah pendaftaran; kartu JKN aktif setelah iuran dibayar.',
    ],
    processingTime: 'Selesai pada hari yang sama; kartu aktif setelah iuran pertama dibayar',
    fee: {
      isFree: true,
      amount: 0,
      tiers: [],
      note: 'Tidak dipungut biaya pendaftaran; iuran bulanan per orang kelas I Rp150.000, kelas II Rp100.000, kelas III Rp35.000 (Perpres 64/2020).',
    },
    product:
      'Nomor kepesertaan JKN dan kartu JKN digital (dapat ditampilkan di aplikasi Mobile JKN), aktif setelah iuran pertama dibayar',
    complaintChannels: [BPJS_KES_CARE, BPJS_KES_PANDAWA, LAPOR, KOTAK],
    legalBasis: [UU_BPJS, PERPRES_JKN, PERPRES_64],
    onlineUrl: 'https://www.bpjs-kesehatan.go.id',
  },
  {
    slug: 'bpjs-kesehatan-perubahan-data',
    name: 'Perubahan Data Peserta JKN',
    summary:
      'Memperbaiki data peserta BPJS Kesehatan (JKN) yang salah atau berubah, misalnya nama, tanggal lahir, alamat atau nomor ponsel, serta menambah anggota keluarga baru seperti bayi atau pasangan.',
    agencySlug: 'bpjs-kesehatan',
    categorySlug: 'jaminan-sosial',
    status: 'PUBLISHED',
    keywords: ['kis', 'ganti'],
    requirements: [
      { description: 'KTP-el peserta', note: 'asli' },
      { description: 'Kartu Keluarga terbaru', note: 'asli dan fotokopi' },
      { description: 'Kartu JKN atau nomor kepesertaan', note: 'kartu fisik atau kartu digital' },
      {
        description:
          'Dokumen pendukung perubahan, misalnya akta kelahiran, buku nikah atau surat keterangan dari Dukcapil',
        note: 'asli dan fotokopi; sesuai data yang diubah',
      },
    ],
    procedure: [
      'Ambil nomor antrean layanan BPJS Kesehatan di mesin antrean MPP.',
      'Sampaikan data yang ingin diubah dan serahkan dokumen kepada petugas.',
      'Isi formulir perubahan data peserta.',
      'Petugas memverifikasi dokumen dengan data kependudukan lalu memperbarui data kepesertaan.',
      'Terima bukti perubahan data; kartu JKN digital langsung menampilkan data terbaru.',
    ],
    processingTime: 'Selesai pada hari yang sama',
    fee: {
      isFree: true,
      amount: 0,
      tiers: [],
      note: 'Tidak dipungut biaya. Penambahan anggota keluarga pada peserta mandiri menambah iuran bulanan sesuai kelas rawat.',
    },
    product: 'Data kepesertaan JKN yang telah diperbarui dan kartu JKN digital dengan data terbaru',
    complaintChannels: [BPJS_KES_CARE, BPJS_KES_PANDAWA, LAPOR, KOTAK],
    legalBasis: [UU_BPJS, PERPRES_JKN, PER_BPJS_KEPESERTAAN],
    onlineUrl: 'https://www.bpjs-kesehatan.go.id',
  },
  {
    slug: 'bpjs-kesehatan-pindah-faskes',
    name: 'Pindah Fasilitas Kesehatan Tingkat Pertama (FKTP)',
    summary:
      'Mengganti puskesmas, klinik atau dokter keluarga tempat peserta BPJS Kesehatan (JKN) terdaftar, misalnya karena pindah rumah. Bisa dilakukan setelah terdaftar paling sedikit 3 bulan di faskes lama.',
    agencySlug: 'bpjs-kesehatan',
    categorySlug: 'jaminan-sosial',
    status: 'PUBLISHED',
    keywords: ['kis', 'ganti'],
    requirements: [
      { description: 'KTP-el peserta', note: 'asli' },
      { description: 'Kartu JKN atau nomor kepesertaan', note: 'kartu fisik atau kartu digital' },
      {
        description: 'Kartu Keluarga',
        note: 'asli; bila memindahkan faskes seluruh anggota keluarga sekaligus',
      },
      {
        description: 'Surat keterangan pindah domisili',
        note: 'hanya bila pindah sebelum 3 bulan karena pindah tempat tinggal',
      },
    ],
    procedure: [
      'Ambil nomor antrean layanan BPJS Kesehatan di mesin antrean MPP.',
      'Sampaikan nama faskes tujuan kepada petugas dan serahkan dokumen.',
      'Petugas memeriksa lama terdaftar di faskes lama dan kuota faskes tujuan.',
      'Petugas mencatat perpindahan faskes di sistem kepesertaan.',
      'Terima bukti perubahan; faskes baru tampil di kartu JKN digital mulai tanggal 1 bulan berikutnya.',
    ],
    processingTime:
      'Permohonan selesai pada hari yang sama; faskes baru berlaku mulai tanggal 1 bulan berikutnya',
    fee: { isFree: true, amount: 0, tiers: [], note: 'Tidak dipungut biaya.' },
    product: 'Data faskes tingkat pertama yang baru pada kepesertaan JKN dan kartu JKN digital',
    complaintChannels: [BPJS_KES_CARE, BPJS_KES_PANDAWA, LAPOR, KOTAK],
    legalBasis: [PERPRES_JKN, PER_BPJS_KEPESERTAAN],
    onlineUrl: 'https://www.bpjs-kesehatan.go.id',
  },
  {
    slug: 'pengaduan-layanan-jkn',
    name: 'Pengaduan Layanan JKN',
    summary:
      'Sampaikan keluhan tentang layanan JKN BPJS Kesehatan, misalnya ditolak berobat, diminta membayar di rumah sakit, atau kartu tidak aktif. Petugas mencatat pengaduan dan menindaklanjutinya sampai selesai.',
    agencySlug: 'bpjs-kesehatan',
    categorySlug: 'jaminan-sosial',
    status: 'IN_REVIEW',
    keywords: ['kis', 'komplain'],
    requirements: [
      { description: 'KTP-el pelapor', note: 'asli' },
      { description: 'Kartu JKN atau nomor kepesertaan', note: 'kartu fisik atau kartu digital' },
      {
        description: 'Uraian singkat kejadian',
        note: 'tanggal, nama fasilitas kesehatan dan nama petugas bila diketahui',
      },
      {
        description: 'Bukti pendukung, misalnya kuitansi, surat rujukan atau foto',
        note: 'bila ada; asli dan fotokopi',
      },
    ],
    procedure: [
      'Ambil nomor antrean layanan BPJS Kesehatan di mesin antrean MPP.',
      'Sampaikan pengaduan dan bukti pendukung kepada petugas.',
      'Petugas mencatat pengaduan dan memberikan nomor register pengaduan.',
      'BPJS Kesehatan menelusuri pengaduan ke fasilitas kesehatan atau unit terkait.',
      'Hasil tindak lanjut disampaikan kepada pelapor melalui telepon, WhatsApp atau secara langsung.',
    ],
    processingTime:
      'Pengaduan dicatat saat itu juga; tindak lanjut paling lama 5 hari kerja (perkiraan)',
    fee: { isFree: true, amount: 0, tiers: [], note: 'Tidak dipungut biaya.' },
    product: 'Nomor register pengaduan dan jawaban atau penyelesaian atas pengaduan',
    complaintChannels: [BPJS_KES_CARE, BPJS_KES_PANDAWA, LAPOR, KOTAK],
    legalBasis: [
      'UU 25 Tahun 2009 tentang Pelayanan Publik',
      'Perpres 76 Tahun 2013 tentang Pengelolaan Pengaduan Pelayanan Publik',
      PERPRES_JKN,
    ],
    onlineUrl: 'https://www.bpjs-kesehatan.go.id',
  },

  // ===========================================================================================
  // BPJS Ketenagakerjaan
  // ===========================================================================================
  {
    slug: 'bpjs-ketenagakerjaan-pendaftaran-bpu',
    name: 'Pendaftaran Peserta Bukan Penerima Upah (BPU)',
    summary:
      'Daftar BPJS Ketenagakerjaan bagi pekerja mandiri atau informal, seperti petani, nelayan, pedagang, pengemudi ojek dan pekerja lepas, untuk perlindungan kecelakaan kerja, kematian dan tabungan hari tua. Pendaftaran gratis; iuran mulai Rp16.800 per bulan.',
    agencySlug: 'bpjs-ketenagakerjaan',
    categorySlug: 'jaminan-sosial',
    status: 'PUBLISHED',
    keywords: ['jamsostek', 'asuransi'],
    requirements: [
      { description: 'KTP-el', note: 'asli; NIK harus sudah terdaftar di Dukcapil' },
      { description: 'Nomor ponsel aktif dan alamat email', note: null },
      {
        description: 'Keterangan jenis pekerjaan dan perkiraan penghasilan per bulan',
        note: 'menentukan besar iuran jaminan kecelakaan kerja',
      },
      { description: 'Nama dan data ahli waris', note: null },
    ],
    procedure: [
      'Ambil nomor antrean layanan BPJS Ketenagakerjaan di mesin antrean MPP.',
      'Isi formulir pendaftaran peserta BPU dan serahkan KTP-el kepada petugas.',
      'Pilih program (Jaminan Kecelakaan Kerja dan Jaminan Kematian, dapat ditambah Jaminan Hari Tua) serta periode pembayaran iuran.',
      'Petugas menerbitkan nomor kepesertaan dan kode pembayaran iuran.',
      'Bayar iuran pertama melalui bank, kantor pos, minimarket atau aplikasi JMO; kepesertaan aktif setelah iuran dibayar.',
    ],
    processingTime: 'Selesai pada hari yang sama',
    fee: {
      isFree: true,
      amount: 0,
      tiers: [],
      note: 'Tidak dipungut biaya pendaftaran; iuran bulanan mulai Rp16.800 untuk program JKK dan JKM. Rincian: JKK 1% dari penghasilan yang dilaporkan (paling sedikit Rp10.000), JKM Rp6.800, JHT opsional 2% dari penghasilan (rincian belum terverifikasi).',
    },
    product:
      'Nomor kepesertaan dan kartu peserta BPJS Ketenagakerjaan digital (aplikasi JMO), aktif setelah iuran pertama dibayar',
    complaintChannels: [BPJS_TK_CC, LAPOR, KOTAK],
    legalBasis: [UU_BPJS, PP_JKK_JKM, PERMENAKER_5_2021],
    onlineUrl: 'https://www.bpjsketenagakerjaan.go.id',
  },
  {
    slug: 'bpjs-ketenagakerjaan-klaim-jht',
    name: 'Klaim Jaminan Hari Tua (JHT)',
    summary:
      'Mencairkan saldo Jaminan Hari Tua peserta BPJS Ketenagakerjaan karena berhenti bekerja, terkena PHK, pensiun, cacat total tetap, atau pindah ke luar negeri untuk selamanya. Klaim karena berhenti bekerja atau PHK dapat diajukan setelah masa tunggu 1 bulan; dana ditransfer ke rekening peserta.',
    agencySlug: 'bpjs-ketenagakerjaan',
    categorySlug: 'jaminan-sosial',
    status: 'PUBLISHED',
    keywords: ['jamsostek', 'cair', 'pencairan'],
    requirements: [
      { description: 'KTP-el peserta', note: 'asli' },
      { description: 'Kartu peserta BPJS Ketenagakerjaan', note: 'asli atau kartu digital di aplikasi JMO' },
      { description: 'Buku tabungan atas nama peserta', note: 'asli' },
      {
        description: 'Surat keterangan berhenti bekerja, surat PHK atau SK pensiun dari pemberi kerja',
        note: 'asli',
      },
      { description: 'Kartu Keluarga', note: 'asli' },
      { description: 'NPWP', note: 'bila saldo JHT di atas Rp50 juta (belum terverifikasi)' },
    ],
    procedure: [
      'Ambil nomor antrean layanan BPJS Ketenagakerjaan di mesin antrean MPP, atau ajukan lebih dulu melalui aplikasi JMO.',
      'Serahkan dokumen persyaratan kepada petugas.',
      'Ikuti wawancara singkat dan perekaman foto wajah untuk verifikasi.',
      'Petugas memeriksa saldo dan memproses klaim.',
      'Dana JHT ditransfer ke rekening peserta; pemberitahuan dikirim melalui SMS atau email.',
    ],
    processingTime:
      'Berkas diverifikasi pada hari yang sama; dana ditransfer paling lama 5 hari kerja sejak berkas lengkap (perkiraan)',
    fee: {
      isFree: true,
      amount: 0,
      tiers: [],
      note: 'Tidak dipungut biaya. Pembayaran manfaat JHT dapat dikenai pajak penghasilan sesuai ketentuan perpajakan (belum terverifikasi).',
    },
    product: 'Pembayaran saldo JHT beserta hasil pengembangannya ke rekening peserta',
    complaintChannels: [BPJS_TK_CC, LAPOR, KOTAK],
    legalBasis: [
      'PP 46 Tahun 2015 tentang Penyelenggaraan Program Jaminan Hari Tua sebagaimana diubah dengan PP 60 Tahun 2015',
      'Permenaker 4 Tahun 2022 tentang Perubahan atas Permenaker 2 Tahun 2022 tentang Tata Cara dan Persyaratan Pembayaran Manfaat Jaminan Hari Tua',
    ],
    onlineUrl: 'https://www.bpjsketenagakerjaan.go.id',
  },
  {
    slug: 'bpjs-ketenagakerjaan-klaim-jkm',
    name: 'Klaim Jaminan Kematian (JKM)',
    summary:
      'Ahli waris mengajukan santunan bila peserta BPJS Ketenagakerjaan meninggal dunia bukan karena kecelakaan kerja. Manfaat berupa santunan sekaligus, santunan berkala, biaya pemakaman, dan beasiswa anak bila memenuhi syarat.',
    agencySlug: 'bpjs-ketenagakerjaan',
    categorySlug: 'jaminan-sosial',
    status: 'PUBLISHED',
    keywords: ['jamsostek', 'wafat'],
    requirements: [
      { description: 'KTP-el dan Kartu Keluarga ahli waris', note: 'asli dan fotokopi' },
      {
        description: 'Kartu peserta BPJS Ketenagakerjaan almarhum/almarhumah',
        note: 'asli atau kartu digital',
      },
      { description: 'Akta kematian atau surat keterangan kematian', note: 'asli dan fotokopi' },
      {
        description: 'Surat keterangan ahli waris dari desa/kelurahan atau pejabat berwenang',
        note: 'asli',
      },
      { description: 'Buku tabungan atas nama ahli waris', note: 'asli' },
      {
        description: 'Surat keterangan dari pemberi kerja',
        note: 'hanya untuk peserta penerima upah (pekerja kantoran/perusahaan)',
      },
    ],
    procedure: [
      'Ambil nomor antrean layanan BPJS Ketenagakerjaan di mesin antrean MPP.',
      'Serahkan dokumen persyaratan kepada petugas.',
      'Ikuti wawancara ahli waris untuk verifikasi.',
      'Petugas memeriksa kepesertaan dan menghitung manfaat.',
      'Santunan ditransfer ke rekening ahli waris; pemberitahuan dikirim melalui SMS atau email.',
    ],
    processingTime: 'Paling lama 5 hari kerja sejak berkas lengkap (perkiraan)',
    fee: { isFree: true, amount: 0, tiers: [], note: 'Tidak dipungut biaya.' },
    product:
      'Santunan Jaminan Kematian ke rekening ahli waris: santunan sekaligus, santunan berkala dan biaya pemakaman, total Rp42 juta menurut PP 82/2019 (belum terverifikasi), serta beasiswa anak bila memenuhi syarat',
    complaintChannels: [BPJS_TK_CC, LAPOR, KOTAK],
    legalBasis: [UU_BPJS, PP_JKK_JKM, PERMENAKER_5_2021],
    onlineUrl: 'https://www.bpjsketenagakerjaan.go.id',
  },

  // ===========================================================================================
  // Bankaltimtara
  // ===========================================================================================
  {
    slug: 'bankaltimtara-pembukaan-rekening',
    name: 'Pembukaan Rekening Tabungan Simpeda',
    summary:
      'Membuka rekening tabungan Simpeda di Bankaltimtara, bank milik daerah Kalimantan Timur dan Kalimantan Utara, lengkap dengan kartu ATM. Cocok untuk menerima gaji, bantuan atau untuk transaksi sehari-hari.',
    agencySlug: 'bankaltimtara',
    categorySlug: 'perbankan',
    status: 'PUBLISHED',
    keywords: ['buka', 'bpd', 'bankaltim'],
    requirements: [
      { description: 'KTP-el', note: 'asli' },
      { description: 'NPWP', note: 'bila ada' },
      { description: 'Nomor ponsel aktif dan alamat email', note: null },
      {
        description: 'Akta kelahiran dan KTP-el orang tua/wali untuk pemohon di bawah 17 tahun',
        note: 'asli dan fotokopi',
      },
      { description: 'Uang tunai untuk setoran awal', note: 'lihat keterangan biaya' },
    ],
    procedure: accountProcedure('Bankaltimtara', 'layanan mobile banking Bankaltimtara'),
    processingTime: ACCOUNT_TIME,
    fee: {
      isFree: true,
      amount: 0,
      tiers: [],
      note: 'Tidak dipungut biaya pembukaan rekening. Setoran awal minimal sekitar Rp50.000; biaya administrasi bulanan dan kartu ATM sesuai ketentuan bank (belum terverifikasi).',
    },
    product: 'Buku tabungan Simpeda dan kartu ATM/debit Bankaltimtara',
    complaintChannels: [BANKALTIMTARA_CC, OJK, LAPOR, KOTAK],
    legalBasis: [UU_PERBANKAN, POJK_KONSUMEN],
    onlineUrl: 'https://www.bankaltimtara.co.id',
  },
  {
    slug: 'bankaltimtara-pembayaran-pajak-daerah',
    name: 'Pembayaran PBB-P2 dan Pajak Daerah melalui Bankaltimtara',
    summary:
      'Membayar Pajak Bumi dan Bangunan Perdesaan dan Perkotaan (PBB-P2) serta pajak daerah Kabupaten Paser lainnya di teller Bankaltimtara. Bawa SPPT atau kode bayar; bukti pembayaran langsung dicetak.',
    agencySlug: 'bankaltimtara',
    categorySlug: 'pajak-retribusi',
    status: 'PUBLISHED',
    keywords: ['tanah', 'rumah', 'bankaltim'],
    requirements: [
      {
        description: 'SPPT PBB-P2 atau Nomor Objek Pajak (NOP)',
        note: 'asli atau fotokopi SPPT tahun berjalan',
      },
      {
        description: 'Kode bayar atau Surat Ketetapan Pajak Daerah (SKPD) untuk pajak daerah lainnya',
        note: 'diterbitkan oleh instansi pemungut pajak daerah Kabupaten Paser',
      },
      { description: 'Uang tunai atau saldo rekening sebesar tagihan pajak', note: null },
    ],
    procedure: [
      'Ambil nomor antrean teller Bankaltimtara di mesin antrean MPP.',
      'Serahkan SPPT, NOP atau kode bayar kepada teller.',
      'Teller menampilkan besar tagihan (pokok pajak dan denda bila ada) untuk dicocokkan.',
      'Bayar tunai atau dengan pendebetan rekening.',
      'Terima bukti pembayaran pajak yang sah dan simpan sebagai tanda lunas.',
    ],
    processingTime: 'Sekitar 10 menit (perkiraan)',
    fee: {
      isFree: false,
      amount: 0,
      tiers: [],
      note: 'Besar pajak sesuai SPPT atau ketetapan pajak, ditambah sanksi administratif bila terlambat; tidak ada biaya tambahan di teller (belum terverifikasi).',
    },
    product: 'Surat Tanda Terima Setoran (STTS) atau bukti pembayaran pajak daerah yang sah',
    complaintChannels: [BANKALTIMTARA_CC, LAPOR, KOTAK],
    legalBasis: [UU_HKPD, PP_PDRD],
    onlineUrl: null,
  },
  {
    slug: 'bankaltimtara-kur',
    name: 'Kredit Usaha Rakyat (KUR) Bankaltimtara',
    summary:
      'Pinjaman modal kerja atau investasi berbunga rendah yang disubsidi pemerintah untuk usaha mikro, kecil dan menengah yang sudah berjalan, disalurkan oleh Bankaltimtara.',
    agencySlug: 'bankaltimtara',
    categorySlug: 'perbankan',
    status: 'PUBLISHED',
    keywords: ['umkm', 'bankaltim'],
    requirements: kurRequirements(),
    procedure: kurProcedure('Bankaltimtara'),
    processingTime: KUR_TIME,
    fee: { isFree: false, amount: 0, tiers: [], note: KUR_FEE_NOTE },
    product:
      'Fasilitas KUR yang dicairkan ke rekening debitur, beserta perjanjian kredit dan jadwal angsuran',
    complaintChannels: [BANKALTIMTARA_CC, OJK, LAPOR, KOTAK],
    legalBasis: [PERMENKO_KUR, POJK_KONSUMEN],
    onlineUrl: 'https://kur.ekon.go.id',
  },

  // ===========================================================================================
  // BRI
  // ===========================================================================================
  {
    slug: 'bri-pembukaan-rekening',
    name: 'Pembukaan Rekening Tabungan BRI (BritAma atau Simpedes)',
    summary:
      'Membuka rekening tabungan BRI BritAma atau Simpedes lengkap dengan kartu debit. Simpedes cocok untuk warga desa dan pelaku usaha kecil, BritAma untuk transaksi sehari-hari.',
    agencySlug: 'bri',
    categorySlug: 'perbankan',
    status: 'PUBLISHED',
    keywords: ['buka', 'atm'],
    requirements: [
      { description: 'KTP-el', note: 'asli' },
      { description: 'NPWP', note: 'bila ada' },
      { description: 'Nomor ponsel aktif dan alamat email', note: null },
      {
        description: 'Akta kelahiran dan KTP-el orang tua/wali untuk pemohon di bawah 17 tahun',
        note: 'asli dan fotokopi',
      },
      { description: 'Uang tunai untuk setoran awal', note: 'lihat keterangan biaya' },
    ],
    procedure: accountProcedure('BRI', 'aplikasi BRImo'),
    processingTime: ACCOUNT_TIME,
    fee: {
      isFree: true,
      amount: 0,
      tiers: [],
      note: 'Tidak dipungut biaya pembukaan rekening. Setoran awal minimal sekitar Rp100.000 untuk BritAma maupun Simpedes; biaya administrasi bulanan dan kartu debit sesuai ketentuan bank (belum terverifikasi).',
    },
    product: 'Buku tabungan BritAma atau Simpedes dan kartu debit BRI',
    complaintChannels: [BRI_CC, OJK, LAPOR, KOTAK],
    legalBasis: [UU_PERBANKAN, POJK_KONSUMEN],
    onlineUrl: 'https://bri.co.id',
  },
  {
    slug: 'bri-kur-mikro',
    name: 'KUR Mikro BRI',
    summary:
      'Pinjaman modal usaha dari program Kredit Usaha Rakyat (KUR) untuk pelaku usaha mikro, dengan bunga rendah yang disubsidi pemerintah dan plafon sampai Rp100 juta tanpa agunan tambahan.',
    agencySlug: 'bri',
    categorySlug: 'perbankan',
    status: 'PUBLISHED',
    keywords: ['umkm'],
    requirements: kurRequirements().slice(0, 4),
    procedure: kurProcedure('BRI'),
    processingTime: KUR_TIME,
    fee: { isFree: false, amount: 0, tiers: [], note: KUR_FEE_NOTE },
    product:
      'Fasilitas KUR Mikro yang dicairkan ke rekening BRI debitur, beserta perjanjian kredit dan jadwal angsuran',
    complaintChannels: [BRI_CC, OJK, LAPOR, KOTAK],
    legalBasis: [PERMENKO_KUR, POJK_KONSUMEN],
    onlineUrl: 'https://kur.ekon.go.id',
  },
  {
    slug: 'registrasi-brimo',
    name: 'Pendaftaran BRImo di Gerai',
    summary:
      'Dibantu petugas mendaftar dan mengaktifkan BRImo, aplikasi mobile banking BRI, untuk transfer, bayar tagihan, beli pulsa dan cek saldo dari ponsel.',
    agencySlug: 'bri',
    categorySlug: 'perbankan',
    status: 'DRAFT',
    keywords: ['mbanking', 'daftar'],
    requirements: [
      { description: 'Rekening tabungan BRI dan kartu debit yang aktif', note: 'asli' },
      { description: 'KTP-el', note: 'asli' },
      {
        description: 'Ponsel pintar dengan nomor aktif',
        note: 'nomor yang terdaftar di data rekening BRI',
      },
      { description: 'Alamat email aktif', note: null },
    ],
    procedure: mobileBankingProcedure('BRI', 'BRImo'),
    processingTime: 'Sekitar 15 menit (perkiraan)',
    fee: {
      isFree: true,
      amount: 0,
      tiers: [],
      note: 'Tidak dipungut biaya pendaftaran; biaya transaksi sesuai ketentuan bank (belum terverifikasi).',
    },
    product: 'Akun BRImo aktif di ponsel nasabah',
    complaintChannels: [BRI_CC, OJK, KOTAK],
    legalBasis: [POJK_TI_BANK, POJK_KONSUMEN],
    onlineUrl: 'https://bri.co.id',
  },

  // ===========================================================================================
  // Bank Mandiri
  // ===========================================================================================
  {
    slug: 'mandiri-pembukaan-rekening',
    name: 'Pembukaan Rekening Tabungan Mandiri',
    summary:
      'Membuka rekening Tabungan Mandiri lengkap dengan kartu debit untuk menyimpan uang, menerima gaji dan bertransaksi sehari-hari.',
    agencySlug: 'mandiri',
    categorySlug: 'perbankan',
    status: 'PUBLISHED',
    keywords: ['buka', 'atm'],
    requirements: [
      { description: 'KTP-el', note: 'asli' },
      { description: 'NPWP', note: 'bila ada' },
      { description: 'Nomor ponsel aktif dan alamat email', note: null },
      { description: 'Uang tunai untuk setoran awal', note: 'lihat keterangan biaya' },
    ],
    procedure: accountProcedure('Bank Mandiri', "aplikasi Livin' by Mandiri"),
    processingTime: ACCOUNT_TIME,
    fee: {
      isFree: true,
      amount: 0,
      tiers: [],
      note: 'Tidak dipungut biaya pembukaan rekening. Setoran awal minimal sekitar Rp100.000; biaya administrasi bulanan dan kartu debit sesuai ketentuan bank (belum terverifikasi).',
    },
    product: 'Buku Tabungan Mandiri dan kartu debit Mandiri',
    complaintChannels: [MANDIRI_CC, OJK, LAPOR, KOTAK],
    legalBasis: [UU_PERBANKAN, POJK_KONSUMEN],
    onlineUrl: 'https://www.bankmandiri.co.id',
  },
  {
    slug: 'mandiri-kur',
    name: 'Kredit Usaha Rakyat (KUR) Mandiri',
    summary:
      'Pinjaman modal kerja atau investasi berbunga rendah yang disubsidi pemerintah untuk usaha mikro dan kecil yang sudah berjalan, disalurkan oleh Bank Mandiri.',
    agencySlug: 'mandiri',
    categorySlug: 'perbankan',
    status: 'PUBLISHED',
    keywords: ['umkm'],
    requirements: kurRequirements(),
    procedure: kurProcedure('Bank Mandiri'),
    processingTime: KUR_TIME,
    fee: { isFree: false, amount: 0, tiers: [], note: KUR_FEE_NOTE },
    product:
      'Fasilitas KUR yang dicairkan ke rekening Mandiri debitur, beserta perjanjian kredit dan jadwal angsuran',
    complaintChannels: [MANDIRI_CC, OJK, LAPOR, KOTAK],
    legalBasis: [PERMENKO_KUR, POJK_KONSUMEN],
    onlineUrl: 'https://kur.ekon.go.id',
  },
  {
    slug: 'mandiri-registrasi-livin',
    name: "Bantuan Registrasi Livin' by Mandiri",
    summary:
      "Dibantu petugas mendaftar dan mengaktifkan Livin' by Mandiri, aplikasi mobile banking Bank Mandiri, untuk transfer, bayar tagihan, isi ulang e-money dan cek saldo dari ponsel.",
    agencySlug: 'mandiri',
    categorySlug: 'perbankan',
    status: 'PUBLISHED',
    keywords: ['mbanking', 'daftar'],
    requirements: [
      { description: 'Rekening Bank Mandiri dan kartu debit yang aktif', note: 'asli' },
      { description: 'KTP-el', note: 'asli' },
      {
        description: 'Ponsel pintar dengan nomor aktif',
        note: 'nomor yang terdaftar di data rekening Mandiri',
      },
      { description: 'Alamat email aktif', note: null },
    ],
    procedure: mobileBankingProcedure('Bank Mandiri', "Livin' by Mandiri"),
    processingTime: 'Sekitar 15 menit (perkiraan)',
    fee: {
      isFree: true,
      amount: 0,
      tiers: [],
      note: 'Tidak dipungut biaya pendaftaran; biaya transaksi sesuai ketentuan bank (belum terverifikasi).',
    },
    product: "Akun Livin' by Mandiri aktif di ponsel nasabah",
    complaintChannels: [MANDIRI_CC, OJK, KOTAK],
    legalBasis: [POJK_TI_BANK, POJK_KONSUMEN],
    onlineUrl: 'https://www.bankmandiri.co.id',
  },

  // ===========================================================================================
  // BNI
  // ===========================================================================================
  {
    slug: 'bni-pembukaan-rekening',
    name: 'Pembukaan Rekening BNI Taplus atau TabunganKu',
    summary:
      'Membuka rekening tabungan BNI Taplus untuk transaksi sehari-hari, atau TabunganKu dengan setoran awal kecil dan tanpa biaya administrasi bulanan, lengkap dengan kartu debit.',
    agencySlug: 'bni',
    categorySlug: 'perbankan',
    status: 'PUBLISHED',
    keywords: ['buka', 'atm'],
    requirements: [
      { description: 'KTP-el', note: 'asli' },
      { description: 'NPWP', note: 'bila ada' },
      { description: 'Nomor ponsel aktif dan alamat email', note: null },
      {
        description: 'Akta kelahiran dan KTP-el orang tua/wali untuk pemohon di bawah 17 tahun',
        note: 'asli dan fotokopi',
      },
      { description: 'Uang tunai untuk setoran awal', note: 'lihat keterangan biaya' },
    ],
    procedure: accountProcedure('BNI', 'aplikasi BNI Mobile Banking'),
    processingTime: ACCOUNT_TIME,
    fee: {
      isFree: true,
      amount: 0,
      tiers: [],
      note: 'Tidak dipungut biaya pembukaan rekening. Setoran awal minimal sekitar Rp20.000 untuk TabunganKu (tanpa biaya administrasi bulanan) dan sekitar Rp250.000 untuk Taplus; biaya kartu debit sesuai ketentuan bank (belum terverifikasi).',
    },
    product: 'Buku tabungan BNI Taplus atau TabunganKu dan kartu debit BNI',
    complaintChannels: [BNI_CC, OJK, LAPOR, KOTAK],
    legalBasis: [UU_PERBANKAN, POJK_KONSUMEN],
    onlineUrl: 'https://www.bni.co.id',
  },
  {
    slug: 'bni-kur',
    name: 'Kredit Usaha Rakyat (KUR) BNI',
    summary:
      'Pinjaman modal kerja atau investasi berbunga rendah yang disubsidi pemerintah untuk usaha mikro dan kecil yang sudah berjalan, disalurkan oleh BNI.',
    agencySlug: 'bni',
    categorySlug: 'perbankan',
    status: 'PUBLISHED',
    keywords: ['umkm'],
    requirements: kurRequirements(),
    procedure: kurProcedure('BNI'),
    processingTime: KUR_TIME,
    fee: { isFree: false, amount: 0, tiers: [], note: KUR_FEE_NOTE },
    product:
      'Fasilitas KUR yang dicairkan ke rekening BNI debitur, beserta perjanjian kredit dan jadwal angsuran',
    complaintChannels: [BNI_CC, OJK, LAPOR, KOTAK],
    legalBasis: [PERMENKO_KUR, POJK_KONSUMEN],
    onlineUrl: 'https://kur.ekon.go.id',
  },

  // ===========================================================================================
  // PLN
  // ===========================================================================================
  {
    slug: 'pln-pasang-baru-tambah-daya',
    name: 'Pasang Baru dan Tambah Daya Listrik',
    summary:
      'Permohonan sambungan listrik baru untuk rumah atau tempat usaha, atau menambah daya listrik yang sudah ada, baik prabayar (token) maupun pascabayar.',
    agencySlug: 'pln',
    categorySlug: 'utilitas',
    status: 'PUBLISHED',
    keywords: ['meteran', 'setrum'],
    requirements: [
      { description: 'KTP-el pemohon', note: 'asli' },
      { description: 'Nomor ponsel aktif dan alamat email', note: null },
      {
        description: 'Alamat lengkap dan titik lokasi bangunan',
        note: 'patokan lokasi untuk survei petugas',
      },
      {
        description: 'Sertifikat Laik Operasi (SLO) instalasi listrik bangunan',
        note: 'diterbitkan lembaga inspeksi teknik; biaya SLO terpisah',
      },
      { description: 'ID pelanggan lama', note: 'hanya untuk tambah daya' },
    ],
    procedure: [
      'Ambil nomor antrean layanan PLN di mesin antrean MPP, atau ajukan melalui aplikasi PLN Mobile.',
      'Sampaikan data pemohon, alamat, daya yang diinginkan dan pilihan prabayar atau pascabayar.',
      'Bayar biaya penyambungan melalui kanal pembayaran yang ditunjuk sesuai kode pembayaran.',
      'Pastikan instalasi rumah sudah memiliki SLO.',
      'Petugas PLN memasang atau mengganti meter listrik (kWh meter) di lokasi.',
      'Listrik menyala dan pemohon menerima ID pelanggan; untuk prabayar, beli token pertama.',
    ],
    processingTime:
      'Sekitar 3–14 hari kerja setelah pembayaran, bergantung pada ketersediaan jaringan (perkiraan)',
    fee: {
      isFree: false,
      amount: 843000,
      tiers: [
        { label: 'Pasang baru 900 VA', amount: 843000 },
        { label: 'Pasang baru 1.300 VA', amount: 1218000 },
        { label: 'Pasang baru 2.200 VA', amount: 2062000 },
        { label: 'Pasang baru 3.500 VA', amount: 3391500 },
        { label: 'Pasang baru 4.400 VA', amount: 4263600 },
        { label: 'Pasang baru 5.500 VA', amount: 5329500 },
      ],
      note: 'Biaya penyambungan rumah tangga (belum terverifikasi). Tambah daya: selisih biaya penyambungan daya baru dan daya lama. Belum termasuk biaya SLO, instalasi di dalam rumah dan uang jaminan langganan untuk pascabayar.',
    },
    product:
      'Sambungan listrik aktif dengan meter listrik terpasang dan ID pelanggan PLN (token prabayar atau tagihan pascabayar)',
    complaintChannels: ['PLN Contact Center 123', 'Aplikasi PLN Mobile', LAPOR, KOTAK],
    legalBasis: [
      'UU 30 Tahun 2009 tentang Ketenagalistrikan',
      'PP 14 Tahun 2012 tentang Kegiatan Usaha Penyediaan Tenaga Listrik',
    ],
    onlineUrl: 'https://www.pln.co.id',
  },

  // ===========================================================================================
  // Perumda Air Minum
  // ===========================================================================================
  {
    slug: 'perumda-air-minum-sambungan-baru',
    name: 'Sambungan Baru Air Minum',
    summary:
      'Permohonan pemasangan sambungan air bersih (air ledeng) dari Perumda Air Minum ke rumah atau tempat usaha, termasuk pemasangan meter air.',
    agencySlug: 'perumda-air-minum',
    categorySlug: 'utilitas',
    status: 'PUBLISHED',
    keywords: ['pdam', 'pasang'],
    requirements: [
      { description: 'KTP-el pemohon', note: 'fotokopi' },
      { description: 'Kartu Keluarga', note: 'fotokopi' },
      {
        description:
          'Bukti kepemilikan atau penguasaan bangunan, misalnya sertifikat, SPPT PBB atau surat keterangan dari desa/kelurahan',
        note: 'fotokopi',
      },
      { description: 'Denah atau titik lokasi bangunan', note: 'patokan lokasi untuk survei' },
      { description: 'Nomor ponsel aktif', note: null },
    ],
    procedure: [
      'Ambil nomor antrean layanan Perumda Air Minum di mesin antrean MPP.',
      'Isi formulir permohonan sambungan baru dan serahkan berkas persyaratan.',
      'Petugas melakukan survei lokasi untuk memeriksa jarak dari pipa distribusi.',
      'Pemohon menerima rincian biaya dan membayarnya di loket atau kanal pembayaran yang ditunjuk.',
      'Petugas memasang pipa sambungan dan meter air.',
      'Air mengalir dan pemohon terdaftar sebagai pelanggan dengan nomor sambungan.',
    ],
    processingTime:
      'Sekitar 7–14 hari kerja setelah pembayaran, bergantung pada jaringan pipa (perkiraan)',
    fee: {
      isFree: false,
      amount: 0,
      tiers: [],
      note: 'Biaya sambungan baru ditetapkan setelah survei, bergantung pada jarak dari pipa distribusi, diameter pipa dan golongan pelanggan, sesuai tarif Perumda (belum terverifikasi). Setelah tersambung, tagihan bulanan sesuai pemakaian.',
    },
    product: 'Sambungan air minum dengan meter air terpasang dan nomor sambungan pelanggan',
    complaintChannels: [
      'Loket pengaduan pelanggan di kantor Perumda Air Minum',
      LAPOR,
      KOTAK,
    ],
    legalBasis: [
      'PP 122 Tahun 2015 tentang Sistem Penyediaan Air Minum',
      'UU 17 Tahun 2019 tentang Sumber Daya Air',
    ],
    onlineUrl: null,
  },

  // ===========================================================================================
  // TASPEN (archived)
  // ===========================================================================================
  {
    slug: 'klaim-pensiun-taspen-lama',
    name: 'Klaim Pensiun (layanan lama)',
    summary:
      'Pengajuan pembayaran pensiun pertama bagi PNS yang memasuki masa pensiun dengan berkas kertas di gerai TASPEN. Layanan ini sudah tidak digunakan; klaim pensiun kini diproses melalui layanan TASPEN yang baru.',
    agencySlug: 'taspen',
    categorySlug: 'jaminan-sosial',
    status: 'ARCHIVED',
    keywords: ['asn'],
    requirements: [
      { description: 'Surat Keputusan (SK) pensiun', note: 'fotokopi dilegalisasi' },
      {
        description: 'Surat Keterangan Penghentian Pembayaran (SKPP) dari instansi',
        note: 'asli',
      },
      { description: 'KTP-el dan Kartu Keluarga', note: 'fotokopi' },
      { description: 'Pas foto berwarna ukuran 3×4', note: '2 lembar (belum terverifikasi)' },
      { description: 'Buku tabungan atas nama pensiunan', note: 'fotokopi halaman depan' },
      { description: 'NPWP', note: 'fotokopi' },
    ],
    procedure: [
      'Ambil nomor antrean layanan TASPEN di mesin antrean MPP.',
      'Serahkan berkas persyaratan kepada petugas.',
      'Petugas memeriksa kelengkapan dan keabsahan berkas.',
      'TASPEN memproses klaim dan menerbitkan Kartu Identitas Pensiun.',
      'Pensiun pertama dibayarkan ke rekening pensiunan.',
    ],
    processingTime: 'Sekitar 1 hari kerja setelah berkas lengkap (perkiraan)',
    fee: { isFree: true, amount: 0, tiers: [], note: 'Tidak dipungut biaya.' },
    product: 'Kartu Identitas Pensiun (Karip) dan pembayaran pensiun pertama ke rekening pensiunan',
    complaintChannels: ['TASPEN Contact Center 1500919 (belum terverifikasi)', LAPOR, KOTAK],
    legalBasis: [
      'UU 11 Tahun 1969 tentang Pensiun Pegawai dan Pensiun Janda/Duda Pegawai',
      'PP 25 Tahun 1981 tentang Asuransi Sosial Pegawai Negeri Sipil',
    ],
    onlineUrl: 'https://www.taspen.co.id',
  },

  // ===========================================================================================
  // DPMPTSP (draft)
  // ===========================================================================================
  {
    slug: 'izin-reklame',
    name: 'Izin Penyelenggaraan Reklame',
    summary:
      'Izin untuk memasang papan nama usaha, baliho, spanduk, billboard atau reklame lain di wilayah Kabupaten Paser. Setelah izin diproses, penyelenggara membayar pajak reklame.',
    agencySlug: 'dpmptsp',
    categorySlug: 'perizinan-bangunan-lingkungan',
    status: 'DRAFT',
    keywords: ['iklan', 'plang'],
    requirements: [
      { description: 'KTP-el pemohon', note: 'fotokopi' },
      { description: 'Nomor Induk Berusaha (NIB)', note: 'fotokopi; untuk pelaku usaha' },
      {
        description: 'Desain reklame beserta ukuran, bahan dan naskahnya',
        note: 'gambar berwarna',
      },
      { description: 'Foto dan denah titik lokasi pemasangan', note: null },
      {
        description: 'Surat persetujuan pemilik lahan atau bangunan',
        note: 'bila lokasi bukan milik sendiri',
      },
      {
        description: 'Gambar konstruksi reklame',
        note: 'untuk reklame berkonstruksi seperti billboard',
      },
    ],
    procedure: [
      'Ambil nomor antrean layanan DPMPTSP di mesin antrean MPP dan konsultasikan rencana reklame.',
      'Isi formulir permohonan dan serahkan berkas persyaratan.',
      'Petugas memverifikasi berkas dan meninjau lokasi pemasangan.',
      'Pemohon menerima ketetapan pajak reklame dan membayarnya melalui bank yang ditunjuk.',
      'Izin penyelenggaraan reklame diterbitkan dan dapat diambil di gerai DPMPTSP.',
    ],
    processingTime: 'Paling lama 5 hari kerja setelah berkas lengkap (perkiraan)',
    fee: {
      isFree: false,
      amount: 0,
      tiers: [],
      note: 'Penerbitan izin tidak dipungut biaya; penyelenggara wajib membayar pajak reklame yang dihitung dari ukuran, jenis, lokasi dan lama pemasangan sesuai Perda Kabupaten Paser (belum terverifikasi).',
    },
    product:
      'Surat izin penyelenggaraan reklame dan Surat Ketetapan Pajak Daerah (SKPD) pajak reklame',
    complaintChannels: ['Layanan pengaduan DPMPTSP Kabupaten Paser di MPP', LAPOR, KOTAK],
    legalBasis: ['UU 25 Tahun 2009 tentang Pelayanan Publik', UU_HKPD, PP_PDRD],
    onlineUrl: null,
  },
];
