/**
 * Service categories of MPP Paser, in display order.
 * Slugs are stable identifiers referenced by the service seeds (`categorySlug`).
 */
import type { CategorySeed } from './seed.types';

export const categorySeeds: readonly CategorySeed[] = [
  { slug: 'kependudukan', name: 'Administrasi Kependudukan' },
  { slug: 'perizinan-berusaha', name: 'Perizinan Berusaha dan Penanaman Modal' },
  { slug: 'perizinan-bangunan-lingkungan', name: 'Perizinan Bangunan, Tata Ruang dan Lingkungan' },
  { slug: 'kepolisian', name: 'Layanan Kepolisian' },
  { slug: 'hukum-peradilan', name: 'Hukum dan Peradilan' },
  { slug: 'keimigrasian', name: 'Keimigrasian' },
  { slug: 'jaminan-sosial', name: 'Jaminan Sosial' },
  { slug: 'perbankan', name: 'Perbankan dan Keuangan' },
  { slug: 'pajak-retribusi', name: 'Pajak dan Retribusi' },
  { slug: 'kendaraan-bermotor', name: 'Kendaraan Bermotor' },
  { slug: 'keagamaan', name: 'Layanan Keagamaan' },
  { slug: 'pertanahan', name: 'Pertanahan' },
  { slug: 'ketenagakerjaan', name: 'Ketenagakerjaan' },
  { slug: 'utilitas', name: 'Listrik dan Air Minum' },
];
